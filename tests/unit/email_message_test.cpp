// The outbox's message writer (GMime): every header is one header, whatever the values hold.
// Expected encodings are computed by hand (base64 of the UTF-8 bytes), not copied from output.
#include "publish/email_message.h"

#include <catch2/catch.hpp>
#include <map>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace portalgen;

namespace {

EmailMessage sample() {
    EmailMessage m;
    m.from = {"Nimbus ERP", "billing@nimbus.example"};
    m.to = {"Zoé O'Brien", "zoe@example.com"};
    m.subject = "Relevé de compte";
    m.text = "Bonjour,\n";
    m.html = "<p>Bonjour,</p>\n";
    m.reply_to = {"Nimbus ERP", "support@nimbus.example"};
    m.sent_at = 1795400049;  // 2026-11-23T02:14:09Z
    m.message_id = "2026-11-23.C1001@portal.nimbus.example";
    m.language = "fr";
    return m;
}

struct Parsed {
    std::vector<std::string> lines;                   // the header block's physical lines
    std::multimap<std::string, std::string> headers;  // name in lower case → unfolded value
};

// Splits the header block (up to the first empty line) by CRLF and unfolds it (RFC 5322 2.2.3).
Parsed headers_of(const std::string& message) {
    Parsed out;
    std::size_t end = message.find("\r\n\r\n");
    REQUIRE(end != std::string::npos);
    std::string block = message.substr(0, end + 2);
    for (std::size_t at = 0; at < block.size();) {
        std::size_t eol = block.find("\r\n", at);
        out.lines.push_back(block.substr(at, eol - at));
        at = eol + 2;
    }
    std::string name, value;
    auto flush = [&] {
        if (!name.empty()) out.headers.emplace(name, value);
    };
    for (const std::string& line : out.lines) {
        if (!line.empty() && (line[0] == ' ' || line[0] == '\t')) {
            REQUIRE(!name.empty());
            value += line;
            continue;
        }
        flush();
        std::size_t colon = line.find(':');
        REQUIRE(colon != std::string::npos);
        name.clear();
        for (char c : line.substr(0, colon)) name += static_cast<char>(std::tolower(c));
        value = line.substr(colon + 1);
    }
    flush();
    return out;
}

// The checks every message must pass, hostile values or not.
void check_well_formed(const std::string& text) {
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1))
        REQUIRE((at > 0 && text[at - 1] == '\r'));
    for (std::size_t at = text.find('\r'); at != std::string::npos; at = text.find('\r', at + 1))
        REQUIRE((at + 1 < text.size() && text[at + 1] == '\n'));
    Parsed parsed = headers_of(text);
    for (const std::string& line : parsed.lines) {
        INFO(line);
        CHECK(line.size() <= 998);  // RFC 5322 2.1.1
        // GMime folds at 78 columns between words; one encoded word (at most 75 characters,
        // RFC 2047) after a header's name can take a line a little past it, never far.
        CHECK(line.size() <= 100);
        for (unsigned char c : line)  // 7-bit, no controls but the tab that folds a line
            CHECK(((c >= 0x20 && c < 0x7f) || c == '\t'));
    }
    for (const char* name : {"from", "to", "subject", "date", "message-id", "content-language",
                             "mime-version", "content-type", "auto-submitted"}) {
        INFO(name);
        CHECK(parsed.headers.count(name) == 1);
    }
    CHECK(parsed.headers.count("reply-to") <= 1);
    // nothing else: no Bcc, Cc, second Subject
    CHECK(parsed.headers.size() == 9 + parsed.headers.count("reply-to"));
}

}  // namespace

TEST_CASE("a message has the RFC 5322 headers and two base64 parts") {
    std::string text = format_email(sample());
    check_well_formed(text);
    CHECK(text.find("From: Nimbus ERP <billing@nimbus.example>\r\n") != std::string::npos);
    // base64 of the UTF-8 bytes of "Zoé O'Brien".
    CHECK(text.find("To: =?UTF-8?B?Wm/DqSBPJ0JyaWVu?= <zoe@example.com>\r\n") != std::string::npos);
    CHECK(text.find("Date: Mon, 23 Nov 2026 02:14:09 +0000\r\n") != std::string::npos);
    CHECK(text.find("Reply-To: Nimbus ERP <support@nimbus.example>\r\n") != std::string::npos);
    CHECK(text.find("Auto-Submitted: auto-generated\r\n") != std::string::npos);
    CHECK(text.find("Message-ID: <2026-11-23.C1001@portal.nimbus.example>\r\n") !=
          std::string::npos);
    CHECK(text.find("Content-Language: fr\r\n") != std::string::npos);
    auto type = headers_of(text).headers.find("content-type")->second;
    CHECK_THAT(type,
               Catch::Matches(R"( multipart/alternative;\s+boundary="=_portalgen_[0-9a-f]{24}")"));
    CHECK(text.find("Content-Type: text/plain; charset=UTF-8\r\n") != std::string::npos);
    CHECK(text.find("Content-Type: text/html; charset=UTF-8\r\n") != std::string::npos);
    CHECK(text.find("\r\nQm9uam91ciwK\r\n") != std::string::npos);              // "Bonjour,\n"
    CHECK(text.find("\r\nPHA+Qm9uam91ciw8L3A+Cg==\r\n") != std::string::npos);  // the HTML
    CHECK(format_email(sample()) == text);                                      // deterministic
}

TEST_CASE("a display name with specials is quoted") {
    EmailMessage m = sample();
    m.to = {"Smith, \"Jo\"", "jo@example.com"};
    std::string text = format_email(m);
    check_well_formed(text);
    CHECK(text.find("To: \"Smith, \\\"Jo\\\"\" <jo@example.com>\r\n") != std::string::npos);
}

TEST_CASE("no display name or subject can add a header") {
    const std::string hostile[] = {
        "a\r\nBcc: x@evil.example",
        "a\rBcc: x@evil.example",
        "a\nBcc: x@evil.example",
        "a\r\n\r\nContent-Type: text/html\r\n\r\n<b>forged</b>",
        "=?utf-8?q?a=0D=0ABcc:_x@evil.example?=",
        "=?UTF-8?B?YQ0KQmNjOiB4QGV2aWwuZXhhbXBsZQ==?=",
        "Zoé\r\nBcc: x@evil.example",
        "Zoé=0D=0ABcc: x@evil.example",  // GMime's Q words of a phrase keep a literal "="
        "a\x1b[2J\x85\xe2\x80\xa8"
        "Bcc: x@evil.example",  // ESC, a stray byte, U+2028
        std::string("a\0Bcc: x@evil.example", 21),
        std::string(2000, 'n'),
        "Ελένη Παπαδοπούλου " + std::string(300, 'x') + " 渡辺 健二",
    };
    for (const std::string& value : hostile) {
        INFO(value.substr(0, 60));
        EmailMessage m = sample();
        m.to.name = value;
        m.from.name = value;
        m.subject = value;
        std::string text = format_email(m);
        check_well_formed(text);
        std::string block = text.substr(0, text.find("\r\n\r\n") + 2);
        CHECK(block.find("\nBcc") == std::string::npos);
        // No encoded word decodes to a line break: "=0D" is not base64, and Q writes "=" =3D.
        CHECK(block.find("=0D") == std::string::npos);
        CHECK(block.find("=0A") == std::string::npos);
        CHECK(block.find("\nContent-Type: text/html") == std::string::npos);
        // The body has the two parts and nothing else.
        std::size_t parts = 0;
        for (std::size_t at = text.find("\r\n--=_portalgen_"); at != std::string::npos;
             at = text.find("\r\n--=_portalgen_", at + 1))
            ++parts;
        CHECK(parts == 3);  // two parts, then the closing boundary
    }
}

TEST_CASE("display text: line breaks and controls become one space, encoded words stay text") {
    CHECK(header_display_text("a\r\nBcc: x") == "a Bcc: x");
    CHECK(header_display_text("  a \t\x1b b\xe2\x80\xae ") == "a b");  // ESC, U+202E RLO
    CHECK(header_display_text("Zoé") == "Zoé");
    CHECK(header_display_text("a\xff") == "a\xef\xbf\xbd");  // not UTF-8: U+FFFD
    // U+2060 WORD JOINER between "=" and "?": no reader decodes it as an encoded word.
    CHECK(header_display_text("=?utf-8?q?a=0D=0A?=") == "=\xe2\x81\xa0?utf-8?q?a=0D=0A?=");
    CHECK(header_display_text("1 + 1 = 2?") == "1 + 1 = 2?");
}

TEST_CASE("an address that is not one plain address is refused, never written") {
    for (const char* address :
         {"x@example.com\r\nBcc: y@evil.example", "x@example.com\n", "a@example.com, b@example.com",
          "Eve <e@example.com>", "", "no-at-sign"}) {
        INFO(address);
        EmailMessage m = sample();
        m.to.address = address;
        CHECK_THROWS_AS(format_email(m), std::invalid_argument);
        m = sample();
        m.from.address = address;
        CHECK_THROWS_AS(format_email(m), std::invalid_argument);
    }
    EmailMessage m = sample();
    m.message_id = "a@b\r\nBcc: x@evil.example";
    CHECK_THROWS_AS(format_email(m), std::invalid_argument);
    m = sample();
    m.language = "fr\r\nBcc: x@evil.example";
    CHECK_THROWS_AS(format_email(m), std::invalid_argument);
}

TEST_CASE("messages are written on several threads at once, each the same as alone") {
    std::vector<EmailMessage> messages;
    for (int i = 0; i < 8; ++i) {
        EmailMessage m = sample();
        m.to.name += " " + std::to_string(i) + " \r\nBcc: x@evil.example";
        m.text += std::to_string(i);
        messages.push_back(m);
    }
    std::vector<std::string> alone;
    for (const auto& m : messages) alone.push_back(format_email(m));
    std::vector<std::string> together(messages.size());
    {
        std::vector<std::jthread> threads;
        for (std::size_t t = 0; t < 4; ++t)
            threads.emplace_back([&, t] {
                for (int round = 0; round < 20; ++round)
                    for (std::size_t i = t; i < messages.size(); i += 4)
                        together[i] = format_email(messages[i]);
            });
    }
    CHECK(together == alone);
}

TEST_CASE("an inline image: the HTML part and the image in a multipart/related part") {
    EmailMessage m = sample();
    m.image = InlineImage{"logo.0123456789abcdef@portal.nimbus.example", "image/png", "logo.png",
                          std::string("\x89PNG\r\n\x1a\n\0\0", 10)};
    const std::string text = format_email(m);
    check_well_formed(text);
    CHECK(format_email(m) == text);  // deterministic
    // The body: the text part first, then the related part holding the HTML and the image.
    const auto at = [&](const std::string& piece) { return text.find(piece); };
    CHECK_THAT(text, Catch::Contains("multipart/alternative"));
    const std::size_t plain = at("Content-Type: text/plain; charset=UTF-8\r\n");
    const std::size_t related = at("Content-Type: multipart/related;");
    const std::size_t html = at("Content-Type: text/html; charset=UTF-8\r\n");
    const std::size_t image = at("Content-Type: image/png");
    REQUIRE(related != std::string::npos);
    CHECK(plain < related);
    CHECK(related < html);
    CHECK(html < image);
    const std::string related_header =
        text.substr(related, text.find("\r\n\r\n", related) - related);
    CHECK_THAT(related_header, Catch::Contains("type=\"text/html\""));
    CHECK_THAT(related_header,
               Catch::Matches(R"([\s\S]*boundary="=_portalgen_r_[0-9a-f]{24}"[\s\S]*)"));
    // Header names are case-insensitive (RFC 5322); GMime writes "Content-Id".
    CHECK(at("Content-Id: <logo.0123456789abcdef@portal.nimbus.example>\r\n") != std::string::npos);
    CHECK_THAT(text, Catch::Contains("Content-Disposition: inline; filename=logo.png"));
    CHECK(at("\r\niVBORw0KGgoAAA==\r\n") != std::string::npos);  // the 10 bytes in base64
    // The text part's bytes are those of the message without an image.
    CHECK(at("\r\nQm9uam91ciwK\r\n") < related);

    m.image->content_id = "logo>\r\nBcc: x@evil.example";
    CHECK_THROWS_AS(format_email(m), std::invalid_argument);
}
