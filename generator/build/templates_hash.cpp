#include "build/templates_hash.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/sha256.h"

namespace portalgen {

namespace {

// Bumped when the program's output changes for the same data and templates, so that an upgraded
// portalgen rebuilds every customer once.
constexpr std::string_view kOutputVersion = "portalgen-output-2";

}  // namespace

std::string templates_hash(const std::filesystem::path& templates) {
    namespace fs = std::filesystem;
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(templates))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::string text(kOutputVersion);
    for (const fs::path& file : files)
        text += "\n" + fs::relative(file, templates).generic_string() + " " + sha256_file_hex(file);
    return sha256_hex(text);
}

}  // namespace portalgen
