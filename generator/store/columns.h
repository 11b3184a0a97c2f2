// Model values in SQLite columns, in the formats of data/schema.sql: binding them for writes
// and reading them back from the local database.
#pragma once

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/decimal.h"
#include "model/enums.h"

namespace portalgen {

// A list of strings as a JSON array: ["GST","QST"] (UTF-8 kept as is).
std::string json_list(const std::vector<std::string>& values);
// nullopt unless `text` is a JSON array of strings.
std::optional<std::vector<std::string>> parse_json_list(std::string_view text);

// Binds ?1, ?2, ... in call order, then runs the statement. Resets the statement first, so
// one prepared statement serves every row.
class Binder {
  public:
    explicit Binder(SQLite::Statement& statement);
    Binder& text(const std::string& value);
    Binder& optional_text(const std::string& value);  // "" is stored as NULL
    // As text and optional_text, but bound where it is, not copied (an import binds millions of
    // the fields of its records): `value` must live until run().
    Binder& held_text(const std::string& value);
    Binder& optional_held_text(const std::string& value);
    Binder& optional_blob(const std::string& bytes);  // "" is stored as NULL
    Binder& integer(int64_t value);
    Binder& date(Date value);
    Binder& date(const std::optional<Date>& value);
    Binder& decimal(Decimal value);
    Binder& list(const std::vector<std::string>& values);  // an empty list is stored as NULL
    template <typename Enum>
    Binder& name(Enum value) {
        return text(std::string(to_string(value)));
    }
    void run();

  private:
    SQLite::Statement& statement_;
    int index_ = 0;
};

// Reading the local database, which portalgen wrote: a value it could not have written means a
// damaged database, reported by std::runtime_error naming the column.
std::string text_of(const SQLite::Column& column);  // NULL reads as ""
Date date_of(const SQLite::Column& column);
std::optional<Date> optional_date_of(const SQLite::Column& column);
Month month_of(const SQLite::Column& column);
Timestamp timestamp_of(const SQLite::Column& column);
Decimal decimal_of(const SQLite::Column& column);                // NULL reads as 0
std::vector<std::string> list_of(const SQLite::Column& column);  // NULL reads as []
[[noreturn]] void throw_damaged(const SQLite::Column& column);

template <typename Enum>
Enum enum_of(const SQLite::Column& column) {
    auto value = parse_enum<Enum>(text_of(column));
    if (!value) throw_damaged(column);
    return *value;
}

}  // namespace portalgen
