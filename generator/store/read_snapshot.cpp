#include "store/read_snapshot.h"

namespace portalgen {

std::vector<std::unique_ptr<Database>> open_read_snapshot(Database& writer, std::size_t count) {
    std::vector<std::unique_ptr<Database>> readers;
    writer.sql().exec("BEGIN IMMEDIATE");
    try {
        for (std::size_t i = 0; i < count; ++i) {
            readers.push_back(std::make_unique<Database>(writer.path(), DatabaseAccess::read));
            readers.back()->hold_snapshot();
        }
    } catch (...) {
        writer.sql().exec("ROLLBACK");
        throw;
    }
    writer.sql().exec("ROLLBACK");
    return readers;
}

}  // namespace portalgen
