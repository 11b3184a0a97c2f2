// The schema of the local database and its migrations, compiled into the program.
#pragma once

#include <span>
#include <string_view>

namespace portalgen {

// The text of data/schema.sql: every migration in turn. A unit test checks they are identical.
std::string_view schema_sql();

// migrations()[i] brings a database from version i to version i + 1 (PRAGMA user_version).
// A schema change appends a migration here and updates data/schema.sql to the result.
std::span<const std::string_view> migrations();

}  // namespace portalgen
