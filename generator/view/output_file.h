// OutputFile: one file of a build held in memory (a page or a PDF), before it is published.
#pragma once

#include <string>
#include <vector>

namespace portalgen {

struct OutputFile {
    std::string path;   // relative to OUT, from view/output_paths.h
    std::string bytes;  // the whole content
};

using OutputFiles = std::vector<OutputFile>;

}  // namespace portalgen
