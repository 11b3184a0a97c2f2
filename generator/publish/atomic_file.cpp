#include "publish/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace portalgen {

namespace {

constexpr std::string_view kTempPrefix = ".portalgen-tmp-";

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what, int error) {
    throw std::runtime_error("cannot write " + path.string() + ": " + what + ": " +
                             std::strerror(error));
}

// A name no other writer uses: the process id and a counter shared by all threads.
std::filesystem::path temporary_path(const std::filesystem::path& path) {
    static std::atomic<unsigned long> counter{0};
    return path.parent_path() / (std::string(kTempPrefix) + std::to_string(::getpid()) + "-" +
                                 std::to_string(counter++) + "-" + path.filename().string());
}

}  // namespace

void write_file_atomic(const std::filesystem::path& path, std::string_view bytes, Flush flush) {
    std::error_code made;
    if (!path.parent_path().empty()) std::filesystem::create_directories(path.parent_path(), made);
    if (made) fail(path, "create folder", made.value());
    const std::filesystem::path temp = temporary_path(path);
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) fail(path, "open", errno);
    size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            int error = errno;
            ::close(fd);
            ::unlink(temp.c_str());
            fail(path, "write", error);
        }
        done += static_cast<size_t>(n);
    }
    // On disk before the rename: after a power cut the name points at the whole new content.
    if (flush == Flush::to_disk && ::fsync(fd) != 0) {
        int error = errno;
        ::close(fd);
        ::unlink(temp.c_str());
        fail(path, "fsync", error);
    }
    if (::close(fd) != 0) {
        int error = errno;
        ::unlink(temp.c_str());
        fail(path, "close", error);
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        int error = errno;
        ::unlink(temp.c_str());
        fail(path, "rename", error);
    }
}

bool file_has_content(const std::filesystem::path& path, std::string_view bytes) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) return false;
    if (std::filesystem::file_size(path, error) != bytes.size() || error) return false;
    std::ifstream in(path, std::ios::binary);
    std::string existing(bytes.size(), '\0');
    in.read(existing.data(), static_cast<std::streamsize>(existing.size()));
    return in && existing == bytes;
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

}  // namespace portalgen
