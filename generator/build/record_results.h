// record_results: the record stage of the nightly job — each customer's result, in customer
// order, logged, archived, remembered in the state and added to the report.
#pragma once

#include <ostream>

#include "build/build_totals.h"
#include "build/customer_rendering.h"
#include "build/prepared_build.h"
#include "publish/nightly_report.h"

namespace portalgen {

// Takes every result of `rendering` (then joins its threads) and counts them.
BuildTotals record_results(PreparedBuild& build, CustomerRendering& rendering,
                           NightlyReport& report, std::ostream& log);

}  // namespace portalgen
