#include "core/currency.h"

#include <unicode/ucurr.h>
#include <unicode/ustring.h>

namespace portalgen {

namespace {
bool to_uchars(const std::string& code, UChar (&out)[4]) {
    if (code.size() != 3) return false;
    for (int i = 0; i < 3; ++i) {
        if (code[i] < 'A' || code[i] > 'Z') return false;
        out[i] = static_cast<UChar>(code[i]);
    }
    out[3] = 0;
    return true;
}
}  // namespace

bool is_known_currency(const std::string& code) {
    UChar iso[4];
    if (!to_uchars(code, iso)) return false;
    // Legal tender at some time: ICU's data knows every ISO 4217 code, current or historic.
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration* codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    bool found = false;
    const char* item;
    while (U_SUCCESS(status) && (item = uenum_next(codes, nullptr, &status)) != nullptr) {
        if (code == item) {
            found = true;
            break;
        }
    }
    uenum_close(codes);
    return found;
}

int currency_digits(const std::string& code) {
    UChar iso[4];
    if (!to_uchars(code, iso)) return 2;
    UErrorCode status = U_ZERO_ERROR;
    int digits = ucurr_getDefaultFractionDigits(iso, &status);
    return U_SUCCESS(status) ? digits : 2;
}

}  // namespace portalgen
