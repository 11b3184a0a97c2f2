// build_report: the report stage of the nightly job — the nightly report written, the archive's
// conflicts and the totals logged, and the exit status.
#pragma once

#include <cstddef>
#include <ostream>

#include "build/build_totals.h"
#include "build/prepared_build.h"
#include "publish/nightly_report.h"

namespace portalgen {

// Writes the report; returns 1 when a customer failed or an archived invoice would change, else 0.
int report_build(const PreparedBuild& build, NightlyReport& report, const BuildTotals& totals,
                 std::size_t stale, std::ostream& log);

// When no customer could be published (broken templates, a read-only or full disk ...): the
// report, the stale portals and the date of the last build stay as the last good run left them.
bool nothing_published(const PreparedBuild& build, const BuildTotals& totals);
// Saves what the state learnt (the failures keep their last record), logs and returns 1.
int report_nothing_published(PreparedBuild& build, const BuildTotals& totals, std::ostream& log);

}  // namespace portalgen
