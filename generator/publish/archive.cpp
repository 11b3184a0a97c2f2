// The auditors' archive: write-once PDFs and the append-only manifest.
#include "publish/archive.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <utility>

#include "core/sha256.h"
#include "core/slug.h"
#include "core/utc_clock.h"
#include "model/enums.h"
#include "publish/atomic_file.h"
#include "view/output_paths.h"

namespace portalgen {

namespace {

[[noreturn]] void fail(const std::string& what, const std::filesystem::path& path, int error) {
    throw std::runtime_error("archive: cannot " + what + " " + path.string() + ": " +
                             std::strerror(error));
}

void write_all(int fd, std::string_view bytes, const std::filesystem::path& path) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail("write", path, errno);
        done += static_cast<std::size_t>(n);
    }
}

std::string kind_name(InvoiceKind kind) {
    return std::string(to_string(kind));
}

}  // namespace

SpooledPdf::SpooledPdf(SpooledPdf&& other) noexcept
    : folder_(other.folder_),
      temp_(std::exchange(other.temp_, {})),
      flushed_(std::move(other.flushed_)),
      sha256_(std::move(other.sha256_)),
      size_(other.size_) {}

SpooledPdf& SpooledPdf::operator=(SpooledPdf&& other) noexcept {
    if (this != &other) {
        remove();
        folder_ = other.folder_;
        temp_ = std::exchange(other.temp_, {});
        flushed_ = std::move(other.flushed_);
        sha256_ = std::move(other.sha256_);
        size_ = other.size_;
    }
    return *this;
}

SpooledPdf::~SpooledPdf() {
    remove();
}

void SpooledPdf::remove() noexcept {
    if (!temp_.empty()) ::unlinkat(folder_, temp_.c_str(), 0);
    temp_.clear();
}

Archive::Archive(std::filesystem::path out_dir, std::string part, std::string temp_tag)
    : out_dir_(std::move(out_dir)),
      archive_dir_(out_dir_ / archive_folder()),
      part_(std::move(part)),
      temp_tag_(std::move(temp_tag)),
      clock_(utc_now_text) {
    if (!is_manifest_part_name(part_)) {
        throw std::invalid_argument("archive: not a manifest part name: " + part_);
    }
    // OUT/archive must be OUT's own folder: the manifest is appended to, PDFs written in it.
    folder_.emplace(out_dir_, archive_folder());
    for (const std::filesystem::path& made : folder_->made())
        unsynced_folders_.insert(made.parent_path());
    // "": SQLite's private temporary database, removed when closed.
    index_ = std::make_unique<SQLite::Database>("", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    // Looked up one key at a time: a small cache, the rest spilled to its temporary file.
    index_->exec("PRAGMA cache_size = -256");
    index_->exec(
        "CREATE TABLE rows (customer_id TEXT, kind TEXT, number TEXT, date TEXT, total TEXT, "
        "currency TEXT, sha256 TEXT, bytes INTEGER, as_of TEXT, listed_at TEXT, "
        "fingerprint TEXT, PRIMARY KEY (customer_id, kind, number)) WITHOUT ROWID");
    insert_ = std::make_unique<SQLite::Statement>(
        *index_, "INSERT OR IGNORE INTO rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    find_ = std::make_unique<SQLite::Statement>(
        *index_,
        "SELECT date, total, currency, sha256, bytes, as_of, listed_at, fingerprint "
        "FROM rows "
        "WHERE customer_id = ? AND kind = ? AND number = ?");
    load_parts();
    open_part();
}

Archive::~Archive() {
    if (part_fd_ >= 0) ::close(part_fd_);
    if (json_fd_ >= 0) ::close(json_fd_);
}

std::string Archive::chain_head() const {
    std::lock_guard lock(mutex_);
    return chain_head_;
}

std::size_t Archive::part_rows() const {
    std::lock_guard lock(mutex_);
    return part_rows_;
}

bool Archive::index_row(const ManifestRow& row, const std::string& listed_at) {
    SQLite::Statement& insert = *insert_;
    insert.reset();
    insert.bind(1, row.customer_id);
    insert.bind(2, row.kind);
    insert.bind(3, row.number);
    insert.bind(4, row.date);
    insert.bind(5, row.total);
    insert.bind(6, row.currency);
    insert.bind(7, row.sha256);
    insert.bind(8, static_cast<int64_t>(row.bytes));
    insert.bind(9, row.as_of);
    insert.bind(10, listed_at);
    insert.bind(11, row.fingerprint);
    return insert.exec() == 1;
}

std::optional<ManifestRow> Archive::find_row(const std::string& customer_id,
                                             const std::string& kind, const std::string& number,
                                             std::string* listed_at) const {
    SQLite::Statement& query = *find_;
    query.reset();
    query.bind(1, customer_id);
    query.bind(2, kind);
    query.bind(3, number);
    if (!query.executeStep()) return std::nullopt;
    if (listed_at) *listed_at = query.getColumn(6).getString();
    ManifestRow row;
    row.customer_id = customer_id;
    row.number = number;
    row.kind = kind;
    row.date = query.getColumn(0).getString();
    row.total = query.getColumn(1).getString();
    row.currency = query.getColumn(2).getString();
    row.sha256 = query.getColumn(3).getString();
    row.bytes = static_cast<std::uint64_t>(query.getColumn(4).getInt64());
    row.as_of = query.getColumn(5).getString();
    row.fingerprint = query.getColumn(7).getString();
    query.reset();
    return row;
}

void Archive::load_parts() {
    std::vector<std::string> problems;
    std::size_t duplicates = 0;
    SQLite::Transaction adding(*index_);
    for (const auto& path : manifest_parts(archive_dir_)) {
        const std::string name = archive_folder() + "/" + path.filename().string();
        std::ifstream in(path, std::ios::binary);
        if (!in) fail("read", path, errno);
        const bool own = path.filename() == part_;
        ManifestCheck check = read_manifest(in, name, [&](ManifestRow&& row, int line) {
            const std::string where = name + ":" + std::to_string(line);
            if (own) {
                chain_head_ = row.chain;
                ++part_rows_;
            }
            if (index_row(row, where)) return;
            std::string first;
            const std::optional<ManifestRow> listed =
                find_row(row.customer_id, row.kind, row.number, &first);
            if (listed && lists_same_pdf(*listed, row)) {
                // The PDF was archived once (or the number recorded once): the first row stands.
                if (row.kind != "cancelled") ++duplicates;
                return;
            }
            problems.push_back(where + ": " + row.kind + " " + row.number + " of " +
                               row.customer_id + " is already listed at " + first +
                               " with another PDF");
        });
        problems.insert(problems.end(), check.problems.begin(), check.problems.end());
        if (check.torn_tail) {
            if (path.filename() == part_) {
                // This build owns the part: cut the torn row before appending to it.
                std::filesystem::resize_file(path, check.complete_bytes);
                notes_.push_back(name + ": cut an incomplete last row (an interrupted build)");
            } else {
                notes_.push_back(name + ": ignored an incomplete last row (an interrupted build)");
            }
        }
    }
    adding.commit();
    if (duplicates > 0)
        notes_.push_back("archive: " + std::to_string(duplicates) +
                         " manifest rows list again a PDF listed in another row (left by shard "
                         "builds that overlapped); the first row of each stands, `portalgen "
                         "verify` names them");
    if (!problems.empty()) {
        std::string message = "archive: the manifest is not valid:";
        for (const auto& problem : problems) message += "\n  " + problem;
        throw std::runtime_error(message);
    }
}

std::optional<ManifestRow> Archive::find_in_other_parts(const std::string& customer_id,
                                                        const std::string& kind,
                                                        const std::string& number) {
    std::optional<ManifestRow> found;
    for (const auto& path : manifest_parts(archive_dir_)) {
        if (path.filename() == part_) continue;
        const std::string name = archive_folder() + "/" + path.filename().string();
        std::ifstream in(path, std::ios::binary);
        if (!in) fail("read", path, errno);
        read_manifest(in, name, [&](ManifestRow&& row, int line) {
            if (found || row.customer_id != customer_id || row.kind != kind || row.number != number)
                return;
            index_row(row, name + ":" + std::to_string(line));
            found = std::move(row);
        });
        if (found) return found;
    }
    return found;
}

// A part written before the manifest kept fingerprints: its rows, as they were, under the
// current header (with no fingerprint), so that the rows this build appends fit its columns.
void Archive::upgrade_part() {
    const std::filesystem::path path = archive_dir_ / part_;
    std::ifstream in(path, std::ios::binary);
    std::string first_line;
    if (!in || !std::getline(in, first_line)) return;
    if (first_line != std::string(kManifestHeaderV1) + "\r" && first_line != kManifestHeaderV1)
        return;
    std::string text = std::string(kManifestHeader) + "\r\n";
    in.seekg(0);
    const std::string name = archive_folder() + "/" + part_;
    std::string chain;
    read_manifest(in, name, [&](ManifestRow&& row, int) {
        row.chain = chain = manifest_chain(chain, row);
        text += format_manifest_row(row);
    });
    write_file_atomic_in(out_dir_, std::filesystem::path(archive_folder()) / part_, text,
                         Flush::to_disk, temp_tag_);
    chain_head_ = chain;
    notes_.push_back(name +
                     ": rewritten with the current columns, its rows as they were and "
                     "chained in their order");
}

// The part's JSON Lines twin holds the same rows: written again from the CSV when it does not
// (new, or a build stopped between the two appends), then appended to with it.
void Archive::sync_json_part() {
    const std::string json_name = manifest_json_name(part_);
    const std::filesystem::path csv_path = archive_dir_ / part_;
    const std::filesystem::path json_path = archive_dir_ / json_name;
    std::size_t json_rows = 0;
    {
        std::ifstream json(json_path, std::ios::binary);
        std::string line;
        while (std::getline(json, line)) ++json_rows;
    }
    if (json_rows != part_rows_) {
        std::string text;
        std::ifstream in(csv_path, std::ios::binary);
        read_manifest(in, archive_folder() + "/" + part_,
                      [&](ManifestRow&& row, int) { text += format_manifest_json(row); });
        write_file_atomic_in(out_dir_, std::filesystem::path(archive_folder()) / json_name, text,
                             Flush::to_disk, temp_tag_);
    }
    json_fd_ =
        ::open(json_path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (json_fd_ < 0) fail("open", json_path, errno);
}

void Archive::open_part() {
    upgrade_part();
    const std::filesystem::path path = archive_dir_ / part_;
    part_fd_ = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (part_fd_ < 0) fail("open", path, errno);
    if (std::filesystem::file_size(path) == 0) {
        write_all(part_fd_, std::string(kManifestHeader) + "\r\n", path);
        if (::fsync(part_fd_) != 0) fail("flush", path, errno);
        flush_folder(archive_dir_);
    }
    sync_json_part();
}

void Archive::append_row(ManifestRow row) {
    row.chain = manifest_chain(chain_head_, row);
    unwritten_rows_ += format_manifest_row(row);
    unwritten_json_ += format_manifest_json(row);
    chain_head_ = row.chain;
    ++part_rows_;
    if (!batching_) commit_locked();
}

void Archive::begin_batch() {
    std::lock_guard lock(mutex_);
    batching_ = true;
}

void Archive::commit() {
    std::lock_guard lock(mutex_);
    batching_ = false;
    commit_locked();
}

void Archive::commit_locked() {
    // The names first: a row on disk always finds its file after a power cut.
    for (const std::filesystem::path& folder : unsynced_folders_) flush_folder(folder);
    unsynced_folders_.clear();
    if (unwritten_rows_.empty()) return;
    // One write, flushed: a crash leaves at most a torn last row, cut at the next open.
    const std::filesystem::path path = archive_dir_ / part_;
    write_all(part_fd_, unwritten_rows_, path);
    if (::fsync(part_fd_) != 0) fail("flush", path, errno);
    unwritten_rows_.clear();
    write_all(json_fd_, unwritten_json_, archive_dir_ / manifest_json_name(part_));
    unwritten_json_.clear();
}

SpooledPdf Archive::spool(std::string_view pdf_bytes) const {
    SpooledPdf pdf;
    pdf.folder_ = folder_->fd();
    pdf.temp_ = stage_in_folder(pdf.folder_, "issued.pdf", pdf_bytes, Flush::none,
                                archive_dir_ / "issued.pdf", temp_tag_);
    pdf.flushed_ = flusher_.flush(pdf.folder_, pdf.temp_);
    pdf.sha256_ = sha256_hex(pdf_bytes);
    pdf.size_ = pdf_bytes.size();
    return pdf;
}

bool Archive::place(SpooledPdf& pdf, const std::filesystem::path& relative) {
    const std::filesystem::path path = out_dir_ / relative;
    std::optional<RealFolder> folder;
    try {
        folder.emplace(out_dir_, relative.parent_path());
    } catch (const std::runtime_error& e) {
        throw std::runtime_error("archive: cannot create " + path.string() + ": " + e.what());
    }
    const std::string name = relative.filename().string();
    struct stat taken {};
    if (::fstatat(folder->fd(), name.c_str(), &taken, AT_SYMLINK_NOFOLLOW) == 0)
        return false;  // no flush for nothing (the move below is what refuses a taken name)
    // On disk before it is named: after a power cut an archived name has its whole PDF. (Flushed
    // by the archive's own thread since it was spooled: neither the rendering threads nor this
    // one wait on the disk for it, as a rule.)
    if (const int error = pdf.flushed_.valid() ? pdf.flushed_.get() : EBADF; error != 0)
        fail("flush", archive_dir_ / pdf.temp_, error);
    if (!rename_no_replace(pdf.folder_, pdf.temp_, folder->fd(), name, path)) return false;
    pdf.temp_.clear();
    // The new name, and the folders made for it, durable at the commit.
    unsynced_folders_.insert(path.parent_path());
    for (const std::filesystem::path& made : folder->made())
        unsynced_folders_.insert(made.parent_path());
    if (!batching_) commit_locked();
    return true;
}

namespace {

// Whether `row` lists the invoice the build gives: the same content fingerprint, or for a row
// written before fingerprints were kept, the same bytes (all such a row can tell).
bool lists_same_invoice(const ManifestRow& row, const ArchiveEntry& entry,
                        const std::string& sha256) {
    return row.fingerprint.empty() ? row.sha256 == sha256 : row.fingerprint == entry.fingerprint;
}

// Why a listed invoice conflicts: "archive/2026/C1/INV-1.pdf: archived with content v1:…, the
// build now gives v1:… (left unchanged)".
std::string conflict_message(const std::string& path, const ManifestRow& row,
                             const ArchiveEntry& entry, const std::string& sha256,
                             const std::string& listed_by) {
    if (row.fingerprint.empty())
        return path + ": " + listed_by + " with sha256 " + row.sha256 + ", the build now gives " +
               sha256 + " (left unchanged)";
    return path + ": " + listed_by + " with content " + row.fingerprint + ", the build now gives " +
           entry.fingerprint + " (the invoice changed after it was issued; left unchanged)";
}

}  // namespace

// An invoice the manifest lists already: unchanged, restored, or a conflict.
ArchiveResult Archive::publish_listed(const ManifestRow& row, const ArchiveEntry& entry,
                                      SpooledPdf& pdf, ArchiveResult result) {
    // Where it was archived, even if the invoice's date has changed since.
    result.path = archive_pdf_path(row.customer_id, *Date::parse(row.date), row.number);
    if (!lists_same_invoice(row, entry, result.sha256)) {
        result.outcome = ArchiveOutcome::conflict;
        result.archived_sha256 = row.sha256;
        result.message = conflict_message(result.path, row, entry, result.sha256, "archived");
        return result;
    }
    std::error_code error;
    if (std::filesystem::exists(out_dir_ / result.path, error)) {
        result.outcome = ArchiveOutcome::unchanged;
    } else if (row.sha256 == result.sha256) {
        // Same bytes as listed: putting the file back restores exactly what was issued.
        result.outcome =
            place(pdf, result.path) ? ArchiveOutcome::restored : ArchiveOutcome::unchanged;
    } else {
        // The same invoice drawn otherwise (another font, a newer portalgen): not what was
        // issued, so not put in its place.
        result.outcome = ArchiveOutcome::conflict;
        result.archived_sha256 = row.sha256;
        result.message = result.path + ": missing; the build gives the same invoice as other " +
                         "bytes (sha256 " + result.sha256 + ", listed " + row.sha256 +
                         "), not put in its place";
    }
    return result;
}

ManifestRow Archive::new_row(const ArchiveEntry& entry, const std::string& kind,
                             const std::string& sha256, std::uint64_t bytes) const {
    ManifestRow row;
    row.customer_id = entry.customer_id;
    row.number = entry.number;
    row.kind = kind;
    row.date = entry.date.to_string();
    row.untaxed = entry.untaxed;
    row.tax = entry.tax;
    row.total = entry.total;
    row.currency = entry.currency;
    row.seller = entry.seller;
    row.sha256 = sha256;
    row.bytes = bytes;
    row.archived_at = clock_();
    row.as_of = entry.as_of.to_string();
    row.version = PORTALGEN_VERSION;
    row.fingerprint = entry.fingerprint;
    return row;
}

bool Archive::record_cancelled(const ArchiveEntry& entry) {
    std::lock_guard lock(mutex_);
    if (find_row(entry.customer_id, "cancelled", entry.number)) return false;
    const ManifestRow row = new_row(entry, "cancelled", "", 0);
    append_row(row);
    index_row(row, archive_folder() + "/" + part_);
    return true;
}

ArchiveResult Archive::publish(const ArchiveEntry& entry, SpooledPdf pdf) {
    std::lock_guard lock(mutex_);
    ArchiveResult result;
    result.sha256 = pdf.sha256();
    const std::string kind = kind_name(entry.kind);

    if (const std::optional<ManifestRow> listed = find_row(entry.customer_id, kind, entry.number))
        return publish_listed(*listed, entry, pdf, std::move(result));

    result.path = archive_pdf_path(entry.customer_id, entry.date, entry.number);
    const std::filesystem::path file = out_dir_ / result.path;
    if (!place(pdf, result.path)) {
        // A file with no manifest row: a build stopped between the two writes (then the bytes
        // match and the row is added now), or a stranger's file (left alone, reported).
        const std::string existing = sha256_file_hex(file);
        if (existing != result.sha256) {
            result.outcome = ArchiveOutcome::conflict;
            result.archived_sha256 = existing;
            result.message = result.path + ": a different PDF (sha256 " + existing +
                             ") is there but in no manifest; the build gives " + result.sha256 +
                             " (left unchanged)";
            return result;
        }
        // Or a build that runs at the same time archived it since this one read the manifest:
        // its row is in its own part, and listing the invoice again would archive it twice.
        if (std::optional<ManifestRow> listed =
                find_in_other_parts(entry.customer_id, kind, entry.number)) {
            result.outcome = lists_same_invoice(*listed, entry, result.sha256)
                                 ? ArchiveOutcome::unchanged
                                 : ArchiveOutcome::conflict;
            if (result.outcome == ArchiveOutcome::conflict) {
                result.archived_sha256 = listed->sha256;
                result.message = conflict_message(result.path, *listed, entry, result.sha256,
                                                  "listed by another build");
            }
            return result;
        }
    }
    const ManifestRow row = new_row(entry, kind, result.sha256, pdf.size());
    append_row(row);
    index_row(row, archive_folder() + "/" + part_);
    result.outcome = ArchiveOutcome::added;
    return result;
}

std::optional<ManifestRow> Archive::find(const std::string& customer_id, InvoiceKind kind,
                                         const std::string& number) const {
    std::lock_guard lock(mutex_);
    return find_row(customer_id, kind_name(kind), number);
}

std::size_t Archive::size() const {
    std::lock_guard lock(mutex_);
    return static_cast<std::size_t>(index_->execAndGet("SELECT count(*) FROM rows").getInt64());
}

}  // namespace portalgen
