// BuildJob: `portalgen build` from start to end (SPEC section 6), as its stages: prepare (lock,
// snapshot, settings) → render customers (threads) → record (archive, state, report lines, in
// customer order) → retire (removed customers, stale portals) → report.
#pragma once

#include <ostream>

#include "publish/build_request.h"

namespace portalgen {

// Runs the build and returns the exit status: 0, or 1 when a customer failed or an archived
// invoice would change (the others are published). Throws TemporaryFailure when the output is
// locked by another build or built with another number of shards, std::runtime_error when the
// build cannot start otherwise (templates broken, database unreadable); an error of a later
// stage names it ("build: record: ...").
int run_build_job(const BuildRequest& request, std::ostream& log);

}  // namespace portalgen
