// YamlPiece: one piece of a YAML file (a customer, the company section) read alone by
// yaml-cpp, with the positions it has in the whole file, when the fast reader cannot read it:
// the rest of the file stays with the fast reader, and memory stays bounded.
#pragma once

#include <yaml-cpp/eventhandler.h>

#include <string_view>

#include "import/fast_yaml.h"

namespace portalgen {

// Reads one piece of a file alone with yaml-cpp (see FastYamlPieces): `text` holds its lines,
// the first being line `first_line` of the file; `next` is the line after them (empty at the end
// of the file), which decides how yaml-cpp ends the piece. Sends `out` the events of the piece
// only, with the file's line numbers. False (sending nothing) if yaml-cpp cannot read the piece
// alone, or reads it differently without the next line.
bool read_piece_with_yaml_cpp(FastYamlPiece piece, std::string_view text, std::string_view next,
                              int first_line, YAML::EventHandler& out);

}  // namespace portalgen
