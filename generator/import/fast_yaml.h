// FastYaml: a fast reader of the everyday YAML that exports and generators write — block
// mappings and sequences, one-line flow collections, one-line quoted and plain scalars, comments.
// It sends the events yaml-cpp would send, with the same marks, about twenty times faster. On
// anything else (multi-line scalars, block scalars, anchors, tags, tabs, errors ...) it gives
// up, and the caller reads the file again with yaml-cpp, which has the last word.
#pragma once

#include <yaml-cpp/eventhandler.h>

#include <exception>
#include <string_view>

#include "import/line_reader.h"

namespace portalgen {

// Thrown when the input needs yaml-cpp. The events sent before are still yaml-cpp's.
struct FastYamlGiveUp : std::exception {
    const char* what() const noexcept override { return "YAML outside the fast subset"; }
};

// The pieces of a file the fast reader can leave to yaml-cpp alone, instead of the whole file
// (yaml-cpp keeps state for every line of a document, so a large file it reads whole is not read
// in bounded memory): an item of a list that is the value of a top-level key (a customer), or a
// top-level entry whose value is not such a list (the company).
enum class FastYamlPiece { list_item, top_entry };

class FastYamlPieces {
  public:
    virtual ~FastYamlPieces() = default;
    // A piece starts: remember what the receiver of events has been sent so far.
    virtual void piece_start() = 0;
    // The fast reader gave up inside that piece: forget what the receiver was sent since
    // piece_start(), and send it the piece's events read by yaml-cpp from `text` (its lines, the
    // first being line `first_line` of the file; `next` is the line after them, empty at the end
    // of the file). False if that cannot be done: the whole file is then left to yaml-cpp.
    virtual bool reread_piece(FastYamlPiece piece, std::string_view text, std::string_view next,
                              int first_line) = 0;
};

// Reads the one document of `in`, sending its events to `out` (nothing for an input with no
// document). Stops early, leaving the document unfinished, when `in` meets an invalid byte.
// With `pieces`, a piece the fast reader cannot read is read by yaml-cpp alone.
void read_fast_yaml(LineReader& in, YAML::EventHandler& out, FastYamlPieces* pieces = nullptr);

}  // namespace portalgen
