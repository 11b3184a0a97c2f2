#include "core/vatex_code.h"

#include "core/code_list.h"

namespace portalgen {

namespace {
constexpr std::string_view vatex_codes[] = {
#include "core/vatex_codes.inc"
};
static_assert(is_sorted_code_list(vatex_codes));
}  // namespace

bool is_vatex_code(std::string_view code) {
    return in_code_list(vatex_codes, code);
}

}  // namespace portalgen
