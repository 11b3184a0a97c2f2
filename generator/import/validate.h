// The semantic checks of an import (SPEC section 1), shared by the YAML and SQLite sources:
// references, duplicates, slug collisions, ranges and amounts. Type-level checks are the
// sources' job; this runs on the Dataset they built.
#pragma once

#include <vector>

#include "core/diagnostics.h"
#include "import/source_map.h"
#include "model/dataset.h"

namespace portalgen {

// `stored` are the companies already in the database (an import may add customers to them).
// Every customer's `seller` must already be set.
void validate_dataset(const Dataset& data, const std::vector<Company>& stored,
                      const SourceMap& positions, Diagnostics& diagnostics);

}  // namespace portalgen
