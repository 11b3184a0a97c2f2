// InputHeader: the companies and taxes an input brings, read before its customers. Checking a
// customer needs its seller's taxes and currency, and a file without a company bills its
// customers through the import's only company, which may come in a later file: with every
// header known first, each customer is checked and saved as soon as it is read.
#pragma once

#include <string>
#include <vector>

#include "import/yaml_stream.h"
#include "model/model.h"

namespace portalgen {

struct InputHeader {
    std::vector<Company> companies;  // with their taxes; a YAML file has at most one
    // Read without any problem: its companies may be saved before anything is checked.
    bool clean = true;
};

// The `company` and `taxes` of a YAML file that come before its `customers` (the rest of the
// file is not read: an import that finds them after the customers reads its files again, see
// ImportSession::headers_changed()).
InputHeader read_yaml_header(const std::string& path, YamlParsers parsers);

// The companies of a SQLite input (it is read whole).
InputHeader read_sqlite_header(const std::string& path);

}  // namespace portalgen
