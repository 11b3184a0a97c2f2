// The shard a job scheduler gives a build through its environment, when `--shard` is not given
// (SPEC section 6): a Kubernetes Indexed Job, a Slurm array, an AWS Batch array job.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "model/shard.h"

namespace portalgen {

// The process's environment, or part of it: name → value. An empty value counts as unset.
using Environment = std::map<std::string, std::string, std::less<>>;

// A shard and where it came from, for the log: "--shard", or the variables read
// ("SLURM_ARRAY_TASK_ID=3, SLURM_ARRAY_TASK_COUNT=8, SLURM_ARRAY_TASK_MIN=1").
struct ShardChoice {
    Shard shard;
    std::string origin;
};

// `--shard` is malformed, or the scheduler's variables are half set, inconsistent or not
// numbers; the message names the option or variable. The command line reports it as bad usage
// (exit 2).
class ShardChoiceError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Reads, of one scheduler at a time:
// - `JOB_COMPLETION_INDEX` (0-based) with `PORTALGEN_SHARDS` = N (Kubernetes Indexed Job);
// - `SLURM_ARRAY_TASK_ID` with `SLURM_ARRAY_TASK_COUNT` = N and `SLURM_ARRAY_TASK_MIN` (and
//   `SLURM_ARRAY_TASK_STEP` when set), so that arrays 1-8, 0-7 and 5-12 all give K = 1..8;
//   `PORTALGEN_SHARDS`, when also set, must equal the count;
// - `AWS_BATCH_JOB_ARRAY_INDEX` (0-based) with `PORTALGEN_SHARDS` = N.
// nullopt when none of these variables is set (a whole build); throws ShardChoiceError
// otherwise unless they give one shard K/N with 1 <= K <= N.
std::optional<ShardChoice> shard_from_environment(const Environment& environment);

// The shard to build: `--shard K/N` when given (`shard_option` not empty; the environment is then
// not read), else shard_from_environment. Throws ShardChoiceError when `--shard` is malformed.
std::optional<ShardChoice> choose_shard(std::string_view shard_option,
                                        const Environment& environment);

}  // namespace portalgen
