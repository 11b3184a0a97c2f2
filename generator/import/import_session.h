// ImportSession: checks and saves an import while it is read, inside the caller's transaction:
// the companies first, then each customer as soon as it is complete, so that memory holds one
// customer at a time whatever the size of the files. Every problem is collected; the first one
// stops the saving (the caller then rolls back), not the checking.
#pragma once

#include <SQLiteCpp/Database.h>

#include <map>
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
#include "store/customer_reader.h"

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

    // After the last input: the stored customers that this import leaves as they are but whose
    // company's currency, tax rates or terms it changes are checked again with the new ones
    // (SPEC section 7), as if they were imported.
    void check_stored_customers();

    const Diagnostics& diagnostics() const { return diagnostics_; }
    // With no problem found, checks that every customer read was saved (std::logic_error).
    void check_saved() const;
    size_t companies() const { return companies_; }
    size_t customers() const { return customers_; }

  private:
    class YamlInput;
    friend class YamlInput;

    struct FirstSeen {
        std::string id;
        uint32_t input;
        uint32_t file;  // in loc_files_
        int64_t line;
        int column;
        bool saved;
    };

    // Takes a checked customer of `input`: adds its problems to `problems` with the duplicate
    // id check, and saves it when the whole import is still clean.
    void customer(size_t input, CheckedCustomer& customer, Diagnostics& problems);
    void company(const Company& company, const std::string& path, const SourceMap& positions,
                 Diagnostics& problems);
    // Reports an imported customer id whose file names would be those of a stored customer that
    // this import does not replace (the same slug_key, another id).
    void check_stored_id(const std::string& id, const std::string& key, const Loc& at,
                         Diagnostics& problems) const;
    // Records where `company` changes what its stored customers are checked against.
    void note_changed_settings(const Company& company, const std::string& path,
                               const SourceMap& positions);
    bool is_imported(const std::string& id) const;
    // The index in loc_files_ of a position's file (FILE, or FILE:TABLE for a SQLite input).
    uint32_t loc_file(const std::string& file);
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
    // The customers read so far, by the slug_key of their id (SPEC section 4).
    std::unordered_map<std::string, FirstSeen> customer_ids_;
    std::vector<std::string> loc_files_;  // few: one per input (and table)
    // The database's customers before this import, and their indexes by slug_key (several when
    // an older portalgen let ids that differ by case in).
    std::vector<StoredCustomer> stored_customers_;
    std::unordered_multimap<std::string, size_t> stored_keys_;
    std::vector<Company> stored_companies_;
    // Companies whose currency, tax rates or terms this import changes, with the first changed
    // setting's position.
    std::map<std::string, Loc> changed_settings_;
    // Saved by a reading of a file that was then read again: each must be saved again.
    std::set<std::string> to_save_again_;
    size_t companies_ = 0;
    size_t customers_ = 0;
    size_t saved_ = 0;
    bool headers_changed_ = false;
    std::unique_ptr<YamlInput> yaml_;
};

}  // namespace portalgen
