// ReportList: one list of the nightly report — every entry counted, the first kMaxListed kept in
// the list's own order — so a night of a million customers keeps a bounded report, and the
// lists of shards merge into the list a whole build would have made.
#pragma once

#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace portalgen {

class ReportList {
  public:
    // Each list keeps at most this many entries (and counts them all).
    static constexpr std::size_t kMaxListed = 500;
    // The text an entry sorts by; equal keys never occur (they end with customer and number).
    using SortKey = std::function<std::string(const nlohmann::ordered_json& entry)>;

    explicit ReportList(SortKey key) : key_(std::move(key)) {}

    void add(nlohmann::ordered_json entry);
    // Another report's list ({"count", "listed"}), as to_json() wrote it.
    void merge(const nlohmann::ordered_json& list);

    std::size_t count() const { return count_; }
    // {"count": n, "listed": [the first kMaxListed entries, in order]}
    nlohmann::ordered_json to_json() const;

  private:
    void keep(nlohmann::ordered_json entry);
    // Sorts and drops the entries beyond kMaxListed.
    void trim() const;

    SortKey key_;
    std::size_t count_ = 0;
    mutable std::vector<std::pair<std::string, nlohmann::ordered_json>> entries_;
};

}  // namespace portalgen
