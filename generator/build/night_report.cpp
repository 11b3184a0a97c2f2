#include "build/night_report.h"

#include <fstream>
#include <optional>
#include <sstream>
#include <vector>

#include "build/build_lock.h"
#include "build/shard_record.h"
#include "core/terminal_text.h"
#include "publish/numbering_gaps.h"
#include "publish/report_writer.h"
#include "view/output_paths.h"

namespace portalgen {

namespace {

using Json = nlohmann::ordered_json;

// A shard's report.json; nullopt (and why, in the log) when it cannot be read.
std::optional<Json> read_shard_report(const std::filesystem::path& out, const Shard& shard,
                                      std::ostream& log) {
    const std::filesystem::path file = out / report_data_path(shard);
    std::ifstream in(file);
    if (!in) return std::nullopt;
    try {
        Json report = Json::parse(in);
        if (report.value("format", "") == report_json_format()) return report;
        log << "portalgen: report: " << escape_controls(file.string())
            << ": not a report of this portalgen; build the shard again\n";
    } catch (const Json::exception& e) {
        log << "portalgen: report: " << escape_controls(file.string()) << ": " << e.what() << "\n";
    }
    return std::nullopt;
}

struct ShardReports {
    std::vector<Json> found;
    std::vector<std::string> missing;  // shard names
};

// The shards' reports of the latest night among them; the others are missing.
ShardReports read_shard_reports(const std::filesystem::path& out, int shards, std::ostream& log) {
    std::vector<std::optional<Json>> reports;
    std::string latest;
    for (int k = 1; k <= shards; ++k) {
        reports.push_back(read_shard_report(out, Shard{k, shards}, log));
        if (reports.back())
            latest = std::max(latest, reports.back()->at("as_of").get<std::string>());
    }
    ShardReports result;
    for (int k = 1; k <= shards; ++k) {
        std::optional<Json>& report = reports[static_cast<std::size_t>(k - 1)];
        if (report && report->at("as_of") == latest) {
            result.found.push_back(std::move(*report));
            continue;
        }
        const Shard shard{k, shards};
        result.missing.push_back(shard.name());
        log << "portalgen: report: shard " << shard.name() << ": "
            << (report ? "its report is of an earlier night (as of " +
                             report->at("as_of").get<std::string>() + ")"
                       : "no report at " + report_data_path(shard))
            << "\n";
    }
    return result;
}

// The earliest previous night of the shards, none if one of them had none.
std::optional<Date> previous_as_of(const std::vector<Json>& reports) {
    std::optional<Date> earliest;
    for (const Json& report : reports) {
        if (report.at("previous_as_of").is_null()) return std::nullopt;
        const auto date = Date::parse(report["previous_as_of"].get<std::string>());
        if (date && (!earliest || *date < *earliest)) earliest = date;
    }
    return earliest;
}

Json merge(const std::filesystem::path& out, const ShardReports& shards, int count) {
    const auto as_of = Date::parse(shards.found.front().at("as_of").get<std::string>());
    if (!as_of) throw std::runtime_error("report: a shard's report has no as-of date");
    NightlyReport night(*as_of, previous_as_of(shards.found));
    std::vector<ReportRun> runs;
    for (const Json& report : shards.found) {
        night.merge(report);
        runs.push_back(report_run_from_json(report.at("run")));
    }
    ReportRun run = merge_runs(runs);
    run.shards = count;
    run.missing_shards = shards.missing;
    if (!shards.missing.empty()) run.exit_status = std::max(run.exit_status, 1);
    night.numbering_gaps(archive_numbering_gaps(out));
    return report_json(night, run);
}

}  // namespace

int merge_night_report(const std::filesystem::path& out_dir, const std::filesystem::path& templates,
                       const std::string& language, std::ostream& log) {
    const std::filesystem::path out = std::filesystem::absolute(out_dir);
    const BuildLock lock(out, Shard{});
    const std::optional<int> shards = recorded_shard_count(out);
    if (!shards) {
        // A whole build wrote the night's report itself: nothing to merge, nothing wrong.
        const bool built = std::filesystem::exists(out / report_page_path(Shard{}));
        log << "portalgen: report: " << escape_controls(out.string())
            << (built ? " was last built whole, not in shards: its report is "
                      : " holds no build's report yet (expected ")
            << report_page_path(Shard{}) << (built ? " already\n" : ")\n");
        return built ? 0 : 1;
    }
    const ShardReports reports = read_shard_reports(out, *shards, log);
    if (reports.found.empty()) {
        log << "portalgen: report: no shard has a report yet in " << escape_controls(out.string())
            << "\n";
        return 1;
    }
    write_report(out, templates, Shard{}, language, merge(out, reports, *shards));
    log << "portalgen: report: " << reports.found.size() << " of " << *shards
        << " shards merged into " << escape_controls((out / report_page_path(Shard{})).string())
        << "\n";
    return reports.missing.empty() ? 0 : 1;
}

}  // namespace portalgen
