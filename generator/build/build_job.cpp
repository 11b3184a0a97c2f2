#include "build/build_job.h"

#include "build/build_report.h"
#include "build/customer_rendering.h"
#include "build/prepared_build.h"
#include "build/record_results.h"
#include "build/retire.h"
#include "build/stage_errors.h"
#include "core/utc_clock.h"
#include "publish/archive.h"
#include "publish/archive_signature.h"
#include "publish/finish_mark.h"
#include "publish/nightly_report.h"

namespace portalgen {

namespace {

// The part's chain head and its signature, once every invoice of the build is archived.
void sign_archive(const PreparedBuild& build) {
    const Archive& archive = *build.archive;
    if (archive.part_rows() == 0) return;
    append_signature(build.request.out / archive_folder(), *build.request.signing_key,
                     manifest_part_name(build.request.shard), archive.part_rows(),
                     archive.chain_head(), utc_now_text());
}

}  // namespace

int run_build_job(const BuildRequest& request, std::ostream& log) {
    std::unique_ptr<PreparedBuild> build = prepare(request, log);
    NightlyReport report(build->request.as_of, build->previous_as_of);
    // Rendering runs on its threads while the record stage takes the results in order.
    auto rendering =
        in_stage("render customers", [&] { return std::make_unique<CustomerRendering>(*build); });
    const BuildTotals totals =
        in_stage("record", [&] { return record_results(*build, *rendering, report, log); });
    if (request.signing_key) in_stage("sign", [&] { sign_archive(*build); });
    int exit_code = 0;
    if (nothing_published(*build, totals)) {
        exit_code =
            in_stage("report", [&] { return report_nothing_published(*build, totals, log); });
    } else {
        const std::size_t stale = in_stage("retire", [&] { return retire(*build, report); });
        exit_code =
            in_stage("report", [&] { return report_build(*build, report, totals, stale, log); });
    }
    if (request.shard.is_whole())
        in_stage("finish", [&] { leave_finish_mark(build->request.out); });
    return exit_code;
}

}  // namespace portalgen
