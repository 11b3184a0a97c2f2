#include "core/icd_code.h"

#include "core/code_list.h"

namespace portalgen {

namespace {
constexpr std::string_view icd_codes[] = {
#include "core/icd_codes.inc"
};
static_assert(is_sorted_code_list(icd_codes));
}  // namespace

bool is_icd_code(std::string_view code) {
    return in_code_list(icd_codes, code);
}

}  // namespace portalgen
