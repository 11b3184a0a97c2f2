#include "import/yaml_piece.h"

#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace portalgen {

namespace {

// One event of yaml-cpp's, kept to be compared and passed on later.
struct Event {
    enum class Kind { null, alias, scalar, sequence, sequence_end, map, map_end };
    Kind kind = Kind::null;
    int line = 0;
    int column = 0;
    std::string tag;
    YAML::anchor_t anchor = YAML::NullAnchor;
    std::string value;
    YAML::EmitterStyle::value style = YAML::EmitterStyle::Default;
    bool operator==(const Event&) const = default;
};

// Keeps the events of the first piece of a document: the first item of the list under its
// first key, or its first entry (key and value).
class FirstPiece : public YAML::EventHandler {
  public:
    explicit FirstPiece(FastYamlPiece piece)
        : level_(piece == FastYamlPiece::list_item ? 2 : 1),
          needed_(piece == FastYamlPiece::list_item ? 1 : 2),
          list_(piece == FastYamlPiece::top_entry),
          starts_right_(piece == FastYamlPiece::list_item) {}
    std::vector<Event> events;
    bool found() const { return ready() && done_ >= needed_ && !quirk_ && starts_right_; }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        first(mark);
        // yaml-cpp reads a lone scalar line in a block mapping as a key with a null value marked
        // at the key itself (no document gives a null that mark), and then refuses every key
        // after it in the document: such an item cannot be read alone.
        if (mark.line == last_.line && mark.column == last_.column) quirk_ = true;
        last_ = mark;
        if (leaf()) keep(Event::Kind::null, mark, {}, anchor);
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        first(mark);
        if (leaf()) keep(Event::Kind::alias, mark, {}, anchor);
    }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        first(mark);
        last_ = mark;
        if (leaf()) keep(Event::Kind::scalar, mark, tag, anchor).value = value;
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override {
        first(mark);
        if (start()) keep(Event::Kind::sequence, mark, tag, anchor).style = style;
        // The third node: the value of the first key, its first dash on the item's first line.
        if (level_ == 2 && depth_ == 2 && nodes_ == 3)
            list_ = style == YAML::EmitterStyle::Block && plain(tag, anchor) && mark.line == 1;
    }
    void OnSequenceEnd() override {
        if (end()) keep(Event::Kind::sequence_end);
    }
    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        first(mark);
        if (start()) keep(Event::Kind::map, mark, tag, anchor).style = style;
        if (depth_ == 1) map_ = style == YAML::EmitterStyle::Block && plain(tag, anchor);
    }
    void OnMapEnd() override {
        if (end()) keep(Event::Kind::map_end);
    }

  private:
    Event& keep(Event::Kind kind, const YAML::Mark& mark = {}, const std::string& tag = {},
                YAML::anchor_t anchor = YAML::NullAnchor) {
        Event& event = events.emplace_back();
        event.kind = kind;
        event.line = mark.line;
        event.column = mark.column;
        event.tag = tag;
        event.anchor = anchor;
        return event;
    }
    static bool plain(const std::string& tag, YAML::anchor_t anchor) {
        return (tag.empty() || tag == "?") && anchor == YAML::NullAnchor;
    }
    // A top-level entry must start with its key at the start of its first line.
    void first(const YAML::Mark& mark) {
        if (level_ == 1 && depth_ == 1 && nodes_ == 1)
            starts_right_ = mark.line == 0 && mark.column == 0;
    }
    bool ready() const { return map_ && list_; }
    // Whether the node starting here is (part of) the piece.
    bool inside() const { return ready() && depth_ >= level_ && done_ < needed_; }
    bool leaf() {
        ++nodes_;
        bool pass = inside();
        if (depth_ == level_ && ready()) ++done_;
        return pass;
    }
    bool start() {
        ++nodes_;
        bool pass = inside();
        ++depth_;
        return pass;
    }
    bool end() {
        --depth_;
        bool pass = inside();
        if (depth_ == level_ && ready()) ++done_;
        return pass;
    }

    const int level_;   // the depth of the piece's nodes
    const int needed_;  // how many nodes the piece has
    int depth_ = 0;
    int nodes_ = 0;  // started so far: the root mapping, its first key, its value ...
    int done_ = 0;
    bool map_ = false;
    bool list_;        // the first key's value is a block sequence (for a list item)
    YAML::Mark last_;  // of the last scalar or null
    bool quirk_ = false;
    bool starts_right_;
};

// The events of the first piece of `text` (a list item is put under a key of its own, as it
// stands in its file); false if yaml-cpp reads no such piece.
bool first_piece(FastYamlPiece piece, const std::string& text, std::vector<Event>& events) {
    FirstPiece item(piece);
    try {
        std::istringstream stream(piece == FastYamlPiece::list_item ? "k:\n" + text : text);
        YAML::Parser parser(stream);
        if (!parser.HandleNextDocument(item) || parser.HandleNextDocument(item)) return false;
    } catch (const YAML::Exception&) {
        return false;
    }
    events = std::move(item.events);
    return item.found();
}

}  // namespace

bool read_piece_with_yaml_cpp(FastYamlPiece piece, std::string_view text, std::string_view next,
                              int first_line, YAML::EventHandler& out) {
    // With the next line, yaml-cpp ends the piece as in the file; without it (only its
    // indentation), it must read the piece the same: else the piece does not end before it.
    std::vector<Event> events;
    std::string lines(text);
    if (!first_piece(piece, lines + std::string(next), events)) return false;
    if (!next.empty()) {
        std::vector<Event> alone;
        size_t indent = std::min(next.find_first_not_of(' '), next.size());
        if (!first_piece(piece, lines + std::string(indent, ' '), alone) || alone != events)
            return false;
    }
    const int shift = piece == FastYamlPiece::list_item ? first_line - 1 : first_line;
    // yaml-cpp numbers anchors through the whole document: an item alone cannot number them.
    for (const Event& e : events)
        if (e.anchor != YAML::NullAnchor || e.kind == Event::Kind::alias) return false;
    for (const Event& e : events) {
        YAML::Mark mark;
        mark.line = e.line + shift;
        mark.column = e.column;
        switch (e.kind) {
            case Event::Kind::null:
                out.OnNull(mark, e.anchor);
                break;
            case Event::Kind::alias:
                out.OnAlias(mark, e.anchor);
                break;
            case Event::Kind::scalar:
                out.OnScalar(mark, e.tag, e.anchor, e.value);
                break;
            case Event::Kind::sequence:
                out.OnSequenceStart(mark, e.tag, e.anchor, e.style);
                break;
            case Event::Kind::sequence_end:
                out.OnSequenceEnd();
                break;
            case Event::Kind::map:
                out.OnMapStart(mark, e.tag, e.anchor, e.style);
                break;
            case Event::Kind::map_end:
                out.OnMapEnd();
                break;
        }
    }
    return true;
}

}  // namespace portalgen
