#include "publish/email_message.h"

#include <openssl/evp.h>

#include <array>
#include <chrono>
#include <string_view>

namespace portalgen {

namespace {

constexpr std::string_view kCrlf = "\r\n";

bool is_plain_ascii(std::string_view text) {
    for (unsigned char c : text)
        if (c < 0x20 || c > 0x7e) return false;
    return true;
}

std::string base64(std::string_view bytes) {
    std::string out(4 * ((bytes.size() + 2) / 3), '\0');
    int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(bytes.data()),
                                  static_cast<int>(bytes.size()));
    out.resize(static_cast<std::size_t>(written));
    return out;
}

// The length of the longest prefix of `text` of at most `max` bytes that ends on a UTF-8
// character boundary, so no encoded word splits a character (RFC 2047 section 5).
std::size_t utf8_prefix(std::string_view text, std::size_t max) {
    if (text.size() <= max) return text.size();
    std::size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return end;
}

std::string base64_lines(std::string_view bytes) {
    std::string encoded = base64(bytes), out;
    for (std::size_t at = 0; at < encoded.size(); at += 76)
        out.append(encoded, at, 76).append(kCrlf);
    return out;
}

// A display name is a quoted string when it has specials (RFC 5322 3.2.3), encoded words when
// it is not ASCII.
std::string format_mailbox(const Mailbox& mailbox) {
    if (mailbox.name.empty()) return mailbox.address;
    std::string name;
    if (!is_plain_ascii(mailbox.name)) {
        name = encode_header_words(mailbox.name);
    } else {
        name = "\"";
        for (char c : mailbox.name) {
            if (c == '"' || c == '\\') name += '\\';
            name += c;
        }
        name += '"';
    }
    return name + " <" + mailbox.address + ">";
}

std::string format_date(Date date) {
    static constexpr std::array<const char*, 7> kWeekdays = {"Sun", "Mon", "Tue", "Wed",
                                                             "Thu", "Fri", "Sat"};
    static constexpr std::array<const char*, 12> kMonths = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    std::chrono::weekday weekday{std::chrono::sys_days{std::chrono::days{date.days()}}};
    return std::string(kWeekdays[weekday.c_encoding()]) + ", " + std::to_string(date.day()) + " " +
           kMonths[static_cast<std::size_t>(date.month() - 1)] + " " + std::to_string(date.year()) +
           " 00:00:00 +0000";
}

std::string boundary_for(const EmailMessage& message) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    std::string content = message.text + '\0' + message.html;
    EVP_Digest(content.data(), content.size(), digest, &size, EVP_sha256(), nullptr);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string boundary = "=_portalgen_";
    for (unsigned int i = 0; i < 12; ++i) {
        boundary += kHex[digest[i] >> 4];
        boundary += kHex[digest[i] & 15];
    }
    return boundary;  // "=_" cannot occur in base64 lines, so it never appears in a part
}

std::string part(std::string_view type, std::string_view body) {
    std::string out;
    out.append("Content-Type: ").append(type).append("; charset=UTF-8").append(kCrlf);
    out.append("Content-Transfer-Encoding: base64").append(kCrlf).append(kCrlf);
    return out + base64_lines(body);
}

}  // namespace

std::string encode_header_words(const std::string& value) {
    if (is_plain_ascii(value)) return value;
    // "=?UTF-8?B?" + "?=" is 12 characters; 45 bytes make 60 base64 characters: 72 in all.
    constexpr std::size_t kBytesPerWord = 45;
    std::string out;
    std::string_view rest = value;
    while (!rest.empty()) {
        std::size_t take = utf8_prefix(rest, kBytesPerWord);
        if (!out.empty()) out.append(kCrlf).append(" ");  // folded: one word per line
        out.append("=?UTF-8?B?").append(base64(rest.substr(0, take))).append("?=");
        rest.remove_prefix(take);
    }
    return out;
}

std::string format_email(const EmailMessage& message) {
    std::string boundary = boundary_for(message);
    std::string out;
    auto header = [&](std::string_view name, const std::string& value) {
        out.append(name).append(": ").append(value).append(kCrlf);
    };
    header("From", format_mailbox(message.from));
    header("To", format_mailbox(message.to));
    header("Subject", encode_header_words(message.subject));
    header("Date", format_date(message.date));
    header("Message-ID", "<" + message.message_id + ">");
    header("Content-Language", message.language);
    header("MIME-Version", "1.0");
    header("Content-Type", "multipart/alternative; boundary=\"" + boundary + "\"");
    out.append(kCrlf);
    out.append("--").append(boundary).append(kCrlf).append(part("text/plain", message.text));
    out.append("--").append(boundary).append(kCrlf).append(part("text/html", message.html));
    out.append("--").append(boundary).append("--").append(kCrlf);
    return out;
}

}  // namespace portalgen
