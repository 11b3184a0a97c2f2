// The table mappings of model/document_fields.h in the local database: the INSERT statement of a
// table, a struct bound to it, and a row read back into a struct.
#pragma once

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

#include "model/document_fields.h"
#include "model/reminder_ladder.h"
#include "store/columns.h"

namespace portalgen {

// Collects the names of a table's mapped columns, in order: "number, kind, reverses, ...".
class ColumnNames {
  public:
    void add(const std::string& column) {
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
    void customer_text(const char* column, const char*, const CustomerText&, Presence) {
        add(column);
        add(column_part(column, "fr"));
    }
    template <typename AddressField>
    void address(const char* column, const char*, const AddressField&) {
        add(column);
        for (const char* part : kAddressParts) add(column_part(column, part));
    }
    void scheme_id(const char* column, const char*, const SchemeId&) {
        add(column);
        add(column_part(column, "scheme"));
    }
    void period(const char* start, const char* end, const char*, const std::optional<Date>&,
                const std::optional<Date>&) {
        add(start);
        add(end);
    }
    void setting(const char* column, const char*, const std::string&) { add(column); }
    void integer(const char* column, const char*, const int&, int, int) { add(column); }
    void flag(const char* column, const char*, const bool&) { add(column); }
    void day_list(const char* column, const char*, const std::vector<int>&) { add(column); }
    void image(const char* column, const char*, const std::string&) { add(column); }

  private:
    std::string names_;
};

// The columns of a table's rows: the key columns that place a row, then `Struct`'s fields.
template <typename Struct>
ColumnNames table_columns(std::initializer_list<const char*> keys) {
    ColumnNames columns;
    for (const char* key : keys) columns.add(key);
    const Struct sample{};
    map_fields(columns, sample);
    return columns;
}

// "INSERT INTO table (keys..., fields...) VALUES (?, ...)": the columns that place the row (bound
// first), then the mapped fields of `Struct`.
template <typename Struct>
std::string insert_sql(const char* table, std::initializer_list<const char*> keys) {
    const std::string columns = table_columns<Struct>(keys).names();
    std::string sql = "INSERT INTO " + std::string(table) + " (" + columns + ") VALUES (?";
    for (char c : columns)
        if (c == ',') sql += ", ?";
    return sql + ")";
}

// insert_sql, and where a row with the same `unique` columns (a comma-separated list of its
// columns, like "company, code") is there already, every other column updated instead.
template <typename Struct>
std::string upsert_sql(const char* table, std::initializer_list<const char*> keys,
                       const std::string& unique) {
    std::string sql =
        insert_sql<Struct>(table, keys) + " ON CONFLICT (" + unique + ") DO UPDATE SET ";
    const std::string columns = table_columns<Struct>(keys).names();
    const std::string kept = ", " + unique + ", ";
    bool first = true;
    for (size_t start = 0; start < columns.size();) {
        size_t end = std::min(columns.find(", ", start), columns.size());
        const std::string column = columns.substr(start, end - start);
        start = end + 2;
        if (kept.find(", " + column + ", ") != std::string::npos) continue;
        sql += (first ? "" : ", ") + column + " = excluded." + column;
        first = false;
    }
    return sql;
}

// Binds a struct's mapped fields, in order, after the key columns already bound; the record's own
// strings in place (insert_row runs the statement while the record lives).
class BindFields {
  public:
    explicit BindFields(Binder& binder) : binder_(binder) {}

    void text(const char*, const char*, const std::string& value, Presence presence) {
        if (presence == Presence::required)
            binder_.held_text(value);
        else
            binder_.optional_held_text(value);
    }
    void date(const char*, const char*, const Date& value) { binder_.date(value); }
    void date(const char*, const char*, const std::optional<Date>& value) { binder_.date(value); }
    void month(const char*, const char*, const Month& value) { binder_.text(value.to_string()); }
    void timestamp(const char*, const char*, const Timestamp& value) {
        binder_.held_text(value.text);
    }
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
    void customer_text(const char*, const char*, const CustomerText& value, Presence presence) {
        text(nullptr, nullptr, value.en, presence);
        if (value.fr == value.en)
            binder_.optional_text(std::string());  // NULL: the French is the English
        else
            binder_.optional_held_text(value.fr);
    }
    void address(const char*, const char*, const Address& value) {
        binder_.list(value.lines);
        for (size_t i = 0; i < std::size(kAddressParts); ++i)
            binder_.optional_held_text(*address_part(value, i));
    }
    void address(const char* column, const char* key, const std::optional<Address>& value) {
        static const Address kNone;  // bound in place: it must outlive the statement's run
        address(column, key, value ? *value : kNone);
    }
    void scheme_id(const char*, const char*, const SchemeId& value) {
        binder_.optional_held_text(value.value);
        binder_.optional_held_text(value.scheme);
    }
    void period(const char*, const char*, const char*, const std::optional<Date>& start,
                const std::optional<Date>& end) {
        binder_.date(start);
        binder_.date(end);
    }
    void setting(const char*, const char*, const std::string& value) { binder_.held_text(value); }
    void integer(const char*, const char*, const int& value, int, int) { binder_.integer(value); }
    void flag(const char*, const char*, const bool& value) { binder_.integer(value ? 1 : 0); }
    void day_list(const char*, const char*, const std::vector<int>& value) {
        binder_.text(day_list_text(value));
    }
    void image(const char*, const char*, const std::string& value) { binder_.optional_blob(value); }

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
        const SQLite::Column stored = row_.getColumn(column);
        if (!stored.isNull()) value = enum_of<Enum>(stored);  // NULL: a column added later
    }
    void customer_text(const char* column, const char*, CustomerText& value, Presence) {
        value.en = text_of(row_.getColumn(column));
        value.fr = text_of(row_.getColumn(column_part(column, "fr").c_str()));
        if (value.fr.empty()) value.fr = value.en;
    }
    void address(const char* column, const char*, Address& value) {
        value.lines = list_of(row_.getColumn(column));
        for (size_t i = 0; i < std::size(kAddressParts); ++i)
            *address_part(value, i) =
                text_of(row_.getColumn(column_part(column, kAddressParts[i]).c_str()));
    }
    void address(const char* column, const char* key, std::optional<Address>& value) {
        Address read;
        address(column, key, read);
        value = read.empty() ? std::nullopt : std::optional<Address>(std::move(read));
    }
    void scheme_id(const char* column, const char*, SchemeId& value) {
        value.value = text_of(row_.getColumn(column));
        value.scheme = text_of(row_.getColumn(column_part(column, "scheme").c_str()));
    }
    void period(const char* start_column, const char* end_column, const char*,
                std::optional<Date>& start, std::optional<Date>& end) {
        start = optional_date_of(row_.getColumn(start_column));
        end = optional_date_of(row_.getColumn(end_column));
    }
    void setting(const char* column, const char*, std::string& value) {
        if (std::string stored = text_of(row_.getColumn(column)); !stored.empty())
            value = std::move(stored);
    }
    void integer(const char* column, const char*, int& value, int, int) {
        const SQLite::Column stored = row_.getColumn(column);
        if (!stored.isNull()) value = stored.getInt();
    }
    void flag(const char* column, const char*, bool& value) {
        value = row_.getColumn(column).getInt() == 1;
    }
    // NULL keeps the default: a company stored before the column was added.
    void day_list(const char* column, const char*, std::vector<int>& value) {
        const SQLite::Column stored = row_.getColumn(column);
        if (stored.isNull()) return;
        std::optional<std::vector<int>> days = parse_day_list(text_of(stored));
        if (!days) throw_damaged(stored);
        value = std::move(*days);
    }
    void image(const char* column, const char*, std::string& value) {
        value = text_of(row_.getColumn(column));
    }

  private:
    const SQLite::Statement& row_;
};

}  // namespace portalgen
