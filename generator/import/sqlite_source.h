// The SQLite input format (data/schema.sql): one file's rows → companies, taxes and customers.
#pragma once

#include <string>

#include "core/diagnostics.h"
#include "import/source_map.h"
#include "model/dataset.h"

namespace portalgen {

// Appends what the file at `path` holds to `out` (paths in `positions` index `out`), opened
// read-only. A value's position is FILE:TABLE with the row's rowid as line and the column's
// place in its table as column: other.db:invoices:12:5. Type-level problems (NULL where a value
// is required, a REAL decimal, a bad date, an unknown name, a row of an unknown customer or
// document) go to `diagnostics`; semantic checks are the validator's. Customers get `seller` =
// their company column; the token column is ignored.
void read_sqlite_source(const std::string& path, Dataset& out, SourceMap& positions,
                        Diagnostics& diagnostics);

}  // namespace portalgen
