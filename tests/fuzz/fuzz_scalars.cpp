// libFuzzer target: the scalar parsers of the input format (date, month, timestamp, decimal).
// Each must accept or refuse any text without crashing, and what it accepts must print back to a
// value that parses to the same thing.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/date.h"
#include "core/decimal.h"

using namespace portalgen;

namespace {

void check(bool condition) {
    if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto date = Date::parse(text)) check(Date::parse(date->to_string()) == date);
    if (auto month = Month::parse(text)) check(Month::parse(month->to_string()) == month);
    if (auto stamp = Timestamp::parse(text)) {
        auto again = Timestamp::parse(stamp->text);
        check(again && again->utc_seconds == stamp->utc_seconds);
    }
    auto decimal = Decimal::parse(text);
    if (decimal.value) {
        auto again = Decimal::parse(decimal.value->to_string());
        check(again.value && *again.value == *decimal.value);
    }
    return 0;
}
