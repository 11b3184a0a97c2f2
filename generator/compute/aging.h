// Aging: how long an amount has been due, in the buckets of an aged receivables report.
#pragma once

#include <array>
#include <string_view>

#include "core/date.h"

namespace portalgen {

// Days past the due date: on or before it is current, then 1–30, 31–60, 61–90 and over 90.
enum class AgeBucket { current, days_1_30, days_31_60, days_61_90, over_90 };

inline constexpr std::array<AgeBucket, 5> kAgeBuckets = {AgeBucket::current, AgeBucket::days_1_30,
                                                         AgeBucket::days_31_60,
                                                         AgeBucket::days_61_90, AgeBucket::over_90};

AgeBucket age_bucket(Date due, Date as_of);

// "current", "1_30", "31_60", "61_90", "over_90": the bucket's code in report.json.
std::string_view to_string(AgeBucket bucket);

}  // namespace portalgen
