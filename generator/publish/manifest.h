// The archive manifest (SPEC section 5): one CSV row per archived invoice PDF, RFC 4180, under a
// header row. A build appends to one part — OUT/archive/manifest.csv, or manifest-K-of-N.csv
// for shard K of N — and readers take every part.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "view/output_paths.h"  // manifest_part_name

namespace portalgen {

struct ManifestRow {
    std::string customer_id;
    std::string number;
    std::string kind;      // "invoice", "credit_note", or "cancelled" (a number, no PDF)
    std::string date;      // the invoice date, YYYY-MM-DD
    std::string untaxed;   // total excluding tax, "480.06"; empty in a row from before it was kept
    std::string tax;       // the tax total, "96.01"; idem
    std::string total;     // "576.07", in the currency's decimals
    std::string currency;  // "CAD"
    std::string seller;    // the company that issued it; empty in a row from before it was kept
    std::string sha256;    // 64 lowercase hex digits; empty for "cancelled"
    std::uint64_t bytes = 0;
    std::string archived_at;  // the real UTC time it was archived, "2026-12-06T02:14:09Z"; idem
    std::string as_of;        // the as-of date of the build that archived it, YYYY-MM-DD
    std::string version;      // of the portalgen that archived it; idem
    // The invoice's content fingerprint (compute/invoice_fingerprint.h), "v1:" and 64 hex
    // digits; empty in a row from before it was kept.
    std::string fingerprint;
    // manifest_chain() of the part's previous row's chain and this row: editing, removing,
    // reordering or inserting a row breaks every later link.
    std::string chain;
};

// True when two rows of one invoice list the same archived PDF: same file, bytes and amounts;
// only the build that wrote the row may differ. Shard builds of different N that ran at once
// (before the number of shards was recorded) left such pairs in two parts: the PDF was archived
// once, its row written twice. Readers take the first and warn about the other; two rows of one
// invoice that differ otherwise are a conflict.
bool lists_same_pdf(const ManifestRow& a, const ManifestRow& b);

inline constexpr std::string_view kManifestHeader =
    "customer_id,number,kind,date,untaxed,tax,total,currency,seller,sha256,bytes,archived_at,"
    "as_of,version,fingerprint,chain";
// The header of a part written before the chain: its rows read with the columns it has, and a
// build that appends to it first rewrites it with the current header, its rows as they were and
// chained in their order.
inline constexpr std::string_view kManifestHeaderV1 =
    "customer_id,number,kind,date,total,currency,sha256,bytes,first_built";

// The chain of a row that follows a row whose chain is `previous` ("" for a part's first row):
// the SHA-256 (hex) of `previous`, a line feed, and the row's other cells as the manifest writes
// them (CSV, without the chain and the line break). An auditor recomputes it in a few lines.
std::string manifest_chain(std::string_view previous, const ManifestRow& row);

// The JSON Lines twin of a manifest part (manifest.jsonl beside manifest.csv), one object per row
// with the same keys as the CSV header, ending in a line feed.
std::string format_manifest_json(const ManifestRow& row);
std::string manifest_json_name(std::string_view part_name);

// The parts present in the archive folder, sorted by name; none when the folder is missing.
std::vector<std::filesystem::path> manifest_parts(const std::filesystem::path& archive_dir);

// One CSV field: quoted (quotes doubled) when it holds a comma, a quote, a line break or
// leading or trailing spaces.
std::string csv_field(std::string_view value);

// A spreadsheet opening the manifest evaluates a cell that starts with = + - @, a tab or a
// carriage return ("=HYPERLINK(...)" in an invoice number): such a value is written with a
// leading ' (SPEC section 5), which spreadsheets show as text. So is a value that starts with
// one or more ' before such a character, so that reading takes exactly one ' off whatever was
// written. A manifest written before this rule reads the same, unless a value of it started
// with ' followed by one of those characters.
std::string formula_safe(std::string_view value);
std::string formula_unsafe(std::string_view cell);
// One row as a CSV record ending in CRLF.
std::string format_manifest_row(const ManifestRow& row);

// What reading a part found besides its valid rows.
struct ManifestCheck {
    std::vector<std::string> problems;  // "manifest.csv:12: ..." for rows that are not valid
    // A last record without its line break: a write that was interrupted. Not a row.
    bool torn_tail = false;
    std::size_t complete_bytes = 0;  // the length of the text up to the torn tail
    bool legacy_header = false;      // kManifestHeaderV1: rows without chain
};

struct ManifestParse : ManifestCheck {
    std::vector<ManifestRow> rows;
    std::vector<int> lines;  // the line each row starts on, parallel to rows
};

// Parses a part's text; `name` prefixes the problems (e.g. "archive/manifest.csv"). Rows that
// are valid are kept even when others are not.
ManifestParse parse_manifest(std::string_view text, const std::string& name);

// The same, reading the part a chunk at a time and giving each valid row (with the line it
// starts on) to `on_row`: memory stays the same however long the manifest grows.
using ManifestRowHandler = std::function<void(ManifestRow&& row, int line)>;
ManifestCheck read_manifest(std::istream& in, const std::string& name,
                            const ManifestRowHandler& on_row);

}  // namespace portalgen
