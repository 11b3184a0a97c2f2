#include "view/locale_format_cache.h"

#include <algorithm>

namespace portalgen {

const LocaleFormat& LocaleFormatCache::get(const std::string& locale, const std::string& currency) {
    Kept& kept = formats_[{locale, currency}];
    if (!kept.format) kept.format = std::make_unique<LocaleFormat>(locale, currency);
    kept.last_used = ++uses_;
    return *kept.format;
}

void LocaleFormatCache::trim() {
    while (formats_.size() > formats_kept_) {
        formats_.erase(std::min_element(
            formats_.begin(), formats_.end(),
            [](const auto& a, const auto& b) { return a.second.last_used < b.second.last_used; }));
    }
    std::size_t remembered = 0;
    for (const auto& [key, kept] : formats_) remembered += kept.format->remembered();
    if (remembered <= remembered_) return;
    for (const auto& [key, kept] : formats_) kept.format->forget();
}

}  // namespace portalgen
