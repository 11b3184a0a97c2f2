// FileRecords: what a build left in a customer's portal, file by file — size, modification time,
// a 64-bit hash of the content and, for a page, its source (render/page_source) — kept in the
// publish state. The next build knows a page it renders again is unchanged from the hash and one
// stat of the file, without reading the file (a site of 10,000 customers is more than the page
// cache holds), and a page whose source is the same from the source, without rendering it.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace portalgen {

struct FileRecord {
    std::uint64_t size = 0;
    std::int64_t modified_ns = 0;  // the file's modification time, in nanoseconds
    std::string hash;              // content_hash of its bytes
    std::string source;            // what it was made from, if told (no space), else ""

    bool operator==(const FileRecord&) const = default;
};

// By path inside the portal's folder ("en/invoices/INV-1.html").
using FileRecords = std::map<std::string, FileRecord>;

// XXH3 64-bit of the bytes, as 16 hex digits.
std::string content_hash(std::string_view bytes);

// One line per file: "HASH SIZE MODIFIED PATH", HASH followed by "+SOURCE" when there is one.
// Reading skips lines that do not parse (the file is then compared by reading it, as when there
// is no record).
std::string to_text(const FileRecords& records);
FileRecords file_records_from_text(std::string_view text);

}  // namespace portalgen
