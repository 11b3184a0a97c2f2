#include "import/yaml_stream.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <memory>
#include <streambuf>

#include "import/fast_yaml.h"
#include "import/yaml_piece.h"

namespace portalgen {

namespace {

// Feeds yaml-cpp the checked lines of a LineReader, line breaks restored.
class LineStreamBuf : public std::streambuf {
  public:
    explicit LineStreamBuf(LineReader& in) : in_(in) {}

  protected:
    int_type underflow() override {
        buffer_.clear();
        InputLine line;
        while (buffer_.size() < kChunk && in_.next(line)) {
            buffer_.append(line.text);
            if (line.crlf) buffer_ += '\r';
            if (line.newline) buffer_ += '\n';
        }
        if (buffer_.empty()) return traits_type::eof();
        setg(buffer_.data(), buffer_.data(), buffer_.data() + buffer_.size());
        return traits_type::to_int_type(buffer_[0]);
    }

  private:
    static constexpr size_t kChunk = 1 << 16;
    LineReader& in_;
    std::string buffer_;
};

// Lets yaml-cpp read the pieces the fast reader gives up on, into the same builder.
class PieceRereader : public FastYamlPieces {
  public:
    explicit PieceRereader(YamlTreeBuilder& builder) : builder_(builder) {}
    int reread() const { return reread_; }
    void piece_start() override { checkpoint_ = builder_.checkpoint(); }
    bool reread_piece(FastYamlPiece piece, std::string_view text, std::string_view next,
                      int first_line) override {
        if (!builder_.rollback(checkpoint_)) return false;
        ++reread_;
        return read_piece_with_yaml_cpp(piece, text, next, first_line, builder_);
    }

  private:
    YamlTreeBuilder& builder_;
    YamlTreeBuilder::Checkpoint checkpoint_;
    int reread_ = 0;
};

YamlFileResult finish(LineReader& in, Diagnostics& errors, bool fast, bool stopped = false) {
    YamlFileResult result;
    result.stopped = stopped;
    if (!in.is_open() || in.failed()) {
        Diagnostics unreadable;
        unreadable.error({in.name(), 1, 1}, "cannot read the file");
        result.errors = unreadable.items();
        return result;
    }
    if (in.bad_byte()) {
        // Bad bytes are checked before anything else: they are then the file's only problem.
        result.errors.push_back(*in.bad_byte());
        return result;
    }
    result.errors = errors.items();
    result.fast = fast;
    return result;
}

}  // namespace

YamlFileResult read_yaml_document(const std::function<LineReader()>& open,
                                  const std::function<YamlTreeBuilder&(Diagnostics& errors)>& make,
                                  YamlParsers parsers) {
    if (parsers == YamlParsers::fast_first) {
        LineReader in = open();
        Diagnostics errors;
        YamlTreeBuilder& builder = make(errors);
        PieceRereader pieces(builder);
        try {
            read_fast_yaml(in, builder, &pieces);
            YamlFileResult result = finish(in, errors, true);
            result.pieces_reread = pieces.reread();
            return result;
        } catch (const FastYamlGiveUp&) {
        } catch (const StopReading&) {
            return finish(in, errors, true, true);
        }
    }
    LineReader in = open();
    Diagnostics errors;
    YamlTreeBuilder& builder = make(errors);
    const std::string& file = in.name();
    {
        LineStreamBuf buffer(in);
        std::istream stream(&buffer);
        try {
            YAML::Parser parser(stream);
            parser.HandleNextDocument(builder);
            if (parser.HandleNextDocument(builder))
                errors.error({file, 1, 1}, "several YAML documents in one file: use one per file");
        } catch (const StopReading&) {
            return finish(in, errors, false, true);
        } catch (const YAML::DeepRecursion& e) {
            // yaml-cpp's own guard: its parser recurses once per level of nesting.
            auto [line, column] = builder.last_opened();
            errors.error({file, line, column}, "malformed YAML: nested too deeply (" +
                                                   std::to_string(e.depth()) + " levels)");
        } catch (const YAML::ParserException& e) {
            errors.error({file, e.mark.line + 1, e.mark.column + 1}, "malformed YAML: " + e.msg);
        }
    }
    in.skip_to_end();
    return finish(in, errors, false);
}

YamlFileResult stream_yaml(const std::function<LineReader()>& open, const std::string& file,
                           YamlTopLevel& top, YamlParsers parsers) {
    std::unique_ptr<YamlTreeBuilder> builder;
    YamlFileResult result = read_yaml_document(
        open,
        [&](Diagnostics& errors) -> YamlTreeBuilder& {
            if (builder) top.restart();
            builder = std::make_unique<YamlTreeBuilder>(file, errors, top);
            return *builder;
        },
        parsers);
    if (result.errors.empty() && !result.stopped && !builder->has_document()) {
        YamlNode empty;
        empty.line = empty.column = 1;
        try {
            top.root(empty);
        } catch (const StopReading&) {
            result.stopped = true;
        }
    }
    return result;
}

}  // namespace portalgen
