#include "render/html_template.h"

#include <algorithm>
#include <fstream>
#include <kainjow/mustache.hpp>
#include <set>
#include <sstream>

namespace portalgen {

namespace {

constexpr int kMaxPartialDepth = 8;

std::string trim(std::string_view text) {
    size_t begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string_view::npos) return "";
    size_t end = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(begin, end - begin + 1));
}

// A key: names of letters, digits and _ joined by dots ("t.invoice.title"), or "." (the item).
bool valid_key(const std::string& key) {
    if (key == ".") return true;
    bool name_started = false;
    for (char c : key) {
        if (c == '.') {
            if (!name_started) return false;
            name_started = false;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '_') {
            name_started = true;
        } else {
            return false;
        }
    }
    return name_started;
}

// The start of a tag, for messages: up to the first line break, at most 40 characters.
std::string tag_start(std::string_view text) {
    text = text.substr(0, std::min(text.find_first_of("\r\n"), size_t{40}));
    return trim(text);
}

bool valid_partial_name(const std::string& name) {
    if (name.empty()) return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

// A piece of the expanded text copied verbatim from one file, starting at `line`.
struct Segment {
    size_t begin;
    std::string file;
    int line;
};

// Expands {{> name}} recursively, remembering where each piece of text came from.
class Expander {
  public:
    Expander(const HtmlTemplate::FileReader& read, const std::string& display_dir)
        : read_(read), display_dir_(display_dir) {}

    void expand(const std::string& relative, int depth) {
        expand(relative, read_(relative), depth);
    }

    void expand(const std::string& relative, const std::string& text, int depth) {
        const std::string shown = display_dir_ + relative;
        int line = 1;
        size_t pos = 0;
        segments_.push_back({out_.size(), shown, line});
        for (size_t open = text.find("{{>"); open != std::string::npos;
             open = text.find("{{>", pos)) {
            size_t close = text.find("}}", open);
            line += static_cast<int>(std::count(text.begin() + pos, text.begin() + open, '\n'));
            out_.append(text, pos, open - pos);
            if (close == std::string::npos) fail(shown, line, "unclosed {{> tag");
            std::string name = trim(std::string_view(text).substr(open + 3, close - open - 3));
            if (!valid_partial_name(name))
                fail(shown, line, "bad partial name \"" + name + "\" (a-z, 0-9 and _)");
            if (depth >= kMaxPartialDepth) fail(shown, line, "partials nested too deep");
            const std::string partial = "partials/" + name + ".mustache";
            std::string partial_text;
            try {
                partial_text = read_(partial);
            } catch (const TemplateError& e) {
                // Said where it is used: that is the line to correct.
                fail(shown, line, "no partial \"" + name + "\" (" + e.what() + ")");
            }
            expand(partial, partial_text, depth + 1);
            // The partial's own last newline: the line of the {{> tag}} keeps its own.
            if (!out_.empty() && out_.back() == '\n') out_.pop_back();
            pos = close + 2;
            segments_.push_back({out_.size(), shown, line});
        }
        out_.append(text, pos, std::string::npos);
    }

    // The file and line of a position of the expanded text.
    std::pair<std::string, int> where(size_t offset) const {
        auto after = std::upper_bound(segments_.begin(), segments_.end(), offset,
                                      [](size_t o, const Segment& s) { return o < s.begin; });
        const Segment& s = *(after - 1);
        int line = s.line + static_cast<int>(
                                std::count(out_.begin() + s.begin, out_.begin() + offset, '\n'));
        return {s.file, line};
    }

    [[noreturn]] static void fail(const std::string& file, int line, const std::string& what) {
        throw TemplateError("template " + file + ":" + std::to_string(line) + ": " + what);
    }

    const std::string& text() const { return out_; }

  private:
    const HtmlTemplate::FileReader& read_;
    std::string display_dir_;
    std::string out_;
    std::vector<Segment> segments_;
};

}  // namespace

namespace {

std::vector<std::string> split_key(const std::string& name) {
    std::vector<std::string> parts;
    for (size_t start = 0;;) {
        size_t dot = name.find('.', start);
        parts.push_back(name.substr(start, dot - start));
        if (dot == std::string::npos) return parts;
        start = dot + 1;
    }
}

}  // namespace

struct HtmlTemplate::Tag {
    // text: `name` is literal text without line breaks; newline: `name` is "\n", "\r\n" or "\r".
    enum class Kind { variable, raw, section, inverted, text, newline };
    Kind kind;
    std::string name;
    std::string file;
    int line;
    std::vector<Tag> children;
    std::vector<std::string> path;  // `name` split at its dots, once: looked up at every render
    std::vector<uint32_t> hashes;   // MustacheData::key_hash of each part of `path`

    std::string where() const { return "template " + file + ":" + std::to_string(line) + ": "; }
};

struct HtmlTemplate::Impl {
    std::string file;
    std::vector<Tag> tags;

    // One tag of the expanded text, read and checked: its sigil (' ' for a variable, '{' for
    // a triple mustache), its key, and the position after it.
    struct ScannedTag {
        char sigil;
        std::string name;
        std::string file;
        int line;
        size_t after;
    };

    static ScannedTag read_tag(const Expander& expanded, size_t start) {
        const std::string& text = expanded.text();
        auto [file, line] = expanded.where(start);
        const bool triple = text.compare(start, 3, "{{{") == 0;
        const size_t open = triple ? 3 : 2;
        const size_t end = text.find(triple ? "}}}" : "}}", start);
        if (end == std::string::npos)
            Expander::fail(file, line, "unclosed tag " + tag_start(text.substr(start)));
        std::string body = trim(std::string_view(text).substr(start + open, end - start - open));
        char sigil = triple ? '{' : (body.empty() ? ' ' : body[0]);
        if (std::string_view("#^/!&=>").find(sigil) == std::string_view::npos && !triple)
            sigil = ' ';
        std::string name = sigil == ' ' || triple ? body : trim(body.substr(1));
        ScannedTag tag{sigil, name, file, line, end + open};
        if (sigil == '!') return tag;
        // A tag must close before the next one opens: "{{name" left open would otherwise run to
        // the end of the next tag.
        const size_t inner = text.find("{{", start + open);
        if (inner < end)
            Expander::fail(file, line,
                           "unclosed tag " + tag_start(text.substr(start, inner - start)));
        if (sigil == '=' || sigil == '>')
            Expander::fail(file, line, "unsupported tag {{" + body + "}}");
        if (name.empty()) Expander::fail(file, line, "empty tag");
        if (!valid_key(name))
            Expander::fail(file, line,
                           "bad tag {{" + tag_start(body) +
                               "}}: a key is names of letters, digits and _ joined by dots");
        // Data is always escaped; only the stylesheet and the script go in as they are.
        if ((sigil == '{' || sigil == '&') && !name.starts_with("asset."))
            Expander::fail(
                file, line,
                "unescaped tag for \"" + name + "\": only asset.* keys may be unescaped");
        return tag;
    }

    // Lists the tags of the expanded text as a tree; checks that sections are balanced.
    void scan(const Expander& expanded) {
        const std::string& text = expanded.text();
        std::vector<std::vector<Tag>*> open{&tags};
        std::vector<const Tag*> sections;
        size_t pos = 0;
        for (size_t start = text.find("{{"); start != std::string::npos;
             start = text.find("{{", pos)) {
            add_text(*open.back(), std::string_view(text).substr(pos, start - pos));
            ScannedTag scanned = read_tag(expanded, start);
            pos = scanned.after;
            const char sigil = scanned.sigil;
            if (sigil == '!') continue;
            if (sigil == '/') {
                if (sections.empty() || sections.back()->name != scanned.name)
                    Expander::fail(scanned.file, scanned.line,
                                   "{{/" + scanned.name + "}} closes " +
                                       (sections.empty() ? std::string("nothing")
                                                         : "{{#" + sections.back()->name + "}}"));
                sections.pop_back();
                open.pop_back();
                continue;
            }
            const Tag::Kind kind = sigil == '{' || sigil == '&' ? Tag::Kind::raw
                                   : sigil == '#'               ? Tag::Kind::section
                                   : sigil == '^'               ? Tag::Kind::inverted
                                                                : Tag::Kind::variable;
            Tag tag{kind, scanned.name, scanned.file, scanned.line, {}, split_key(scanned.name),
                    {}};
            for (const auto& part : tag.path) tag.hashes.push_back(MustacheData::key_hash(part));
            open.back()->push_back(std::move(tag));
            if (sigil == '#' || sigil == '^') {
                sections.push_back(&open.back()->back());
                open.push_back(&open.back()->back().children);
            }
        }
        if (!sections.empty())
            Expander::fail(sections.back()->file, sections.back()->line,
                           "{{#" + sections.back()->name + "}} is never closed");
        add_text(tags, std::string_view(text).substr(pos));
    }

    // Text as kainjow splits it: runs of characters, and each line break on its own.
    static void add_text(std::vector<Tag>& into, std::string_view text) {
        while (!text.empty()) {
            size_t brk = text.find_first_of("\r\n");
            if (brk > 0) {
                into.push_back(
                    {Tag::Kind::text, std::string(text.substr(0, brk)), "", 0, {}, {}, {}});
                if (brk == std::string_view::npos) return;
            }
            size_t length = text.compare(brk, 2, "\r\n") == 0 ? 2 : 1;
            into.push_back(
                {Tag::Kind::newline, std::string(text.substr(brk, length)), "", 0, {}, {}, {}});
            text.remove_prefix(brk + length);
        }
    }
};

namespace {

using Scopes = std::vector<const MustacheData*>;

// Looks a key up the way kainjow does: innermost scope first, a dotted name as a path.
const MustacheData* resolve(const HtmlTemplate::Tag& tag, const Scopes& scopes) {
    if (tag.name == ".") return scopes.back();
    for (auto scope = scopes.rbegin(); scope != scopes.rend(); ++scope) {
        const MustacheData* found = *scope;
        for (size_t i = 0; i < tag.path.size() && found; ++i)
            found = found->get(tag.path[i], tag.hashes[i]);
        if (found) return found;
    }
    return nullptr;
}

void check_tags(const std::vector<HtmlTemplate::Tag>& tags, Scopes& scopes) {
    using Kind = HtmlTemplate::Tag::Kind;
    for (const auto& tag : tags) {
        if (tag.kind == Kind::text || tag.kind == Kind::newline) continue;
        const MustacheData* value = resolve(tag, scopes);
        if (!value) throw TemplateError(tag.where() + "unknown key \"" + tag.name + "\"");
        if (tag.kind == Kind::variable || tag.kind == Kind::raw) {
            if (!value->is_string())
                throw TemplateError(tag.where() + "key \"" + tag.name + "\" is not text");
            continue;
        }
        if (tag.kind == Kind::section && value->is_list()) {
            for (const auto& item : value->list_value()) {
                scopes.push_back(&item);
                check_tags(tag.children, scopes);
                scopes.pop_back();
            }
        } else if (tag.kind == Kind::section && !value->is_false()) {
            scopes.push_back(value);
            check_tags(tag.children, scopes);
            scopes.pop_back();
        } else {
            // Not rendered this time, but every key inside must still exist.
            check_tags(tag.children, scopes);
        }
    }
}

// Renders the tag tree as kainjow renders the same text (the output is byte for byte the same),
// checking every key as it goes: kainjow, profiled, spent most of its time splitting dotted names
// and copying text a character at a time. A line whose tags included a rendered section and
// whose text is only blanks is taken back at its end, line break included.
class Renderer {
  public:
    explicit Renderer(std::string& out) : out_(out), line_start_(out.size()) {}

    void render(const std::vector<HtmlTemplate::Tag>& tags, Scopes& scopes) {
        using Kind = HtmlTemplate::Tag::Kind;
        for (const auto& tag : tags) {
            switch (tag.kind) {
                case Kind::text:
                    out_ += tag.name;
                    continue;
                case Kind::newline:
                    end_line(tag.name);
                    continue;
                default:
                    break;
            }
            const MustacheData* value = resolve(tag, scopes);
            if (!value) throw TemplateError(tag.where() + "unknown key \"" + tag.name + "\"");
            if (tag.kind == Kind::variable || tag.kind == Kind::raw) {
                if (!value->is_string())
                    throw TemplateError(tag.where() + "key \"" + tag.name + "\" is not text");
                if (tag.kind == Kind::raw)
                    out_ += value->string_value();
                else
                    escape_into(value->string_value());
                continue;
            }
            const bool empty = value->is_false() || value->is_empty_list();
            if (tag.kind == Kind::section ? empty : !empty) {
                // Not rendered, but its keys must exist (as check_tags: an empty list has no
                // item to look them up in).
                if (!(tag.kind == Kind::section && value->is_list()))
                    check_tags(tag.children, scopes);
                continue;
            }
            section_tag_ = true;
            if (value->is_non_empty_list()) {
                for (const auto& item : value->list_value()) {
                    section_tag_ = true;
                    scopes.push_back(&item);
                    render(tag.children, scopes);
                    scopes.pop_back();
                    section_tag_ = true;
                }
            } else {
                scopes.push_back(value);
                render(tag.children, scopes);
                scopes.pop_back();
            }
            section_tag_ = true;
        }
    }

    // The last line, which has no line break.
    void finish() { end_line(""); }

  private:
    void end_line(const std::string& line_break) {
        bool blank = out_.find_first_not_of(" \t", line_start_) == std::string::npos;
        if (section_tag_ && blank)
            out_.resize(line_start_);
        else
            out_ += line_break;
        line_start_ = out_.size();
        section_tag_ = false;
    }

    // As kainjow::mustache::html_escape, a run of plain characters at a time.
    void escape_into(const std::string& text) {
        size_t plain = 0;
        for (size_t i = 0; i < text.size(); ++i) {
            const char* entity = nullptr;
            switch (text[i]) {
                case '&':
                    entity = "&amp;";
                    break;
                case '<':
                    entity = "&lt;";
                    break;
                case '>':
                    entity = "&gt;";
                    break;
                case '"':
                    entity = "&quot;";
                    break;
                case '\'':
                    entity = "&apos;";
                    break;
                default:
                    continue;
            }
            out_.append(text, plain, i - plain);
            out_ += entity;
            plain = i + 1;
        }
        out_.append(text, plain, std::string::npos);
    }

    std::string& out_;
    size_t line_start_;  // where the line being rendered starts in out_
    bool section_tag_ = false;
};

void collect_keys(const std::vector<HtmlTemplate::Tag>& tags, std::vector<std::string>& keys,
                  std::set<std::string>& seen) {
    for (const auto& tag : tags) {
        if (tag.kind == HtmlTemplate::Tag::Kind::text ||
            tag.kind == HtmlTemplate::Tag::Kind::newline)
            continue;
        if (seen.insert(tag.name).second) keys.push_back(tag.name);
        collect_keys(tag.children, keys, seen);
    }
}

}  // namespace

HtmlTemplate::HtmlTemplate() : impl_(std::make_unique<Impl>()) {}
HtmlTemplate::HtmlTemplate(HtmlTemplate&&) noexcept = default;
HtmlTemplate& HtmlTemplate::operator=(HtmlTemplate&&) noexcept = default;
HtmlTemplate::~HtmlTemplate() = default;

HtmlTemplate HtmlTemplate::parse(const std::string& name, const FileReader& read,
                                 const std::string& display_dir) {
    HtmlTemplate tmpl;
    const std::string relative = name + ".mustache";
    tmpl.impl_->file = display_dir + relative;
    Expander expander(read, display_dir);
    expander.expand(relative, 0);
    tmpl.impl_->scan(expander);
    // kainjow's parser as a second opinion: our renderer must not accept what Mustache refuses.
    const kainjow::mustache::mustache reference(expander.text());
    if (!reference.is_valid())
        throw TemplateError("template " + tmpl.impl_->file + ": " + reference.error_message());
    return tmpl;
}

HtmlTemplate HtmlTemplate::load(const std::filesystem::path& dir, const std::string& name) {
    std::string shown = dir.string();
    if (!shown.empty() && shown.back() != '/') shown += '/';
    auto read = [&](const std::string& relative) {
        std::ifstream in(dir / relative, std::ios::binary);
        if (!in) throw TemplateError("template " + shown + relative + ": cannot read the file");
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    };
    return parse(name, read, shown);
}

namespace {

std::string render_tags(const std::vector<HtmlTemplate::Tag>& tags, Scopes scopes) {
    std::string html;
    html.reserve(64 * 1024);  // a portal page, with its stylesheet and script: no regrowing
    Renderer renderer(html);
    renderer.render(tags, scopes);
    renderer.finish();
    return html;
}

}  // namespace

std::string HtmlTemplate::render(const MustacheData& globals, const MustacheData& view) const {
    return render_tags(impl_->tags, {&globals, &view});
}

std::string HtmlTemplate::render(const MustacheData& globals, const MustacheData& shared,
                                 const MustacheData& view) const {
    return render_tags(impl_->tags, {&globals, &shared, &view});
}

std::vector<std::string> HtmlTemplate::keys() const {
    std::vector<std::string> keys;
    std::set<std::string> seen;
    collect_keys(impl_->tags, keys, seen);
    return keys;
}

const std::string& HtmlTemplate::file() const {
    return impl_->file;
}

}  // namespace portalgen
