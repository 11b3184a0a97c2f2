#include "publish/report_run.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <stdexcept>

#include "core/date.h"

namespace portalgen {

namespace {

using Json = nlohmann::ordered_json;

// Seconds since 1970 of "YYYY-MM-DDTHH:MM:SSZ".
std::int64_t epoch_seconds(const std::string& time) {
    const auto date = Date::parse(time.substr(0, 10));
    int hours = 0, minutes = 0, seconds = 0;
    if (!date || time.size() != 20 ||
        std::sscanf(time.c_str() + 11, "%2d:%2d:%2dZ", &hours, &minutes, &seconds) != 3)
        throw std::runtime_error("report: not a UTC time: " + time);
    return std::int64_t{date->days()} * 86400 + hours * 3600 + minutes * 60 + seconds;
}

}  // namespace

std::int64_t milliseconds_between(const std::string& from, const std::string& to) {
    return (epoch_seconds(to) - epoch_seconds(from)) * 1000;
}

Json to_json(const ReportRun& run) {
    Json json{{"started", run.started},
              {"finished", run.finished},
              {"duration_ms", run.duration_ms},
              {"version", run.version},
              {"shard", run.shard},
              {"exit_status", run.exit_status},
              {"customers",
               {{"built", run.built}, {"unchanged", run.unchanged}, {"failed", run.failed}}}};
    if (run.shard == "merged") {
        json["shards"] = run.shards;
        json["missing_shards"] = run.missing_shards;
    }
    return json;
}

ReportRun report_run_from_json(const Json& json) {
    try {
        ReportRun run;
        run.started = json.at("started");
        run.finished = json.at("finished");
        run.duration_ms = json.at("duration_ms");
        run.version = json.at("version");
        run.shard = json.at("shard");
        run.exit_status = json.at("exit_status");
        run.built = json.at("customers").at("built");
        run.unchanged = json.at("customers").at("unchanged");
        run.failed = json.at("customers").at("failed");
        return run;
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(std::string("not a report's run: ") + e.what());
    }
}

ReportRun merge_runs(const std::vector<ReportRun>& shards) {
    ReportRun night;
    night.shard = "merged";
    std::set<std::string> versions;
    for (const ReportRun& run : shards) {
        // The times are ISO 8601 in UTC: their text sorts as they do.
        if (night.started.empty() || run.started < night.started) night.started = run.started;
        night.finished = std::max(night.finished, run.finished);
        versions.insert(run.version);
        night.exit_status = std::max(night.exit_status, run.exit_status);
        night.built += run.built;
        night.unchanged += run.unchanged;
        night.failed += run.failed;
    }
    for (const std::string& version : versions)
        night.version += (night.version.empty() ? "" : ", ") + version;
    if (!shards.empty()) night.duration_ms = milliseconds_between(night.started, night.finished);
    return night;
}

}  // namespace portalgen
