#include "publish/email_message.h"

#include <gmime/gmime.h>
#include <openssl/evp.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string_view>

#include "core/code_points.h"
#include "core/email_address.h"

namespace portalgen {

namespace {

// GMime must be initialised once before any use; std::call_once makes the first call from any
// of the build's threads do it and the others wait. GMime's objects are not shared between
// threads (each message is built and freed by one call), which its documentation asks; its
// charset and encoding utilities are thread-safe. g_mime_shutdown() is never called: another
// thread may still be writing a message at exit, and the few global tables stay reachable.
void init_gmime() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

struct ObjectUnref {
    void operator()(gpointer object) const { g_object_unref(object); }
};
template <typename T>
using GPtr = std::unique_ptr<T, ObjectUnref>;

struct FormatOptionsFree {
    void operator()(GMimeFormatOptions* options) const { g_mime_format_options_free(options); }
};

struct GFree {
    void operator()(char* text) const { g_free(text); }
};

// Printable ASCII only: a value GMime writes as it is (Message-ID, Content-Language).
void require_printable_ascii(std::string_view value, std::string_view what) {
    if (value.empty()) throw std::invalid_argument(std::string(what) + " is empty");
    for (unsigned char c : value)
        if (c <= 0x20 || c >= 0x7f || c == '<' || c == '>')
            throw std::invalid_argument(std::string(what) + " holds a character a header cannot");
}

void require_address(const std::string& address, std::string_view what) {
    if (auto problem = email_address_problem(address))
        throw std::invalid_argument(std::string(what) + " address " + *problem);
}

InternetAddressList* list_of(GMimeMessage* message, GMimeAddressType type) {
    return g_mime_message_get_addresses(message, type);  // owned by the message
}

std::string base64(std::string_view bytes) {
    std::string out(4 * ((bytes.size() + 2) / 3), '\0');
    int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(bytes.data()),
                                  static_cast<int>(bytes.size()));
    out.resize(static_cast<std::size_t>(written));
    return out;
}

// A display name as GMime should write it. GMime 3.2 quotes an ASCII name correctly, but when it
// "Q"-encodes a word of a phrase (a word with non-ASCII text, or a long one) it leaves a literal
// "=" as it is, so "Zoé=0D=0ABcc" would decode to a line break (and a name with "=" to garbage).
// Such names are given to it already as RFC 2047 "B" words of UTF-8 (base64: letters, digits,
// + / =), at most 45 bytes each so a word is at most 72 characters, split between characters;
// GMime writes encoded words as they are and folds between them.
std::string display_name(const std::string& name) {
    bool plain = true;
    std::size_t word = 0;
    for (unsigned char c : name) {
        word = c == ' ' ? 0 : word + 1;
        if (c < 0x20 || c > 0x7e || word > 60) plain = false;
    }
    if (plain) return name;
    std::string out;
    std::string_view rest = name;
    while (!rest.empty()) {
        std::size_t take = std::min<std::size_t>(rest.size(), 45);
        while (take < rest.size() && take > 0 &&
               (static_cast<unsigned char>(rest[take]) & 0xC0) == 0x80)
            --take;
        if (!out.empty()) out += ' ';
        out += "=?UTF-8?B?" + base64(rest.substr(0, take)) + "?=";
        rest.remove_prefix(take);
    }
    return out;
}

void add_mailbox(GMimeMessage* message, GMimeAddressType type, const Mailbox& mailbox) {
    std::string name = display_name(header_display_text(mailbox.name));
    GPtr<InternetAddress> address{
        internet_address_mailbox_new(name.c_str(), mailbox.address.c_str())};
    internet_address_list_add(list_of(message, type), address.get());
}

// `kind` tells apart the boundaries of nested parts: "" the body's, "r_" the related part's.
std::string boundary_for(const EmailMessage& message, std::string_view kind) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    std::string content = message.text + '\0' + message.html;
    EVP_Digest(content.data(), content.size(), digest, &size, EVP_sha256(), nullptr);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string boundary = "=_portalgen_" + std::string(kind);
    for (unsigned int i = 0; i < 12; ++i) {
        boundary += kHex[digest[i] >> 4];
        boundary += kHex[digest[i] & 15];
    }
    return boundary;  // "=_" cannot occur in base64 lines, so it never appears in a part
}

// A UTF-8 part in base64: the bytes as they are (a NUL or a long line cannot break the message).
GPtr<GMimePart> text_part(const char* subtype, const std::string& body) {
    GPtr<GMimePart> part{GMIME_PART(g_mime_text_part_new_with_subtype(subtype))};
    GPtr<GMimeStream> stream{g_mime_stream_mem_new_with_buffer(body.data(), body.size())};
    GPtr<GMimeDataWrapper> content{
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT)};
    g_mime_part_set_content(part.get(), content.get());
    g_mime_text_part_set_charset(GMIME_TEXT_PART(part.get()), "UTF-8");
    g_mime_part_set_content_encoding(part.get(), GMIME_CONTENT_ENCODING_BASE64);
    return part;
}

// The HTML part and the image it shows by its Content-ID, as one multipart/related part.
GPtr<GMimeObject> html_with_image(const EmailMessage& message, const InlineImage& image) {
    require_printable_ascii(image.content_id, "Content-ID");
    const auto slash = image.media_type.find('/');
    GPtr<GMimePart> part{g_mime_part_new_with_type(image.media_type.substr(0, slash).c_str(),
                                                   image.media_type.substr(slash + 1).c_str())};
    GPtr<GMimeStream> stream{
        g_mime_stream_mem_new_with_buffer(image.bytes.data(), image.bytes.size())};
    GPtr<GMimeDataWrapper> content{
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT)};
    g_mime_part_set_content(part.get(), content.get());
    g_mime_part_set_content_encoding(part.get(), GMIME_CONTENT_ENCODING_BASE64);
    g_mime_part_set_content_id(part.get(), image.content_id.c_str());
    g_mime_object_set_disposition(GMIME_OBJECT(part.get()), GMIME_DISPOSITION_INLINE);
    g_mime_part_set_filename(part.get(), image.file_name.c_str());

    GPtr<GMimeMultipart> related{g_mime_multipart_new_with_subtype("related")};
    g_mime_multipart_set_boundary(related.get(), boundary_for(message, "r_").c_str());
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(related.get()), "type", "text/html");
    g_mime_multipart_add(related.get(), GMIME_OBJECT(text_part("html", message.html).get()));
    g_mime_multipart_add(related.get(), GMIME_OBJECT(part.get()));
    return GPtr<GMimeObject>{GMIME_OBJECT(related.release())};
}

// The body: the text part, then the HTML part (with its image when there is one).
GPtr<GMimeMultipart> alternative_body(const EmailMessage& message) {
    GPtr<GMimeMultipart> body{g_mime_multipart_new_with_subtype("alternative")};
    g_mime_multipart_set_boundary(body.get(), boundary_for(message, "").c_str());
    g_mime_multipart_add(body.get(), GMIME_OBJECT(text_part("plain", message.text).get()));
    if (message.image)
        g_mime_multipart_add(body.get(), html_with_image(message, *message.image).get());
    else
        g_mime_multipart_add(body.get(), GMIME_OBJECT(text_part("html", message.html).get()));
    return body;
}

}  // namespace

std::string header_display_text(const std::string& value) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < value.size();) {
        auto [code, length] = decode_utf8(value, i);
        i += length == 0 ? 1 : length;
        if (length != 0 && (is_control_code(code) || is_space_or_invisible(code))) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        if (length == 0)
            out += "\xEF\xBF\xBD";  // U+FFFD
        else
            out.append(value, i - length, length);
        if (code == '=' && i < value.size() && value[i] == '?') out += "\xE2\x81\xA0";  // U+2060
    }
    return out;
}

std::string format_email(const EmailMessage& message) {
    require_address(message.from.address, "From");
    require_address(message.to.address, "To");
    if (!message.reply_to.address.empty()) require_address(message.reply_to.address, "Reply-To");
    require_printable_ascii(message.message_id, "Message-ID");
    require_printable_ascii(message.language, "Content-Language");
    init_gmime();

    GPtr<GMimeMessage> mime{g_mime_message_new(TRUE)};
    GMimeObject* object = GMIME_OBJECT(mime.get());
    add_mailbox(mime.get(), GMIME_ADDRESS_TYPE_FROM, message.from);
    add_mailbox(mime.get(), GMIME_ADDRESS_TYPE_TO, message.to);
    if (!message.reply_to.address.empty())
        add_mailbox(mime.get(), GMIME_ADDRESS_TYPE_REPLY_TO, message.reply_to);
    g_mime_message_set_subject(mime.get(), header_display_text(message.subject).c_str(), "UTF-8");
    GDateTime* date = g_date_time_new_from_unix_utc(message.sent_at);
    g_mime_message_set_date(mime.get(), date);
    g_date_time_unref(date);
    g_mime_object_set_header(object, "Message-ID", ("<" + message.message_id + ">").c_str(),
                             nullptr);
    g_mime_object_set_header(object, "Content-Language", message.language.c_str(), nullptr);
    g_mime_object_set_header(object, "Auto-Submitted", "auto-generated", nullptr);

    GPtr<GMimeMultipart> body = alternative_body(message);
    g_mime_message_set_mime_part(mime.get(), GMIME_OBJECT(body.get()));

    std::unique_ptr<GMimeFormatOptions, FormatOptionsFree> options{g_mime_format_options_new()};
    g_mime_format_options_set_newline_format(options.get(), GMIME_NEWLINE_FORMAT_DOS);
    std::unique_ptr<char, GFree> text{g_mime_object_to_string(object, options.get())};
    return text ? std::string(text.get()) : std::string();
}

}  // namespace portalgen
