// OutputFile: one file of a build held in memory (a page or a PDF), before it is published.
#pragma once

#include <string>
#include <vector>

namespace portalgen {

struct OutputFile {
    std::string path;   // relative to OUT, from view/output_paths.h
    std::string bytes;  // the whole content
    // True: the file is already published as it should be (an unchanged PDF that was not
    // rendered again); the publisher keeps it and `bytes` is empty.
    bool keep = false;
};

using OutputFiles = std::vector<OutputFile>;

}  // namespace portalgen
