#include "view/locale_formats.h"

namespace portalgen {

const LocaleFormat& LocaleFormats::get(const std::string& locale, const std::string& currency) {
    auto& slot = formats_[{locale, currency}];
    if (!slot) slot = std::make_unique<LocaleFormat>(locale, currency);
    return *slot;
}

void LocaleFormats::trim() {
    std::size_t remembered = 0;
    for (const auto& [key, format] : formats_) remembered += format->remembered();
    if (remembered <= remembered_) return;
    for (const auto& [key, format] : formats_) format->forget();
}

}  // namespace portalgen
