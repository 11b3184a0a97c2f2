// XmlWriter: an XML 1.0 document written element by element, well-formed whatever the data. Text
// and attribute values are escaped, characters XML 1.0 cannot hold (controls other than tab, LF
// and CR, U+FFFE, U+FFFF, bytes that are not UTF-8) become U+FFFD, element and attribute names
// are checked, and every element opened is closed.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace portalgen {

using XmlAttribute = std::pair<std::string_view, std::string_view>;

// `text` as XML character data, usable both between tags and inside a double-quoted attribute:
// & < > " ' escaped, CR, and in attributes also tab and LF, as character references (a parser
// would otherwise normalise them away), and what XML 1.0 forbids replaced by U+FFFD.
std::string xml_escaped(std::string_view text, bool attribute = false);

class XmlWriter {
  public:
    // Starts the document with its declaration (UTF-8).
    XmlWriter();

    // Opens an element; its content follows until the matching close().
    void open(std::string_view name, std::initializer_list<XmlAttribute> attributes = {});
    void close();
    // An element holding only `text`.
    void element(std::string_view name, std::string_view text,
                 std::initializer_list<XmlAttribute> attributes = {});

    // The document, every element still open closed; the writer starts a new one. A document
    // needs exactly one root: a second one, or none, is a logic_error.
    std::string finish();

  private:
    void start_tag(std::string_view name, std::initializer_list<XmlAttribute> attributes);
    void indent();

    std::string out_;
    std::vector<std::string> open_;
    bool has_root_ = false;
};

}  // namespace portalgen
