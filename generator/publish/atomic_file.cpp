#include "publish/atomic_file.h"

#include <fcntl.h>
#include <stdio.h>  // renameat2
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

#include "publish/background_remove.h"

namespace portalgen {

namespace {

constexpr std::string_view kTempPrefix = ".portalgen-tmp-";

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what, int error) {
    throw std::runtime_error("cannot write " + path.string() + ": " + what + ": " +
                             std::strerror(error));
}

// Gives the staged file `temp` its name in `dir` (replacing the file there, if any).
void commit_in_folder(int dir, const std::string& temp, const std::filesystem::path& name,
                      const std::filesystem::path& shown) {
    if (::renameat(dir, temp.c_str(), dir, name.c_str()) != 0) {
        int error = errno;
        ::unlinkat(dir, temp.c_str(), 0);
        fail(shown, "rename", error);
    }
}

// Writes `bytes` as `name` in the open folder `dir`: a temporary file, then a rename.
void write_in_folder(int dir, const std::filesystem::path& name, std::string_view bytes,
                     Flush flush, const std::filesystem::path& shown, std::string_view temp_tag) {
    commit_in_folder(dir, stage_in_folder(dir, name, bytes, flush, shown, temp_tag), name, shown);
}

}  // namespace

std::string stage_in_folder(int dir, const std::filesystem::path& name, std::string_view bytes,
                            Flush flush, const std::filesystem::path& shown,
                            std::string_view temp_tag, struct stat* written) {
    const std::string temp = temporary_name(name, temp_tag);
    int fd =
        ::openat(dir, temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) fail(shown, "open", errno);
    size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            int error = errno;
            ::close(fd);
            ::unlinkat(dir, temp.c_str(), 0);
            fail(shown, "write", error);
        }
        done += static_cast<size_t>(n);
    }
    // On disk before the rename: after a power cut the name points at the whole new content.
    if (flush == Flush::to_disk && ::fsync(fd) != 0) {
        int error = errno;
        ::close(fd);
        ::unlinkat(dir, temp.c_str(), 0);
        fail(shown, "fsync", error);
    }
    if (written && ::fstat(fd, written) != 0) {
        int error = errno;
        ::close(fd);
        ::unlinkat(dir, temp.c_str(), 0);
        fail(shown, "fstat", error);
    }
    if (::close(fd) != 0) {
        int error = errno;
        ::unlinkat(dir, temp.c_str(), 0);
        fail(shown, "close", error);
    }
    return temp;
}

namespace {

// The folder `name` of the open folder `dir`, opened (and created first if missing and `create`,
// then added to `made`): its descriptor, or -1 when it is missing and may not be created. `shown`
// is its path, `root` the output folder, for messages. Never follows a symbolic link.
int open_folder_in(int dir, const std::string& name, bool create,
                   const std::filesystem::path& shown, const std::filesystem::path& root,
                   std::vector<std::filesystem::path>& made) {
    if (name == "." || name == "..")
        throw std::runtime_error("refusing the folder " + shown.string() +
                                 ": no . or .. in a path");
    int next = ::openat(dir, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (next < 0 && errno == ENOENT) {
        if (!create) return -1;
        if (::mkdirat(dir, name.c_str(), 0755) == 0)
            made.push_back(shown);
        else if (errno != EEXIST)
            throw std::runtime_error("cannot create " + shown.string() + ": " +
                                     std::strerror(errno));
        next = ::openat(dir, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    }
    if (next >= 0) return next;
    const int error = errno;
    struct stat found {};
    if (::fstatat(dir, name.c_str(), &found, AT_SYMLINK_NOFOLLOW) == 0) {
        if (S_ISLNK(found.st_mode))
            throw std::runtime_error(shown.string() +
                                     " is a symbolic link (nothing is written outside " +
                                     root.string() + ")");
        if (!S_ISDIR(found.st_mode)) throw std::runtime_error(shown.string() + " is not a folder");
    }
    throw std::runtime_error("cannot open " + shown.string() + ": " + std::strerror(error));
}

}  // namespace

RealFolder::RealFolder(const std::filesystem::path& root, const std::filesystem::path& relative,
                       bool create)
    : root_(root), path_(root / relative) {
    if (relative.is_absolute())
        throw std::runtime_error("refusing the folder " + relative.string() + ": not relative to " +
                                 root.string());
    if (create) {
        std::error_code made;
        std::filesystem::create_directories(root, made);
        if (made)
            throw std::runtime_error("cannot create " + root.string() + ": " + made.message());
    }
    fd_ = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd_ < 0) {
        if (errno == ENOENT && !create) return;
        throw std::runtime_error("cannot open " + root.string() + ": " + std::strerror(errno));
    }
    std::filesystem::path reached = root;
    for (const auto& part : relative) {
        const std::string name = part.string();
        if (name.empty()) continue;  // the trailing "/" of "site/T/"
        reached /= part;
        int next = -1;
        try {
            next = open_folder_in(fd_, name, create, reached, root, made_);
        } catch (...) {
            ::close(fd_);
            fd_ = -1;
            throw;
        }
        ::close(fd_);
        fd_ = next;
        if (fd_ < 0) return;
    }
}

RealFolder::RealFolder(const RealFolder& parent, const std::string& name, bool create)
    : root_(parent.root_), path_(parent.path_ / name) {
    if (parent.exists()) fd_ = open_folder_in(parent.fd(), name, create, path_, root_, made_);
}

RealFolder::~RealFolder() {
    if (fd_ >= 0) ::close(fd_);
}

void write_file_atomic_in(const std::filesystem::path& root, const std::filesystem::path& relative,
                          std::string_view bytes, Flush flush, std::string_view temp_tag) {
    FolderCache folders(root, std::string(temp_tag));
    folders.write(relative, bytes, flush);
}

int flush_folder(const std::filesystem::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return errno;
    const int error = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return error;
}

bool rename_no_replace(int from, const std::string& temp, int to, const std::string& name,
                       const std::filesystem::path& shown) {
    if (::renameat2(from, temp.c_str(), to, name.c_str(), RENAME_NOREPLACE) == 0) return true;
    if (errno == EEXIST) return false;
    // File systems without RENAME_NOREPLACE: a hard link fails the same way on an existing name.
    if (errno != EINVAL && errno != ENOSYS) fail(shown, "rename", errno);
    if (::linkat(from, temp.c_str(), to, name.c_str(), 0) != 0) {
        if (errno == EEXIST) return false;
        fail(shown, "link", errno);
    }
    ::unlinkat(from, temp.c_str(), 0);
    return true;
}

bool write_file_once_in(const std::filesystem::path& root, const std::filesystem::path& relative,
                        std::string_view bytes, std::string_view temp_tag) {
    const std::filesystem::path shown = root / relative;
    RealFolder folder(root, relative.parent_path());
    const std::string name = relative.filename().string();
    const std::string temp =
        stage_in_folder(folder.fd(), name, bytes, Flush::to_disk, shown, temp_tag);
    bool named = false;
    try {
        named = rename_no_replace(folder.fd(), temp, folder.fd(), name, shown);
    } catch (...) {
        ::unlinkat(folder.fd(), temp.c_str(), 0);
        throw;
    }
    if (!named)
        ::unlinkat(folder.fd(), temp.c_str(), 0);
    else
        ::fsync(folder.fd());  // the new name, durable
    return named;
}

FolderCache::FolderCache(std::filesystem::path root, std::string temp_tag,
                         BackgroundRemove* remover)
    : root_(std::move(root)), temp_tag_(std::move(temp_tag)), remover_(remover) {}
FolderCache::~FolderCache() = default;

RealFolder& FolderCache::open_folder(const std::filesystem::path& folder) {
    // OUT itself, or a path RealFolder refuses (absolute).
    if (folder.empty() || folder.is_absolute()) {
        std::unique_ptr<RealFolder>& open = folders_[folder];
        if (!open) open = std::make_unique<RealFolder>(root_, folder);
        return *open;
    }
    const std::string name = folder.filename().string();
    if (name.empty()) return open_folder(folder.parent_path());  // "a/": the folder "a"
    std::unique_ptr<RealFolder>& open = folders_[folder];
    if (!open) open = std::make_unique<RealFolder>(open_folder(folder.parent_path()), name);
    return *open;
}

int FolderCache::folder_of(const std::filesystem::path& relative) {
    try {
        return open_folder(relative.parent_path()).fd();
    } catch (const std::runtime_error& e) {
        throw std::runtime_error("cannot write " + (root_ / relative).string() + ": " + e.what());
    }
}

void FolderCache::write(const std::filesystem::path& relative, std::string_view bytes,
                        Flush flush) {
    write_in_folder(folder_of(relative), relative.filename(), bytes, flush, root_ / relative,
                    temp_tag_);
}

FolderCache::Staged FolderCache::stage(const std::filesystem::path& relative,
                                       std::string_view bytes) {
    struct stat written {};
    std::string temp = stage_in_folder(folder_of(relative), relative.filename(), bytes, Flush::none,
                                       root_ / relative, temp_tag_, &written);
    return {relative, std::move(temp), written.st_mtim};
}

FolderCache::Staged FolderCache::stage_link(const std::filesystem::path& relative, int from,
                                            const std::string& from_name, std::string_view bytes) {
    const int dir = folder_of(relative);
    std::string temp = temporary_name(relative.filename(), temp_tag_);
    if (::linkat(from, from_name.c_str(), dir, temp.c_str(), 0) != 0)
        return stage(relative, bytes);  // a copy serves the same bytes
    struct stat linked {};
    if (::fstatat(dir, temp.c_str(), &linked, AT_SYMLINK_NOFOLLOW) != 0) {
        const int error = errno;
        ::unlinkat(dir, temp.c_str(), 0);
        fail(root_ / relative, "fstat", error);
    }
    return {relative, std::move(temp), linked.st_mtim};
}

void FolderCache::commit(const Staged& file, bool replacing) {
    const int dir = folder_of(file.relative);
    const std::string name = file.relative.filename().string();
    // Failing (the file is gone, a file system without RENAME_EXCHANGE), a plain rename.
    if (replacing && remover_ &&
        ::renameat2(dir, file.temp.c_str(), dir, name.c_str(), RENAME_EXCHANGE) == 0) {
        remover_->remove(dir, file.temp);
        return;
    }
    commit_in_folder(dir, file.temp, name, root_ / file.relative);
}

void FolderCache::discard(const Staged& file) noexcept {
    const auto folder = folders_.find(file.relative.parent_path());
    if (folder != folders_.end() && folder->second)
        ::unlinkat(folder->second->fd(), file.temp.c_str(), 0);
}

bool FolderCache::status(const std::filesystem::path& relative, struct stat& info) {
    return ::fstatat(folder_of(relative), relative.filename().c_str(), &info,
                     AT_SYMLINK_NOFOLLOW) == 0;
}

std::optional<std::string> read_file_at(int dir, const std::string& name,
                                        const std::filesystem::path& shown) {
    const int fd = ::openat(dir, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT) return std::nullopt;
    auto failed = [&](const char* what) {
        const int error = errno;
        if (fd >= 0) ::close(fd);
        throw std::runtime_error("cannot read " + shown.string() + ": " + what + ": " +
                                 std::strerror(error));
    };
    if (fd < 0) failed("open");
    struct stat info {};
    if (::fstat(fd, &info) != 0) failed("fstat");
    if (!S_ISREG(info.st_mode)) {
        ::close(fd);
        return std::nullopt;
    }
    std::string bytes;
    char chunk[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) failed("read");
        if (n == 0) break;
        bytes.append(chunk, static_cast<size_t>(n));
    }
    ::close(fd);
    return bytes;
}

bool file_has_content(const std::filesystem::path& path, std::string_view bytes) {
    int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat info {};
    bool same = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) &&
                static_cast<size_t>(info.st_size) == bytes.size();
    std::vector<char> chunk(std::min<size_t>(bytes.size(), size_t{1} << 16) + 1);
    size_t done = 0;
    while (same) {
        ssize_t n = ::read(fd, chunk.data(), chunk.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            same = n == 0 && done == bytes.size();
            break;
        }
        const auto got = static_cast<size_t>(n);
        same =
            done + got <= bytes.size() && std::memcmp(chunk.data(), bytes.data() + done, got) == 0;
        done += got;
    }
    ::close(fd);
    return same;
}

std::string temporary_tag(const Shard& shard) {
    return shard.is_whole() ? "" : shard.name();
}

std::string temporary_name(const std::filesystem::path& name, std::string_view tag) {
    // A source of unique numbers for the whole process, not a setting: two writers with the same
    // tag must never pick the same name.
    static std::atomic<unsigned long> counter{0};
    std::string prefix(kTempPrefix);
    if (!tag.empty()) prefix.append(tag).append(".");  // a process id has no "."
    return prefix + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
           name.string();
}

bool is_temporary_file_name(const std::string& file_name) {
    return file_name.starts_with(kTempPrefix);
}

std::size_t remove_temporary_files(const std::filesystem::path& root) {
    std::vector<std::filesystem::path> found;
    if (!std::filesystem::is_directory(root)) return 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
        if (entry.is_regular_file() && is_temporary_file_name(entry.path().filename().string()))
            found.push_back(entry.path());
    for (const auto& path : found) std::filesystem::remove(path);
    return found.size();
}

std::size_t remove_tagged_temporary_files(const std::filesystem::path& folder,
                                          const std::string& tag) {
    const std::string prefix = std::string(kTempPrefix) + tag + ".";
    std::vector<std::filesystem::path> found;
    std::error_code missing;
    for (const auto& entry : std::filesystem::directory_iterator(folder, missing))
        if (entry.is_regular_file() && entry.path().filename().string().starts_with(prefix))
            found.push_back(entry.path());
    for (const auto& path : found) std::filesystem::remove(path);
    return found.size();
}

}  // namespace portalgen
