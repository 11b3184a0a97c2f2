#include "publish/email_message.h"

#include <catch2/catch.hpp>

using namespace portalgen;

namespace {

EmailMessage sample() {
    EmailMessage m;
    m.from = {"Nimbus ERP", "billing@nimbus.example"};
    m.to = {"Zoé O'Brien", "zoe@example.com"};
    m.subject = "Relevé de compte";
    m.text = "Bonjour,\n";
    m.html = "<p>Bonjour,</p>\n";
    m.date = *Date::parse("2026-11-23");
    m.message_id = "2026-11-23.C1001@portal.nimbus.example";
    m.language = "fr";
    return m;
}

}  // namespace

TEST_CASE("header values: ASCII as is, UTF-8 as RFC 2047 B words of at most 75 characters") {
    CHECK(encode_header_words("Your account") == "Your account");
    // base64 of the UTF-8 bytes, computed independently.
    CHECK(encode_header_words("Relevé de compte") == "=?UTF-8?B?UmVsZXbDqSBkZSBjb21wdGU=?=");
    // 74 bytes: two words, split on a character boundary, each on its own folded line.
    std::string long_subject = "Échéance dépassée : facture INV/2026/00012 — 1 234,56 € à régler";
    std::string encoded = encode_header_words(long_subject);
    auto fold = encoded.find("\r\n ");
    REQUIRE(fold != std::string::npos);
    CHECK(encoded.find("\r\n ", fold + 1) == std::string::npos);
    CHECK(fold <= 75);
    CHECK(encoded.size() - fold - 3 <= 75);
}

TEST_CASE("a message has the RFC 5322 headers and two base64 parts") {
    std::string text = format_email(sample());
    CHECK(text.find("From: \"Nimbus ERP\" <billing@nimbus.example>\r\n") == 0);
    CHECK(text.find("To: =?UTF-8?B?Wm/DqSBPJ0JyaWVu?= <zoe@example.com>\r\n") != std::string::npos);
    CHECK(text.find("Date: Mon, 23 Nov 2026 00:00:00 +0000\r\n") != std::string::npos);
    CHECK(text.find("Message-ID: <2026-11-23.C1001@portal.nimbus.example>\r\n") !=
          std::string::npos);
    CHECK(text.find("Content-Type: text/plain; charset=UTF-8\r\n") != std::string::npos);
    CHECK(text.find("Content-Type: text/html; charset=UTF-8\r\n") != std::string::npos);
    CHECK(text.find("Qm9uam91ciwK\r\n") != std::string::npos);  // base64 of "Bonjour,\n"
    CHECK(format_email(sample()) == text);                      // deterministic
    // No bare LF: every line ends in CRLF.
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1))
        REQUIRE(text[at - 1] == '\r');
}

TEST_CASE("a display name with specials is quoted") {
    EmailMessage m = sample();
    m.to = {"Smith, \"Jo\"", "jo@example.com"};
    CHECK(format_email(m).find("To: \"Smith, \\\"Jo\\\"\" <jo@example.com>\r\n") !=
          std::string::npos);
}
