// BuildLock: one build at a time per output folder, held for the life of the object.
#pragma once

#include <filesystem>
#include <string>

namespace portalgen {

// Takes an exclusive flock(2) on OUT/<name> (".build.lock" for a whole build, one name per shard
// so the shards of one night can share the folder). The kernel releases it when the process
// ends, however it ends (kill -9 included), so a stale lock file never blocks the next run.
class BuildLock {
  public:
    // Throws std::runtime_error naming the folder when another build holds the lock.
    explicit BuildLock(const std::filesystem::path& out_dir,
                       const std::string& name = ".build.lock");
    ~BuildLock();
    BuildLock(const BuildLock&) = delete;
    BuildLock& operator=(const BuildLock&) = delete;

  private:
    int fd_ = -1;
};

}  // namespace portalgen
