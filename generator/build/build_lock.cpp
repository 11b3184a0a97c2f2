#include "build/build_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "core/run_errors.h"
#include "view/output_paths.h"

namespace portalgen {

namespace {

// Opens the lock file and locks it without waiting (`operation` LOCK_EX or LOCK_SH); -1 when
// another process holds a lock that excludes this one.
int try_lock(const std::filesystem::path& lock_path, int operation) {
    // Not through a symbolic link: the lock file is OUT's own.
    const int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0)
        throw std::runtime_error("cannot open " + lock_path.string() + ": " + std::strerror(errno));
    if (::flock(fd, operation | LOCK_NB) == 0) return fd;
    const int error = errno;
    ::close(fd);
    if (error == EWOULDBLOCK) return -1;
    throw std::runtime_error("cannot lock " + lock_path.string() + ": " + std::strerror(error));
}

}  // namespace

BuildLock::BuildLock(const std::filesystem::path& out_dir, const Shard& shard)
    : out_dir_(out_dir), shard_(shard) {
    std::filesystem::create_directories(out_dir);
    const std::filesystem::path folder_lock = out_dir / folder_lock_path();
    folder_fd_ = try_lock(folder_lock, shard.is_whole() ? LOCK_EX : LOCK_SH);
    if (folder_fd_ < 0)
        throw TemporaryFailure(
            std::string("another portalgen build is running on ") + out_dir.string() + " (" +
            (shard.is_whole() ? "a whole build or a shard build" : "a whole build") + " holds " +
            folder_lock.string() + "); retry when it has finished");
    if (shard.is_whole()) return;
    const std::filesystem::path shard_lock = out_dir / shard_lock_path(shard);
    try {
        shard_fd_ = try_lock(shard_lock, LOCK_EX);
    } catch (...) {
        ::close(folder_fd_);
        throw;
    }
    if (shard_fd_ < 0) {
        ::close(folder_fd_);
        throw TemporaryFailure("another portalgen build of shard " + std::to_string(shard.index) +
                               "/" + std::to_string(shard.count) + " is running on " +
                               out_dir.string() + " (it holds " + shard_lock.string() +
                               "); retry when it has finished");
    }
}

BuildLock::~BuildLock() {
    if (shard_fd_ >= 0) ::close(shard_fd_);
    ::close(folder_fd_);  // releases the flocks
}

}  // namespace portalgen
