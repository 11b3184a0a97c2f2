// Shard: which slice of the customers one machine builds (`--shard K/N`).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace portalgen {

// The most shards a build is split into.
inline constexpr int kMaxShardCount = 100000;

struct Shard {
    int index = 1;  // K, 1-based
    int count = 1;  // N

    bool is_whole() const { return count == 1; }
    // "3-of-8": names the shard's manifest part.
    std::string name() const;
};

// Parses "K/N" with 1 <= K <= N <= kMaxShardCount; nullopt when malformed.
std::optional<Shard> parse_shard(std::string_view text);

// A stable hash of a customer id, the same on every machine and release: 64-bit FNV-1a over the
// id's bytes. Changing it would move customers between shards, so it is part of the contract.
std::uint64_t customer_hash(std::string_view customer_id);

// True when the customer belongs to the shard: customer_hash(id) mod N == K - 1.
bool in_shard(std::string_view customer_id, const Shard& shard);

}  // namespace portalgen
