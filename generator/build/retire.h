// retire: the retire stage of the nightly job — customers gone from the database and portals no
// customer links to any more leave the output, and the state records the night.
#pragma once

#include <cstddef>

#include "build/prepared_build.h"
#include "publish/nightly_report.h"

namespace portalgen {

// Returns how many stale portals it removed.
std::size_t retire(PreparedBuild& build, NightlyReport& report);

}  // namespace portalgen
