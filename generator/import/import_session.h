// ImportSession: checks and saves an import while it is read, inside the caller's transaction:
// the companies first, then each customer as soon as it is complete, so that memory holds one
// customer at a time whatever the size of the files. Every problem is collected; the first one
// stops the saving (the caller then rolls back), not the checking.
#pragma once

#include <SQLiteCpp/Database.h>

#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/diagnostics.h"
#include "import/customer_check.h"
#include "import/input_header.h"
#include "import/source_map.h"
#include "import/validate.h"
#include "import/yaml_records.h"
#include "import/yaml_stream.h"
#include "import/yaml_tree.h"

namespace portalgen {

class CompanyWriter;
class CustomerWriter;

class ImportSession {
  public:
    // `names` are the inputs as messages name them, `headers` what each brings besides
    // customers (read beforehand), `stored` the companies already in the database.
    ImportSession(SQLite::Database& db, const std::vector<Company>& stored,
                  const std::vector<std::string>& names, const std::vector<InputHeader>& headers);
    ~ImportSession();
    ImportSession(const ImportSession&) = delete;
    ImportSession& operator=(const ImportSession&) = delete;

    // Saves the companies of every input (when all were read cleanly): customers refer to them.
    void save_companies();

    // A YAML input: its top level goes to begin_yaml()'s receiver while it is read, then
    // end_yaml() closes it with what the reading found.
    YamlTopLevel& begin_yaml(size_t input);
    // A customer read and checked beforehand (checks().check_yaml()), instead of
    // YamlTopLevel::customer().
    void yaml_customer(CheckedCustomer customer);
    // The checks that may run on another thread while this session runs.
    const CustomerCheck& checks() const { return checks_; }
    void end_yaml(size_t input, const YamlFileResult& result);

    // A SQLite input, read whole.
    void sqlite_input(size_t input, const std::string& path);

    // After the last input. True when an input's company or taxes came after its customers, or
    // vanished with a YAML error: customers were then checked against the wrong seller, and
    // the import must be read again with observed_headers().
    bool headers_changed() const { return headers_changed_; }
    const std::vector<InputHeader>& observed_headers() const { return observed_; }

    const Diagnostics& diagnostics() const { return diagnostics_; }
    // With no problem found, checks that every customer read was saved (std::logic_error).
    void check_saved() const;
    size_t companies() const { return companies_; }
    size_t customers() const { return customers_; }

  private:
    class YamlInput;
    friend class YamlInput;

    struct FirstSeen {
        uint32_t input;
        int line;
        int column;
        bool saved;
    };

    // Takes a checked customer of `input`: adds its problems to `problems` with the duplicate
    // id check, and saves it when the whole import is still clean.
    void customer(size_t input, CheckedCustomer& customer, Diagnostics& problems);
    void company(const Company& company, const std::string& path, const SourceMap& positions,
                 Diagnostics& problems);
    // Forgets the problems found after the first `count` (a file read again, or void).
    void forget_problems_after(size_t count);
    // Forgets the customers read from `input` so far (it is read again, or counts for nothing).
    void forget_customers_of(size_t input, bool read_again);
    bool may_save(const Diagnostics& problems) const;

    SQLite::Database& db_;
    std::vector<std::string> names_;
    std::vector<InputHeader> headers_;
    std::vector<InputHeader> observed_;
    CustomerCheck checks_;
    bool headers_clean_ = true;
    std::unique_ptr<CompanyWriter> company_writer_;
    std::unique_ptr<CustomerWriter> customer_writer_;

    Diagnostics diagnostics_;
    std::set<std::string> company_names_;
    std::unordered_map<std::string, FirstSeen> customer_ids_;
    // Saved by a reading of a file that was then read again: each must be saved again.
    std::set<std::string> to_save_again_;
    size_t companies_ = 0;
    size_t customers_ = 0;
    size_t saved_ = 0;
    bool headers_changed_ = false;
    std::unique_ptr<YamlInput> yaml_;
};

}  // namespace portalgen
