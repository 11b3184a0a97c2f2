#include "publish/build_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace portalgen {

BuildLock::BuildLock(const std::filesystem::path& out_dir, const std::string& name) {
    std::filesystem::create_directories(out_dir);
    std::filesystem::path lock_path = out_dir / name;
    // Not through a symbolic link: the lock file is OUT's own.
    fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd_ < 0)
        throw std::runtime_error("cannot open " + lock_path.string() + ": " + std::strerror(errno));
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        int error = errno;
        ::close(fd_);
        if (error == EWOULDBLOCK)
            throw std::runtime_error("another portalgen build is running on " + out_dir.string() +
                                     " (it holds " + lock_path.string() +
                                     "); wait for it to finish");
        throw std::runtime_error("cannot lock " + lock_path.string() + ": " + std::strerror(error));
    }
}

BuildLock::~BuildLock() {
    ::close(fd_);  // releases the flock
}

}  // namespace portalgen
