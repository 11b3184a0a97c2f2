// InputPipeline: reads the YAML inputs on a second thread while the import session checks and
// saves on the calling one. A queue bounded in memory carries the pieces of the files' top level
// (each customer's tree) between them, so reading overlaps checking and saving.
#pragma once

#include <string>
#include <vector>

#include "import/import_session.h"
#include "import/yaml_stream.h"

namespace portalgen {

// Feeds every input, in order, to `session`: YAML files streamed, SQLite files (is_sqlite)
// handed over whole. Exceptions of either side end both and reach the caller.
void run_inputs(const std::vector<std::string>& paths, const std::vector<bool>& is_sqlite,
                ImportSession& session, YamlParsers parsers);

}  // namespace portalgen
