// Reads the mapped fields (model/document_fields.h) of a struct from the current row of a SQLite
// input table, with the checks and the positions of SqliteRows.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "import/sqlite_rows.h"
#include "model/document_fields.h"
#include "model/reminder_ladder.h"

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

    void setting(const char* column, const char* key, std::string& value) {
        if (std::string read = row_.text(column, false, key); !read.empty())
            value = std::move(read);
    }
    void integer(const char* column, const char*, int& value, int min, int max) {
        value = static_cast<int>(row_.integer(column, min, max, false).value_or(value));
    }
    void flag(const char* column, const char*, bool& value) {
        value = row_.integer(column, 0, 1, false).value_or(0) == 1;
    }
    // NULL keeps the default steps; the steps' rules are checked by the caller.
    void day_list(const char* column, const char* key, std::vector<int>& value) {
        const std::string text = row_.text(column, false, key);
        if (text.empty()) return;
        if (std::optional<std::vector<int>> days = parse_day_list(text))
            value = std::move(*days);
        else
            row_.error(column, std::string(column) +
                                   " must be a JSON array of days, like [1,7,14], not \"" +
                                   text.substr(0, 40) + "\"");
    }
    void image(const char* column, const char* key, std::string& value) {
        value = row_.blob(column, key);
    }

  private:
    SqliteRows& row_;
};

}  // namespace portalgen
