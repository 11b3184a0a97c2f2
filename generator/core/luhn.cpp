#include "core/luhn.h"

namespace portalgen {

bool passes_luhn(std::string_view digits) {
    if (digits.empty()) return false;
    int sum = 0;
    bool doubled = false;
    for (auto at = digits.rbegin(); at != digits.rend(); ++at) {
        if (*at < '0' || *at > '9') return false;
        int digit = *at - '0';
        if (doubled) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        sum += digit;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

}  // namespace portalgen
