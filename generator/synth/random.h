// SynthRandom: the pseudo-random generator of the synthetic data (xoshiro256**, seeded with
// splitmix64). Pure integer arithmetic, so a seed gives the same numbers on every machine and
// standard library (std::*_distribution would not).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>

namespace portalgen {

class SynthRandom {
  public:
    // Streams for different (seed, stream) pairs are independent: each customer gets its own,
    // so customer k is the same whatever the number of customers after it.
    SynthRandom(uint64_t seed, uint64_t stream) {
        uint64_t state = seed ^ (stream * 0xD1B54A32D192ED03ull);
        for (uint64_t& word : s_) word = splitmix64(state);
    }

    uint64_t next() {
        const uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }

    // Uniform in 0..n-1 (n > 0), by multiply-shift: no modulo bias worth the name at these n.
    uint64_t below(uint64_t n) {
        return static_cast<uint64_t>((static_cast<unsigned __int128>(next()) * n) >> 64);
    }
    // Uniform in lo..hi, both included.
    int64_t between(int64_t lo, int64_t hi) {
        return lo + static_cast<int64_t>(below(static_cast<uint64_t>(hi - lo) + 1));
    }
    bool percent(int p) { return below(100) < static_cast<uint64_t>(p); }
    bool per_mille(int p) { return below(1000) < static_cast<uint64_t>(p); }

    // An index drawn with the given integer weights.
    size_t weighted(std::initializer_list<int> weights) {
        uint64_t total = 0;
        for (int w : weights) total += static_cast<uint64_t>(w);
        uint64_t draw = below(total);
        size_t index = 0;
        for (int w : weights) {
            if (draw < static_cast<uint64_t>(w)) return index;
            draw -= static_cast<uint64_t>(w);
            ++index;
        }
        return weights.size() - 1;
    }

    template <typename T>
    const T& pick(std::span<const T> items) {
        return items[below(items.size())];
    }

    // A number of days back from today, skewed towards recent ones (a growing business has
    // more recent documents): span × u² for u uniform in [0, 1).
    int32_t recent_days(int32_t span) {
        uint64_t u = below(1024);
        return static_cast<int32_t>(static_cast<uint64_t>(span) * u * u / (1024 * 1024));
    }

  private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static uint64_t splitmix64(uint64_t& state) {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    uint64_t s_[4];
};

}  // namespace portalgen
