// The archive manifest: part names, CSV writing and strict reading.
#include "publish/manifest.h"

#include <algorithm>
#include <charconv>
#include <istream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/date.h"
#include "core/decimal.h"
#include "core/sha256.h"
#include "core/terminal_text.h"
#include "view/output_paths.h"

namespace portalgen {

namespace {

constexpr std::size_t kColumns = 16;
constexpr std::size_t kColumnsV1 = 9;

struct Record {
    std::vector<std::string> fields;
    int line = 0;
    std::string problem;  // set when the record is not well-formed CSV
};

// Reads RFC 4180 records (CRLF or LF line breaks). Stops before a last record that has no line
// break, reporting where it starts.
class CsvReader {
  public:
    explicit CsvReader(std::string_view text, int first_line = 1)
        : text_(text), line_(first_line) {}

    // False at the end of the text, or before a torn last record (then torn() is true).
    bool next(Record& record) {
        if (pos_ >= text_.size()) return false;
        const std::size_t start = pos_;
        const int start_line = line_;
        record = Record{{}, line_, {}};
        std::string field;
        while (true) {
            if (pos_ >= text_.size()) return tear(start, start_line);
            if (text_[pos_] == '"' && field.empty()) {
                if (!read_quoted(field)) return tear(start, start_line);
            } else {
                read_plain(field, record);
            }
            if (pos_ >= text_.size()) return tear(start, start_line);
            const char c = text_[pos_];
            if (c == ',') {
                record.fields.push_back(std::move(field));
                field.clear();
                ++pos_;
                continue;
            }
            if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
            if (text_[pos_] == '\n') {
                record.fields.push_back(std::move(field));
                ++pos_;
                ++line_;
                return true;
            }
            if (record.problem.empty())
                record.problem = "malformed CSV (text after a quoted field)";
            field.push_back(c);
            ++pos_;
        }
    }

    bool torn() const { return torn_; }
    std::size_t complete_bytes() const { return complete_; }
    int line() const { return line_; }  // of the next record (of the torn one, when torn)

  private:
    bool tear(std::size_t start, int start_line) {
        torn_ = true;
        complete_ = start;
        pos_ = text_.size();
        line_ = start_line;
        return false;
    }

    // After the opening quote; false when the text ends inside the quotes.
    bool read_quoted(std::string& field) {
        ++pos_;
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '"') {
                if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                    field.push_back('"');
                    pos_ += 2;
                    continue;
                }
                ++pos_;
                return true;
            }
            if (c == '\n') ++line_;
            field.push_back(c);
            ++pos_;
        }
        return false;
    }

    void read_plain(std::string& field, Record& record) {
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == ',' || c == '\n' ||
                (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n')) {
                return;
            }
            if (c == '"' && record.problem.empty()) {
                record.problem = "malformed CSV (a quote inside an unquoted field)";
            }
            field.push_back(c);
            ++pos_;
        }
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    int line_;
    bool torn_ = false;
    std::size_t complete_ = 0;
};

bool is_sha256(std::string_view text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

bool is_currency(std::string_view text) {
    return text.size() == 3 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Whether a spreadsheet would evaluate a cell holding `value`, or would once one ' is taken off.
bool needs_quote_mark(std::string_view value) {
    const std::size_t start = value.find_first_not_of('\'');
    return start != std::string_view::npos &&
           std::string_view("=+-@\t\r").find(value[start]) != std::string_view::npos;
}

// "v1:" and 64 lowercase hex digits.
bool is_fingerprint(std::string_view text) {
    return text.starts_with("v1:") && is_sha256(text.substr(3));
}

// "2026-12-06T02:14:09Z".
bool is_utc_time(std::string_view text) {
    return text.size() == 20 && text[10] == 'T' && text[19] == 'Z' &&
           Date::parse(text.substr(0, 10)) && text[13] == ':' && text[16] == ':';
}

std::string row_problem_v1(const std::vector<std::string>& f, ManifestRow& row) {
    row = ManifestRow{};
    row.customer_id = f[0];
    row.number = f[1];
    row.kind = f[2];
    row.date = f[3];
    row.total = f[4];
    row.currency = f[5];
    row.sha256 = f[6];
    row.as_of = f[8];
    return f[7];  // bytes, checked with the others
}

// Fills `row` from the cells of a current row; returns its bytes cell.
std::string row_cells_v2(const std::vector<std::string>& f, ManifestRow& row) {
    row = ManifestRow{f[0], f[1], f[2], f[3],  f[4],  f[5],  f[6],  f[7],
                      f[8], f[9], 0,    f[11], f[12], f[13], f[14], f[15]};
    return f[10];
}

// The reason a record is not a valid row of a part with `columns` columns; empty when it is one.
std::string row_problem(const std::vector<std::string>& cells, std::size_t columns,
                        ManifestRow& row) {
    if (cells.size() != columns) {
        return "expected " + std::to_string(columns) + " fields, found " +
               std::to_string(cells.size());
    }
    std::vector<std::string> f;
    for (const std::string& cell : cells) f.push_back(formula_unsafe(cell));
    const std::string bytes = columns == kColumns ? row_cells_v2(f, row) : row_problem_v1(f, row);
    if (row.customer_id.empty()) return "empty customer_id";
    if (row.number.empty()) return "empty number";
    if (row.kind != "invoice" && row.kind != "credit_note" && row.kind != "cancelled")
        return "bad kind \"" + row.kind + "\"";
    if (!Date::parse(row.date)) return "bad date \"" + row.date + "\"";
    for (const auto& [name, amount] : {std::pair{"untaxed", &row.untaxed}, {"tax", &row.tax}})
        if (!amount->empty() && !Decimal::parse(*amount).value)
            return std::string("bad ") + name + " \"" + *amount + "\"";
    if (!Decimal::parse(row.total).value) return "bad total \"" + row.total + "\"";
    if (!is_currency(row.currency)) return "bad currency \"" + row.currency + "\"";
    // A cancelled invoice's number is recorded without a PDF.
    const bool cancelled = row.kind == "cancelled";
    if (cancelled ? !row.sha256.empty() : !is_sha256(row.sha256))
        return "bad sha256 \"" + row.sha256 + "\"";
    const auto [end, error] = std::from_chars(bytes.data(), bytes.data() + bytes.size(), row.bytes);
    if (bytes.empty() || error != std::errc() || end != bytes.data() + bytes.size()) {
        return "bad bytes \"" + bytes + "\"";
    }
    if (!row.archived_at.empty() && !is_utc_time(row.archived_at))
        return "bad archived_at \"" + row.archived_at + "\"";
    if (!Date::parse(row.as_of)) return "bad as_of \"" + row.as_of + "\"";
    if (!row.fingerprint.empty() && !is_fingerprint(row.fingerprint))
        return "bad fingerprint \"" + row.fingerprint + "\"";
    if (columns == kColumns && !is_sha256(row.chain)) return "bad chain \"" + row.chain + "\"";
    return {};
}

// The cells of a row as written (formula-safe, CSV-quoted), the chain last.
std::vector<std::string> written_cells(const ManifestRow& row) {
    const std::string values[] = {row.customer_id,
                                  row.number,
                                  row.kind,
                                  row.date,
                                  row.untaxed,
                                  row.tax,
                                  row.total,
                                  row.currency,
                                  row.seller,
                                  row.sha256,
                                  std::to_string(row.bytes),
                                  row.archived_at,
                                  row.as_of,
                                  row.version,
                                  row.fingerprint,
                                  row.chain};
    std::vector<std::string> cells;
    for (const auto& value : values) cells.push_back(csv_field(formula_safe(value)));
    return cells;
}

}  // namespace

bool lists_same_pdf(const ManifestRow& a, const ManifestRow& b) {
    return a.customer_id == b.customer_id && a.number == b.number && a.kind == b.kind &&
           a.date == b.date && a.total == b.total && a.currency == b.currency &&
           a.sha256 == b.sha256 && a.bytes == b.bytes;
}

std::vector<std::filesystem::path> manifest_parts(const std::filesystem::path& archive_dir) {
    std::vector<std::filesystem::path> parts;
    std::error_code error;
    if (!std::filesystem::is_directory(archive_dir, error)) return parts;
    for (const auto& entry : std::filesystem::directory_iterator(archive_dir)) {
        if (entry.is_regular_file() && is_manifest_part_name(entry.path().filename().string())) {
            parts.push_back(entry.path());
        }
    }
    std::sort(parts.begin(), parts.end());
    return parts;
}

std::string csv_field(std::string_view value) {
    const bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!quote) return std::string(value);
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string formula_safe(std::string_view value) {
    return needs_quote_mark(value) ? "'" + std::string(value) : std::string(value);
}

std::string formula_unsafe(std::string_view cell) {
    if (cell.starts_with('\'') && needs_quote_mark(cell.substr(1))) cell.remove_prefix(1);
    return std::string(cell);
}

std::string format_manifest_row(const ManifestRow& row) {
    std::string line;
    for (const std::string& cell : written_cells(row)) {  // every cell: the rule needs no list
        if (!line.empty()) line += ',';
        line += cell;
    }
    return line + "\r\n";
}

std::string manifest_chain(std::string_view previous, const ManifestRow& row) {
    std::vector<std::string> cells = written_cells(row);
    cells.pop_back();  // the chain itself
    std::string text(previous);
    text += '\n';
    for (std::size_t i = 0; i < cells.size(); ++i) text += (i ? "," : "") + cells[i];
    return sha256_hex(text);
}

std::string format_manifest_json(const ManifestRow& row) {
    const nlohmann::ordered_json json = {{"customer_id", row.customer_id},
                                         {"number", row.number},
                                         {"kind", row.kind},
                                         {"date", row.date},
                                         {"untaxed", row.untaxed},
                                         {"tax", row.tax},
                                         {"total", row.total},
                                         {"currency", row.currency},
                                         {"seller", row.seller},
                                         {"sha256", row.sha256},
                                         {"bytes", row.bytes},
                                         {"archived_at", row.archived_at},
                                         {"as_of", row.as_of},
                                         {"version", row.version},
                                         {"fingerprint", row.fingerprint},
                                         {"chain", row.chain}};
    // Invalid UTF-8 (a hand-edited input) is replaced rather than refused: the CSV is the record.
    return json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string manifest_json_name(std::string_view part_name) {
    std::string name(part_name);
    if (name.ends_with(".csv")) name.resize(name.size() - 4);
    return name + ".jsonl";
}

namespace {

// Turns records into rows: the first is the header, blank lines are skipped, the others are
// checked (problems named "NAME:LINE: ...").
class RowCollector {
  public:
    RowCollector(const std::string& name, ManifestCheck& check, const ManifestRowHandler& on_row)
        : name_(name), check_(check), on_row_(on_row) {}

    void add(const Record& record) {
        const std::string where = name_ + ":" + std::to_string(record.line) + ": ";
        // Problems quote the cells, which anyone may have edited: never raw on a terminal.
        auto problem_of = [&](const std::string& problem) {
            return escape_controls(where + problem);
        };
        if (!record.problem.empty()) {
            check_.problems.push_back(problem_of(record.problem));
            header_ = false;
            return;
        }
        if (header_) {
            header_ = false;
            std::string joined;
            for (const auto& field : record.fields) joined += (joined.empty() ? "" : ",") + field;
            if (joined == kManifestHeaderV1) {
                columns_ = kColumnsV1;
                check_.legacy_header = true;
            } else if (joined != kManifestHeader) {
                check_.problems.push_back(problem_of("not the manifest header (expected \"" +
                                                     std::string(kManifestHeader) + "\")"));
            }
            return;
        }
        if (record.fields.size() == 1 && record.fields[0].empty()) return;  // a blank line
        ManifestRow row;
        if (std::string problem = row_problem(record.fields, columns_, row); !problem.empty()) {
            check_.problems.push_back(problem_of(problem));
            return;
        }
        on_row_(std::move(row), record.line);
    }

  private:
    const std::string& name_;
    ManifestCheck& check_;
    const ManifestRowHandler& on_row_;
    bool header_ = true;
    std::size_t columns_ = kColumns;
};

}  // namespace

ManifestParse parse_manifest(std::string_view text, const std::string& name) {
    ManifestParse parse;
    const ManifestRowHandler keep = [&](ManifestRow&& row, int line) {
        parse.rows.push_back(std::move(row));
        parse.lines.push_back(line);
    };
    RowCollector rows(name, parse, keep);
    CsvReader reader(text);
    Record record;
    while (reader.next(record)) rows.add(record);
    parse.torn_tail = reader.torn();
    parse.complete_bytes = reader.torn() ? reader.complete_bytes() : text.size();
    return parse;
}

ManifestCheck read_manifest(std::istream& in, const std::string& name,
                            const ManifestRowHandler& on_row) {
    constexpr std::size_t kChunk = 1 << 20;
    ManifestCheck check;
    RowCollector rows(name, check, on_row);
    std::string buffer;        // text not yet turned into records
    std::size_t consumed = 0;  // bytes of the part before `buffer`
    int line = 1;
    while (true) {
        const std::size_t kept = buffer.size();
        buffer.resize(kept + kChunk);
        in.read(buffer.data() + kept, kChunk);
        buffer.resize(kept + static_cast<std::size_t>(in.gcount()));
        const bool end = in.gcount() == 0 || in.eof();
        if (in.bad()) throw std::runtime_error(name + ": cannot be read");
        CsvReader reader(buffer, line);
        Record record;
        while (reader.next(record)) rows.add(record);
        line = reader.line();
        if (!reader.torn()) {
            consumed += buffer.size();
            buffer.clear();
            if (end) break;
            continue;
        }
        if (end) {
            check.torn_tail = true;
            check.complete_bytes = consumed + reader.complete_bytes();
            return check;
        }
        // The last record goes on in the next chunk: read again from its start, with more.
        consumed += reader.complete_bytes();
        buffer.erase(0, reader.complete_bytes());
    }
    check.complete_bytes = consumed;
    return check;
}

}  // namespace portalgen
