#include "view/locale_format_cache.h"

namespace portalgen {

const LocaleFormat& LocaleFormatCache::get(const std::string& locale, const std::string& currency) {
    auto& slot = formats_[{locale, currency}];
    if (!slot) slot = std::make_unique<LocaleFormat>(locale, currency);
    return *slot;
}

void LocaleFormatCache::trim() {
    std::size_t remembered = 0;
    for (const auto& [key, format] : formats_) remembered += format->remembered();
    if (remembered <= remembered_) return;
    for (const auto& [key, format] : formats_) format->forget();
}

}  // namespace portalgen
