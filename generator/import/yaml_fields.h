// Reads the mapped fields (model/document_fields.h) of a struct from a YAML mapping, with the
// checks and the positions of FieldReader.
#pragma once

#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "import/field_reader.h"
#include "model/document_fields.h"

namespace portalgen {

class YamlFields {
  public:
    explicit YamlFields(FieldReader& in) : in_(in) {}

    void text(const char*, const char* key, std::string& value, Presence presence) {
        value = in_.text(key, presence == Presence::required);
    }
    void date(const char*, const char* key, Date& value) {
        value = in_.date(key, true).value_or(Date{});
    }
    void date(const char*, const char* key, std::optional<Date>& value) {
        value = in_.date(key, false);
    }
    void month(const char*, const char* key, Month& value) {
        value = in_.month(key, true).value_or(Month{});
    }
    void timestamp(const char*, const char* key, Timestamp& value) {
        value = in_.timestamp(key, true).value_or(Timestamp{});
    }
    void decimal(const char*, const char* key, Decimal& value, Presence presence) {
        value = in_.decimal(key, presence == Presence::required).value_or(Decimal{});
    }
    void optional_decimal(const char*, const char* key, Decimal& value) {
        value = in_.decimal(key, false).value_or(Decimal{});
    }
    void list(const char*, const char* key, std::vector<std::string>& value) {
        value = in_.text_list(key);
    }
    template <typename Enum>
    void choice(const char*, const char* key, Enum& value, Presence presence) {
        value = in_.choice<Enum>(key, presence == Presence::required).value_or(value);
    }
    void customer_text(const char*, const char* key, CustomerText& value, Presence presence) {
        value = in_.customer_text(key, presence == Presence::required);
    }
    void address(const char*, const char* key, Address& value) {
        value = in_.address(key).value_or(Address{});
    }
    void address(const char*, const char* key, std::optional<Address>& value) {
        value = in_.address(key);
    }
    void scheme_id(const char*, const char* key, SchemeId& value) { value = in_.scheme_id(key); }
    void period(const char*, const char*, const char* key, std::optional<Date>& start,
                std::optional<Date>& end) {
        std::tie(start, end) = in_.period(key);
    }

  private:
    FieldReader& in_;
};

}  // namespace portalgen
