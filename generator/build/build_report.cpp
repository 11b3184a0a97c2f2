#include "build/build_report.h"

#include <iomanip>

#include "core/terminal_text.h"
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

}  // namespace

int report_build(const PreparedBuild& build, const NightlyReport& report, const BuildTotals& totals,
                 std::size_t stale, std::ostream& log) {
    const BuildRequest& request = build.request;
    write_report(request.out, request.templates, request.shard, report);
    for (const std::string& conflict : totals.conflicts)
        log << "portalgen: build: archived invoice would change, archive left as it is: "
            << escape_controls(conflict) << "\n";
    log_summary(log, totals, stale, build);
    return totals.failed || !totals.conflicts.empty() ? 1 : 0;
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
