// YamlTree: a YAML document read into a small tree that keeps every position, rejects duplicate
// keys, anchors/aliases and explicit tags, and remembers whether a scalar was quoted (so `017`
// stays the text "017"). The builder can also hand out the top level of an input file piece by
// piece — each customer as soon as it is complete — so that no file is ever held whole.
#pragma once

#include <yaml-cpp/eventhandler.h>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostics.h"

namespace portalgen {

struct YamlEntry;

struct YamlNode {
    enum class Kind { null, scalar, sequence, map };
    Kind kind = Kind::null;
    int line = 0;    // 1-based
    int column = 0;  // 1-based
    bool quoted = false;
    std::string value;               // scalars
    std::vector<YamlNode> items;     // sequences
    std::vector<YamlEntry> entries;  // maps, in file order

    const YamlNode* find(std::string_view key) const;
};

// A vector of an incomplete type is allowed, a std::pair of one is not: hence a struct.
struct YamlEntry {
    YamlNode key;
    YamlNode value;
};

// Receives the top level of an input file (a mapping of company, taxes and customers) as it is
// read. Values that are not needed whole (an unknown key's, a non-list `customers`) come as
// stubs: kind and position only.
class YamlTopLevel {
  public:
    virtual ~YamlTopLevel() = default;
    // The document's root, as a stub (not called for a file with no document).
    virtual void root(const YamlNode& stub) = 0;
    // A key of the root mapping with its value. For `customers` with a list, called when the
    // list starts, with a stub; its items then come one by one through customer().
    virtual void entry(YamlNode key, YamlNode value) = 0;
    virtual void customer(YamlNode item) = 0;
    // The fast reader gave up: forget what came from this file, it comes again from the start.
    virtual void restart() = 0;
};

// Builds nodes from yaml-cpp events (from yaml-cpp's parser or the fast one), reporting what the
// import refuses to `diagnostics`. Either keeps the whole document (take_root()), or streams its
// top level to a YamlTopLevel.
class YamlTreeBuilder : public YAML::EventHandler {
  public:
    YamlTreeBuilder(const std::string& file, Diagnostics& diagnostics);
    YamlTreeBuilder(const std::string& file, Diagnostics& diagnostics, YamlTopLevel& top);
    ~YamlTreeBuilder() override;

    // The whole document, when not streaming; null if there was none.
    std::unique_ptr<YamlNode> take_root() { return std::move(root_); }
    // Whether the input had a document at all.
    bool has_document() const { return root_seen_; }

    // What has been built so far, to go back to when events are taken back (FastYamlPieces).
    struct Checkpoint {
        size_t open = 0;
        size_t errors = 0;
        size_t sent = 0;
        bool has_key = false;
    };
    Checkpoint checkpoint() const;
    // The line and column of the latest mapping or list opened: where nesting got too deep
    // (yaml-cpp's own mark is then wherever its scanner has read ahead to).
    std::pair<int, int> last_opened() const { return last_opened_; }
    // Forgets what was built and the problems found since `checkpoint`; false (doing nothing)
    // when something was handed to the YamlTopLevel since: that cannot be taken back.
    bool rollback(const Checkpoint& checkpoint);

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override;
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override;
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override;
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override;
    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override;
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override;
    void OnMapEnd() override { close(); }

  private:
    // What becomes of the children of an open collection.
    enum class Keep {
        all,        // kept
        stubs,      // dropped: only mapping keys stay, to find duplicates
        top_level,  // the streamed root mapping: each value goes to the YamlTopLevel
        customers,  // the streamed customers list: each item goes to the YamlTopLevel
    };
    struct Open {
        YamlNode node;
        YamlNode pending_key;
        bool has_key = false;
        Keep keep = Keep::all;
    };

    YamlNode make(YamlNode::Kind kind, const YAML::Mark& mark) const;
    void error(const YAML::Mark& mark, std::string message);
    void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor);
    void check_tag(const YAML::Mark& mark, const std::string& tag);
    Keep keep_for_child(YamlNode::Kind kind) const;
    void open(YamlNode node);
    void close();
    void add(YamlNode node);

    const std::string& file_;
    Diagnostics& diagnostics_;
    YamlTopLevel* top_ = nullptr;
    int documents_ = 0;
    std::pair<int, int> last_opened_{1, 1};
    bool root_seen_ = false;
    size_t sent_ = 0;  // calls to top_
    std::vector<Open> open_;
    std::unique_ptr<YamlNode> root_;
};

// Parses one YAML document held in memory. On any problem, records it in `diagnostics` (with
// `file` as the file name) and returns nullptr. Also checks the bytes: valid UTF-8, no NUL; a
// UTF-8 byte order mark is skipped.
std::unique_ptr<YamlNode> parse_yaml(std::string_view text, const std::string& file,
                                     Diagnostics& diagnostics);

}  // namespace portalgen
