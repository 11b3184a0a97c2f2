// EmailMessage: one outbox message, formatted as RFC 5322 text ready for `sendmail -t`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace portalgen {

struct Mailbox {
    std::string name;     // display name, any UTF-8; may be empty
    std::string address;  // one addr-spec (core/email_address.h)
};

// An image the HTML part shows by its Content-ID (<img src="cid:...">): the seller's logo.
struct InlineImage {
    std::string content_id;  // without angle brackets, printable ASCII
    std::string media_type;  // "image/png" or "image/jpeg"
    std::string file_name;   // "logo.png"
    std::string bytes;
};

struct EmailMessage {
    Mailbox from;
    Mailbox to;
    Mailbox reply_to;          // where answers go; an empty address: no Reply-To
    std::string subject;       // UTF-8
    std::string text;          // the text/plain part, UTF-8, lines ending in '\n'
    std::string html;          // the text/html part, UTF-8
    std::int64_t sent_at = 0;  // the Date: the build's time, in seconds since 1970 (UTC)
    std::string
        message_id;        // unique, without angle brackets, e.g. "2026-11-23.C1001@portal.example"
    std::string language;  // Content-Language: en or fr
    std::optional<InlineImage> image;
};

// The whole message, written by GMime: headers (display names and subject as RFC 2047 encoded
// words where needed, folded at 78 columns), then a multipart/alternative body with the text and
// the HTML parts, each UTF-8 in base64 lines of 76 characters. With an image, the HTML part and
// the image (base64, inline, with its Content-ID) make a multipart/related part (RFC 2387) in
// place of the HTML part alone; the text part stays as it is. Lines end in CRLF. Every message
// says "Auto-Submitted: auto-generated" (RFC 3834), so that mail robots do not answer it.
// Deterministic: the boundary derives from the content.
//
// No value can add a header or a part: an address that is not one plain addr-spec, or a
// Message-ID or language with anything but printable ASCII, throws std::invalid_argument; in a
// display name or the subject, line breaks and other control characters become spaces and text
// that looks like an encoded word ("=?utf-8?q?...?=") is kept as text, never decoded by readers.
// Safe to call from several threads at once.
std::string format_email(const EmailMessage& message);

// A display name or subject as the message carries it (before encoding): each run of control,
// white-space and invisible characters one space, trimmed; bytes that are not UTF-8 U+FFFD; a
// U+2060 WORD JOINER between "=" and "?" so that no reader takes the text for an encoded word.
std::string header_display_text(const std::string& value);

}  // namespace portalgen
