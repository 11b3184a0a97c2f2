// ReportRun: the run section of the nightly report — when it ran, which program and shard, how
// it ended — and the run of a night merged from its shards' runs.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace portalgen {

struct ReportRun {
    std::string started;   // "2026-12-06T02:14:09Z"
    std::string finished;  // the same, when the report was written
    std::int64_t duration_ms = 0;
    std::string version;          // of portalgen
    std::string shard = "whole";  // "whole", "2-of-8", or "merged" for `portalgen report`
    int exit_status = 0;          // the build's (SPEC section 6)
    std::size_t built = 0, unchanged = 0, failed = 0;  // customers
    // `portalgen report` only: the shards expected and those whose report is missing.
    int shards = 0;
    std::vector<std::string> missing_shards;
};

nlohmann::ordered_json to_json(const ReportRun& run);
// Throws std::runtime_error when `run` is not a run section.
ReportRun report_run_from_json(const nlohmann::ordered_json& run);

// The night of `shards`: the earliest start, the latest end, the worst exit status, the sums.
ReportRun merge_runs(const std::vector<ReportRun>& shards);

// Milliseconds between two times written as utc_now_text() writes them.
std::int64_t milliseconds_between(const std::string& from, const std::string& to);

}  // namespace portalgen
