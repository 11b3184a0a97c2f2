// LocaleFormatCache: one thread's locale formats, one per locale and currency, shared by everything
// that thread renders (portal pages and PDFs alike).
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <utility>

#include "view/locale_format.h"

namespace portalgen {

// Not thread-safe, as LocaleFormat: one per thread.
class LocaleFormatCache {
  public:
    // At most about 0.8 MB of formatted values per thread.
    static constexpr std::size_t kRemembered = 8192;
    // At most this many formats kept from one customer to the next, the most recently used: each
    // holds ICU's formatters (about 250 KB), and a build meets a format per locale and currency
    // of every seller. Eight hold one seller's two languages in four currencies.
    static constexpr std::size_t kFormatsKept = 8;
    explicit LocaleFormatCache(std::size_t remembered = kRemembered,
                               std::size_t formats_kept = kFormatsKept)
        : remembered_(remembered), formats_kept_(formats_kept) {}

    // The format of `locale` and `currency`, made on first use and kept: building ICU's
    // formatters costs more than using them. Valid until the next trim().
    const LocaleFormat& get(const std::string& locale, const std::string& currency);

    // Call between customers. Drops the least recently used formats past `formats_kept`. Then,
    // once the formats together remember more than `remembered` values, forgets them all
    // (LocaleFormat::forget). Each format keeps at most 4,096 of each kind, but there is one per
    // locale and currency, and a thread meets more of them, and more values in each, with every
    // customer: without these bounds a build's memory grew with its customers. Forgetting after
    // every customer would also bound it, but loses the values customers share (recent dates,
    // list prices): 2.4 % more instructions in a next-day rebuild.
    void trim();
    std::size_t size() const { return formats_.size(); }

  private:
    struct Kept {
        std::unique_ptr<LocaleFormat> format;
        std::size_t last_used = 0;
    };
    std::size_t remembered_;
    std::size_t formats_kept_;
    std::size_t uses_ = 0;
    std::map<std::pair<std::string, std::string>, Kept> formats_;
};

}  // namespace portalgen
