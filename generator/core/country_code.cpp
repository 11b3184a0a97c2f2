#include "core/country_code.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "core/code_list.h"

namespace portalgen {

namespace {
constexpr std::string_view en16931_country_codes[] = {
#include "core/en16931_country_codes.inc"
};
static_assert(is_sorted_code_list(en16931_country_codes));

bool is_iso_country(std::string_view code) {
    // ICU's list holds the codes ISO 3166-1 assigns now, not user-assigned ones like XK or 1A.
    for (const char* const* country = icu::Locale::getISOCountries(); *country; ++country) {
        if (code == *country) return true;
    }
    return false;
}
}  // namespace

bool is_country_code(std::string_view code) {
    return code.size() == 2 && in_code_list(en16931_country_codes, code) && is_iso_country(code);
}

std::string country_name(std::string_view code, std::string_view language) {
    if (!is_country_code(code)) return "";
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale reader = icu::Locale::forLanguageTag(language, status);
    if (U_FAILURE(status)) reader = icu::Locale::getRoot();
    icu::Locale region("", std::string(code).c_str());
    icu::UnicodeString name;
    region.getDisplayCountry(reader, name);
    std::string utf8;
    name.toUTF8String(utf8);
    return utf8;
}

}  // namespace portalgen
