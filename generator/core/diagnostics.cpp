#include "core/diagnostics.h"

#include <algorithm>
#include <tuple>

#include "core/terminal_text.h"

namespace portalgen {

std::string Loc::to_string() const {
    return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

std::string Diagnostic::to_string() const {
    return escape_controls(loc.to_string() + ": " + message);
}

std::string Diagnostics::to_string() const {
    std::vector<Diagnostic> sorted = items_;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.loc.file, a.loc.line, a.loc.column) <
               std::tie(b.loc.file, b.loc.line, b.loc.column);
    });
    std::string out;
    for (const auto& d : sorted) out += d.to_string() + "\n";
    return out;
}

}  // namespace portalgen
