#include "core/unit_code.h"

#include "core/code_list.h"

namespace portalgen {

namespace {
constexpr std::string_view unit_codes[] = {
#include "core/unit_codes.inc"
};
static_assert(is_sorted_code_list(unit_codes));
}  // namespace

bool is_unit_code(std::string_view code) {
    return in_code_list(unit_codes, code);
}

}  // namespace portalgen
