#include "import/importer.h"

#include <SQLiteCpp/Transaction.h>

#include "import/import_session.h"
#include "import/input_header.h"
#include "import/input_pipeline.h"
#include "store/database.h"

namespace portalgen {

bool is_sqlite_path(const std::string& path) {
    for (const char* extension : {".db", ".sqlite", ".sqlite3"})
        if (path.ends_with(extension)) return true;
    return false;
}

ImportSummary import_files(Database& database, const std::vector<std::string>& paths,
                           YamlParsers parsers) {
    std::vector<bool> sqlite;
    for (const std::string& path : paths) sqlite.push_back(is_sqlite_path(path));
    // Companies and taxes first: a customer is checked against its seller as soon as it is read.
    std::vector<InputHeader> headers;
    for (size_t i = 0; i < paths.size(); ++i)
        headers.push_back(sqlite[i] ? read_sqlite_header(paths[i])
                                    : read_yaml_header(paths[i], parsers));
    SQLite::Database& db = database.sql();
    for (int reading = 1;; ++reading) {
        // IMMEDIATE: the write lock now, waiting a few seconds for a build's short write, rather
        // than failing at the first write because a build committed since this read began.
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        // Inside the transaction: a failed import leaves even an older database's header as it was.
        database.migrate_in_transaction();
        const std::vector<Company> stored = database.load_companies();
        ImportSession session(db, stored, paths, headers);
        session.save_companies();
        run_inputs(paths, sqlite, session, parsers);
        // A company or taxes after the customers (rare): read everything again knowing them.
        // Leaving the loop this way rolls the transaction back.
        if (session.headers_changed() && reading == 1) {
            headers = session.observed_headers();
            continue;
        }
        session.check_stored_customers();
        if (!session.diagnostics().empty()) throw InvalidInput(session.diagnostics());
        session.check_saved();
        transaction.commit();
        return {paths.size(), session.companies(), session.customers()};
    }
}

}  // namespace portalgen
