#include "core/vat_category.h"

#include <algorithm>
#include <array>

namespace portalgen {

namespace {
constexpr std::array<std::string_view, 9> vat_categories = {"S", "Z", "E", "AE", "K",
                                                            "G", "O", "L", "M"};
constexpr std::array<std::string_view, 5> exempt_categories = {"E", "AE", "K", "G", "O"};
}  // namespace

bool is_vat_category(std::string_view code) {
    return std::ranges::find(vat_categories, code) != vat_categories.end();
}

bool category_needs_exemption(std::string_view code) {
    return std::ranges::find(exempt_categories, code) != exempt_categories.end();
}

}  // namespace portalgen
