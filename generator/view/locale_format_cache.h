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
    // At most about 3 MB of formatted values per thread.
    static constexpr std::size_t kRemembered = 32768;
    explicit LocaleFormatCache(std::size_t remembered = kRemembered) : remembered_(remembered) {}

    // The format of `locale` and `currency`, made on first use and kept: building ICU's
    // formatters costs more than using them.
    const LocaleFormat& get(const std::string& locale, const std::string& currency);

    // Call between customers. Once the formats together remember more than `remembered` values,
    // forgets them all (LocaleFormat::forget). Each format keeps at most 4,096 of each kind, but
    // there is one per locale and currency, and a thread meets more of them, and more values in
    // each, with every customer: without this bound a build's memory grew with its customers.
    // Forgetting after every customer would also bound it, but loses the values customers share
    // (recent dates, list prices): 2.4 % more instructions in a next-day rebuild.
    void trim();

  private:
    std::size_t remembered_;
    std::map<std::pair<std::string, std::string>, std::unique_ptr<LocaleFormat>> formats_;
};

}  // namespace portalgen
