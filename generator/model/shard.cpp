#include "model/shard.h"

#include <charconv>

namespace portalgen {

namespace {

std::optional<int> parse_int(std::string_view text) {
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty()) return {};
    return value;
}

}  // namespace

std::string Shard::name() const {
    return std::to_string(index) + "-of-" + std::to_string(count);
}

std::optional<Shard> parse_shard(std::string_view text) {
    auto slash = text.find('/');
    if (slash == std::string_view::npos) return {};
    auto index = parse_int(text.substr(0, slash));
    auto count = parse_int(text.substr(slash + 1));
    if (!index || !count || *count < 1 || *count > kMaxShardCount || *index < 1 || *index > *count)
        return {};
    return Shard{*index, *count};
}

std::uint64_t customer_hash(std::string_view customer_id) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a 64-bit offset basis
    for (unsigned char byte : customer_id) {
        hash ^= byte;
        hash *= 0x100000001b3ULL;  // FNV-1a 64-bit prime
    }
    return hash;
}

bool in_shard(std::string_view customer_id, const Shard& shard) {
    return customer_hash(customer_id) % static_cast<std::uint64_t>(shard.count) ==
           static_cast<std::uint64_t>(shard.index - 1);
}

}  // namespace portalgen
