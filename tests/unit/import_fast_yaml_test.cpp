// The fast YAML reader against yaml-cpp: on every input it does not give up on, it must send
// exactly yaml-cpp's events — same values, tags and marks — and yaml-cpp must accept the input.
// Hand-picked cases first, then many generated documents, then the files portalgen writes
// (which must not need yaml-cpp at all: they are the ones that are large).
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <random>
#include <sstream>

#include "import/fast_yaml.h"
#include "import/line_reader.h"
#include "import/yaml_piece.h"
#include "import/yaml_stream.h"
#include "store/yaml_export.h"
#include "store_fixture.h"
#include "synth/synthetic.h"

using namespace portalgen;

namespace {

// Every event, one per line, marks included.
class Recorder : public YAML::EventHandler {
  public:
    std::string text;
    void OnDocumentStart(const YAML::Mark& m) override { add("document", m); }
    void OnDocumentEnd() override { text += "end document\n"; }
    void OnNull(const YAML::Mark& m, YAML::anchor_t a) override {
        add("null" + std::to_string(a), m);
    }
    void OnAlias(const YAML::Mark& m, YAML::anchor_t a) override {
        add("alias" + std::to_string(a), m);
    }
    void OnScalar(const YAML::Mark& m, const std::string& tag, YAML::anchor_t a,
                  const std::string& value) override {
        add("scalar " + tag + std::to_string(a), m, value);
    }
    void OnSequenceStart(const YAML::Mark& m, const std::string& tag, YAML::anchor_t a,
                         YAML::EmitterStyle::value style) override {
        add("sequence " + tag + std::to_string(a) + std::to_string(style), m);
    }
    void OnSequenceEnd() override { text += "end sequence\n"; }
    void OnMapStart(const YAML::Mark& m, const std::string& tag, YAML::anchor_t a,
                    YAML::EmitterStyle::value style) override {
        add("map " + tag + std::to_string(a) + std::to_string(style), m);
    }
    void OnMapEnd() override { text += "end map\n"; }

  private:
    void add(const std::string& what, const YAML::Mark& m, const std::string& value = "") {
        text += what + " " + std::to_string(m.line) + ":" + std::to_string(m.column) + " [" +
                value + "]\n";
    }
};

// Pieces the fast reader gives up on are read by yaml-cpp alone, as the import does.
class Pieces : public FastYamlPieces {
  public:
    explicit Pieces(Recorder& recorder) : recorder_(recorder) {}
    int reread = 0;
    void piece_start() override { size_ = recorder_.text.size(); }
    bool reread_piece(FastYamlPiece piece, std::string_view text, std::string_view next,
                      int first_line) override {
        recorder_.text.resize(size_);
        ++reread;
        return read_piece_with_yaml_cpp(piece, text, next, first_line, recorder_);
    }

  private:
    Recorder& recorder_;
    size_t size_ = 0;
};

enum class Outcome { same, gave_up, different };
int pieces_reread = 0;

// Compares the two readers on `text`; explains a difference in `why`.
Outcome compare(const std::string& text, std::string& why) {
    Recorder fast;
    Pieces pieces(fast);
    try {
        LineReader in = LineReader::from_text(text, "t.yaml");
        read_fast_yaml(in, fast, &pieces);
        if (in.bad_byte()) return Outcome::gave_up;
    } catch (const FastYamlGiveUp&) {
        return Outcome::gave_up;
    }
    pieces_reread += pieces.reread;
    std::string body = text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
    Recorder slow;
    std::string problem;
    try {
        std::istringstream stream(body);
        YAML::Parser parser(stream);
        parser.HandleNextDocument(slow);
        if (parser.HandleNextDocument(slow)) problem = "a second document";
    } catch (const YAML::Exception& e) {
        problem = e.what();
    }
    if (problem.empty() && slow.text == fast.text) return Outcome::same;
    why = "input:\n" + text + "\nyaml-cpp: " + problem + "\n" + slow.text + "fast:\n" + fast.text;
    return Outcome::different;
}

// Random documents built from the constructs that matter: keys and scalars of every style,
// flow collections, empty values, compact and indentless collections, comments, blank lines,
// CRLF, no final line break; some then get one random character changed.
class DocumentMaker {
  public:
    explicit DocumentMaker(uint64_t seed) : random_(seed) {}

    std::string make() {
        everyday_ = below(3) != 0;
        std::string out = filler(0);
        if (below(5))
            block_map(out, 0, 0, false);
        else
            block_seq(out, 0, 0, false);
        if (below(6) == 0) {
            std::string crlf;
            for (char c : out) {
                if (c == '\n') crlf += '\r';
                crlf += c;
            }
            out = crlf;
        }
        if (below(6) == 0 && !out.empty()) out.pop_back();
        if (below(6) == 0) out += std::string(below(5), ' ') + (below(2) ? "# end" : "");
        if (!everyday_ && !out.empty()) {
            static const std::string kChars = " :-#'\"[]{},?&*!|>\n\t\r%@`~\\";
            size_t at = below(out.size());
            char c = kChars[below(kChars.size())];
            switch (below(3)) {
                case 0:
                    out.insert(at, 1, c);
                    break;
                case 1:
                    out.erase(at, 1);
                    break;
                default:
                    out[at] = c;
            }
        }
        return out;
    }

  private:
    size_t below(size_t n) { return random_() % n; }
    bool one_in(size_t n) { return below(n) == 0; }
    template <size_t N>
    const char* pick(const char* const (&options)[N]) {
        return options[below(N)];
    }

    std::string scalar(bool in_flow) {
        static const char* const kPlain[] = {"a",
                                             "abc",
                                             "C1",
                                             "017",
                                             "2026-01-01",
                                             "19.99",
                                             "-5",
                                             "~",
                                             "null",
                                             "Null",
                                             "NULL",
                                             "true",
                                             "x y",
                                             "a  b",
                                             "http://x.y/z?q=1",
                                             "a:b",
                                             "a#b",
                                             "é",
                                             "日本",
                                             "-x",
                                             "?x",
                                             ":x",
                                             "a,b",
                                             "a]",
                                             "a}",
                                             "a[",
                                             "a{",
                                             "a'b",
                                             "a\"b",
                                             "100%",
                                             "x?y",
                                             "a b ",
                                             "a\\b",
                                             "Marie Tremblay",
                                             "INV/2026/00001",
                                             "O'Brien & Sons",
                                             "«x»",
                                             "a - b",
                                             "-",
                                             "--",
                                             "---",
                                             "...",
                                             "a ~",
                                             "2026-11-10T14:03:00Z"};
        static const char* const kDouble[] = {
            "",      "x",           "a b",     "\\n", "\\t", "\\\"", "\\\\",   "\\u00e9",  "\\x41",
            "\\xe9", "\\U0001F600", "\\/",     "\\ ", "\\N", "\\_",  "\\L",    "\\P",      "\\0",
            "\\e",   "\\q",         "\\ud800", "#",   "'",   ": x",  " ,[]{}", "\\u2028x", "a\\"};
        static const char* const kSingle[] = {"",    "x", "a''b", "''", "a b",
                                              "\\n", "#", ": x",  "\"", "a'"};
        static const char* const kFlow[] = {"[a,b]",       "{a: 1,b: 2}", "[ ]",
                                            "{ }",         "[a, [b, c]]", "{a: [1, 2], b: {c: d}}",
                                            "[\"a\",'b']", "{\"a\":1}",   "[a: b]",
                                            "{a}",         "{a: }",       "[a,]",
                                            "[a, ]",       "{a: 1,}",     "[a # c]",
                                            "[~, null]",   "{~: x}",      "[a:b, c]",
                                            "[a]x",        "{a: b} # c"};
        static const char* const kOdd[] = {"|",    "|-",   ">",  "&a x", "*a",  "!!str x",
                                           "!x y", "@x",   "`x", "%x",   "- x", "? x",
                                           ": x",  "x: y", "x:", "#c"};
        if (!in_flow && below(10) == 0) return block_scalar();
        size_t kind = below(8);
        if (everyday_ && kind == 6) kind = 0;
        switch (kind) {
            case 0:
            case 7:
                return pick(kPlain);
            case 1:
                return std::string("\"") + pick(kDouble) + (below(3) ? "" : "y") + "\"";
            case 2:
                return std::string("'") + pick(kSingle) + "'";
            case 3:
                return in_flow ? "[]" : "[" + scalar(true) + ", " + scalar(true) + "]";
            case 4:
                return std::string("{ ") + pick({"a", "\"k\"", "b c", "'q'"}) + ": " +
                       scalar(true) + (below(2) ? ", z: " + scalar(true) : std::string()) + " }";
            case 5:
                return pick(kFlow);
            default:
                return pick(kOdd);
        }
    }
    // A literal or folded scalar, its lines sometimes indented differently or apart.
    std::string block_scalar() {
        static const char* const kHeaders[] = {"|", "|-", ">", ">-", "|+", "|2", ">- # c", "| x"};
        static const char* const kLines[] = {"text", "a b", "# not a comment", "x: y",
                                             "- z",  "  ",  "tail  ",          "é"};
        int indent = indent_ + static_cast<int>(below(4));
        std::string out = pick(kHeaders);
        for (size_t i = 0, n = 1 + below(3); i < n; ++i) {
            out += "\n";
            if (one_in(8)) out += std::string(one_in(3) ? indent + below(3) : 0, ' ') + "\n";
            out += std::string(indent + (one_in(10) ? 1 : 0), ' ') + pick(kLines);
        }
        if (one_in(6)) out += "\n";
        return out;
    }
    std::string key() {
        static const char* const kKeys[] = {"a",  "b",     "c",   "id",      "name",   "x y",
                                            "k1", "~",     "a:b", "-k",      "?k",     "a#b",
                                            "é",  "\"k\"", "'k'", "\"a b\"", "'x''y'", "\"\\n\""};
        return pick(kKeys);
    }
    std::string after_value() { return below(8) ? "" : pick({" ", "  # c", " #c"}); }
    std::string filler(int indent) {
        switch (below(12)) {
            case 0:
                return "\n";
            case 1:
                return std::string(indent + below(3), ' ') + "# comment\n";
            case 2:
                return std::string(below(4), ' ') + "\n";
            default:
                return "";
        }
    }
    void value(std::string& out, int indent, int depth, bool in_seq) {
        indent_ = indent;
        size_t kind = below(depth > 3 ? 3 : 7);
        if (kind <= 1) {
            out += " " + scalar(false) + after_value() + "\n";
            return;
        }
        out += after_value() + "\n" + filler(indent);
        if (kind == 2) return;  // an empty value
        int child = indent + 1 + static_cast<int>(below(3));
        if (kind == 3 || kind == 4)
            block_map(out, child, depth + 1, false);
        else if (kind == 5 && !in_seq && below(2))
            block_seq(out, indent, depth + 1, false);  // indentless
        else
            block_seq(out, child, depth + 1, false);
    }
    void block_map(std::string& out, int indent, int depth, bool first_inline) {
        size_t n = 1 + below(4);
        for (size_t i = 0; i < n; ++i) {
            if (!(first_inline && i == 0)) out += std::string(indent, ' ');
            out += key() + ":";
            value(out, indent, depth, false);
            out += filler(indent);
        }
    }
    void block_seq(std::string& out, int indent, int depth, bool first_inline) {
        size_t n = 1 + below(4);
        for (size_t i = 0; i < n; ++i) {
            if (!(first_inline && i == 0)) out += std::string(indent, ' ');
            out += "-";
            indent_ = indent;
            size_t kind = below(depth > 3 ? 2 : 5);
            if (kind == 0) {
                out += " " + scalar(false) + after_value() + "\n";
            } else if (kind == 1) {
                out += after_value() + "\n";
            } else if (kind <= 3) {
                int spaces = 1 + static_cast<int>(below(2));
                out += std::string(spaces, ' ');
                block_map(out, indent + 1 + spaces, depth + 1, true);
            } else {
                out += "\n" + filler(indent);
                block_map(out, indent + 1 + static_cast<int>(below(3)), depth + 1, false);
            }
            out += filler(indent);
        }
    }

    std::mt19937_64 random_;
    bool everyday_ = true;
    int indent_ = 0;  // of the collection a scalar is made for
};

}  // namespace

TEST_CASE("fast YAML: hand-picked inputs read as yaml-cpp reads them, or are left to it") {
    const char* inputs[] = {
        "a: 1\n",
        "a: 1",
        "a:\n",
        "a:",
        "a: 1\nb:\n",
        "a: 1\nb:  ",
        "a: 1\nb:\n  ",
        "x:\n  a: 1\n  b:\n ",
        "x:\n  a: 1\n  b:\n  # c",
        "x:\n  -\n  ",
        "x:\n  -\n   ",
        "x:\n- a\n-",
        "- a\n-\n",
        "-\n  a: 1\n",
        "a:\n- x\n- y\nb: 2\n",
        "- a:\n  - x\n  b: 1\n",
        "a: b: c\n",
        "a: x\n  y\n",
        "a: x\n\n  # c\nb: 1\n",
        "a: \"x\" # c\n",
        "a: \"x\"# c\n",
        "a: 'it''s'\n",
        "a: \"\\u00e9\\x41\\U0001F600\\/\\ \"\n",
        "a: \"\\N\\_\"\n",
        "a: \"multi\n  line\"\n",
        "a: {b: [1, 2, {c: d}], e: f}\n",
        "a: [1, 2\n",
        "a: {\"b\":1}\n",
        "a: [b: c]\n",
        "a: [a,]\n",
        "\"a b\": 1\n'c': 2\n",
        "~: 1\nnull: 2\n",
        "a: ~\nb: null\nc: Null\nd: NULL\ne: nul\n",
        "a:    x   \n",
        "a#b: c # d\n",
        "a: -1\nb: -\n",
        "a: |\n  text\n",
        "a: >-\n  text\n",
        "a: |\n  one\n  two\nb: 1\n",
        "a: >\n  one\n  two\n\n\nb: 1\n",
        "a: |-\n    one\n    # two\n  # c\nb: 1\n",
        "- >-\n  one\n   two\n- x\n",
        "- |\n  one\n\n  two\n",
        "a: |+\n  one\nb: 1\n",
        "a: |2\n   one\nb: 1\n",
        "a:\n  b: |\n   one\n  c: 1\n",
        "a: |\n one\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "%YAML 1.2\n---\na: 1\n",
        "a:\tb\n",
        "a: 1\r\nb: 2\r\n",
        "a: 1\rb: 2\n",
        "\xEF\xBB\xBF"
        "a: 1\n",
        "  a: 1\n",
        "{a: 1}\n",
        "[a, b]\n# c\n",
        "[a, b]\nc: 1\n",
        "plain\n",
        "",
        "# only a comment\n",
        "a:\n  b: 1\n c: 2\n",
        "a:\n    b: 1\n  c: 2\n",
        "- - a\n",
        "? a\n: b\n",
        "a: b\n- c\n",
        "x:\n  - a: 1\n    e\n  - b\nc: 1\n",
        "x:\n  - a: 1\n    n: a\n      b\n  - c\nd: 1\n",
        "x:\n  - \'\'\'\nb:\n",
        "x:\n  - a: \"one\n    two\"\n  - b: &a 1\n  - c: *a\n",
        "x:\n- a: [1,\n    2]\n- b\n",
    };
    int same = 0;
    for (const char* input : inputs) {
        std::string why;
        Outcome outcome = compare(input, why);
        INFO(why);
        CHECK(outcome != Outcome::different);
        if (outcome == Outcome::same) ++same;
    }
    CHECK(same > 25);
}

TEST_CASE("fast YAML: generated documents read as yaml-cpp reads them, or are left to it") {
    DocumentMaker maker(20261123);
    int same = 0;
    int failures = 0;
    for (int i = 0; i < 40'000; ++i) {
        std::string text = maker.make();
        std::string why;
        Outcome outcome = compare(text, why);
        if (outcome == Outcome::same) ++same;
        if (outcome == Outcome::different && ++failures <= 3) FAIL_CHECK(why);
    }
    CHECK(failures == 0);
    // Enough documents must be read by the fast reader, and pieces by yaml-cpp alone, for the
    // comparison to mean something.
    CHECK(same > 5'000);
    CHECK(pieces_reread > 500);
}

TEST_CASE("fast YAML: what portalgen writes and ships never needs yaml-cpp") {
    for (const char* sample : {"samples/odotrack.yaml", "samples/nimbus.yaml"}) {
        std::ifstream in(std::string(PORTALGEN_SOURCE_DIR) + "/" + sample, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        std::string why;
        Outcome outcome = compare(text.str(), why);
        INFO(sample << "\n" << why);
        CHECK(outcome == Outcome::same);
    }

    std::ostringstream synthetic;
    SynthOptions options;
    options.customers = 60;
    write_synthetic_yaml(synthetic, options);
    std::string why;
    Outcome outcome = compare(synthetic.str(), why);
    INFO(why);
    CHECK(outcome == Outcome::same);

    std::string exported = export_yaml(test::full_company(), {test::full_customer()});
    outcome = compare(exported, why);
    INFO(why);
    CHECK(outcome == Outcome::same);
}
