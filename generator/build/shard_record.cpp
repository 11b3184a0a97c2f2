#include "build/shard_record.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <stdexcept>
#include <string>

#include "core/run_errors.h"
#include "publish/atomic_file.h"

namespace portalgen {

namespace {

std::string record_text(int count) {
    return std::to_string(count) + "\n";
}

}  // namespace

std::optional<int> recorded_shard_count(const std::filesystem::path& out_dir) {
    const std::filesystem::path path = out_dir / shard_record_path();
    // errno of the open itself: a check of the name afterwards could see a record that another
    // shard build placed in between, and take a missing file for an unreadable one.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) return {};
        throw std::runtime_error("cannot read " + path.string() + ": " + std::strerror(errno));
    }
    std::string text;
    char buffer[64];
    for (ssize_t got; (got = ::read(fd, buffer, sizeof buffer)) > 0 && text.size() < 64;)
        text.append(buffer, static_cast<std::size_t>(got));
    ::close(fd);
    int count = 0;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), count);
    if (parsed.ec != std::errc() || count < 1 || text != record_text(count))
        throw std::runtime_error(path.string() +
                                 " does not hold a number of shards; check which --shard K/N the "
                                 "folder is built with, then remove the file");
    return count;
}

void claim_shard_count(const BuildLock& lock) {
    const std::filesystem::path& out = lock.out_dir();
    const Shard& shard = lock.shard();
    if (shard.is_whole()) {
        std::filesystem::remove(out / shard_record_path());
        return;
    }
    std::optional<int> recorded = recorded_shard_count(out);
    if (!recorded && write_file_once_in(out, shard_record_path(), record_text(shard.count),
                                        temporary_tag(shard)))
        return;
    if (!recorded) recorded = recorded_shard_count(out);  // another shard build recorded first
    if (*recorded == shard.count) return;
    const std::string n = std::to_string(*recorded);
    throw TemporaryFailure(out.string() + " is built in " + n + " shards (recorded in " +
                           (out / shard_record_path()).string() + "), not " +
                           std::to_string(shard.count) + ": run its shards as --shard K/" + n +
                           ", or, to change the number of shards, run one "
                           "whole build (without --shard) once every shard build has finished");
}

}  // namespace portalgen
