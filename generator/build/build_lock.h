// BuildLock: which builds may share an output folder at once, held for the life of the object.
#pragma once

#include <filesystem>
#include <string>

#include "model/shard.h"

namespace portalgen {

// flock(2)s on files of OUT. A whole build takes OUT/.build.lock exclusively; a shard build takes
// it shared, plus OUT/.build-K-of-N.lock exclusively. So the shards of one night run together,
// two runs of one shard exclude each other, and a whole build and any shard build exclude each
// other (a whole build sweeps every temporary file of OUT, and archives every invoice). The
// kernel releases the locks when the process ends, however it ends (kill -9 included), so a
// stale lock file never blocks the next run. Nothing waits: a held lock is refused at once.
class BuildLock {
  public:
    // Throws TemporaryFailure (exit 4) naming the folder when a build that excludes this one
    // holds a lock; std::runtime_error when a lock file cannot be opened.
    BuildLock(const std::filesystem::path& out_dir, const Shard& shard);
    ~BuildLock();
    BuildLock(const BuildLock&) = delete;
    BuildLock& operator=(const BuildLock&) = delete;

    const std::filesystem::path& out_dir() const { return out_dir_; }
    const Shard& shard() const { return shard_; }

  private:
    std::filesystem::path out_dir_;
    Shard shard_;
    int folder_fd_ = -1;  // OUT/.build.lock
    int shard_fd_ = -1;   // OUT/.build-K-of-N.lock, for a shard build
};

}  // namespace portalgen
