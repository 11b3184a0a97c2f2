// ReadSnapshot: connections that all read the database as of one moment (SPEC 6 "One snapshot").
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "store/database.h"

namespace portalgen {

// Opens `count` read-only connections to the database of `writer`, each holding a read
// transaction on the same state of the file: an import that commits afterwards changes nothing
// they read. They start while `writer` holds the write lock for a moment (BEGIN IMMEDIATE), so no
// commit can fall between two of them; SQLite's own snapshot API is not built into Debian's
// library. Throws SQLite::Exception (SQLITE_BUSY) when another process keeps the lock longer
// than kDatabaseBusyTimeoutMs. The snapshot lasts as long as the connections.
std::vector<std::unique_ptr<Database>> open_read_snapshot(Database& writer, std::size_t count);

}  // namespace portalgen
