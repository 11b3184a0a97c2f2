#include "publish/file_records.h"

#include <xxhash.h>

#include <charconv>
#include <cstdio>

namespace portalgen {

std::string content_hash(std::string_view bytes) {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx",
                  static_cast<unsigned long long>(XXH3_64bits(bytes.data(), bytes.size())));
    return hex;
}

std::string to_text(const FileRecords& records) {
    std::string text;
    for (const auto& [path, record] : records)
        text.append(record.hash)
            .append(record.source.empty() ? "" : "+")
            .append(record.source)
            .append(" ")
            .append(std::to_string(record.size))
            .append(" ")
            .append(std::to_string(record.modified_ns))
            .append(" ")
            .append(path)
            .append("\n");
    return text;
}

namespace {

// The next space-separated field of `line`, removed from it.
std::string_view take_field(std::string_view& line) {
    const std::size_t space = line.find(' ');
    std::string_view field = line.substr(0, space);
    line.remove_prefix(space == std::string_view::npos ? line.size() : space + 1);
    return field;
}

template <typename Number>
bool parse_number(std::string_view text, Number& value) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return !text.empty() && error == std::errc() && end == text.data() + text.size();
}

}  // namespace

FileRecords file_records_from_text(std::string_view text) {
    FileRecords records;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        FileRecord record;
        std::string_view hash = take_field(line);
        if (const std::size_t plus = hash.find('+'); plus != std::string_view::npos) {
            record.source = std::string(hash.substr(plus + 1));
            hash = hash.substr(0, plus);
        }
        record.hash = std::string(hash);
        const bool parsed = record.hash.size() == 16 &&
                            parse_number(take_field(line), record.size) &&
                            parse_number(take_field(line), record.modified_ns) && !line.empty();
        if (parsed) records.emplace(std::string(line), std::move(record));
    }
    return records;
}

}  // namespace portalgen
