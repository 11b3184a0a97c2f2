#include "store/columns.h"

#include <nlohmann/json.hpp>

namespace portalgen {

// As nlohmann::json's dump() writes them (the unit test holds it to that), without building a
// JSON value first: an import writes one list per line of every document.
std::string json_list(const std::vector<std::string>& values) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "[";
    for (const std::string& value : values) {
        if (out.size() > 1) out += ',';
        out += '"';
        for (char c : value) {
            const auto byte = static_cast<unsigned char>(c);
            switch (c) {
                case '"':
                    out += "\\\"";
                    break;
                case '\\':
                    out += "\\\\";
                    break;
                case '\b':
                    out += "\\b";
                    break;
                case '\f':
                    out += "\\f";
                    break;
                case '\n':
                    out += "\\n";
                    break;
                case '\r':
                    out += "\\r";
                    break;
                case '\t':
                    out += "\\t";
                    break;
                default:
                    if (byte < 0x20) {
                        out += "\\u00";
                        out += kHex[byte >> 4];
                        out += kHex[byte & 0xf];
                    } else {
                        out += c;
                    }
            }
        }
        out += '"';
    }
    out += ']';
    return out;
}

std::optional<std::vector<std::string>> parse_json_list(std::string_view text) {
    auto json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!json.is_array()) return std::nullopt;
    std::vector<std::string> out;
    for (const auto& item : json) {
        if (!item.is_string()) return std::nullopt;
        out.push_back(item.get<std::string>());
    }
    return out;
}

Binder::Binder(SQLite::Statement& statement) : statement_(statement) {
    statement_.reset();
}

Binder& Binder::text(const std::string& value) {
    statement_.bind(++index_, value);
    return *this;
}

Binder& Binder::optional_text(const std::string& value) {
    if (value.empty()) {
        statement_.bind(++index_);
        return *this;
    }
    return text(value);
}

Binder& Binder::held_text(const std::string& value) {
    statement_.bindNoCopy(++index_, value);
    return *this;
}

Binder& Binder::optional_held_text(const std::string& value) {
    if (value.empty()) {
        statement_.bind(++index_);
        return *this;
    }
    return held_text(value);
}

Binder& Binder::optional_blob(const std::string& bytes) {
    if (bytes.empty())
        statement_.bind(++index_);
    else
        statement_.bind(++index_, bytes.data(), static_cast<int>(bytes.size()));
    return *this;
}

Binder& Binder::integer(int64_t value) {
    statement_.bind(++index_, value);
    return *this;
}

Binder& Binder::date(Date value) {
    return text(value.to_string());
}

Binder& Binder::date(const std::optional<Date>& value) {
    return optional_text(value ? value->to_string() : std::string());
}

Binder& Binder::decimal(Decimal value) {
    return text(value.to_string());
}

Binder& Binder::list(const std::vector<std::string>& values) {
    return optional_text(values.empty() ? std::string() : json_list(values));
}

void Binder::run() {
    statement_.exec();
}

void throw_damaged(const SQLite::Column& column) {
    std::string value = column.isNull() ? "NULL" : "\"" + column.getString().substr(0, 40) + "\"";
    throw std::runtime_error("damaged database: column " + std::string(column.getName()) +
                             " holds " + value);
}

std::string text_of(const SQLite::Column& column) {
    return column.isNull() ? std::string() : column.getString();
}

Date date_of(const SQLite::Column& column) {
    auto value = Date::parse(text_of(column));
    if (!value) throw_damaged(column);
    return *value;
}

std::optional<Date> optional_date_of(const SQLite::Column& column) {
    if (column.isNull()) return std::nullopt;
    return date_of(column);
}

Month month_of(const SQLite::Column& column) {
    auto value = Month::parse(text_of(column));
    if (!value) throw_damaged(column);
    return *value;
}

Timestamp timestamp_of(const SQLite::Column& column) {
    auto value = Timestamp::parse(text_of(column));
    if (!value) throw_damaged(column);
    return *value;
}

Decimal decimal_of(const SQLite::Column& column) {
    if (column.isNull()) return Decimal{};
    auto parsed = Decimal::parse(text_of(column));
    if (!parsed.value) throw_damaged(column);
    return *parsed.value;
}

std::vector<std::string> list_of(const SQLite::Column& column) {
    if (column.isNull()) return {};
    auto value = parse_json_list(text_of(column));
    if (!value) throw_damaged(column);
    return *value;
}

}  // namespace portalgen
