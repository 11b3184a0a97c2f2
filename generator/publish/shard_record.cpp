#include "publish/shard_record.h"

#include <charconv>
#include <fstream>
#include <iterator>
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
    const std::filesystem::path path = out_dir / kShardRecordName;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::error_code error;
        if (!std::filesystem::exists(std::filesystem::symlink_status(path, error))) return {};
        throw std::runtime_error("cannot read " + path.string());
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
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
        std::filesystem::remove(out / kShardRecordName);
        return;
    }
    std::optional<int> recorded = recorded_shard_count(out);
    if (!recorded && write_file_once_in(out, kShardRecordName, record_text(shard.count))) return;
    if (!recorded) recorded = recorded_shard_count(out);  // another shard build recorded first
    if (*recorded == shard.count) return;
    const std::string n = std::to_string(*recorded);
    throw TemporaryFailure(out.string() + " is built in " + n + " shards (recorded in " +
                           (out / kShardRecordName).string() + "), not " +
                           std::to_string(shard.count) + ": run its shards as --shard K/" + n +
                           ", or, to change the number of shards, run one "
                           "whole build (without --shard) once every shard build has finished");
}

}  // namespace portalgen
