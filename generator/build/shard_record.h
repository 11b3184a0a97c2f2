// The number of shards an output folder is built with (SPEC section 6: one output folder, one N).
// Shards of different N cover overlapping customers: run at once, they would write the same
// portals and archive the same invoices twice. So the first shard build records its N in
// OUT/.portalgen-shards, and a shard build with another N is refused.
#pragma once

#include <filesystem>
#include <optional>

#include "build/build_lock.h"
#include "view/output_paths.h"  // shard_record_path

namespace portalgen {

// The N recorded for OUT, if any. Throws std::runtime_error naming the file when it is not a
// record (then it must be looked at, not guessed).
std::optional<int> recorded_shard_count(const std::filesystem::path& out_dir);

// Called once the build's lock is held, before anything is written. A shard build records its N
// when none is (of two first shard builds at once, one records and the other compares), and
// throws TemporaryFailure (exit 4) naming the folder when another N is recorded. A whole build
// forgets the record: it holds the folder alone and covers every customer, so the shards of a
// later night may choose another N.
void claim_shard_count(const BuildLock& lock);

}  // namespace portalgen
