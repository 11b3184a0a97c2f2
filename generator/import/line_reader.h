// LineReader: an input file read in large blocks and handed out one line at a time, each line
// checked to be UTF-8 without NUL bytes, so a file of any size is read in bounded memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"

namespace portalgen {

// One line of the input, without its line break.
struct InputLine {
    std::string_view text;
    bool newline = false;  // a '\n' ended it (a '\r' before the '\n' is left out of `text`)
    bool crlf = false;     // the break was "\r\n"
    // Bytes the fast YAML reader leaves to yaml-cpp: controls (tab, lone CR ...), C1 controls,
    // U+2028, U+2029 and U+FEFF.
    bool unusual = false;
};

// The longest line read, in bytes without its line break. No line of a valid input comes near
// it (a text value is at most 10,000 characters).
inline constexpr size_t kMaxLineBytes = size_t{4} << 20;

class LineReader {
  public:
    // Reads the file at `path`; `name` is how error messages name it. is_open() tells whether
    // the file could be opened.
    LineReader(const std::string& path, std::string name);
    // Reads text already in memory (it must outlive the reader).
    static LineReader from_text(std::string_view text, std::string name);
    ~LineReader();
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;
    LineReader(LineReader&& other) noexcept;

    bool is_open() const { return fd_ >= 0 || in_memory_; }
    // A read failed (the path is a folder, a disk error ...): the input ended there.
    bool failed() const { return failed_; }
    const std::string& name() const { return name_; }

    // The next line; false at the end of the input, at the first byte that is not UTF-8 or at
    // a line longer than kMaxLineBytes (see bad_byte()). A UTF-8 byte order mark at the start
    // is skipped. The text stays valid until the next call.
    bool next(InputLine& line);
    // 0-based number of the line last returned.
    int line_number() const { return line_number_ - 1; }
    // Bytes of the file consumed so far.
    uint64_t offset() const { return consumed_; }
    // The number of line breaks read, and the length of the last line when no break ends it:
    // where a parser stands at the end of the input.
    int end_line() const { return end_line_; }
    int end_column() const { return end_column_; }

    // Set once next() has stopped on an invalid byte or a line too long: its position (code
    // points counted from 1) and the message for it.
    const std::optional<Diagnostic>& bad_byte() const { return bad_byte_; }
    // Reads (and checks) the rest of the input without handing it out.
    void skip_to_end();

  private:
    LineReader(std::string name);
    bool fill();
    // Stops the reading on a line longer than kMaxLineBytes; false.
    bool too_long();

    std::string name_;
    int fd_ = -1;
    bool in_memory_ = false;
    std::vector<char> buffer_;
    const char* data_ = nullptr;  // the bytes not yet handed out: data_[begin_, end_)
    size_t begin_ = 0;
    size_t end_ = 0;
    bool eof_ = false;
    bool failed_ = false;
    bool started_ = false;
    int line_number_ = 0;
    uint64_t consumed_ = 0;
    int end_line_ = 0;
    int end_column_ = 0;
    std::optional<Diagnostic> bad_byte_;
};

}  // namespace portalgen
