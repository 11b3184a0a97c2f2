#include "import/importer.h"

#include <fstream>
#include <sstream>

#include "import/validate.h"
#include "import/yaml_source.h"
#include "store/database.h"
#include "store/sqlite_source.h"

namespace portalgen {

namespace {

bool read_file(const std::string& path, std::string& text) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text = std::move(buffer).str();
    return !in.bad();
}

// Customers of a file without a `company` section belong to the import's only company, or to
// the database's only company when the import has none.
void assign_sellers(Dataset& data, const std::vector<Company>& stored, size_t first, size_t last,
                    const SourceMap& positions, Diagnostics& diagnostics) {
    std::string seller;
    if (data.companies.size() == 1)
        seller = data.companies.front().name;
    else if (data.companies.empty() && stored.size() == 1)
        seller = stored.front().name;
    for (size_t i = first; i < last; ++i) {
        if (!data.customers[i].seller.empty()) continue;
        if (seller.empty()) {
            diagnostics.error(positions.at("customers." + std::to_string(i)),
                              "which company bills this customer? Import the file with its "
                              "company section, or put the customers in that file");
            return;  // once per file is enough
        }
        data.customers[i].seller = seller;
    }
}

}  // namespace

bool is_sqlite_path(const std::string& path) {
    for (const char* extension : {".db", ".sqlite", ".sqlite3"})
        if (path.ends_with(extension)) return true;
    return false;
}

ImportSummary import_files(Database& database, const std::vector<std::string>& paths) {
    Dataset data;
    SourceMap positions;
    Diagnostics diagnostics;
    std::vector<std::pair<size_t, size_t>> customers_of_file;
    for (const std::string& path : paths) {
        size_t first = data.customers.size();
        if (is_sqlite_path(path)) {
            read_sqlite_source(path, data, positions, diagnostics);
        } else if (std::string text; read_file(path, text)) {
            read_yaml_source(text, path, data, positions, diagnostics);
        } else {
            diagnostics.error({path, 1, 1}, "cannot read the file");
        }
        customers_of_file.emplace_back(first, data.customers.size());
    }
    std::vector<Company> stored = database.load_companies();
    for (auto [first, last] : customers_of_file)
        assign_sellers(data, stored, first, last, positions, diagnostics);
    validate_dataset(data, stored, positions, diagnostics);
    if (!diagnostics.empty()) throw InvalidInput(diagnostics);
    database.save(data);
    return {paths.size(), data.companies.size(), data.customers.size()};
}

}  // namespace portalgen
