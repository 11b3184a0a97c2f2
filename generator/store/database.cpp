#include "store/database.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <filesystem>
#include <stdexcept>

#include "store/company_rows.h"
#include "store/customer_reader.h"
#include "store/customer_writer.h"
#include "store/link_token.h"
#include "store/schema.h"

namespace portalgen {

namespace {

bool is_in_memory(const std::string& path) {
    return path.empty() || path == ":memory:";
}

// Opening needs the folder to exist (the default data/portal.db may be the first file in data/).
const std::string& with_folder(const std::string& path) {
    if (is_in_memory(path)) return path;
    std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
    return path;
}

}  // namespace

bool is_database_locked(const SQLite::Exception& error) {
    // The primary code of an extended one: SQLITE_BUSY_SNAPSHOT is SQLITE_BUSY.
    const int primary = error.getErrorCode() & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

std::string database_error_message(const std::string& path, const SQLite::Exception& error) {
    if (is_database_locked(error))
        return "database " + path + " is locked by another run (waited " +
               std::to_string(kDatabaseBusyTimeoutMs / 1000) + " s); retry later";
    switch (error.getErrorCode() & 0xff) {  // the primary code of an extended one
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return "database " + path + " is damaged: " + error.what();
        default:
            return "database " + path + ": " + error.what();
    }
}

Database::Database(const std::string& path)
    : db_(with_folder(path), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, kDatabaseBusyTimeoutMs) {
    try {
        db_.exec("PRAGMA foreign_keys = ON");
        if (!is_in_memory(path)) db_.exec("PRAGMA journal_mode = WAL");
    } catch (const SQLite::Exception& e) {
        if (is_database_locked(e)) throw;  // a temporary condition: exit 4, not 1
        throw std::runtime_error("cannot open database " + path + ": " + e.what());
    }
    migrate(path);
}

Database::~Database() = default;

int Database::schema_version() {
    return static_cast<int>(migrations().size());
}

void Database::migrate(const std::string& path) {
    int version = db_.execAndGet("PRAGMA user_version").getInt();
    if (version > schema_version())
        throw std::runtime_error("database " + path + " has schema version " +
                                 std::to_string(version) + ", newer than this portalgen knows (" +
                                 std::to_string(schema_version()) + "): use a newer portalgen");
    for (int next = version; next < schema_version(); ++next) {
        try {
            SQLite::Transaction transaction(db_);
            db_.exec(std::string(migrations()[next]));
            db_.exec("PRAGMA user_version = " + std::to_string(next + 1));
            transaction.commit();
        } catch (const SQLite::Exception& e) {
            throw std::runtime_error("cannot bring database " + path + " to schema version " +
                                     std::to_string(next + 1) +
                                     " (is it a portalgen database?): " + e.what());
        }
    }
}

void Database::save(const Dataset& data) {
    SQLite::Transaction transaction(db_);
    CompanyWriter companies(db_);
    for (const Company& company : data.companies) companies.write(company);
    CustomerWriter customers(db_);
    for (const Customer& customer : data.customers) customers.write(customer);
    transaction.commit();
}

void Database::check_writable() {
    db_.exec("BEGIN IMMEDIATE");
    db_.exec("ROLLBACK");
}

std::vector<Company> Database::load_companies() const {
    return read_companies(db_);
}

std::vector<std::string> Database::customer_ids() const {
    std::vector<std::string> ids;
    SQLite::Statement rows(db_, "SELECT id FROM customers ORDER BY id");
    while (rows.executeStep()) ids.push_back(rows.getColumn(0).getString());
    return ids;
}

std::optional<Customer> Database::load_customer(const std::string& id, std::string* rows) const {
    if (!reader_) reader_ = std::make_unique<CustomerReader>(db_);
    return reader_->read(id, rows);
}

std::string Database::token(const std::string& customer_id) const {
    if (!token_query_)
        token_query_ =
            std::make_unique<SQLite::Statement>(db_, "SELECT token FROM customers WHERE id = ?");
    SQLite::Statement& row = *token_query_;
    row.reset();
    row.bind(1, customer_id);
    bool found = row.executeStep();
    std::string token = found ? row.getColumn(0).getString() : "";
    row.reset();
    if (!found) throw std::runtime_error("unknown customer " + customer_id);
    if (token.empty()) throw std::runtime_error("customer " + customer_id + " has no portal link");
    return token;
}

bool Database::has_token(const std::string& token) const {
    SQLite::Statement row(db_, "SELECT 1 FROM customers WHERE token = ?");
    row.bind(1, token);
    return row.executeStep();
}

std::string Database::rotate_token(const std::string& customer_id) {
    std::string token = new_link_token();
    SQLite::Statement update(db_, "UPDATE customers SET token = ? WHERE id = ?");
    update.bind(1, token);
    update.bind(2, customer_id);
    if (update.exec() == 0) throw std::runtime_error("unknown customer " + customer_id);
    return token;
}

}  // namespace portalgen
