// A code list compiled into the program as a sorted array of codes, looked up by binary search.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace portalgen {

template <std::size_t size>
constexpr bool is_sorted_code_list(const std::string_view (&codes)[size]) {
    return std::ranges::adjacent_find(codes, std::ranges::greater_equal{}) == std::end(codes);
}

template <std::size_t size>
bool in_code_list(const std::string_view (&codes)[size], std::string_view code) {
    return std::ranges::binary_search(codes, code);
}

}  // namespace portalgen
