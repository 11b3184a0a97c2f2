#include "core/xml_writer.h"

#include <stdexcept>

#include "core/code_points.h"

namespace portalgen {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// XML 1.0's Char production, less the surrogates that decode_utf8 already refuses.
bool is_xml_char(std::uint32_t code) {
    return code == 0x09 || code == 0x0A || code == 0x0D || (code >= 0x20 && code <= 0xFFFD) ||
           code >= 0x10000;
}

// Names come from code, never from data; still, a wrong one must fail loudly rather than give a
// document no parser reads. ASCII names, with one optional prefix, are all this writer needs.
void check_name(std::string_view name) {
    bool ok = !name.empty() && name.size() <= 200;
    for (std::size_t i = 0; ok && i < name.size(); ++i) {
        const char c = name[i];
        const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
        const bool other = (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':';
        ok = i == 0 ? letter : (letter || other);
    }
    if (ok && (name.back() == ':' || name.find(':') != name.rfind(':'))) ok = false;
    if (ok && name.find(':') != std::string_view::npos) {
        const char after = name[name.find(':') + 1];
        ok = (after >= 'A' && after <= 'Z') || (after >= 'a' && after <= 'z') || after == '_';
    }
    if (!ok) throw std::invalid_argument("not an XML name: " + std::string(name.substr(0, 200)));
}

}  // namespace

std::string xml_escaped(std::string_view text, bool attribute) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint point = decode_utf8(text, i);
        if (point.length == 0) {
            out += kReplacement;
            ++i;
            continue;
        }
        switch (point.code) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&apos;";
                break;
            case '\r':
                out += "&#13;";
                break;
            case '\n':
                out += attribute ? "&#10;" : "\n";
                break;
            case '\t':
                out += attribute ? "&#9;" : "\t";
                break;
            default:
                if (is_xml_char(point.code))
                    out.append(text.substr(i, point.length));
                else
                    out += kReplacement;
        }
        i += point.length;
    }
    return out;
}

XmlWriter::XmlWriter() : out_("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") {}

void XmlWriter::indent() {
    out_.append(2 * open_.size(), ' ');
}

void XmlWriter::start_tag(std::string_view name, std::initializer_list<XmlAttribute> attributes) {
    check_name(name);
    if (open_.empty() && has_root_)
        throw std::logic_error("XmlWriter: a document has one root element");
    indent();
    out_ += '<';
    out_ += name;
    for (const auto& [key, value] : attributes) {
        check_name(key);
        out_ += ' ';
        out_ += key;
        out_ += "=\"";
        out_ += xml_escaped(value, true);
        out_ += '"';
    }
    out_ += '>';
}

void XmlWriter::open(std::string_view name, std::initializer_list<XmlAttribute> attributes) {
    start_tag(name, attributes);
    has_root_ = true;
    out_ += '\n';
    open_.emplace_back(name);
}

void XmlWriter::close() {
    if (open_.empty()) throw std::logic_error("XmlWriter::close: no element is open");
    const std::string name = std::move(open_.back());
    open_.pop_back();
    indent();
    out_ += "</" + name + ">\n";
}

void XmlWriter::element(std::string_view name, std::string_view text,
                        std::initializer_list<XmlAttribute> attributes) {
    start_tag(name, attributes);
    has_root_ = true;
    out_ += xml_escaped(text);
    out_ += "</";
    out_ += name;
    out_ += ">\n";
}

std::string XmlWriter::finish() {
    if (!has_root_) throw std::logic_error("XmlWriter::finish: the document has no element");
    while (!open_.empty()) close();
    std::string document = std::move(out_);
    *this = XmlWriter();
    return document;
}

}  // namespace portalgen
