// libFuzzer target: arbitrary bytes as a YAML input file, imported into an in-memory database.
// Any outcome but a clean import or InvalidInput (a crash, a leak, a hang, another exception) is
// a finding.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>

#include "core/diagnostics.h"
#include "import/importer.h"
#include "store/database.h"

namespace {

const std::string& input_path() {
    static const std::string path = "/tmp/portalgen-fuzz-" + std::to_string(::getpid()) + ".yaml";
    return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    {
        std::ofstream file(input_path(), std::ios::binary | std::ios::trunc);
        file.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    portalgen::Database database(":memory:");
    try {
        portalgen::import_files(database, {input_path()});
    } catch (const portalgen::InvalidInput&) {
    }
    return 0;
}
