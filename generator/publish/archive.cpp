// The auditors' archive: write-once PDFs and the append-only manifest.
#include "publish/archive.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>

#include "core/slug.h"
#include "model/enums.h"
#include "publish/atomic_file.h"
#include "publish/sha256.h"

namespace portalgen {

namespace {

[[noreturn]] void fail(const std::string& what, const std::filesystem::path& path, int error) {
    throw std::runtime_error("archive: cannot " + what + " " + path.string() + ": " +
                             std::strerror(error));
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail("read", path, errno);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
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

// Makes a new directory entry durable.
void sync_directory(const std::filesystem::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

// Gives `temp` the name `name` in the folder `dir` unless the name exists; false when it does.
// Never replaces a file. `path` names the file in messages.
bool move_no_replace(int dir, const std::string& temp, const std::string& name,
                     const std::filesystem::path& path) {
    if (::renameat2(dir, temp.c_str(), dir, name.c_str(), RENAME_NOREPLACE) == 0) return true;
    if (errno == EEXIST) return false;
    // File systems without RENAME_NOREPLACE: a hard link fails the same way on an existing name.
    if (errno != EINVAL && errno != ENOSYS) fail("archive", path, errno);
    if (::linkat(dir, temp.c_str(), dir, name.c_str(), 0) != 0) {
        if (errno == EEXIST) return false;
        fail("archive", path, errno);
    }
    ::unlinkat(dir, temp.c_str(), 0);
    return true;
}

// Writes OUT/`relative` whole or not at all: a temporary file in the same folder, flushed to
// disk, then given its name. False (and nothing written) when the file already exists. The
// folders are reached through real folders only (see RealFolder): never outside OUT.
bool write_once(const std::filesystem::path& out_dir, const std::filesystem::path& relative,
                std::string_view bytes) {
    const std::filesystem::path path = out_dir / relative;
    std::optional<RealFolder> folder;
    try {
        folder.emplace(out_dir, relative.parent_path());
    } catch (const std::runtime_error& e) {
        throw std::runtime_error("archive: cannot create " + path.string() + ": " + e.what());
    }
    const int dir = folder->fd();
    const std::string name = relative.filename().string();
    const std::string temp = temporary_name(name);
    const int fd =
        ::openat(dir, temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) fail("create", path.parent_path() / temp, errno);
    try {
        write_all(fd, bytes, path.parent_path() / temp);
        if (::fsync(fd) != 0) fail("flush", path.parent_path() / temp, errno);
    } catch (...) {
        ::close(fd);
        ::unlinkat(dir, temp.c_str(), 0);
        throw;
    }
    ::close(fd);
    bool moved = false;
    try {
        moved = move_no_replace(dir, temp, name, path);
    } catch (...) {
        ::unlinkat(dir, temp.c_str(), 0);
        throw;
    }
    if (!moved) {
        ::unlinkat(dir, temp.c_str(), 0);
        return false;
    }
    ::fsync(dir);
    return true;
}

std::string kind_name(InvoiceKind kind) {
    return std::string(to_string(kind));
}

}  // namespace

std::string archive_pdf_path(const std::string& customer_id, const Date& date,
                             const std::string& number) {
    return "archive/" + std::to_string(date.year()) + "/" + slug_of(customer_id) + "/" +
           slug_of(number) + ".pdf";
}

Archive::Archive(std::filesystem::path out_dir, std::string part)
    : out_dir_(std::move(out_dir)), archive_dir_(out_dir_ / "archive"), part_(std::move(part)) {
    if (!is_manifest_part_name(part_)) {
        throw std::invalid_argument("archive: not a manifest part name: " + part_);
    }
    // OUT/archive must be OUT's own folder: the manifest is appended to, PDFs written in it.
    const RealFolder own_folder(out_dir_, "archive");
    load_parts();
    open_part();
}

Archive::~Archive() {
    if (part_fd_ >= 0) ::close(part_fd_);
}

void Archive::load_parts() {
    std::vector<std::string> problems;
    std::map<Key, std::string> listed_at;  // where each invoice is listed, for duplicates
    for (const auto& path : manifest_parts(archive_dir_)) {
        const std::string name = "archive/" + path.filename().string();
        const std::string text = read_file(path);
        ManifestParse parse = parse_manifest(text, name);
        problems.insert(problems.end(), parse.problems.begin(), parse.problems.end());
        if (parse.torn_tail) {
            if (path.filename() == part_) {
                // This build owns the part: cut the torn row before appending to it.
                std::filesystem::resize_file(path, parse.complete_bytes);
                notes_.push_back(name + ": cut an incomplete last row (an interrupted build)");
            } else {
                notes_.push_back(name + ": ignored an incomplete last row (an interrupted build)");
            }
        }
        for (std::size_t i = 0; i < parse.rows.size(); ++i) {
            ManifestRow& row = parse.rows[i];
            const std::string where = name + ":" + std::to_string(parse.lines[i]);
            Key key{row.customer_id, row.kind, row.number};
            if (auto [it, added] = listed_at.emplace(key, where); !added) {
                problems.push_back(where + ": " + row.kind + " " + row.number + " of " +
                                   row.customer_id + " is already listed at " + it->second);
                continue;
            }
            rows_.emplace(std::move(key), std::move(row));
        }
    }
    if (!problems.empty()) {
        std::string message = "archive: the manifest is not valid:";
        for (const auto& problem : problems) message += "\n  " + problem;
        throw std::runtime_error(message);
    }
}

void Archive::open_part() {
    const std::filesystem::path path = archive_dir_ / part_;
    part_fd_ = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (part_fd_ < 0) fail("open", path, errno);
    if (std::filesystem::file_size(path) == 0) {
        write_all(part_fd_, std::string(kManifestHeader) + "\r\n", path);
        if (::fsync(part_fd_) != 0) fail("flush", path, errno);
        sync_directory(archive_dir_);
    }
}

void Archive::append_row(const ManifestRow& row) {
    const std::filesystem::path path = archive_dir_ / part_;
    // One write per row, flushed: a crash leaves at most a torn last row, cut at the next open.
    write_all(part_fd_, format_manifest_row(row), path);
    if (::fsync(part_fd_) != 0) fail("flush", path, errno);
}

ArchiveResult Archive::publish(const ArchiveEntry& entry, std::string_view pdf_bytes) {
    std::lock_guard lock(mutex_);
    ArchiveResult result;
    result.sha256 = sha256_hex(pdf_bytes);
    Key key{entry.customer_id, kind_name(entry.kind), entry.number};

    if (auto it = rows_.find(key); it != rows_.end()) {
        const ManifestRow& row = it->second;
        // Where it was archived, even if the invoice's date has changed since.
        result.path = archive_pdf_path(row.customer_id, *Date::parse(row.date), row.number);
        if (row.sha256 != result.sha256) {
            result.outcome = ArchiveOutcome::conflict;
            result.archived_sha256 = row.sha256;
            result.message = result.path + ": archived with sha256 " + row.sha256 +
                             ", the build now gives " + result.sha256 + " (left unchanged)";
            return result;
        }
        std::error_code error;
        if (std::filesystem::exists(out_dir_ / result.path, error)) {
            result.outcome = ArchiveOutcome::unchanged;
        } else {
            // Same bytes as listed: putting the file back restores exactly what was issued.
            result.outcome = write_once(out_dir_, result.path, pdf_bytes)
                                 ? ArchiveOutcome::restored
                                 : ArchiveOutcome::unchanged;
        }
        return result;
    }

    result.path = archive_pdf_path(entry.customer_id, entry.date, entry.number);
    const std::filesystem::path file = out_dir_ / result.path;
    if (!write_once(out_dir_, result.path, pdf_bytes)) {
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
    }
    ManifestRow row{entry.customer_id,      entry.number,     std::get<1>(key),
                    entry.date.to_string(), entry.total,      entry.currency,
                    result.sha256,          pdf_bytes.size(), entry.first_built.to_string()};
    append_row(row);
    rows_.emplace(std::move(key), std::move(row));
    result.outcome = ArchiveOutcome::added;
    return result;
}

std::optional<ManifestRow> Archive::find(const std::string& customer_id, InvoiceKind kind,
                                         const std::string& number) const {
    std::lock_guard lock(mutex_);
    auto it = rows_.find(Key{customer_id, kind_name(kind), number});
    if (it == rows_.end()) return std::nullopt;
    return it->second;
}

std::size_t Archive::size() const {
    std::lock_guard lock(mutex_);
    return rows_.size();
}

}  // namespace portalgen
