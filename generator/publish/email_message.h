// EmailMessage: one outbox message, formatted as RFC 5322 text ready for `sendmail -t`.
#pragma once

#include <string>

#include "core/date.h"

namespace portalgen {

struct Mailbox {
    std::string name;     // display name, any UTF-8; may be empty
    std::string address;  // addr-spec, ASCII
};

struct EmailMessage {
    Mailbox from;
    Mailbox to;
    std::string subject;  // UTF-8
    std::string text;     // the text/plain part, UTF-8, lines ending in '\n'
    std::string html;     // the text/html part, UTF-8
    Date date;            // the build's as-of date (midnight UTC): no clock, so runs reproduce
    std::string
        message_id;        // unique, without angle brackets, e.g. "2026-11-23.C1001@portal.example"
    std::string language;  // Content-Language: en or fr
};

// The whole message: headers (non-ASCII ones as RFC 2047 encoded words), then a
// multipart/alternative body with the text and the HTML parts, each UTF-8 in base64 lines of 76
// characters. Lines end in CRLF. Deterministic: the boundary derives from the content.
std::string format_email(const EmailMessage& message);

// RFC 2047 "B" encoded words for a header value, split so no word exceeds 75 characters; the
// value itself when it is printable ASCII.
std::string encode_header_words(const std::string& value);

}  // namespace portalgen
