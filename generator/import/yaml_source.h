// The YAML input format of SPEC section 1: one file's text → companies, taxes and customers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "import/source_map.h"
#include "model/dataset.h"

namespace portalgen {

// Appends what the file holds to `out`. Customers get `seller` = the file's company name, or
// stay empty when the file has none (the importer then decides). Taxes belong to the company of
// their file, so a file with taxes must have a company. Type-level problems go to `diagnostics`;
// the positions of values go to `positions`, with paths indexing `out`. `unparsed`, if given,
// marks each customer of `out` that had such a problem (see validate_dataset).
void read_yaml_source(std::string_view text, const std::string& file, Dataset& out,
                      SourceMap& positions, Diagnostics& diagnostics,
                      std::vector<bool>* unparsed = nullptr);

}  // namespace portalgen
