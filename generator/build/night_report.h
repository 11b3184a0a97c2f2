// NightReport: `portalgen report`, the last step of a sharded night — one report merged from the
// reports of the shards recorded for OUT (SPEC section 6).
#pragma once

#include <filesystem>
#include <ostream>
#include <string>

namespace portalgen {

// Reads OUT/report/K-of-N/report.json for K = 1..N (N as recorded in OUT/.portalgen-shards) and
// writes the merged OUT/report/report.json and index.html, in `language` ("en" or "fr"). A shard
// whose report is absent, unreadable or of an earlier night is named as missing in the report
// and in the log, and the status is 1; else 0. Holds OUT like a whole build, so it waits for no
// shard build: a build running makes it throw TemporaryFailure (exit 4, retry later).
int merge_night_report(const std::filesystem::path& out, const std::filesystem::path& templates,
                       const std::string& language, std::ostream& log);

}  // namespace portalgen
