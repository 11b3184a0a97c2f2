#include "publish/report_list.h"

#include <algorithm>

namespace portalgen {

void ReportList::add(nlohmann::ordered_json entry) {
    ++count_;
    keep(std::move(entry));
}

void ReportList::merge(const nlohmann::ordered_json& list) {
    count_ += list.at("count").get<std::size_t>();
    for (const auto& entry : list.at("listed")) keep(entry);
}

void ReportList::keep(nlohmann::ordered_json entry) {
    std::string key = key_(entry);
    entries_.emplace_back(std::move(key), std::move(entry));
    // Trimmed in batches: sorting on every entry would cost n log n each time.
    if (entries_.size() >= 2 * kMaxListed) trim();
}

void ReportList::trim() const {
    std::sort(entries_.begin(), entries_.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    if (entries_.size() > kMaxListed) entries_.resize(kMaxListed);
}

nlohmann::ordered_json ReportList::to_json() const {
    trim();
    nlohmann::ordered_json listed = nlohmann::ordered_json::array();
    for (const auto& [key, entry] : entries_) listed.push_back(entry);
    return {{"count", count_}, {"listed", std::move(listed)}};
}

}  // namespace portalgen
