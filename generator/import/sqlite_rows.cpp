#include "import/sqlite_rows.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "core/text_value.h"
#include "store/columns.h"

namespace portalgen {

namespace {

std::string quoted(const std::string& name) {
    return "\"" + name + "\"";
}

std::string select_sql(const std::string& table, const std::map<std::string, int>& columns,
                       const std::string& order_by) {
    std::string sql = "SELECT rowid";
    for (const auto& [name, index] : columns) sql += ", " + quoted(name);
    return sql + " FROM " + quoted(table) + " ORDER BY " + order_by;
}

std::string_view type_name(int type) {
    if (type == SQLite::INTEGER) return "INTEGER";
    if (type == SQLite::FLOAT) return "REAL";
    if (type == SQLite::BLOB) return "BLOB";
    if (type == SQLite::Null) return "NULL";
    return "TEXT";
}

// The start of a value, for messages.
std::string excerpt(const std::string& text) {
    return "\"" + text.substr(0, 40) + "\"";
}

}  // namespace

SqliteRows::SqliteRows(const SQLite::Database& db, const std::string& file,
                       const std::string& table, const std::map<std::string, int>& columns,
                       const std::string& order_by, SourceMap& positions, Diagnostics& diagnostics)
    : label_(file + ":" + table),
      statement_(db, select_sql(table, columns, order_by)),
      positions_(positions),
      diagnostics_(diagnostics) {
    int select_index = 1;  // 0 is the rowid
    for (const auto& [name, file_index] : columns)
        columns_.push_back({name, select_index++, file_index});
}

bool SqliteRows::next() {
    if (!statement_.executeStep()) return false;
    rowid_ = statement_.getColumn(0).getInt64();
    path_.clear();
    return true;
}

void SqliteRows::at(std::string path) {
    path_ = std::move(path);
    positions_.set(path_, {label_, rowid_, 1});
}

const SqliteRows::Column* SqliteRows::find(std::string_view column) const {
    for (const Column& c : columns_)
        if (c.name == column) return &c;
    return nullptr;  // a column added after the file's schema version
}

Loc SqliteRows::loc(std::string_view column) const {
    const Column* found = find(column);
    return {label_, rowid_, found ? found->file_index : 1};
}

void SqliteRows::error(std::string_view column, std::string message) {
    diagnostics_.error(loc(column), std::move(message));
}

std::optional<SQLite::Column> SqliteRows::value(std::string_view column, bool required,
                                                std::string_view field) {
    const Column* found = find(column);
    if (!found) return std::nullopt;  // the file's schema has no such column: NULL
    SQLite::Column value = statement_.getColumn(found->select_index);
    if (!path_.empty())
        positions_.set(path_ + "." + std::string(field.empty() ? column : field), loc(column));
    if (!value.isNull()) return value;
    if (required) error(column, std::string(column) + " is required (found NULL)");
    return std::nullopt;
}

std::optional<std::string> SqliteRows::checked_text(const SQLite::Column& value,
                                                    std::string_view column) {
    if (!value.isText()) {
        error(column, std::string(column) + " must be TEXT, found " +
                          std::string(type_name(value.getType())));
        return std::nullopt;
    }
    std::string text = value.getString();
    if (auto problem = text_value_problem(text)) {
        error(column, *problem);
        return std::nullopt;
    }
    return text;
}

std::string SqliteRows::text(std::string_view column, bool required, std::string_view field) {
    auto found = value(column, required, field);
    if (!found) return {};
    auto text = checked_text(*found, column);
    if (!text) return {};
    if (required && text->empty()) error(column, std::string(column) + " must not be empty");
    return *text;
}

std::string SqliteRows::blob(std::string_view column, std::string_view field) {
    auto found = value(column, false, field);
    if (!found) return {};
    if (!found->isBlob()) {
        error(column, std::string(column) + " must be a BLOB");
        return {};
    }
    return std::string(static_cast<const char*>(found->getBlob()),
                       static_cast<size_t>(found->getBytes()));
}

std::optional<Date> SqliteRows::date(std::string_view column, bool required,
                                     std::string_view field) {
    auto found = value(column, required, field);
    if (!found) return std::nullopt;
    auto text = checked_text(*found, column);
    if (!text) return std::nullopt;
    auto parsed = Date::parse(*text);
    if (!parsed)
        error(column,
              std::string(column) + " must be a real date YYYY-MM-DD, not " + excerpt(*text));
    return parsed;
}

std::optional<Month> SqliteRows::month(std::string_view column, bool required,
                                       std::string_view field) {
    auto found = value(column, required, field);
    if (!found) return std::nullopt;
    auto text = checked_text(*found, column);
    if (!text) return std::nullopt;
    auto parsed = Month::parse(*text);
    if (!parsed)
        error(column, std::string(column) + " must be a month YYYY-MM, not " + excerpt(*text));
    return parsed;
}

std::optional<Timestamp> SqliteRows::timestamp(std::string_view column, bool required,
                                               std::string_view field) {
    auto found = value(column, required, field);
    if (!found) return std::nullopt;
    auto text = checked_text(*found, column);
    if (!text) return std::nullopt;
    auto parsed = Timestamp::parse(*text);
    if (!parsed)
        error(column, std::string(column) +
                          " must be an ISO 8601 timestamp with offset like "
                          "2026-11-10T14:03:00Z, not " +
                          excerpt(*text));
    return parsed;
}

std::optional<Decimal> SqliteRows::decimal(std::string_view column, bool required,
                                           std::string_view field) {
    auto found = value(column, required, field);
    if (!found) return std::nullopt;
    std::string text;
    if (found->isInteger()) {
        text = std::to_string(found->getInt64());  // exact, unlike a REAL
    } else if (found->isFloat()) {
        error(column, std::string(column) + " must be exact TEXT like '19.99', not the REAL " +
                          found->getString());
        return std::nullopt;
    } else if (auto checked = checked_text(*found, column)) {
        text = *checked;
    } else {
        return std::nullopt;
    }
    auto parsed = Decimal::parse(text.size() > 40 ? std::string_view(text).substr(0, 40) : text);
    if (text.size() > 40 && parsed.value) parsed = {std::nullopt, "number too large"};
    if (!parsed.value) error(column, std::string(column) + ": " + parsed.error);
    return parsed.value;
}

std::optional<int64_t> SqliteRows::integer(std::string_view column, int64_t min, int64_t max,
                                           bool required) {
    auto found = value(column, required, {});
    if (!found) return std::nullopt;
    if (found->isInteger() && found->getInt64() >= min && found->getInt64() <= max)
        return found->getInt64();
    std::string range = min == std::numeric_limits<int64_t>::min()
                            ? ""
                            : " from " + std::to_string(min) + " to " + std::to_string(max);
    error(column, std::string(column) + " must be a whole number" + range + ", not " +
                      excerpt(found->getString()));
    return std::nullopt;
}

std::vector<std::string> SqliteRows::list(std::string_view column, std::string_view field) {
    auto found = value(column, false, field);
    if (!found) return {};
    auto text = checked_text(*found, column);
    if (!text) return {};
    auto items = parse_json_list(*text);
    if (!items) {
        error(column, std::string(column) +
                          " must be a JSON array of strings like [\"a\",\"b\"], not " +
                          excerpt(*text));
        return {};
    }
    for (size_t i = 0; i < items->size(); ++i)
        if (!path_.empty())
            positions_.set(
                path_ + "." + std::string(field.empty() ? column : field) + "." + std::to_string(i),
                loc(column));
    return *items;
}

}  // namespace portalgen
