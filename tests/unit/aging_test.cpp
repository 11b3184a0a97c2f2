// The age buckets of an amount due, at each boundary: the day before, on and after it.
#include "compute/aging.h"

#include <catch2/catch.hpp>

using namespace portalgen;

TEST_CASE("an amount's age bucket counts the days past its due date") {
    const Date today = *Date::parse("2026-11-23");
    auto bucket_due_days_ago = [&](int days) { return age_bucket(today.plus_days(-days), today); };
    CHECK(bucket_due_days_ago(-1) == AgeBucket::current);  // due tomorrow
    CHECK(bucket_due_days_ago(0) == AgeBucket::current);   // due today: not late yet
    CHECK(bucket_due_days_ago(1) == AgeBucket::days_1_30);
    CHECK(bucket_due_days_ago(30) == AgeBucket::days_1_30);
    CHECK(bucket_due_days_ago(31) == AgeBucket::days_31_60);
    CHECK(bucket_due_days_ago(60) == AgeBucket::days_31_60);
    CHECK(bucket_due_days_ago(61) == AgeBucket::days_61_90);
    CHECK(bucket_due_days_ago(90) == AgeBucket::days_61_90);
    CHECK(bucket_due_days_ago(91) == AgeBucket::over_90);
    CHECK(bucket_due_days_ago(4000) == AgeBucket::over_90);
}

TEST_CASE("the buckets' codes in report.json") {
    std::vector<std::string> codes;
    for (AgeBucket bucket : kAgeBuckets) codes.emplace_back(to_string(bucket));
    CHECK(codes == std::vector<std::string>{"current", "1_30", "31_60", "61_90", "over_90"});
}
