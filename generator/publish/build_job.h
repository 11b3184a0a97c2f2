// BuildJob: `portalgen build` from start to end (SPEC section 6) — one customer at a time on N
// threads, publishing as it goes, then the stale folders, the state and the nightly report.
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/date.h"
#include "model/shard.h"

namespace portalgen {

struct BuildRequest {
    std::string db_path = "data/portal.db";
    std::filesystem::path out = "output";
    std::filesystem::path templates;  // the portal's templates folder
    Date as_of;
    std::vector<std::string> customers;  // only these (none: all)
    unsigned jobs = 1;
    Shard shard;
    bool force = false;
    bool terminal = false;  // standard error is a terminal: draw a progress bar
};

// Runs the build and returns the exit status: 0, or 1 when a customer failed or an archived
// invoice would change (the others are published). Throws TemporaryFailure when the output is
// locked by another build or built with another number of shards, std::runtime_error when the
// build cannot start otherwise (templates broken, database unreadable).
int run_build_job(const BuildRequest& request, std::ostream& log);

}  // namespace portalgen
