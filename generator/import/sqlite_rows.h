// SqliteRows: the rows of one table of a SQLite input file, read with type checks, each value's
// position recorded as FILE:TABLE:ROWID:COLUMN for error messages.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/decimal.h"
#include "core/diagnostics.h"
#include "import/source_map.h"
#include "model/enums.h"

namespace portalgen {

class SqliteRows {
  public:
    // `columns` maps each column name of the table to its 1-based position in the file's table
    // (where the user sees it). Rows come in `order_by` order.
    SqliteRows(const SQLite::Database& db, const std::string& file, const std::string& table,
               const std::map<std::string, int>& columns, const std::string& order_by,
               SourceMap& positions, Diagnostics& diagnostics);

    bool next();
    // Reads the current row as the model value at `path` (e.g. customers.3.invoices.0): the
    // row's position is recorded there, and each column read next at `path.field`. Before this
    // (for key columns), nothing is recorded.
    void at(std::string path);

    // Each read reports a NULL in a required column, a wrong storage type or a malformed value,
    // and returns nothing then. `field` names the model field when it is not the column's name
    // (the column locale_en is the field locale.en).
    std::string text(std::string_view column, bool required, std::string_view field = {});
    std::optional<Date> date(std::string_view column, bool required, std::string_view field = {});
    std::optional<Month> month(std::string_view column, bool required, std::string_view field = {});
    std::optional<Timestamp> timestamp(std::string_view column, bool required,
                                       std::string_view field = {});
    // TEXT like '19.99' or an INTEGER; a REAL is refused (binary floating point is not exact).
    std::optional<Decimal> decimal(std::string_view column, bool required,
                                   std::string_view field = {});
    std::optional<int64_t> integer(std::string_view column, int64_t min, int64_t max,
                                   bool required);
    // A BLOB's bytes; NULL reads as "".
    std::string blob(std::string_view column, std::string_view field = {});
    // A JSON array of strings; NULL reads as no items.
    std::vector<std::string> list(std::string_view column, std::string_view field = {});

    template <typename T>
    std::optional<T> choice(std::string_view column, bool required, std::string_view field = {}) {
        std::string name = text(column, required, field);
        if (name.empty()) return std::nullopt;
        auto value = parse_enum<T>(name);
        if (!value)
            error(column, std::string(column) + " must be one of " +
                              std::string(enum_choices<T>()) + ", not \"" + name.substr(0, 40) +
                              "\"");
        return value;
    }

    Loc loc(std::string_view column) const;
    void error(std::string_view column, std::string message);

  private:
    // The column's value, its position recorded; nullopt when NULL (an error if required).
    std::optional<SQLite::Column> value(std::string_view column, bool required,
                                        std::string_view field);
    // The column's text, or nullopt after an error when it is not TEXT or is too long.
    std::optional<std::string> checked_text(const SQLite::Column& value, std::string_view column);

    struct Column {
        std::string name;
        int select_index;  // in the SELECT, after the rowid
        int file_index;    // 1-based, in the file's table
    };
    const Column* find(std::string_view column) const;  // nullptr: not in the file

    std::string label_;  // FILE:TABLE
    std::vector<Column> columns_;
    SQLite::Statement statement_;
    SourceMap& positions_;
    Diagnostics& diagnostics_;
    int64_t rowid_ = 0;
    std::string path_;
};

}  // namespace portalgen
