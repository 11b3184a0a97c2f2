#include "core/eas_code.h"

#include "core/code_list.h"

namespace portalgen {

namespace {
constexpr std::string_view eas_codes[] = {
#include "core/eas_codes.inc"
};
static_assert(is_sorted_code_list(eas_codes));
}  // namespace

bool is_eas_code(std::string_view code) {
    return in_code_list(eas_codes, code);
}

}  // namespace portalgen
