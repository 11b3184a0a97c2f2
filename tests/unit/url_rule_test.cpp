// The one rule for a URL from the data (core/url_rule).
#include "core/url_rule.h"

#include <catch2/catch.hpp>

using namespace portalgen;

namespace {

std::string problem(std::string_view url, UrlUse use) {
    auto found = url_problem(url, use);
    return found ? *found : std::string("(accepted)");
}

}  // namespace

TEST_CASE("web URLs: https and http with a plain host") {
    for (const char* url :
         {"https://portail.nimbus-erp.example/", "http://portal.example", "HTTPS://Portal.Example/",
          "https://portal.example:8443/a/b?c=d#e", "https://[2001:db8::1]/portal/",
          "https://xn--blangerie-l1a.example/", "https://portal.example/café/%20x"}) {
        INFO(url);
        CHECK(problem(url, UrlUse::web) == "(accepted)");
    }
    CHECK(problem("ftp://portal.example/", UrlUse::web) == "must start with https:// or http://");
    CHECK(problem("mailto:a@example.com", UrlUse::web) == "must start with https:// or http://");
    CHECK(problem("portal.example/", UrlUse::web) == "must start with https:// or http://");
    CHECK(problem("javascript:alert(1)", UrlUse::web) == "must start with https:// or http://");
    CHECK(problem("https:portal.example", UrlUse::web) == "needs // and a host after the scheme");
    CHECK(problem("https:///path", UrlUse::web) == "has no host");
    CHECK(problem("https://bank.example@evil.example/", UrlUse::web) ==
          "must not hold a user name or password before its host");
    CHECK_THAT(problem("https://bäckerei.example/", UrlUse::web), Catch::StartsWith("has a host"));
    CHECK(problem("https://portal.example:80a/", UrlUse::web) == "has a port that is not a number");
}

TEST_CASE("no line break, white space or control character in a URL") {
    for (UrlUse use : {UrlUse::web, UrlUse::action_template}) {
        CHECK(problem("https://portal.example/\r\nBcc: x@evil.example", use) ==
              "contains a line break (U+000D)");
        CHECK(problem("https://portal.example/\nX", use) == "contains a line break (U+000A)");
        CHECK_THAT(problem("https://portal.example/a b", use),
                   Catch::StartsWith("contains white space"));
        CHECK_THAT(problem("https://portal.example/\x7f", use),
                   Catch::StartsWith("contains a control character (U+007F)"));
        CHECK_THAT(problem("https://portal.example/\xe2\x80\xaegpj.exe", use),
                   Catch::StartsWith("contains a control character (U+202E)"));
    }
}

TEST_CASE("action templates: also mailto: with one address and tel:") {
    for (const char* url :
         {"https://pay.example/invoices/{number}", "https://{customer}.pay.example/",
          "mailto:soutien@odotrack.example?subject=Client%20{customer}", "mailto:dpo@example.com",
          "tel:+33-1-23-45-67-89", "tel:(555)123.4567", "MailTo:a@example.com"}) {
        INFO(url);
        CHECK(problem(url, UrlUse::action_template) == "(accepted)");
    }
    CHECK(problem("javascript:alert(1)//{customer}", UrlUse::action_template) ==
          "must start with https://, http://, mailto: or tel:");
    CHECK(problem("data:text/html,x", UrlUse::action_template) ==
          "must start with https://, http://, mailto: or tel:");
    CHECK_THAT(problem("mailto:a@example.com,b@evil.example", UrlUse::action_template),
               Catch::StartsWith("has a mailto: address that holds more than one address"));
    CHECK_THAT(problem("mailto:?subject=x", UrlUse::action_template),
               Catch::StartsWith("has a mailto: address that is empty"));
    CHECK_THAT(problem("tel:call-me", UrlUse::action_template),
               Catch::StartsWith("has a tel: number"));
}
