// The schema of the local database: data/schema.sql, compiled in (cmake/schema_sql.cmake).
#include "store/schema.h"

#include <vector>

namespace portalgen {

namespace {

constexpr std::string_view kSchemaSql =
#include "store/schema_sql.inc"
    ;

// Where each migration after the first starts: the comment that opens it.
constexpr std::string_view kMigrationHeading = "\n-- Schema version ";

std::vector<std::string_view> split_migrations() {
    std::vector<std::string_view> pieces;
    std::string_view rest = kSchemaSql;
    // Each heading follows a blank line, which stays with the migration before it.
    for (size_t at; (at = rest.find(kMigrationHeading, 1)) != std::string_view::npos;) {
        pieces.push_back(rest.substr(0, at));
        rest.remove_prefix(at);
    }
    pieces.push_back(rest);
    return pieces;
}

}  // namespace

std::string_view schema_sql() {
    return kSchemaSql;
}

std::span<const std::string_view> migrations() {
    static const std::vector<std::string_view> pieces = split_migrations();
    return pieces;
}

}  // namespace portalgen
