#include "import/fast_yaml.h"

#include <yaml-cpp/mark.h>

#include <cstring>
#include <optional>
#include <string>
#include <vector>

namespace portalgen {

namespace {

// Deeper nesting is rare enough to leave to yaml-cpp, which has its own depth limit.
constexpr size_t kMaxDepth = 64;
// yaml-cpp's limit for a simple key is about this; longer keys are left to it.
constexpr size_t kMaxKeyLength = 1000;
// The largest piece kept in case yaml-cpp must read it (a customer is far smaller).
constexpr size_t kMaxPieceBytes = size_t{32} << 20;

[[noreturn]] void give_up() {
    throw FastYamlGiveUp();
}

// yaml-cpp reports these plain scalars as null (IsNullString).
bool is_null_text(std::string_view text) {
    return text == "~" || text == "null" || text == "Null" || text == "NULL";
}

std::string_view trim_right(std::string_view text) {
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return text;
}

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// A code point as yaml-cpp writes an escape (\x, \u, \U): UTF-8, surrogates refused.
void append_code_point(std::string& out, uint32_t value) {
    if ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) give_up();
    if (value <= 0x7F) {
        out += static_cast<char>(value);
    } else if (value <= 0x7FF) {
        out += static_cast<char>(0xC0 + (value >> 6));
        out += static_cast<char>(0x80 + (value & 0x3F));
    } else if (value <= 0xFFFF) {
        out += static_cast<char>(0xE0 + (value >> 12));
        out += static_cast<char>(0x80 + ((value >> 6) & 0x3F));
        out += static_cast<char>(0x80 + (value & 0x3F));
    } else {
        out += static_cast<char>(0xF0 + (value >> 18));
        out += static_cast<char>(0x80 + ((value >> 12) & 0x3F));
        out += static_cast<char>(0x80 + ((value >> 6) & 0x3F));
        out += static_cast<char>(0x80 + (value & 0x3F));
    }
}

// Passes events on, counting the nodes completed since the start of a piece, to know whether
// the piece is complete (then it can no longer be taken back).
class PieceWatch : public YAML::EventHandler {
  public:
    explicit PieceWatch(YAML::EventHandler& out) : out_(out) {}
    // The piece has `nodes` nodes: an item one, an entry two (key and value).
    void reset(int nodes) {
        needed_ = nodes;
        done_ = 0;
        open_ = 0;
    }
    bool piece_complete() const { return done_ >= needed_; }

    void OnDocumentStart(const YAML::Mark& mark) override { out_.OnDocumentStart(mark); }
    void OnDocumentEnd() override { out_.OnDocumentEnd(); }
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        leaf();
        out_.OnNull(mark, anchor);
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        leaf();
        out_.OnAlias(mark, anchor);
    }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        leaf();
        out_.OnScalar(mark, tag, anchor, value);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override {
        ++open_;
        out_.OnSequenceStart(mark, tag, anchor, style);
    }
    void OnSequenceEnd() override {
        end();
        out_.OnSequenceEnd();
    }
    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        ++open_;
        out_.OnMapStart(mark, tag, anchor, style);
    }
    void OnMapEnd() override {
        end();
        out_.OnMapEnd();
    }

  private:
    void leaf() {
        if (open_ == 0) ++done_;
    }
    void end() {
        if (--open_ == 0) ++done_;
    }

    YAML::EventHandler& out_;
    int needed_ = 1;
    int done_ = 0;
    long open_ = 0;
};

class FastYaml {
  public:
    FastYaml(LineReader& in, YAML::EventHandler& out, FastYamlPieces* pieces)
        : in_(in), out_(out), pieces_(pieces) {}

    void run() {
        InputLine input;
        while (next_line(input)) {
            try {
                line(input);
            } catch (const FastYamlGiveUp&) {
                if (!piece_ || out_.piece_complete()) throw;
                reread_piece();
            }
        }
        if (in_.bad_byte() || !started_) return;
        if (pending_ != Pending::none) out_.OnNull(end_mark(), YAML::NullAnchor);
        while (!levels_.empty()) close_level();
        out_.OnDocumentEnd();
    }

  private:
    void line(const InputLine& input) {
        line_ = input.text;
        crlf_ = input.crlf;
        newline_ = input.newline;
        line_no_ = in_.line_number();
        if (piece_ && ends_piece(line_, piece_indent_)) piece_ = false;
        if (input.unusual) give_up();
        size_t c = line_.find_first_not_of(' ');
        if (root_scalar_ && c != std::string_view::npos) give_up();
        if (c == std::string_view::npos || line_[c] == '#') return;
        if (c == 0 && (line_[0] == '%' || is_document_marker())) give_up();
        if (!started_) {
            started_ = true;
            out_.OnDocumentStart(mark(c));
        }
        content_line(c);
    }

    // The next line, or the one a block scalar read too far.
    bool next_line(InputLine& line) {
        if (held_) {
            line = *held_;
            held_.reset();
            if (piece_) keep(line);
            return true;
        }
        return read(line);
    }
    // Reads a line, keeping it while a piece is read (yaml-cpp may have to read the piece).
    bool read(InputLine& line) {
        if (!in_.next(line)) return false;
        before_last_read_ = piece_text_.size();
        if (piece_) keep(line);
        return true;
    }
    void keep(const InputLine& line) {
        append(piece_text_, line);
        // A piece this large is left whole to yaml-cpp rather than kept.
        if (piece_text_.size() > kMaxPieceBytes) piece_ = false;
    }
    // Gives back the line last read: the next one to read.
    void hold(const InputLine& line) {
        held_ = line;
        if (piece_) piece_text_.resize(before_last_read_);
    }
    static void append(std::string& text, const InputLine& line) {
        text.append(line.text);
        if (line.crlf) text += '\r';
        if (line.newline) text += '\n';
    }

    // Whether a line ends a piece indented `indent`: it has content (not only blanks or a
    // comment) starting at most there.
    static bool ends_piece(std::string_view text, size_t indent) {
        size_t c = text.find_first_not_of(" \t");
        if (c == std::string_view::npos || text[c] == '#') return false;
        return text.find_first_not_of(' ') <= indent;
    }

    // A piece (see FastYamlPieces) starts at this line, at column c.
    void start_piece(FastYamlPiece kind, size_t c) {
        piece_ = line_.size() <= kMaxPieceBytes;  // a huge line is not copied
        if (!piece_) return;
        piece_kind_ = kind;
        piece_indent_ = c;
        piece_levels_ = kind == FastYamlPiece::list_item ? 2 : 1;
        piece_first_line_ = line_no_;
        piece_text_.clear();
        InputLine current;
        current.text = line_;
        current.crlf = crlf_;
        current.newline = newline_;
        append(piece_text_, current);
        out_.reset(kind == FastYamlPiece::list_item ? 1 : 2);
        pieces_->piece_start();
    }

    // yaml-cpp reads the piece the fast reader gave up on: its lines up to the next line as
    // little indented, and that line.
    void reread_piece() {
        InputLine input;
        bool more = false;
        if (held_) {
            input = *held_;
            held_.reset();
            more = ends_piece(input.text, piece_indent_);
            if (!more) append(piece_text_, input);
        }
        while (!more && in_.next(input)) {
            if (ends_piece(input.text, piece_indent_)) {
                more = true;
                break;
            }
            append(piece_text_, input);
            if (piece_text_.size() > kMaxPieceBytes) give_up();
        }
        piece_ = false;
        std::string next;
        if (more) append(next, input);
        if (!pieces_->reread_piece(piece_kind_, piece_text_, next, piece_first_line_)) give_up();
        levels_.resize(piece_levels_);
        pending_ = Pending::none;
        flow_depth_ = 0;
        if (more) held_ = input;
    }

    struct Level {
        size_t indent;
        bool map;
        bool indentless;  // a sequence at its mapping's own indent ("key:\n- a")
    };
    enum class Pending { none, map_value, seq_item };
    struct Key {
        std::string value;
        bool quoted = false;
        size_t column = 0;
        size_t after = 0;  // just after the ':'
    };

    YAML::Mark mark(size_t column) const {
        YAML::Mark m;
        m.line = line_no_;
        m.column = static_cast<int>(column);
        return m;
    }
    // The mark of an empty value at the end of the input: where yaml-cpp closes the innermost
    // collection. It closes it at the end of the last line when that line ends left of it (or
    // at its column, for a sequence), else at column 0 of that line.
    YAML::Mark end_mark() const {
        YAML::Mark m;
        m.line = in_.end_line();
        size_t last = static_cast<size_t>(in_.end_column());
        const Level& innermost = levels_.back();
        if (innermost.indent > last || (innermost.indent == last && !innermost.map))
            m.column = static_cast<int>(last);
        return m;
    }

    bool is_document_marker() const {
        return line_.size() >= 3 && (line_.starts_with("---") || line_.starts_with("...")) &&
               (line_.size() == 3 || line_[3] == ' ');
    }
    bool entry_at(size_t c) const {
        return line_[c] == '-' && (c + 1 == line_.size() || line_[c + 1] == ' ');
    }
    size_t skip_spaces(size_t i) const {
        while (i < line_.size() && line_[i] == ' ') ++i;
        return i;
    }
    // After a value: only spaces, then the end of the line or a comment.
    void rest_blank(size_t end) const {
        size_t i = skip_spaces(end);
        if (i == line_.size() || (line_[i] == '#' && i > end)) return;
        give_up();
    }

    void content_line(size_t c) {
        if (root_done_) give_up();
        if (pending_ != Pending::none) {
            Pending pending = pending_;
            pending_ = Pending::none;
            if (c > pending_indent_) {
                open(c);
                return;
            }
            if (pending == Pending::map_value && c == pending_indent_ && entry_at(c)) {
                push({c, false, true});
                out_.OnSequenceStart(mark(c), "?", YAML::NullAnchor, YAML::EmitterStyle::Block);
                entry(c);
                return;
            }
            // An empty value, if this line starts a key or an entry: yaml-cpp takes a lone node
            // (quoted, flow, tagged ...) here for the value, even this little indented. Its null
            // is marked where the next token starts.
            Key key;
            if (!entry_at(c) && !scan_key(c, key)) give_up();
            out_.OnNull(mark(c), YAML::NullAnchor);
        }
        if (levels_.empty()) {
            open(c);
            return;
        }
        bool is_entry = entry_at(c);
        while (!levels_.empty()) {
            const Level& top = levels_.back();
            if (top.indent > c || (top.indent == c && top.indentless && !is_entry)) {
                close_level();
                continue;
            }
            break;
        }
        if (levels_.empty() || levels_.back().indent != c) give_up();
        if (levels_.back().map) {
            if (is_entry) give_up();
            if (pieces_ && levels_.size() == 1) start_piece(FastYamlPiece::top_entry, c);
            Key key;
            if (!scan_key(c, key)) give_up();
            key_line(key);
        } else {
            if (!is_entry) give_up();
            entry(c);
        }
    }

    void push(Level level) {
        if (levels_.size() >= kMaxDepth) give_up();
        levels_.push_back(level);
    }
    void close_level() {
        bool map = levels_.back().map;
        levels_.pop_back();
        if (map)
            out_.OnMapEnd();
        else
            out_.OnSequenceEnd();
    }

    // A block node that starts at column c of this line: the root, or the value announced by
    // "key:" or "-" at the end of an earlier line.
    void open(size_t c) {
        if (levels_.empty() && c != 0) give_up();
        if (entry_at(c)) {
            push({c, false, false});
            out_.OnSequenceStart(mark(c), "?", YAML::NullAnchor, YAML::EmitterStyle::Block);
            entry(c);
            return;
        }
        Key key;
        if (scan_key(c, key)) {
            push({c, true, false});
            out_.OnMapStart(mark(c), "?", YAML::NullAnchor, YAML::EmitterStyle::Block);
            if (pieces_ && levels_.size() == 1) start_piece(FastYamlPiece::top_entry, c);
            key_line(key);
            return;
        }
        if (levels_.empty() && (line_[c] == '{' || line_[c] == '[')) {
            rest_blank(flow(c));
            root_done_ = true;
            return;
        }
        if (levels_.empty() && (line_[c] == '"' || line_[c] == '\'' || plain_start(c))) {
            // A lone scalar: yaml-cpp would read any line after it (comments too) as more of it.
            inline_node(c, false);
            root_done_ = true;
            root_scalar_ = true;
            return;
        }
        give_up();
    }

    void key_line(const Key& key) {
        if (key.quoted)
            out_.OnScalar(mark(key.column), "!", YAML::NullAnchor, key.value);
        else
            plain(key.column, key.value);
        size_t p = skip_spaces(key.after);
        if (p == line_.size() || line_[p] == '#') {
            pending_ = Pending::map_value;
            pending_indent_ = levels_.back().indent;
            return;
        }
        inline_node(p, false);
    }

    void entry(size_t c) {
        if (pieces_ && levels_.size() == 2 && levels_[0].map &&
            (!piece_ || piece_kind_ == FastYamlPiece::top_entry))
            start_piece(FastYamlPiece::list_item, c);
        size_t p = skip_spaces(c + 1);
        if (p == line_.size() || line_[p] == '#') {
            pending_ = Pending::seq_item;
            pending_indent_ = c;
            return;
        }
        inline_node(p, true);
    }

    // A value that starts on the line of its key or dash. After a dash it may be a mapping whose
    // first key is on this line ("- id: C1").
    void inline_node(size_t p, bool mapping_allowed) {
        char ch = line_[p];
        if (entry_at(p)) give_up();
        if (ch == '{' || ch == '[') {
            rest_blank(flow(p));
            return;
        }
        if (mapping_allowed) {
            Key key;
            if (scan_key(p, key)) {
                push({p, true, false});
                out_.OnMapStart(mark(p), "?", YAML::NullAnchor, YAML::EmitterStyle::Block);
                key_line(key);
                return;
            }
        }
        if (ch == '"' || ch == '\'') {
            size_t end = quoted(p, value_);
            out_.OnScalar(mark(p), "!", YAML::NullAnchor, value_);
            rest_blank(end);
            return;
        }
        if (ch == '|' || ch == '>') {
            block_scalar(p);
            return;
        }
        if (!plain_start(p)) give_up();
        size_t i = p;
        for (; i < line_.size(); ++i) {
            char c = line_[i];
            if (c == ':' && (i + 1 == line_.size() || line_[i + 1] == ' ')) give_up();
            if (c == ' ' && i + 1 < line_.size() && line_[i + 1] == '#') break;
        }
        plain(p, trim_right(line_.substr(p, i - p)));
        rest_blank(i);
    }

    // A literal (|) or folded (>) scalar whose lines all have the same indentation, with no
    // blank line inside and a line after it: lines joined by line breaks or by spaces, then
    // clipped to one final break, or stripped (-). The rest (indentation digits, blank or
    // more-indented lines, keeping (+)) is yaml-cpp's.
    void block_scalar(size_t p) {
        YAML::Mark at = mark(p);
        bool literal = line_[p] == '|';
        size_t i = p + 1;
        bool strip = i < line_.size() && line_[i] == '-';
        if (strip) ++i;
        if (i < line_.size() && line_[i] != ' ') give_up();
        rest_blank(i);
        const size_t min_indent = levels_.back().indent + 1;
        size_t indent = 0;
        std::string& value = value_;
        value.clear();
        InputLine input;
        bool blank = false;
        for (bool first = true;; first = false) {
            if (!read(input)) give_up();
            if (input.unusual) {
                hold(input);
                give_up();
            }
            std::string_view text = input.text;
            size_t c = text.find_first_not_of(' ');
            if (c == std::string_view::npos) {
                // Blank lines may only end the scalar (clipping or stripping drops them).
                if (first || text.size() > indent) give_up();
                blank = true;
                continue;
            }
            if (first) {
                if (c < min_indent) {
                    hold(input);
                    give_up();
                }
                indent = c;
            } else if (c < indent) {
                hold(input);
                break;
            } else if (c > indent || blank) {
                give_up();
            } else {
                value += literal ? '\n' : ' ';
            }
            value.append(text.substr(indent));
        }
        if (!strip) value += '\n';
        out_.OnScalar(at, "!", YAML::NullAnchor, value);
    }

    // Whether a plain scalar may start here in the block context (yaml-cpp's PlainScalar).
    bool plain_start(size_t p) const {
        char ch = line_[p];
        if (std::strchr(",[]{}#&*!|>'\"%@`", ch)) return false;
        if ((ch == '-' || ch == '?' || ch == ':') && (p + 1 == line_.size() || line_[p + 1] == ' '))
            return false;
        return true;
    }

    void plain(size_t column, std::string_view value) {
        if (is_null_text(value))
            out_.OnNull(mark(column), YAML::NullAnchor);
        else
            out_.OnScalar(mark(column), "?", YAML::NullAnchor, std::string(value));
    }

    // A block mapping key at p ("name:", "\"name\" :"), read into `key`; false if the line has
    // no key there.
    bool scan_key(size_t p, Key& key) {
        key.column = p;
        char ch = line_[p];
        if (ch == '"' || ch == '\'') {
            size_t end = quoted(p, key.value);
            size_t q = skip_spaces(end);
            if (q < line_.size() && line_[q] == ':' &&
                (q + 1 == line_.size() || line_[q + 1] == ' ')) {
                if (q - p > kMaxKeyLength) give_up();
                key.quoted = true;
                key.after = q + 1;
                return true;
            }
            return false;
        }
        if (!plain_start(p)) return false;
        for (size_t i = p; i < line_.size(); ++i) {
            char c = line_[i];
            if (c == ':' && (i + 1 == line_.size() || line_[i + 1] == ' ')) {
                if (i - p > kMaxKeyLength) give_up();
                key.value.assign(trim_right(line_.substr(p, i - p)));
                key.quoted = false;
                key.after = i + 1;
                return true;
            }
            if (c == ' ' && i + 1 < line_.size() && line_[i + 1] == '#') return false;
        }
        return false;
    }

    // A quoted scalar that ends on this line; returns the position after the closing quote.
    size_t quoted(size_t p, std::string& out) {
        out.clear();
        return line_[p] == '\'' ? single_quoted(p, out) : double_quoted(p, out);
    }

    size_t single_quoted(size_t p, std::string& out) {
        const size_t n = line_.size();
        for (size_t i = p + 1; i < n;) {
            const char* quote =
                static_cast<const char*>(std::memchr(line_.data() + i, '\'', n - i));
            if (!quote) break;
            size_t q = static_cast<size_t>(quote - line_.data());
            out.append(line_.data() + i, q - i);
            if (q + 1 < n && line_[q + 1] == '\'') {
                out += '\'';
                i = q + 2;
                continue;
            }
            return q + 1;
        }
        give_up();
    }

    size_t double_quoted(size_t p, std::string& out) {
        const size_t n = line_.size();
        size_t i = p + 1;
        while (i < n) {
            size_t run = i;
            while (run < n && line_[run] != '"' && line_[run] != '\\') ++run;
            out.append(line_.data() + i, run - i);
            i = run;
            if (i == n) break;
            if (line_[i] == '"') return i + 1;
            if (i + 1 == n) give_up();  // an escaped line break
            const char escape = line_[i + 1];
            i += 2;
            if (const char* text = simple_escape(escape))
                out.append(text, escape == '0' ? 1 : std::strlen(text));
            else if (escape == 'x' || escape == 'u' || escape == 'U')
                i = hex_escape(i, escape == 'x' ? 2 : escape == 'u' ? 4 : 8, out);
            else
                give_up();
        }
        give_up();
    }

    // The text of a one-character YAML escape (\0 gives one NUL), or null.
    static const char* simple_escape(char escape) {
        switch (escape) {
            case '0':
                return "\0";
            case 'a':
                return "\x07";
            case 'b':
                return "\x08";
            case 't':
                return "\t";
            case 'n':
                return "\n";
            case 'v':
                return "\x0B";
            case 'f':
                return "\x0C";
            case 'r':
                return "\r";
            case 'e':
                return "\x1B";
            case ' ':
                return " ";
            case '"':
                return "\"";
            case '\'':
                return "'";
            case '\\':
                return "\\";
            case '/':
                return "/";
            case 'L':
                return "\xE2\x80\xA8";
            case 'P':
                return "\xE2\x80\xA9";
            default:
                return nullptr;
        }
    }

    // \xHH, \uHHHH or \UHHHHHHHH starting at i; returns the position after the digits.
    size_t hex_escape(size_t i, size_t digits, std::string& out) {
        if (i + digits > line_.size()) give_up();
        uint32_t value = 0;
        for (size_t k = 0; k < digits; ++k) {
            char h = line_[i + k];
            if (!is_hex(h)) give_up();
            value = value * 16 + static_cast<uint32_t>(h <= '9'   ? h - '0'
                                                       : h <= 'F' ? h - 'A' + 10
                                                                  : h - 'a' + 10);
        }
        append_code_point(out, value);
        return i + digits;
    }

    // A flow collection that ends on this line; returns the position after it.
    size_t flow(size_t p) {
        if (levels_.size() + ++flow_depth_ > kMaxDepth) give_up();
        size_t end = line_[p] == '{' ? flow_map(p) : flow_seq(p);
        --flow_depth_;
        return end;
    }

    size_t flow_map(size_t p) {
        out_.OnMapStart(mark(p), "?", YAML::NullAnchor, YAML::EmitterStyle::Flow);
        size_t i = skip_spaces(p + 1);
        if (i < line_.size() && line_[i] == '}') {
            out_.OnMapEnd();
            return i + 1;
        }
        for (;;) {
            if (i >= line_.size()) give_up();
            size_t after;
            if (line_[i] == '"' || line_[i] == '\'') {
                size_t end = quoted(i, value_);
                out_.OnScalar(mark(i), "!", YAML::NullAnchor, value_);
                after = skip_spaces(end);
                if (after >= line_.size() || line_[after] != ':') give_up();
            } else {
                size_t stop = flow_plain(i);
                if (line_[stop] != ':') give_up();
                plain(i, trim_right(line_.substr(i, stop - i)));
                after = stop;
            }
            if (after + 1 >= line_.size() || line_[after + 1] != ' ') give_up();
            i = skip_spaces(flow_value(skip_spaces(after + 1)));
            if (i >= line_.size()) give_up();
            if (line_[i] == '}') {
                out_.OnMapEnd();
                return i + 1;
            }
            if (line_[i] != ',') give_up();
            i = skip_spaces(i + 1);
            if (i >= line_.size() || line_[i] == ',') give_up();
            if (line_[i] == '}') {  // a trailing comma: nothing more
                out_.OnMapEnd();
                return i + 1;
            }
        }
    }

    size_t flow_seq(size_t p) {
        out_.OnSequenceStart(mark(p), "?", YAML::NullAnchor, YAML::EmitterStyle::Flow);
        size_t i = skip_spaces(p + 1);
        if (i < line_.size() && line_[i] == ']') {
            out_.OnSequenceEnd();
            return i + 1;
        }
        for (;;) {
            i = skip_spaces(flow_value(i));
            if (i >= line_.size()) give_up();
            if (line_[i] == ']') {
                out_.OnSequenceEnd();
                return i + 1;
            }
            if (line_[i] != ',') give_up();
            i = skip_spaces(i + 1);
            if (i >= line_.size() || line_[i] == ',') give_up();
            if (line_[i] == ']') {  // a trailing comma: nothing more
                out_.OnSequenceEnd();
                return i + 1;
            }
        }
    }

    // A value inside a flow collection; returns the position after it.
    size_t flow_value(size_t i) {
        if (i >= line_.size()) give_up();
        char ch = line_[i];
        if (ch == '{' || ch == '[') return flow(i);
        if (ch == '"' || ch == '\'') {
            size_t end = quoted(i, value_);
            out_.OnScalar(mark(i), "!", YAML::NullAnchor, value_);
            return end;
        }
        size_t stop = flow_plain(i);
        char at = line_[stop];
        if (at != ',' && at != '}' && at != ']') give_up();
        plain(i, trim_right(line_.substr(i, stop - i)));
        return stop;
    }

    // A plain scalar in a flow collection (yaml-cpp's PlainScalarInFlow and
    // ScanScalarEndInFlow); returns where it stops, always on this line.
    size_t flow_plain(size_t i) const {
        const size_t n = line_.size();
        char ch = line_[i];
        if (std::strchr("?,[]{}#&*!|>'\"%@`", ch)) give_up();
        if ((ch == '-' || ch == ':') && (i + 1 == n || line_[i + 1] == ' ')) give_up();
        for (size_t j = i;; ++j) {
            if (j == n) give_up();  // the collection goes on to the next line
            char c = line_[j];
            if (c == ':') {
                if (j + 1 == n) give_up();
                char next = line_[j + 1];
                if (next == ' ' || next == ',' || next == ']' || next == '}') {
                    if (j == i) give_up();
                    return j;
                }
                continue;
            }
            if (c == ',' || c == '?' || c == '[' || c == ']' || c == '{' || c == '}') {
                if (j == i || c == '?' || c == '[' || c == '{') give_up();
                return j;
            }
            if (c == ' ' && j + 1 < n && line_[j + 1] == '#') give_up();
        }
    }

    LineReader& in_;
    PieceWatch out_;
    FastYamlPieces* pieces_;
    std::string_view line_;
    bool crlf_ = false;
    bool newline_ = false;
    int line_no_ = 0;
    std::vector<Level> levels_;
    Pending pending_ = Pending::none;
    size_t pending_indent_ = 0;
    bool started_ = false;
    bool root_done_ = false;
    bool root_scalar_ = false;
    size_t flow_depth_ = 0;
    std::string value_;
    std::optional<InputLine> held_;
    // The piece being read (see FastYamlPieces), when pieces_ is given.
    bool piece_ = false;
    FastYamlPiece piece_kind_ = FastYamlPiece::list_item;
    size_t piece_indent_ = 0;
    size_t piece_levels_ = 0;
    int piece_first_line_ = 0;
    std::string piece_text_;
    size_t before_last_read_ = 0;
};

}  // namespace

void read_fast_yaml(LineReader& in, YAML::EventHandler& out, FastYamlPieces* pieces) {
    FastYaml(in, out, pieces).run();
}

}  // namespace portalgen
