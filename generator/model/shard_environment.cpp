#include "model/shard_environment.h"

#include <charconv>
#include <vector>

#include "core/join.h"

namespace portalgen {

namespace {

constexpr std::string_view kIndexedJobIndex = "JOB_COMPLETION_INDEX";
constexpr std::string_view kAwsBatchIndex = "AWS_BATCH_JOB_ARRAY_INDEX";
constexpr std::string_view kShardCount = "PORTALGEN_SHARDS";
constexpr std::string_view kSlurmTaskId = "SLURM_ARRAY_TASK_ID";
constexpr std::string_view kSlurmTaskCount = "SLURM_ARRAY_TASK_COUNT";
constexpr std::string_view kSlurmTaskMin = "SLURM_ARRAY_TASK_MIN";
constexpr std::string_view kSlurmTaskStep = "SLURM_ARRAY_TASK_STEP";

const std::string* value_of(const Environment& environment, std::string_view name) {
    auto found = environment.find(name);
    return found == environment.end() || found->second.empty() ? nullptr : &found->second;
}

// Reads variables as whole numbers and keeps "NAME=value" of each, for the choice's origin and
// for the messages.
class VariableReader {
  public:
    explicit VariableReader(const Environment& environment) : environment_(environment) {}

    // `name`'s value; throws when it is unset (the variables read so far need it) or is not a
    // whole number >= 0.
    long long number(std::string_view name) {
        const std::string* text = value_of(environment_, name);
        if (!text) throw ShardChoiceError(origin() + " is set without " + std::string(name));
        long long value = -1;
        const char* end = text->data() + text->size();
        auto [stop, error] = std::from_chars(text->data(), end, value);
        if (error != std::errc() || stop != end || value < 0)
            throw ShardChoiceError(std::string(name) + "=" + *text + " is not a whole number");
        said_.push_back(std::string(name) + "=" + *text);
        return value;
    }

    std::string origin() const { return join_non_empty(said_, ", "); }

  private:
    const Environment& environment_;
    std::vector<std::string> said_;
};

void check_count(const VariableReader& read, std::string_view name, long long count) {
    if (count < 1 || count > kMaxShardCount)
        throw ShardChoiceError(read.origin() + ": " + std::string(name) +
                               " must be a number of shards from 1 to " +
                               std::to_string(kMaxShardCount));
}

// Kubernetes and AWS Batch: a 0-based index, and N in PORTALGEN_SHARDS.
ShardChoice zero_based_index(const Environment& environment, std::string_view index_name) {
    VariableReader read(environment);
    const long long index = read.number(index_name);
    const long long count = read.number(kShardCount);
    check_count(read, kShardCount, count);
    if (index >= count)
        throw ShardChoiceError(read.origin() + ": " + std::string(index_name) +
                               " must be from 0 to " + std::to_string(count - 1));
    return {Shard{static_cast<int>(index + 1), static_cast<int>(count)}, read.origin()};
}

// Slurm: the task's id in an array MIN, MIN + STEP, ... of COUNT tasks.
ShardChoice slurm_array_task(const Environment& environment) {
    VariableReader read(environment);
    const long long id = read.number(kSlurmTaskId);
    const long long count = read.number(kSlurmTaskCount);
    const long long min = read.number(kSlurmTaskMin);
    const long long step = value_of(environment, kSlurmTaskStep) ? read.number(kSlurmTaskStep) : 1;
    check_count(read, kSlurmTaskCount, count);
    if (step < 1 || id < min || (id - min) % step != 0 || (id - min) / step >= count)
        throw ShardChoiceError(read.origin() + ": " + std::string(kSlurmTaskId) +
                               " is not one of the array's " + std::to_string(count) + " task ids");
    if (value_of(environment, kShardCount) && read.number(kShardCount) != count)
        throw ShardChoiceError(read.origin() + ": " + std::string(kShardCount) + " differs from " +
                               std::string(kSlurmTaskCount));
    const long long offset = (id - min) / step;
    return {Shard{static_cast<int>(offset + 1), static_cast<int>(count)}, read.origin()};
}

// A count given without its index: a half-set environment.
void refuse_count_alone(const Environment& environment) {
    struct CountAndIndex {
        std::string_view count, index;
    };
    constexpr CountAndIndex pairs[] = {
        {kShardCount, "JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX"},
        {kSlurmTaskCount, kSlurmTaskId},
    };
    for (const CountAndIndex& pair : pairs)
        if (const std::string* value = value_of(environment, pair.count))
            throw ShardChoiceError(std::string(pair.count) + "=" + *value + " is set without " +
                                   std::string(pair.index));
}

}  // namespace

std::optional<ShardChoice> shard_from_environment(const Environment& environment) {
    std::vector<std::string> indexes;
    for (std::string_view name : {kIndexedJobIndex, kSlurmTaskId, kAwsBatchIndex})
        if (value_of(environment, name)) indexes.emplace_back(name);
    if (indexes.size() > 1)
        throw ShardChoiceError(join_non_empty(indexes, " and ") +
                               " are set together: give the shard with --shard K/N");
    if (indexes.empty()) {
        refuse_count_alone(environment);
        return std::nullopt;
    }
    if (indexes.front() == kSlurmTaskId) return slurm_array_task(environment);
    return zero_based_index(environment, indexes.front());
}

std::optional<ShardChoice> choose_shard(std::string_view shard_option,
                                        const Environment& environment) {
    if (shard_option.empty()) return shard_from_environment(environment);
    const auto shard = parse_shard(shard_option);
    if (!shard)
        throw ShardChoiceError("--shard " + std::string(shard_option) +
                               ": expected K/N with 1 <= K <= N");
    return ShardChoice{*shard, "--shard"};
}

}  // namespace portalgen
