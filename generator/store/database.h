// Database: the local SQLite database (data/portal.db), the source of truth between runs. The
// only code that knows its tables is in store/.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "model/seller_facts.h"

namespace portalgen {

class CustomerReader;

// How long a command waits for another process's transaction on the database before giving up.
inline constexpr int kDatabaseBusyTimeoutMs = 5000;

// What a command may do with the database file. Only `import` creates one (see ImportTarget);
// every other command opens an existing portalgen database, so a mistyped --db is refused
// instead of being taken for an empty database.
enum class DatabaseAccess {
    read,    // status, export, a build's snapshot: opened read-only, never changed
    update,  // build, rotate-link: brought up to date, then written
    import,  // import: its migration runs inside the import's own transaction (import_files)
};

// A --db that names no portalgen database (missing, another program's file, too new or too old
// to read): the command's usage is wrong, not the data. The message names the file and the fix.
class UnusableDatabase : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

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
    // Creates the database if missing (":memory:" for tests), creating its folder, and brings its
    // schema up to date. For a new file and tests; commands use the other constructor.
    explicit Database(const std::string& path);
    // Opens an existing portalgen database. Throws UnusableDatabase when `path` is missing, is not
    // a portalgen database, was made by a newer portalgen, or (for `read`) by an older one.
    Database(const std::string& path, DatabaseAccess access);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Saves an import in one transaction: each company's settings and tax ids are replaced and
    // its taxes added or updated (never removed); each customer is replaced whole with all its
    // documents, keeping its portal token. Stored customers not in `data` are untouched.
    void save(const Dataset& data);

    std::vector<Company> load_companies() const;  // ordered by name
    std::map<std::string, Company> companies_by_name() const;
    // Each company's facts (model/seller_facts.h), from all its customers.
    std::map<std::string, SellerFacts> seller_facts() const;
    std::vector<std::string> customer_ids() const;  // sorted
    std::size_t customer_count() const;
    // The customer with every document in input order; nullopt if unknown. `rows` as in
    // CustomerReader::read.
    std::optional<Customer> load_customer(const std::string& id, std::string* rows = nullptr) const;
    // Only the customer's rows and its seller, as CustomerReader::read_rows.
    std::optional<std::string> load_customer_rows(const std::string& id, std::string& rows) const;

    // The secret naming the customer's portal folder (site/<token>/). Throw std::runtime_error
    // "unknown customer X" if absent.
    std::string token(const std::string& customer_id) const;
    std::string rotate_token(const std::string& customer_id);
    // Whether a customer's portal folder has this name.
    bool has_token(const std::string& token) const;

    // The schema version of this program (PRAGMA user_version of an up-to-date database).
    static int schema_version();

    // For an import: brings the schema up to date inside the caller's open transaction, so a
    // failed import leaves the file exactly as it was.
    void migrate_in_transaction();

    // Starts a read transaction that this connection keeps until it is destroyed: every later
    // read sees the database as of this moment (see open_snapshot).
    void hold_snapshot();

    SQLite::Database& sql() { return db_; }
    const std::string& path() const { return path_; }

  private:
    // Throws UnusableDatabase unless this is a portalgen database `access` can use; a new file
    // (created by the first constructor) may also be empty.
    void check_portalgen(DatabaseAccess access, bool new_file);
    void migrate(bool own_transactions);
    // The path as messages show it: absolute, so a cron job's log says which file it meant.
    std::string display_path() const;

    std::string path_;

    SQLite::Database db_;
    // Made on first use: a build asks for every customer.
    mutable std::unique_ptr<CustomerReader> reader_;
    mutable std::unique_ptr<SQLite::Statement> token_query_;
};

}  // namespace portalgen
