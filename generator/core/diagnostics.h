// Diagnostics: problems found in input data, each reported as FILE:LINE:COL: message.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace portalgen {

// A position in a source file; line and column are 1-based (0 = unknown). For a SQLite input,
// `file` is FILE:TABLE and `line` the row's rowid, which may be any 64-bit integer.
struct Loc {
    std::string file;
    int64_t line = 0;
    int column = 0;
    std::string to_string() const;
};

struct Diagnostic {
    Loc loc;
    std::string message;
    // One line, its control characters escaped: messages quote the data (escape_controls).
    std::string to_string() const;
};

// Collects every problem so they can all be reported at once.
class Diagnostics {
  public:
    void error(const Loc& loc, std::string message) { items_.push_back({loc, std::move(message)}); }
    bool empty() const { return items_.empty(); }
    size_t size() const { return items_.size(); }
    const std::vector<Diagnostic>& items() const { return items_; }
    // Sorted by file, line, column; one line each.
    std::string to_string() const;

  private:
    std::vector<Diagnostic> items_;
};

// Thrown when input data is invalid; the run exits with status 3.
class InvalidInput : public std::runtime_error {
  public:
    explicit InvalidInput(const Diagnostics& diagnostics)
        : std::runtime_error(diagnostics.to_string()) {}
};

}  // namespace portalgen
