// YamlStream: reads one YAML input with the fast reader, leaving to yaml-cpp what it cannot read:
// that piece alone (YamlPiece) when it can, else the whole file again from the start. Every file
// reads exactly as yaml-cpp reads it (values, positions and error messages), and everyday files
// read fast and in bounded memory.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "import/line_reader.h"
#include "import/yaml_tree.h"

namespace portalgen {

enum class YamlParsers { fast_first, yaml_cpp_only };

// Thrown by a receiver of events that has read enough: reading ends there, quietly.
struct StopReading {};

struct YamlFileResult {
    // Problems of the YAML itself: bytes, syntax, refused features. When there is any, nothing
    // else of the file counts: the import reports only these for it.
    std::vector<Diagnostic> errors;
    bool fast = false;      // the fast reader read it, yaml-cpp at most some pieces of it
    int pieces_reread = 0;  // pieces (FastYamlPieces) the fast reader left to yaml-cpp
    bool stopped = false;   // a receiver stopped the reading (StopReading)
};

// Reads the document of an input into a builder. `open` gives a reader at the start of the
// input; `make` gives a fresh builder reporting to `errors`. Both are called again when the
// fast reader gives up. Exceptions thrown by the builder's receiver pass through, but
// StopReading.
YamlFileResult read_yaml_document(const std::function<LineReader()>& open,
                                  const std::function<YamlTreeBuilder&(Diagnostics& errors)>& make,
                                  YamlParsers parsers = YamlParsers::fast_first);

// Streams the top level of an input file to `top` (see YamlTopLevel). A file with no document
// gets a null root at 1:1. `file` names the file in positions.
YamlFileResult stream_yaml(const std::function<LineReader()>& open, const std::string& file,
                           YamlTopLevel& top, YamlParsers parsers = YamlParsers::fast_first);

}  // namespace portalgen
