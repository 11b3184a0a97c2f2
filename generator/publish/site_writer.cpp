#include "publish/site_writer.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <functional>
#include <set>
#include <stdexcept>
#include <vector>

#include "publish/atomic_file.h"
#include "view/output_paths.h"

namespace portalgen {

namespace {

// Only plain relative paths inside the customer's folder: no "..", no absolute path, no "."
// part, so that nothing is ever written outside it.
void check_path(const std::string& path, const std::string& folder) {
    bool inside = path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0;
    size_t start = 0;
    while (inside && start <= path.size()) {
        size_t slash = path.find('/', start);
        std::string part = path.substr(start, slash == std::string::npos ? slash : slash - start);
        if (part.empty() || part == "." || part == "..") inside = false;
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    if (!inside) throw std::runtime_error("refusing to write " + path + " outside " + folder);
}

std::int64_t nanoseconds(const struct timespec& time) {
    return static_cast<std::int64_t>(time.tv_sec) * 1'000'000'000 + time.tv_nsec;
}

// A file as the last build left it (same size and modification time) holds the bytes recorded
// then: that build's record stands for it. Any other file is read.
bool as_left(const FileRecord& before, const FileRecord& now) {
    return before.size == now.size && before.modified_ns == now.modified_ns;
}

}  // namespace

PortalWriter::PortalWriter(const std::filesystem::path& out, const std::string& token,
                           FileRecords previous, std::string temp_tag, BackgroundRemove* remover)
    : out_(out),
      folder_(portal_folder(token)),
      previous_(std::move(previous)),
      writer_(std::make_unique<FolderCache>(out, std::move(temp_tag), remover)) {
    const std::filesystem::path root = out / folder_;
    // One listing of the folder serves both to refuse symbolic links before anything is written
    // and to find, at the end, what is no longer part of the portal.
    try {
        root_existed_ = RealFolder(out, folder_, false).exists();
        if (!root_existed_) return;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
            if (entry.is_symlink())
                throw std::runtime_error(entry.path().string() +
                                         " is a symbolic link (nothing is written outside " +
                                         out.string() + ")");
            std::string relative = folder_ + entry.path().string().substr(root.string().size());
            occupied_.insert(std::filesystem::path(relative).parent_path().string());
            if (entry.is_directory())
                folders_.push_back(std::move(relative));
            else
                existing_.insert(std::move(relative));
        }
    } catch (const std::runtime_error& e) {
        throw std::runtime_error("cannot publish " + root.string() + ": " + e.what());
    }
}

PortalWriter::~PortalWriter() {
    // Not finished (the customer failed): nothing of what was staged appears, nor the folders
    // made for it.
    const std::filesystem::path root = std::filesystem::path(folder_).parent_path();
    std::set<std::filesystem::path, std::greater<>> made;  // deepest first
    for (const auto& staged : staged_) {
        writer_->discard(staged.file);
        for (auto folder = staged.file.relative.parent_path(); folder != root.parent_path();
             folder = folder.parent_path()) {
            const bool existed = folder == root ? root_existed_
                                                : std::find(folders_.begin(), folders_.end(),
                                                            folder.string()) != folders_.end();
            if (!existed) made.insert(folder);
        }
    }
    for (const auto& folder : made) {
        std::error_code not_empty;  // then something else is in it: it stays
        std::filesystem::remove(out_ / folder, not_empty);
    }
}

std::optional<FileRecord> PortalWriter::on_disk(const std::string& path) {
    // A file not there before needs no stat to know it is not.
    struct stat info {};
    if (!existing_.contains(path) || !writer_->status(path, info) || !S_ISREG(info.st_mode))
        return std::nullopt;
    return FileRecord{static_cast<std::uint64_t>(info.st_size), nanoseconds(info.st_mtim), "", ""};
}

bool PortalWriter::unchanged(const std::string& path, std::string_view bytes,
                             const std::string& hash, const std::string& source) {
    std::optional<FileRecord> now = on_disk(path);
    if (!now) return false;
    const std::string name = path.substr(folder_.size());
    const auto before = previous_.find(name);
    if (!(before != previous_.end() && as_left(before->second, *now)
              ? before->second.hash == hash
              : file_has_content(out_ / path, bytes)))
        return false;
    now->hash = hash;
    now->source = source;
    records_[name] = std::move(*now);
    ++stats_.unchanged;
    return true;
}

std::string PortalWriter::source_of(const std::string& path) {
    const auto before = previous_.find(path.substr(folder_.size()));
    if (before == previous_.end() || before->second.source.empty()) return {};
    const std::optional<FileRecord> now = on_disk(path);
    return now && as_left(before->second, *now) ? before->second.source : std::string();
}

void PortalWriter::write(const std::string& path, std::string_view bytes,
                         const std::string& source) {
    check_path(path, folder_);
    wanted_.insert(path);
    const std::string hash = content_hash(bytes);
    if (unchanged(path, bytes, hash, source)) return;
    // Given its name by finish(), with the others: until then the portal is as it was.
    staged_.push_back({writer_->stage(path, bytes), FileRecord{bytes.size(), 0, hash, source}});
}

void PortalWriter::link(const std::string& path, std::string_view bytes, int from,
                        const std::string& from_name) {
    check_path(path, folder_);
    wanted_.insert(path);
    const std::string hash = content_hash(bytes);
    if (unchanged(path, bytes, hash, "")) return;
    staged_.push_back(
        {writer_->stage_link(path, from, from_name, bytes), FileRecord{bytes.size(), 0, hash, ""}});
}

void PortalWriter::keep(const std::string& path) {
    check_path(path, folder_);
    wanted_.insert(path);
    const std::string name = path.substr(folder_.size());
    if (const auto before = previous_.find(name); before != previous_.end())
        records_[name] = before->second;
    ++stats_.unchanged;
}

bool PortalWriter::last_build_as_left() {
    for (const auto& [name, before] : previous_) {
        const std::optional<FileRecord> now = on_disk(folder_ + name);
        if (!now || !as_left(before, *now)) return false;
    }
    return true;
}

void PortalWriter::keep_rest_of_last_build(const std::string& except) {
    for (const auto& [name, before] : previous_) {
        std::string path = folder_ + name;
        if (path != except && !wanted_.contains(path)) keep(path);
    }
}

PublishStats PortalWriter::finish() {
    for (auto& [file, record] : staged_) {
        writer_->commit(file, existing_.contains(file.relative.string()));
        ++stats_.written;
        record.modified_ns = nanoseconds(file.modified);
        records_[file.relative.string().substr(folder_.size())] = std::move(record);
    }
    staged_.clear();
    // The subfolders that may be empty now: those that were, and those that lost something.
    // Deepest first, so that a folder whose subfolders go is looked at again in its turn.
    std::set<std::string, std::greater<>> maybe_empty;
    const auto lost_one = [&](const std::string& path) {
        std::string folder = std::filesystem::path(path).parent_path().string();
        if (folder.size() >= folder_.size()) maybe_empty.insert(std::move(folder));
    };
    for (const std::string& folder : folders_)
        if (!occupied_.contains(folder)) maybe_empty.insert(folder);
    for (const std::string& path : existing_) {
        if (wanted_.contains(path)) continue;
        std::filesystem::remove(out_ / path);
        lost_one(path);
        if (!is_temporary_file_name(std::filesystem::path(path).filename().string()))
            ++stats_.removed;
    }
    while (!maybe_empty.empty()) {
        const std::string folder = maybe_empty.extract(maybe_empty.begin()).value();
        if (!std::filesystem::is_empty(out_ / folder)) continue;
        std::filesystem::remove(out_ / folder);
        lost_one(folder);
    }
    return stats_;
}

bool serve_file(const std::filesystem::path& out, const std::string& path,
                const std::string& source, const std::string& temp_tag) {
    check_path(path, site_folder());
    const std::filesystem::path from = source;
    const RealFolder folder(out, from.parent_path(), false);
    const std::string name = from.filename().string();
    struct stat wanted {};
    if (!folder.exists() ||
        ::fstatat(folder.fd(), name.c_str(), &wanted, AT_SYMLINK_NOFOLLOW) != 0 ||
        !S_ISREG(wanted.st_mode))
        return false;
    FolderCache portal(out, temp_tag);
    struct stat served {};
    if (portal.status(path, served) && served.st_dev == wanted.st_dev &&
        served.st_ino == wanted.st_ino)
        return true;
    const std::optional<std::string> bytes = read_file_at(folder.fd(), name, out / source);
    if (!bytes) return false;
    portal.commit(portal.stage_link(path, folder.fd(), name, *bytes));
    return true;
}

size_t remove_stale_portals(const std::filesystem::path& out,
                            const std::function<bool(const std::string& name)>& is_token) {
    const std::filesystem::path site = out / site_folder();
    // A link in place of OUT/site is refused: the folders removed below must be OUT's own.
    if (!RealFolder(out, site_folder(), false).exists()) return 0;
    std::vector<std::filesystem::path> stale;
    for (const auto& entry : std::filesystem::directory_iterator(site)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_directory() && !name.starts_with(".") && !is_token(name))
            stale.push_back(entry.path());
    }
    for (const auto& path : stale) std::filesystem::remove_all(path);
    return stale.size();
}

}  // namespace portalgen
