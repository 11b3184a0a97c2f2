// The rules every text value of the input follows (SPEC sections 1 and 7): UTF-8, no NUL
// character, at most 10,000 characters. Characters are Unicode code points: "é" is one.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace portalgen {

inline constexpr std::size_t kMaxTextCharacters = 10'000;

// What is wrong with `text`, or nothing: "invalid UTF-8 at character 3", "a NUL character at
// character 3", "text longer than 10000 characters (10001 characters)".
std::optional<std::string> text_value_problem(std::string_view text);

}  // namespace portalgen
