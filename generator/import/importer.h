// The import command: reads YAML and SQLite sources, validates them all, and saves them in one
// transaction — all or nothing (SPEC section 1). YAML files are streamed: each customer is
// checked and saved as soon as it is read, so memory stays bounded whatever the file size.
#pragma once

#include <string>
#include <vector>

#include "import/yaml_stream.h"

namespace portalgen {

class Database;

struct ImportSummary {
    size_t files = 0;
    size_t companies = 0;
    size_t customers = 0;
};

// Throws InvalidInput listing every problem; the database is then left exactly as it was.
// `parsers` chooses the YAML readers (tests compare the fast reader with yaml-cpp).
ImportSummary import_files(Database& database, const std::vector<std::string>& paths,
                           YamlParsers parsers = YamlParsers::fast_first);

// True for the file names read as SQLite databases (.db, .sqlite, .sqlite3).
bool is_sqlite_path(const std::string& path);

}  // namespace portalgen
