#include "build/build_report.h"

#include <iomanip>

#include "core/terminal_text.h"
#include "core/utc_clock.h"
#include "publish/numbering_gaps.h"
#include "publish/report_writer.h"

namespace portalgen {

namespace {

// The last line of a build's log.
void log_summary(std::ostream& log, const BuildTotals& totals, std::size_t stale,
                 const PreparedBuild& build) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - build.started).count();
    log << "portalgen: build: " << totals.built << " customers built, " << totals.unchanged
        << " unchanged, " << totals.failed << " failed; " << totals.pages << " files written, "
        << totals.pdfs << " PDFs rendered, " << totals.archived << " archived, " << stale
        << " stale portals removed; as of " << build.request.as_of.to_string() << ", " << std::fixed
        << std::setprecision(1) << seconds << " s\n";
}

ReportRun run_of(const PreparedBuild& build, const BuildTotals& totals, int exit_status) {
    ReportRun run;
    run.started = build.started_utc;
    run.finished = utc_now_text();
    run.duration_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now() - build.started)
                          .count();
    run.version = PORTALGEN_VERSION;
    run.shard = build.request.shard.is_whole() ? "whole" : build.request.shard.name();
    run.exit_status = exit_status;
    run.built = totals.built;
    run.unchanged = totals.unchanged;
    run.failed = totals.failed;
    return run;
}

}  // namespace

int report_build(const PreparedBuild& build, NightlyReport& report, const BuildTotals& totals,
                 std::size_t stale, std::ostream& log) {
    const BuildRequest& request = build.request;
    const int status = totals.failed || !totals.conflicts.empty() ? 1 : 0;
    report.archived(totals.archived, totals.conflicts);
    if (request.shard.is_whole()) report.numbering_gaps(archive_numbering_gaps(request.out));
    write_report(request.out, request.templates, request.shard, request.report_language,
                 report_json(report, run_of(build, totals, status)));
    for (const std::string& conflict : totals.conflicts)
        log << "portalgen: build: archived invoice would change, archive left as it is: "
            << escape_controls(conflict) << "\n";
    log_summary(log, totals, stale, build);
    return status;
}

bool nothing_published(const PreparedBuild& build, const BuildTotals& totals) {
    return totals.failed > 0 && totals.failed == build.ids.size();
}

int report_nothing_published(PreparedBuild& build, const BuildTotals& totals, std::ostream& log) {
    build.state_writes->flush();
    log << "portalgen: build: no customer could be published; the report is left as it was\n";
    log_summary(log, totals, 0, build);
    return 1;
}

}  // namespace portalgen
