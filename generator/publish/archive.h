// The auditors' archive (SPEC section 5): each posted invoice's PDF is written once to
// OUT/archive/<year>/<customer-id>/<slug>.pdf and never overwritten, and a row appended to the
// build's manifest part. A later build whose invoice has another content fingerprint (the data
// changed after the invoice was issued) leaves the archive as it is and gets a conflict to report;
// one that only draws it otherwise (a new font or portalgen) does not.
#pragma once

#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "model/model.h"
#include "publish/atomic_file.h"
#include "publish/background_flush.h"
#include "publish/manifest.h"

namespace SQLite {
class Database;
class Statement;
}  // namespace SQLite

namespace portalgen {

struct ArchiveEntry {
    std::string customer_id;
    std::string number;
    InvoiceKind kind = InvoiceKind::invoice;
    Date date;
    std::string untaxed;  // "480.06", in the currency's decimals
    std::string tax;      // "96.01"
    std::string total;    // "576.07"
    std::string currency;
    std::string seller;
    Date as_of;               // the build's as-of date
    std::string fingerprint;  // its content (compute/invoice_fingerprint.h)
};

enum class ArchiveOutcome {
    added,      // written, and listed in the manifest
    unchanged,  // already archived with the same content
    restored,   // listed with the same SHA-256 but the file was gone: written again
    conflict,   // archived with another content (or file): nothing touched
};

struct ArchiveResult {
    ArchiveOutcome outcome = ArchiveOutcome::added;
    std::string path;             // relative to OUT
    std::string sha256;           // of the bytes given
    std::string archived_sha256;  // of the archived PDF, for a conflict
    // For a conflict: "archive/2026/C1001/INV-2026-00001.pdf: archived with sha256 …, the
    // build gives …" (the caller reports it and exits 1).
    std::string message;
};

// An issued PDF written ahead, by the thread that rendered it, to a hidden temporary file in
// OUT/archive (flushed to disk by the archive's own thread, and named when published). The results
// waiting for their turn to be archived hold its name instead of its bytes, so memory does not grow
// with the number or the size of the PDFs. Archive::publish takes the file; one never published is
// removed with this object (a killed build's are removed by its next build, as every temporary
// file).
class SpooledPdf {
  public:
    SpooledPdf() = default;
    SpooledPdf(SpooledPdf&& other) noexcept;
    SpooledPdf& operator=(SpooledPdf&& other) noexcept;
    ~SpooledPdf();

    const std::string& sha256() const { return sha256_; }
    std::size_t size() const { return size_; }
    // Where it waits: its name in the open folder OUT/archive, for the portal to link to (the
    // link keeps the bytes when the archive moves the file into place).
    int folder() const { return folder_; }
    const std::string& name() const { return temp_; }

  private:
    friend class Archive;
    void remove() noexcept;

    int folder_ = -1;                  // OUT/archive, open as long as the Archive that made it
    std::string temp_;                 // the file's name there; empty once published or removed
    std::shared_future<int> flushed_;  // 0 once on disk, or the errno of the failed flush
    std::string sha256_;
    std::size_t size_ = 0;
};

// Thread-safe: spool and publish may be called from every rendering thread (publish takes a
// lock).
class Archive {
  public:
    // Reads every manifest part of OUT/archive and opens `part` (see manifest_part_name) for
    // appending, creating it with its header when missing. A torn last row of `part` (a write
    // that was interrupted) is cut off and noted. Throws std::runtime_error when a part cannot
    // be read or has invalid rows, or when an invoice is listed twice with different PDFs:
    // nothing is added to an archive that is not sound. An invoice listed again with the same
    // PDF (see lists_same_pdf) is archived once: its first row stands, and a note counts them.
    // Every invoice of every part is known before anything is added, so a build never archives
    // an invoice that another part lists.
    // `temp_tag`: see temporary_tag().
    Archive(std::filesystem::path out_dir, std::string part, std::string temp_tag = {});
    ~Archive();
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    // Writes `pdf_bytes` to a temporary file, for publish. Needs no lock.
    SpooledPdf spool(std::string_view pdf_bytes) const;
    // Archives the spooled PDF (the file is moved into place or removed, whatever the outcome).
    ArchiveResult publish(const ArchiveEntry& entry, SpooledPdf pdf);
    // Records a cancelled invoice's number once (a row of kind "cancelled", no PDF), so that an
    // auditor can tell a cancelled number from a missing one. False when it is recorded already.
    bool record_cancelled(const ArchiveEntry& entry);
    ArchiveResult publish(const ArchiveEntry& entry, std::string_view pdf_bytes) {
        return publish(entry, spool(pdf_bytes));
    }
    // Between begin_batch() and commit(), publish and record_cancelled make their work durable
    // together, at commit(): the new names' folders flushed once each, then the rows appended in
    // one write and flushed once; a row never reaches the disk before its file and name. Without
    // a batch, each call commits at once. (A build batches each customer's invoices: three
    // flushes per invoice, one after the other, were the night's slowest stage.) A batch not
    // committed (a build that failed) leaves files with no row, which the next build lists.
    void begin_batch();
    void commit();

    // The manifest row of an archived invoice, if any.
    std::optional<ManifestRow> find(const std::string& customer_id, InvoiceKind kind,
                                    const std::string& number) const;
    std::size_t size() const;
    // Repairs made when opening, e.g. "archive/manifest.csv: cut an incomplete last row".
    const std::vector<std::string>& notes() const { return notes_; }
    // The chain of this build's part's last row ("" when it has none), and its number of rows:
    // what a signature vouches for.
    std::string chain_head() const;
    std::size_t part_rows() const;
    // What stamps a row's archived_at: the real UTC time, unless a test gives another clock.
    void set_clock(std::function<std::string()> clock) { clock_ = std::move(clock); }

  private:
    void load_parts();
    void upgrade_part();
    void open_part();
    // The row of an invoice archived now (sha256 and bytes empty for a cancelled number).
    ManifestRow new_row(const ArchiveEntry& entry, const std::string& kind,
                        const std::string& sha256, std::uint64_t bytes) const;
    // Adds the row to those commit() writes (now, without a batch).
    void append_row(ManifestRow row);
    void commit_locked();
    void sync_json_part();
    // Adds a row to the index; false (nothing added) when its invoice is there already.
    bool index_row(const ManifestRow& row, const std::string& listed_at);
    // The row of an invoice in a part other than this build's, read again from the files (not
    // the index): another build may have appended it since. Indexed when found.
    std::optional<ManifestRow> find_in_other_parts(const std::string& customer_id,
                                                   const std::string& kind,
                                                   const std::string& number);
    // Gives the spooled file the name OUT/`relative` unless that name exists; false when it does.
    bool place(SpooledPdf& pdf, const std::filesystem::path& relative);
    ArchiveResult publish_listed(const ManifestRow& row, const ArchiveEntry& entry, SpooledPdf& pdf,
                                 ArchiveResult result);
    // `listed_at`, when given, is set to where the row is listed ("archive/manifest.csv:12").
    std::optional<ManifestRow> find_row(const std::string& customer_id, const std::string& kind,
                                        const std::string& number,
                                        std::string* listed_at = nullptr) const;

    std::filesystem::path out_dir_;
    std::filesystem::path archive_dir_;
    std::string part_;
    std::string temp_tag_;  // for the PDFs it spools
    int part_fd_ = -1;
    int json_fd_ = -1;        // the part's JSON Lines twin
    std::string chain_head_;  // of the part's last row
    std::size_t part_rows_ = 0;
    std::function<std::string()> clock_;
    std::optional<RealFolder> folder_;  // OUT/archive, where PDFs are spooled
    mutable BackgroundFlush flusher_;   // after folder_: done with it before it is closed
    bool batching_ = false;
    std::set<std::filesystem::path> unsynced_folders_;  // given a name or a folder since commit
    std::string unwritten_rows_;                        // the part's rows since commit
    std::string unwritten_json_;                        // the same, for its JSON Lines twin
    std::vector<std::string> notes_;
    // Every manifest row by invoice, in a private temporary database: held on disk, not in
    // memory, so memory does not grow with the number of invoices archived.
    std::unique_ptr<SQLite::Database> index_;
    std::unique_ptr<SQLite::Statement> insert_;
    mutable std::unique_ptr<SQLite::Statement> find_;
    mutable std::mutex mutex_;
};

}  // namespace portalgen
