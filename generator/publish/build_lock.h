// BuildLock: one build at a time per output folder, held for the life of the object.
#pragma once

#include <filesystem>

namespace portalgen {

// Takes an exclusive flock(2) on OUT/.build.lock. The kernel releases it when the process ends,
// however it ends (kill -9 included), so a stale lock file never blocks the next night's run.
class BuildLock {
  public:
    // Throws std::runtime_error naming the folder when another build holds the lock.
    explicit BuildLock(const std::filesystem::path& out_dir);
    ~BuildLock();
    BuildLock(const BuildLock&) = delete;
    BuildLock& operator=(const BuildLock&) = delete;

  private:
    int fd_ = -1;
};

}  // namespace portalgen
