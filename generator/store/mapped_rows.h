// The table mappings of model/document_fields.h in the local database: the INSERT statement of a
// table, a struct bound to it, and a row read back into a struct.
#pragma once

#include <SQLiteCpp/Statement.h>

#include <initializer_list>
#include <string>
#include <vector>

#include "model/document_fields.h"
#include "store/columns.h"

namespace portalgen {

// Collects the names of a table's mapped columns, in order: "number, kind, reverses, ...".
class ColumnNames {
  public:
    void add(const char* column) {
        if (!names_.empty()) names_ += ", ";
        names_ += column;
    }
    const std::string& names() const { return names_; }

    void text(const char* column, const char*, const std::string&, Presence) { add(column); }
    void date(const char* column, const char*, const Date&) { add(column); }
    void date(const char* column, const char*, const std::optional<Date>&) { add(column); }
    void month(const char* column, const char*, const Month&) { add(column); }
    void timestamp(const char* column, const char*, const Timestamp&) { add(column); }
    void decimal(const char* column, const char*, const Decimal&, Presence) { add(column); }
    void optional_decimal(const char* column, const char*, const Decimal&) { add(column); }
    void list(const char* column, const char*, const std::vector<std::string>&) { add(column); }
    template <typename Enum>
    void choice(const char* column, const char*, const Enum&, Presence) {
        add(column);
    }

  private:
    std::string names_;
};

// "INSERT INTO table (keys..., fields...) VALUES (?, ...)": the columns that place the row (bound
// first), then the mapped fields of `Struct`.
template <typename Struct>
std::string insert_sql(const char* table, std::initializer_list<const char*> keys) {
    ColumnNames columns;
    for (const char* key : keys) columns.add(key);
    const Struct sample{};
    map_fields(columns, sample);
    std::string sql = "INSERT INTO " + std::string(table) + " (" + columns.names() + ") VALUES (?";
    for (char c : columns.names())
        if (c == ',') sql += ", ?";
    return sql + ")";
}

// Binds a struct's mapped fields, in order, after the key columns already bound.
class BindFields {
  public:
    explicit BindFields(Binder& binder) : binder_(binder) {}

    void text(const char*, const char*, const std::string& value, Presence presence) {
        if (presence == Presence::required)
            binder_.text(value);
        else
            binder_.optional_text(value);
    }
    void date(const char*, const char*, const Date& value) { binder_.date(value); }
    void date(const char*, const char*, const std::optional<Date>& value) { binder_.date(value); }
    void month(const char*, const char*, const Month& value) { binder_.text(value.to_string()); }
    void timestamp(const char*, const char*, const Timestamp& value) { binder_.text(value.text); }
    void decimal(const char*, const char*, const Decimal& value, Presence) {
        binder_.decimal(value);
    }
    void optional_decimal(const char*, const char*, const Decimal& value) {
        binder_.optional_text(value.is_zero() ? std::string() : value.to_string());
    }
    void list(const char*, const char*, const std::vector<std::string>& value) {
        binder_.list(value);
    }
    template <typename Enum>
    void choice(const char*, const char*, const Enum& value, Presence) {
        binder_.name(value);
    }

  private:
    Binder& binder_;
};

// Binds the key columns with `keys` (a call on the Binder), then `record`'s fields, and runs.
template <typename Struct, typename Keys>
void insert_row(SQLite::Statement& statement, const Struct& record, Keys keys) {
    Binder binder(statement);
    keys(binder);
    BindFields fields(binder);
    map_fields(fields, record);
    binder.run();
}

// Reads the mapped fields of the current row of a local database statement (see columns.h:
// a value portalgen could not have written throws).
class ReadFields {
  public:
    explicit ReadFields(const SQLite::Statement& row) : row_(row) {}

    void text(const char* column, const char*, std::string& value, Presence) {
        value = text_of(row_.getColumn(column));
    }
    void date(const char* column, const char*, Date& value) {
        value = date_of(row_.getColumn(column));
    }
    void date(const char* column, const char*, std::optional<Date>& value) {
        value = optional_date_of(row_.getColumn(column));
    }
    void month(const char* column, const char*, Month& value) {
        value = month_of(row_.getColumn(column));
    }
    void timestamp(const char* column, const char*, Timestamp& value) {
        value = timestamp_of(row_.getColumn(column));
    }
    void decimal(const char* column, const char*, Decimal& value, Presence) {
        value = decimal_of(row_.getColumn(column));
    }
    void optional_decimal(const char* column, const char*, Decimal& value) {
        value = decimal_of(row_.getColumn(column));
    }
    void list(const char* column, const char*, std::vector<std::string>& value) {
        value = list_of(row_.getColumn(column));
    }
    template <typename Enum>
    void choice(const char* column, const char*, Enum& value, Presence) {
        value = enum_of<Enum>(row_.getColumn(column));
    }

  private:
    const SQLite::Statement& row_;
};

}  // namespace portalgen
