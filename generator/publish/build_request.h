// BuildRequest: what `portalgen build` is asked to do — the one description of a build, read by
// the job's stages and by each customer's build.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/date.h"
#include "model/shard.h"

namespace portalgen {

struct BuildRequest {
    std::string db_path = "data/portal.db";
    std::filesystem::path out = "output";  // made absolute when the build starts
    std::filesystem::path templates;       // the portal's templates folder
    Date as_of;
    std::vector<std::string> customers;  // only these (none: all)
    unsigned jobs = 1;
    Shard shard;
    std::int64_t started_at = 0;  // the build's time (seconds since 1970, UTC): messages' Date
    std::string shard_origin;  // where the shard came from ("--shard", the scheduler's variables)
    bool force = false;        // rebuild every customer and PDF
    bool terminal = false;     // standard error is a terminal: draw a progress bar
    std::string report_language = "en";  // of the nightly report's page: "en" or "fr"
    // Signs the manifest part's chain head after archiving (--signing-key); none: unsigned.
    std::shared_ptr<const class SigningKey> signing_key;
};

}  // namespace portalgen
