// The real time, in UTC, as records of when something happened write it.
#pragma once

#include <string>

namespace portalgen {

// "2026-12-06T02:14:09Z" (ISO 8601, seconds, UTC).
std::string utc_now_text();

}  // namespace portalgen
