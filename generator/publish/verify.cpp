// Archive verification: manifest rows against files, and files against manifest rows.
#include "publish/verify.h"

#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "core/date.h"
#include "core/decimal.h"
#include "core/sha256.h"
#include "core/terminal_text.h"
#include "publish/archive.h"
#include "publish/archived_pdf.h"
#include "publish/manifest.h"
#include "publish/numbering_gaps.h"

namespace portalgen {

namespace {

struct Tally {
    std::size_t parts = 0;
    std::size_t listed = 0;
    std::size_t intact = 0;
    std::size_t missing = 0;
    std::size_t altered = 0;
    std::size_t unlisted = 0;
    std::size_t invalid_rows = 0;
    std::size_t read_errors = 0;
    std::size_t duplicates = 0;  // rows listing again a PDF already listed: warnings only
    std::size_t chain_breaks = 0;
    std::size_t disagreeing = 0;     // intact PDFs whose own number or totals are not their row's
    std::size_t cancelled = 0;       // numbers recorded as cancelled
    std::size_t gaps = 0;            // runs of missing numbers: warnings
    std::size_t gap_problems = 0;    // the same, when continuous numbering is required
    std::size_t bad_signatures = 0;  // and rows no signature covers, when keys are checked
    bool signatures_checked = false;
    std::size_t unchained = 0;  // rows of a part written before the chain: warnings only

    bool clean() const {
        return missing + altered + unlisted + invalid_rows + read_errors + chain_breaks +
                       bad_signatures + disagreeing + gap_problems ==
                   0 &&
               parts > 0;
    }
};

// Whether two amounts are the same number, a credit note's sign aside ("-50.00" and "50.00").
bool same_amount(const std::string& row, const std::string& pdf) {
    const auto a = Decimal::parse(row.starts_with('-') ? row.substr(1) : row).value;
    const auto b = Decimal::parse(pdf).value;
    return a && b && *a == *b;
}

// An intact PDF whose own number or totals are not its row's (a row written or rewritten to
// list another invoice): the problem, or "".
std::string disagreement(const std::filesystem::path& file, const std::string& path,
                         const ManifestRow& row, Tally& tally) {
    ArchivedPdfFacts facts;
    try {
        facts = read_archived_pdf(file);
    } catch (const std::exception& e) {
        ++tally.disagreeing;
        return path + ": " + e.what();
    }
    std::string found;
    if (!facts.number.empty() && facts.number != row.number)
        found += "; its number is " + facts.number + ", the row's " + row.number;
    if (facts.factur_x) {
        if (facts.xml_number != row.number)
            found += "; its factur-x.xml is invoice " + facts.xml_number;
        if (!same_amount(row.total, facts.total))
            found += "; its total is " + facts.total + ", the row's " + row.total;
        if (!row.untaxed.empty() && !same_amount(row.untaxed, facts.untaxed))
            found += "; its total excluding tax is " + facts.untaxed + ", the row's " + row.untaxed;
        if (!row.tax.empty() && !same_amount(row.tax, facts.tax))
            found += "; its tax is " + facts.tax + ", the row's " + row.tax;
    }
    if (found.empty()) return {};
    ++tally.disagreeing;
    return escape_controls(path + ": the PDF disagrees with its row" + found);
}

// Checks one listed PDF; returns the problem, or an empty string when it is intact.
std::string check_file(const std::filesystem::path& out_dir, const std::string& path,
                       const ManifestRow& row, Tally& tally) {
    const std::filesystem::path file = out_dir / path;
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) {
        ++tally.missing;
        return path + ": missing";
    }
    const auto size = std::filesystem::file_size(file, error);
    std::string sha256;
    try {
        sha256 = sha256_file_hex(file);
    } catch (const std::exception& e) {
        ++tally.missing;
        return path + ": unreadable (" + e.what() + ")";
    }
    if (sha256 == row.sha256 && size == row.bytes) {
        ++tally.intact;
        return disagreement(file, path, row, tally);
    }
    ++tally.altered;
    std::string detail = "sha256 " + sha256 + ", expected " + row.sha256;
    if (size != row.bytes) {
        detail =
            std::to_string(size) + " bytes, expected " + std::to_string(row.bytes) + "; " + detail;
    }
    return path + ": altered (" + detail + ")";
}

// PDFs under archive/ that no row lists. Hidden files (a write in progress) are not PDFs of the
// archive.
void find_unlisted(const std::filesystem::path& out_dir, const std::set<std::string>& listed,
                   Tally& tally, std::ostream& err) {
    std::set<std::string> unlisted;
    const auto archive_dir = out_dir / archive_folder();
    for (auto it = std::filesystem::recursive_directory_iterator(archive_dir);
         it != std::filesystem::recursive_directory_iterator(); ++it) {
        const std::string name = it->path().filename().string();
        if (name.starts_with(".")) {
            if (it->is_directory()) it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file() || !name.ends_with(".pdf")) continue;
        const std::string path = it->path().lexically_relative(out_dir).generic_string();
        if (!listed.contains(path)) unlisted.insert(path);
    }
    for (const auto& path : unlisted) err << escape_controls(path) << ": not in any manifest\n";
    tally.unlisted = unlisted.size();
}

std::string summary(const Tally& tally) {
    std::string line = "verify: " + std::to_string(tally.listed) + " archived PDFs in " +
                       std::to_string(tally.parts) + " manifest part" +
                       (tally.parts == 1 ? "" : "s");
    std::string duplicates = tally.duplicates == 0
                                 ? ""
                                 : "; " + std::to_string(tally.duplicates) +
                                       " duplicate manifest rows (the same PDF listed again)";
    if (tally.unchained)
        duplicates +=
            "; " + std::to_string(tally.unchained) + " rows written before the chain (not chained)";
    if (tally.cancelled)
        line += " and " + std::to_string(tally.cancelled) + " cancelled invoice numbers";
    if (tally.gaps)
        duplicates += "; " + std::to_string(tally.gaps) + " gaps in numbering" +
                      (tally.gap_problems ? "" : " (warnings)");
    if (tally.signatures_checked) duplicates += "; signatures checked";
    if (tally.clean()) return line + ": all intact" + duplicates;
    line += ": " + std::to_string(tally.intact) + " intact";
    if (tally.missing) line += ", " + std::to_string(tally.missing) + " missing";
    if (tally.altered) line += ", " + std::to_string(tally.altered) + " altered";
    if (tally.unlisted) line += ", " + std::to_string(tally.unlisted) + " not in any manifest";
    if (tally.invalid_rows)
        line += ", " + std::to_string(tally.invalid_rows) + " invalid manifest rows";
    if (tally.read_errors) line += ", " + std::to_string(tally.read_errors) + " read errors";
    if (tally.chain_breaks)
        line += ", " + std::to_string(tally.chain_breaks) + " broken chain links";
    if (tally.bad_signatures)
        line += ", " + std::to_string(tally.bad_signatures) + " signature problems";
    if (tally.disagreeing)
        line += ", " + std::to_string(tally.disagreeing) + " PDFs disagreeing with their row";
    return line + duplicates;
}

}  // namespace

namespace {

// One verification: what has been seen so far, across every manifest part.
class Verifier {
  public:
    // Each part's chain after each of its rows, in order, for the signatures.
    struct Part {
        std::string name;
        std::vector<std::string> chains;
    };

    Verifier(const std::filesystem::path& out_dir, std::ostream& err)
        : out_dir_(out_dir), err_(err) {}

    void check_part(const std::filesystem::path& part) {
        const std::string name = archive_folder() + "/" + part.filename().string();
        std::ifstream in(part, std::ios::binary);
        if (!in) {
            err_ << name << ": cannot be read\n";
            ++tally.read_errors;
            return;
        }
        const std::string text((std::istreambuf_iterator<char>(in)),
                               std::istreambuf_iterator<char>());
        const ManifestParse parse = parse_manifest(text, name);
        for (const auto& problem : parse.problems) err_ << problem << "\n";
        tally.invalid_rows += parse.problems.size();
        if (parse.torn_tail) {
            err_ << name
                 << ": incomplete last row (an interrupted build; the next build repairs it)\n";
            ++tally.invalid_rows;
        }
        if (parse.legacy_header) tally.unchained += parse.rows.size();
        std::string previous;  // the chain of the part's previous row
        for (std::size_t i = 0; i < parse.rows.size(); ++i) {
            const ManifestRow& row = parse.rows[i];
            const std::string where = name + ":" + std::to_string(parse.lines[i]);
            if (!parse.legacy_header && manifest_chain(previous, row) != row.chain) {
                err_ << escape_controls(where)
                     << ": chain broken: this row, or the one before it, was edited, removed, "
                        "moved or inserted\n";
                ++tally.chain_breaks;
            }
            previous = row.chain;
            check_row(row, where);
        }
        Part& checked = parts_.emplace_back(Part{part.filename().string(), {}});
        for (const ManifestRow& row : parse.rows) checked.chains.push_back(row.chain);
    }

    // Every signature verifies and signs its part's chain at its row; every row is signed.
    void check_signatures(const PublicKey& key) {
        tally.signatures_checked = true;
        std::vector<std::string> problems;
        const std::vector<SignatureRow> rows =
            read_signatures(out_dir_ / archive_folder(), problems);
        for (const std::string& problem : problems) err_ << escape_controls(problem) << "\n";
        tally.bad_signatures += problems.size();
        std::map<std::string, std::size_t>
            signed_rows;  // by part: the most rows a signature covers
        for (const SignatureRow& row : rows) {
            const std::string where = "archive/signatures.csv:" + std::to_string(row.line) + ": ";
            if (!key.verifies(signature_message(row.part, row.rows, row.chain), row.signature)) {
                err_ << escape_controls(where) << "the signature of " << escape_controls(row.part)
                     << " at row " << row.rows << " does not verify with this public key\n";
                ++tally.bad_signatures;
                continue;
            }
            const Part* part = find_part(row.part);
            if (!part || part->chains.size() < row.rows || row.rows == 0 ||
                part->chains[row.rows - 1] != row.chain) {
                err_ << escape_controls(where) << escape_controls(row.part) << " at row "
                     << row.rows
                     << " is not what was signed (its rows were rewritten, removed "
                        "or reordered)\n";
                ++tally.bad_signatures;
                continue;
            }
            signed_rows[row.part] = std::max(signed_rows[row.part], row.rows);
        }
        for (const Part& part : parts_) {
            const std::size_t covered = signed_rows[part.name];
            if (covered >= part.chains.size()) continue;
            err_ << "archive/" << escape_controls(part.name) << ": rows " << covered + 1 << " to "
                 << part.chains.size() << " are signed by no signature\n";
            ++tally.bad_signatures;
        }
    }

    void check_unlisted() {
        try {
            find_unlisted(out_dir_, listed_, tally, err_);
        } catch (const std::filesystem::filesystem_error& e) {
            err_ << "archive: cannot list its files: " << e.what() << "\n";
            ++tally.read_errors;
        }
    }

    Tally tally;

  private:
    // `where`: the row's part and line.
    void check_row(const ManifestRow& row, const std::string& where) {
        numbering_.note(row);
        if (row.kind == "cancelled") {  // a number, no PDF
            ++tally.cancelled;
            return;
        }
        const std::string path =
            archive_pdf_path(row.customer_id, *Date::parse(row.date), row.number);
        const auto [first, added] = invoices_.try_emplace(
            row.customer_id + '\n' + row.kind + '\n' + row.number, row, where);
        if (!added && lists_same_pdf(first->second.first, row)) {
            err_ << escape_controls(where) << ": warning: " << escape_controls(path)
                 << " is listed again, with the same PDF, first at "
                 << escape_controls(first->second.second)
                 << " (a duplicate row left by shard builds that overlapped; the PDF is "
                    "archived once)\n";
            ++tally.duplicates;
            return;
        }
        if (!added || !listed_.insert(path).second) {
            err_ << escape_controls(where) << ": " << escape_controls(path) << " is listed twice"
                 << (added ? ""
                           : ", with another PDF than at " + escape_controls(first->second.second))
                 << "\n";
            ++tally.invalid_rows;
            return;
        }
        ++tally.listed;
        if (std::string problem = check_file(out_dir_, path, row, tally); !problem.empty())
            err_ << problem << "\n";
    }

  public:
    // Numbers missing from a series: warnings, or problems with `strict`.
    void check_numbering(bool strict) {
        for (const NumberingGaps::Gap& gap : numbering_.gaps()) {
            ++tally.gaps;
            err_ << "numbering: " << (strict ? "" : "warning: ") << escape_controls(describe(gap))
                 << " missing (neither archived nor recorded as cancelled)\n";
        }
        if (strict) tally.gap_problems = tally.gaps;
    }

  private:
    const Part* find_part(const std::string& name) const {
        for (const Part& part : parts_)
            if (part.name == name) return &part;
        return nullptr;
    }

    const std::filesystem::path& out_dir_;
    std::ostream& err_;
    std::vector<Part> parts_;
    NumberingGaps numbering_;
    std::set<std::string> listed_;
    // Each invoice's first row, and where it is listed.
    std::map<std::string, std::pair<ManifestRow, std::string>> invoices_;
};

}  // namespace

namespace {

// The verification itself, its tally given back for the JSON report.
int run_verify(const std::filesystem::path& out_dir, std::ostream& out, std::ostream& err,
               const VerifyOptions& options, Tally& tally);

}  // namespace

int verify_archive(const std::filesystem::path& out_dir, std::ostream& out, std::ostream& err,
                   const VerifyOptions& options) {
    Tally tally;
    return run_verify(out_dir, out, err, options, tally);
}

int verify_archive_json(const std::filesystem::path& out_dir, std::ostream& out,
                        const VerifyOptions& options) {
    std::ostringstream summary, lines;
    Tally tally;
    const int status = run_verify(out_dir, summary, lines, options, tally);
    nlohmann::ordered_json report = {{"ok", status == 0},
                                     {"summary", summary.str().substr(0, summary.str().find('\n'))},
                                     {"problems", nlohmann::json::array()},
                                     {"warnings", nlohmann::json::array()}};
    std::istringstream in(lines.str());
    for (std::string line; std::getline(in, line);)
        report[line.find("warning: ") != std::string::npos ? "warnings" : "problems"].push_back(
            line);
    report["counts"] = {{"parts", tally.parts},
                        {"listed", tally.listed},
                        {"intact", tally.intact},
                        {"missing", tally.missing},
                        {"altered", tally.altered},
                        {"unlisted", tally.unlisted},
                        {"invalid_rows", tally.invalid_rows},
                        {"chain_breaks", tally.chain_breaks},
                        {"disagreeing", tally.disagreeing},
                        {"cancelled", tally.cancelled},
                        {"numbering_gaps", tally.gaps},
                        {"signature_problems", tally.bad_signatures},
                        {"duplicates", tally.duplicates},
                        {"unchained", tally.unchained},
                        {"signatures_checked", tally.signatures_checked}};
    out << report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return status;
}

namespace {

int run_verify(const std::filesystem::path& out_dir, std::ostream& out, std::ostream& err,
               const VerifyOptions& options, Tally& tally) {
    const auto archive_dir = out_dir / archive_folder();
    const auto parts = manifest_parts(archive_dir);
    Verifier verifier(out_dir, err);
    verifier.tally.parts = parts.size();
    if (parts.empty()) {
        err << (archive_dir / manifest_part_name(Shard{})).string()
            << ": no archive manifest here\n";
        out << summary(verifier.tally) << "\n";
        tally = verifier.tally;
        return 1;
    }
    for (const auto& part : parts) verifier.check_part(part);
    if (options.public_key) verifier.check_signatures(*options.public_key);
    verifier.check_numbering(options.strict_numbering);
    verifier.check_unlisted();
    out << summary(verifier.tally) << "\n";
    tally = verifier.tally;
    return verifier.tally.clean() ? 0 : 1;
}

}  // namespace

}  // namespace portalgen
