// libFuzzer target: the scalar parsers of the input format (date, month, timestamp, decimal) and
// the action URL templates. Each parser must accept or refuse any text without crashing, and what
// it accepts must print back to a value that parses to the same thing. A URL made from a template
// starts with an allowed scheme, and the customer's values appear in it only percent-encoded.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/decimal.h"
#include "view/action_links.h"

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
    // Any bytes as a URL template: a link comes out only for an allowed scheme.
    const std::string url = action_url(std::string(text), "C1", "N1");
    if (!url.empty()) {
        bool allowed = false;
        for (std::string_view scheme : {"https://", "http://", "mailto:", "tel:"})
            allowed = allowed ||
                      (url.size() >= scheme.size() &&
                       std::equal(scheme.begin(), scheme.end(), url.begin(), [](char a, char b) {
                           return a == std::tolower(static_cast<unsigned char>(b));
                       }));
        check(allowed);
    }
    // Any bytes as a customer id and number: they come out percent-encoded, nothing else.
    const std::string prefix = "https://portal.example/";
    const std::string link =
        action_url(prefix + "{customer}/{number}", std::string(text), std::string(text));
    check(link.compare(0, prefix.size(), prefix) == 0);
    for (size_t i = prefix.size(); i < link.size(); ++i)
        check(std::isalnum(static_cast<unsigned char>(link[i])) ||
              std::string_view("-._~%/").find(link[i]) != std::string_view::npos);
    return 0;
}
