// Database: the local SQLite database (data/portal.db), the source of truth between runs. The
// only code that knows its tables is in store/.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/dataset.h"

namespace portalgen {

class CustomerReader;

// How long a command waits for another process's transaction on the database before giving up.
inline constexpr int kDatabaseBusyTimeoutMs = 5000;

// What an SQLite error of the database at `path` means, in words that name the file: "database
// PATH is locked by another run (...); retry later", "database PATH is damaged: ...", "database
// PATH: ...".
std::string database_error_message(const std::string& path, const SQLite::Exception& error);
// True for SQLITE_BUSY and SQLITE_LOCKED, extended codes included: another run holds the
// database, so retrying later can succeed (exit 4).
bool is_database_locked(const SQLite::Exception& error);

// One connection. Not thread-safe (it caches prepared statements): open one per thread.
class Database {
  public:
    // Opens or creates the database (":memory:" for tests), creating its folder if missing, and
    // brings its schema up to date. Throws std::runtime_error for a database made by a newer
    // portalgen, or a file that is not a portalgen database.
    explicit Database(const std::string& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Saves an import in one transaction: each company's settings and tax ids are replaced and
    // its taxes added or updated (never removed); each customer is replaced whole with all its
    // documents, keeping its portal token. Stored customers not in `data` are untouched.
    void save(const Dataset& data);

    std::vector<Company> load_companies() const;    // ordered by name
    std::vector<std::string> customer_ids() const;  // sorted
    // The customer with every document in input order; nullopt if unknown. `rows` as in
    // CustomerReader::read.
    std::optional<Customer> load_customer(const std::string& id, std::string* rows = nullptr) const;

    // The secret naming the customer's portal folder (site/<token>/). Throw std::runtime_error
    // "unknown customer X" if absent.
    std::string token(const std::string& customer_id) const;
    std::string rotate_token(const std::string& customer_id);
    // Whether a customer's portal folder has this name.
    bool has_token(const std::string& token) const;

    // The schema version of this program (PRAGMA user_version of an up-to-date database).
    static int schema_version();

    // Waits (up to kDatabaseBusyTimeoutMs) for another process's write transaction to end;
    // throws SQLite::Exception (SQLITE_BUSY) if it does not. A build checks this before it
    // writes any file, so a locked database stops it with nothing changed.
    void check_writable();

    SQLite::Database& sql() { return db_; }

  private:
    void migrate(const std::string& path);

    SQLite::Database db_;
    // Made on first use: a build asks for every customer.
    mutable std::unique_ptr<CustomerReader> reader_;
    mutable std::unique_ptr<SQLite::Statement> token_query_;
};

}  // namespace portalgen
