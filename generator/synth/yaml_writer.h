// YamlWriter: a buffered writer of YAML scalars and raw structure onto an output stream, with
// the quoting rules that keep every string a string (plain only when nothing can misread it).
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/decimal.h"

namespace portalgen {

class YamlWriter {
  public:
    explicit YamlWriter(std::ostream& out);
    ~YamlWriter();
    YamlWriter(const YamlWriter&) = delete;
    YamlWriter& operator=(const YamlWriter&) = delete;

    // Structure written as is: keys, indentation, "- ", "{ ", ", ".
    void raw(std::string_view text) {
        buffer_.append(text);
        if (buffer_.size() >= kFlushBytes) flush();
    }
    void raw(char c) { buffer_.push_back(c); }

    // Plain when that reads back as the same string in block and flow context, else quoted.
    void text(std::string_view value);
    // Always double-quoted, with YAML escapes.
    void quoted(std::string_view value);
    void integer(int64_t value);
    void date(Date value);    // YYYY-MM-DD
    void month(Month value);  // YYYY-MM
    // Shortest exact text, plain: 2, 2.5, 9.975.
    void decimal(Decimal value);
    // Exactly `digits` decimals, quoted like the specification's examples: "149.00", "1001".
    void money(Decimal value, int digits);

    // Hands the buffered text to the stream; throws std::runtime_error if the stream failed.
    void flush();

  private:
    static constexpr size_t kFlushBytes = 1 << 18;
    std::ostream& out_;
    std::string buffer_;
};

// True when `value` can be written as a plain scalar: starts with a letter, holds only
// letters, digits, spaces and . - _ / ( ) & + ' @, no YAML keyword like yes or null, and no
// character some parsers read as a line break or space.
bool is_plain_safe(std::string_view value);

}  // namespace portalgen
