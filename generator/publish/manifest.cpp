// The archive manifest: part names, CSV writing and strict reading.
#include "publish/manifest.h"

#include <algorithm>
#include <charconv>
#include <istream>
#include <stdexcept>

#include "core/date.h"
#include "core/decimal.h"
#include "core/terminal_text.h"
#include "view/output_paths.h"

namespace portalgen {

namespace {

constexpr std::size_t kColumns = 10;
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

// The reason a record is not a valid row of a part with `columns` columns; empty when it is one.
std::string row_problem(const std::vector<std::string>& cells, std::size_t columns,
                        ManifestRow& row) {
    if (cells.size() != columns) {
        return "expected " + std::to_string(columns) + " fields, found " +
               std::to_string(cells.size());
    }
    std::vector<std::string> f;
    for (const std::string& cell : cells) f.push_back(formula_unsafe(cell));
    row = ManifestRow{f[0], f[1], f[2], f[3], f[4], f[5], f[6], 0, f[8], {}};
    if (columns == kColumns) {
        row.fingerprint = f[9];
        if (!row.fingerprint.empty() && !is_fingerprint(row.fingerprint))
            return "bad fingerprint \"" + row.fingerprint + "\"";
    }
    if (row.customer_id.empty()) return "empty customer_id";
    if (row.number.empty()) return "empty number";
    if (row.kind != "invoice" && row.kind != "credit_note") return "bad kind \"" + row.kind + "\"";
    if (!Date::parse(row.date)) return "bad date \"" + row.date + "\"";
    if (!Decimal::parse(row.total).value) return "bad total \"" + row.total + "\"";
    if (!is_currency(row.currency)) return "bad currency \"" + row.currency + "\"";
    if (!is_sha256(row.sha256)) return "bad sha256 \"" + row.sha256 + "\"";
    const std::string& bytes = f[7];
    const auto [end, error] = std::from_chars(bytes.data(), bytes.data() + bytes.size(), row.bytes);
    if (bytes.empty() || error != std::errc() || end != bytes.data() + bytes.size()) {
        return "bad bytes \"" + bytes + "\"";
    }
    if (!Date::parse(row.first_built)) return "bad first_built \"" + row.first_built + "\"";
    return {};
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
    const std::string fields[] = {
        row.customer_id, row.number,   row.kind,   row.date,
        row.total,       row.currency, row.sha256, std::to_string(row.bytes),
        row.first_built, row.fingerprint};
    std::string line;
    for (const auto& field : fields) {
        if (!line.empty()) line += ',';
        line += csv_field(formula_safe(field));  // every cell: the rule needs no list to keep
    }
    return line + "\r\n";
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
