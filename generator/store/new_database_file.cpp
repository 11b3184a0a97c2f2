#include "store/new_database_file.h"

#include <fcntl.h>
#include <stdio.h>  // renameat2
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "store/database.h"

namespace portalgen {

namespace fs = std::filesystem;

namespace {

// The folders create_directories will make for `folder`, deepest first.
std::vector<fs::path> missing_folders(fs::path folder) {
    std::vector<fs::path> missing;
    std::error_code error;
    while (!folder.empty() && !fs::exists(folder, error)) {
        missing.push_back(folder);
        folder = folder.parent_path();
    }
    return missing;
}

// A unique empty file beside `path` (SQLite takes an empty file for an empty database).
fs::path make_temporary_beside(const fs::path& path) {
    std::string name = (path.parent_path() / ("." + path.filename().string() + ".XXXXXX")).string();
    int fd = ::mkstemp(name.data());
    if (fd < 0)
        throw std::runtime_error("cannot create database " + fs::absolute(path).string() + ": " +
                                 std::strerror(errno));
    ::close(fd);
    return name;
}

}  // namespace

NewDatabaseFile::NewDatabaseFile(const std::string& path) : path_(path) {
    const fs::path folder = path_.parent_path();
    created_folders_ = missing_folders(folder.empty() ? fs::path(".") : folder);
    if (!folder.empty()) fs::create_directories(folder);
    temporary_ = make_temporary_beside(path_);
    database_ = std::make_unique<Database>(temporary_.string());
    // Until keep(), a file no one else opens, dropped if anything fails: written once, without
    // the write-ahead log (which wrote every page twice, into the log and then the file) nor a
    // flush per commit. The rollback journal is kept in memory: an import may roll back and read
    // its inputs again.
    database_->sql().exec("PRAGMA journal_mode = MEMORY");
    database_->sql().exec("PRAGMA synchronous = OFF");
}

NewDatabaseFile::~NewDatabaseFile() {
    if (kept_) return;
    database_.reset();
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(temporary_.string() + suffix, ignored);
    for (const fs::path& folder : created_folders_) fs::remove(folder, ignored);  // if empty
}

void NewDatabaseFile::keep() {
    // A portalgen database is WAL from the start (a build reads while it writes).
    database_->sql().exec("PRAGMA journal_mode = WAL");
    database_.reset();
    // Durable before it takes its name.
    const int fd = ::open(temporary_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0) ::close(fd);
        throw std::runtime_error("cannot create database " + fs::absolute(path_).string() + ": " +
                                 std::strerror(error));
    }
    ::close(fd);
    // Never over a database another import created meanwhile.
    if (::renameat2(AT_FDCWD, temporary_.c_str(), AT_FDCWD, path_.c_str(), RENAME_NOREPLACE) != 0) {
        bool unsupported = errno == EINVAL || errno == ENOSYS;
        if (!unsupported || ::link(temporary_.c_str(), path_.c_str()) != 0)
            throw std::runtime_error("cannot create database " + fs::absolute(path_).string() +
                                     ": " + std::strerror(errno));
        ::unlink(temporary_.c_str());
    }
    kept_ = true;
}

}  // namespace portalgen
