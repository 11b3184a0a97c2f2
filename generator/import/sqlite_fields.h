// Reads the mapped fields (model/document_fields.h) of a struct from the current row of a SQLite
// input table, with the checks and the positions of SqliteRows.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "import/sqlite_rows.h"
#include "model/document_fields.h"

namespace portalgen {

class SqliteFields {
  public:
    explicit SqliteFields(SqliteRows& row) : row_(row) {}

    void text(const char* column, const char* key, std::string& value, Presence presence) {
        value = row_.text(column, presence == Presence::required, key);
    }
    void date(const char* column, const char* key, Date& value) {
        value = row_.date(column, true, key).value_or(Date{});
    }
    void date(const char* column, const char* key, std::optional<Date>& value) {
        value = row_.date(column, false, key);
    }
    void month(const char* column, const char* key, Month& value) {
        value = row_.month(column, true, key).value_or(Month{});
    }
    void timestamp(const char* column, const char* key, Timestamp& value) {
        value = row_.timestamp(column, true, key).value_or(Timestamp{});
    }
    void decimal(const char* column, const char* key, Decimal& value, Presence presence) {
        value = row_.decimal(column, presence == Presence::required, key).value_or(Decimal{});
    }
    void optional_decimal(const char* column, const char* key, Decimal& value) {
        value = row_.decimal(column, false, key).value_or(Decimal{});
    }
    void list(const char* column, const char* key, std::vector<std::string>& value) {
        value = row_.list(column, key);
    }
    template <typename Enum>
    void choice(const char* column, const char* key, Enum& value, Presence presence) {
        value = row_.choice<Enum>(column, presence == Presence::required, key).value_or(value);
    }
    void customer_text(const char* column, const char* key, CustomerText& value,
                       Presence presence) {
        value.en = row_.text(column, presence == Presence::required, key);
        value.fr = row_.text(column_part(column, "fr"), false, std::string(key) + ".fr");
        if (value.fr.empty()) value.fr = value.en;
    }
    void address(const char* column, const char* key, Address& value) {
        value.lines = row_.list(column, std::string(key) + ".lines");
        for (size_t i = 0; i < std::size(kAddressParts); ++i)
            *address_part(value, i) = row_.text(column_part(column, kAddressParts[i]), false,
                                                std::string(key) + "." + kAddressParts[i]);
    }
    void address(const char* column, const char* key, std::optional<Address>& value) {
        Address read;
        address(column, key, read);
        value = read.empty() ? std::nullopt : std::optional<Address>(std::move(read));
    }
    void scheme_id(const char* column, const char* key, SchemeId& value) {
        value.value = row_.text(column, false, std::string(key) + ".value");
        value.scheme =
            row_.text(column_part(column, "scheme"), false, std::string(key) + ".scheme");
    }
    void period(const char* start_column, const char* end_column, const char* key,
                std::optional<Date>& start, std::optional<Date>& end) {
        start = row_.date(start_column, false, std::string(key) + ".start");
        end = row_.date(end_column, false, std::string(key) + ".end");
    }

  private:
    SqliteRows& row_;
};

}  // namespace portalgen
