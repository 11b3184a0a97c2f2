// The one rule for an e-mail address from the data (core/email_address).
#include "core/email_address.h"

#include <catch2/catch.hpp>

using namespace portalgen;

TEST_CASE("real addresses are accepted") {
    for (const char* address :
         {"marie@example.com", "jp.gagnon@example.com", "o'brien+invoices@obrien-fils.example",
          "a_b-c@sub.domain.example", "x@xn--blangerie-l1a.example", "user%host@example.com", "m@x",
          "billing@123.example", "!#$%&'*+-/=?^_`{|}~@example.com"}) {
        INFO(address);
        CHECK(email_address_problem(address) == std::nullopt);
    }
}

TEST_CASE("line breaks, white space and control characters are refused, and said so") {
    auto problem = [](std::string_view address) {
        auto found = email_address_problem(address);
        return found ? *found : std::string("(accepted)");
    };
    CHECK_THAT(problem("x@example.com\r\nBcc: y@evil.example"),
               Catch::StartsWith("contains a line break (U+000D)"));
    CHECK_THAT(problem("x@example.com\nBcc: y@evil.example"),
               Catch::StartsWith("contains a line break (U+000A)"));
    CHECK_THAT(problem("x@example.com\xe2\x80\xa8"),
               Catch::StartsWith("contains a line break (U+2028)"));
    CHECK_THAT(problem("x @example.com"), Catch::StartsWith("contains white space"));
    CHECK_THAT(problem("x@example.com\t"), Catch::StartsWith("contains white space"));
    CHECK_THAT(problem("x\xc2\xa0@example.com"), Catch::StartsWith("contains white space"));
    CHECK_THAT(problem("x\xe2\x80\x8b@example.com"), Catch::StartsWith("contains white space"));
    CHECK_THAT(problem(std::string("x\0@example.com", 15)),
               Catch::StartsWith("contains a control character (U+0000)"));
    CHECK_THAT(problem("x\x1b@example.com"), Catch::StartsWith("contains a control character"));
    CHECK_THAT(problem("x\xe2\x80\xae@example.com"),
               Catch::StartsWith("contains a control character (U+202E)"));
    CHECK_THAT(problem("x\xff@example.com"),
               Catch::StartsWith("contains bytes that are not UTF-8"));
}

TEST_CASE("one plain address per field") {
    for (const char* address : {"a@example.com,b@example.com",
                                "a@example.com;b@example.com",
                                "a@b@example.com",
                                "Eve <e@example.com>",
                                "\"a b\"@example.com",
                                "e@example.com (Eve)",
                                "e@[192.0.2.1]",
                                "example.com",
                                "@example.com",
                                "e@",
                                ".e@example.com",
                                "e.@example.com",
                                "e..f@example.com",
                                "e@-example.com",
                                "e@example-.com",
                                "e@example..com",
                                "e@example.com.",
                                "zoé@example.com",
                                "e@bäckerei.example",
                                "e@exa_mple.com"}) {
        INFO(address);
        CHECK(email_address_problem(address).has_value());
    }
    CHECK(email_address_problem(std::string(64, 'l') + "@example.com") == std::nullopt);
    CHECK(email_address_problem(std::string(65, 'l') + "@example.com").has_value());
    CHECK(email_address_problem("e@" + std::string(63, 'd') + ".example") == std::nullopt);
    CHECK(email_address_problem("e@" + std::string(64, 'd') + ".example").has_value());
    std::string long_domain;
    for (int i = 0; i < 5; ++i) long_domain += std::string(60, 'd') + ".";
    CHECK(email_address_problem("e@" + long_domain + "example").has_value());  // over 254
}
