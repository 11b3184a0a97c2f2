#include "build/build_job.h"

#include "build/build_report.h"
#include "build/customer_rendering.h"
#include "build/prepared_build.h"
#include "build/record_results.h"
#include "build/retire.h"
#include "build/stage_errors.h"
#include "publish/nightly_report.h"

namespace portalgen {

int run_build_job(const BuildRequest& request, std::ostream& log) {
    std::unique_ptr<PreparedBuild> build = prepare(request, log);
    NightlyReport report(build->request.as_of, build->previous_as_of);
    // Rendering runs on its threads while the record stage takes the results in order.
    auto rendering =
        in_stage("render customers", [&] { return std::make_unique<CustomerRendering>(*build); });
    const BuildTotals totals =
        in_stage("record", [&] { return record_results(*build, *rendering, report, log); });
    if (nothing_published(*build, totals))
        return in_stage("report", [&] { return report_nothing_published(*build, totals, log); });
    const std::size_t stale = in_stage("retire", [&] { return retire(*build, report); });
    return in_stage("report", [&] { return report_build(*build, report, totals, stale, log); });
}

}  // namespace portalgen
