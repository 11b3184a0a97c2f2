// The import command: reads YAML and SQLite sources, validates them all, and saves them in one
// transaction — all or nothing (SPEC section 1).
#pragma once

#include <string>
#include <vector>

namespace portalgen {

class Database;

struct ImportSummary {
    size_t files = 0;
    size_t companies = 0;
    size_t customers = 0;
};

// Throws InvalidInput listing every problem; the database is then left exactly as it was.
ImportSummary import_files(Database& database, const std::vector<std::string>& paths);

// True for the file names read as SQLite databases (.db, .sqlite, .sqlite3).
bool is_sqlite_path(const std::string& path);

}  // namespace portalgen
