#include "store/database.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <filesystem>
#include <optional>
#include <stdexcept>

#include "core/sha256.h"
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

// Commands other than import open an existing file: SQLite would otherwise create an empty one
// (a mistyped --db would then look like a database without customers).
const std::string& existing_file(const std::string& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        throw UnusableDatabase("database " + std::filesystem::absolute(path).string() +
                               " does not exist: check --db (a relative path is relative to the "
                               "current folder; `portalgen import` creates the database)");
    return path;
}

// Every connection serves one thread at a time (see Database), so SQLite's lock around each of
// its calls is not needed; nor is its count of the memory in use, whose lock every allocation of
// every connection takes.
int connection_flags(int access) {
    static const bool memory_uncounted = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    (void)memory_uncounted;  // SQLITE_MISUSE once SQLite is started: it then keeps counting
    return access | SQLite::OPEN_NOMUTEX;
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
    : path_(path),
      db_(with_folder(path), connection_flags(SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE),
          kDatabaseBusyTimeoutMs) {
    db_.exec("PRAGMA foreign_keys = ON");
    check_portalgen(DatabaseAccess::import, /*new_file=*/true);
    try {
        if (!is_in_memory(path)) db_.exec("PRAGMA journal_mode = WAL");
    } catch (const SQLite::Exception& e) {
        if (is_database_locked(e)) throw;  // a temporary condition: exit 4, not 1
        throw std::runtime_error("cannot open database " + display_path() + ": " + e.what());
    }
    migrate(/*own_transactions=*/true);
}

Database::Database(const std::string& path, DatabaseAccess access)
    : path_(path),
      db_(existing_file(path),
          connection_flags(access == DatabaseAccess::read ? SQLite::OPEN_READONLY
                                                          : SQLite::OPEN_READWRITE),
          kDatabaseBusyTimeoutMs) {
    db_.exec("PRAGMA foreign_keys = ON");  // a setting of the connection: writes nothing
    check_portalgen(access, /*new_file=*/false);
    // A build opens a reader per thread, each reading one customer at a time, and a writer of
    // small batches: the system's file cache serves those pages as well as SQLite's default
    // 2 MiB per connection would. An import, which writes every table at once, keeps it.
    if (access != DatabaseAccess::import) db_.exec("PRAGMA cache_size = -512");
    if (access != DatabaseAccess::update) return;
    migrate(/*own_transactions=*/true);
    // A build reads one snapshot while it writes its state: only WAL lets a reader and a writer
    // of one file work at once (portalgen's own databases are WAL from the start).
    if (db_.execAndGet("PRAGMA journal_mode").getString() != "wal")
        db_.exec("PRAGMA journal_mode = WAL");
}

Database::~Database() = default;

int Database::schema_version() {
    return static_cast<int>(migrations().size());
}

std::string Database::display_path() const {
    return is_in_memory(path_) ? path_ : std::filesystem::absolute(path_).string();
}

void Database::check_portalgen(DatabaseAccess access, bool new_file) {
    int version = 0;
    bool has_customers = false;
    try {
        version = db_.execAndGet("PRAGMA user_version").getInt();
        has_customers = db_.tableExists("customers");
    } catch (const SQLite::Exception& e) {
        if ((e.getErrorCode() & 0xff) != SQLITE_NOTADB) throw;
        throw UnusableDatabase("database " + display_path() +
                               " is not a portalgen database (not an SQLite file)");
    }
    if (version > schema_version())
        throw UnusableDatabase("database " + display_path() + " has schema version " +
                               std::to_string(version) + ", newer than this portalgen knows (" +
                               std::to_string(schema_version()) + "): use a newer portalgen");
    const bool empty =
        version == 0 && db_.execAndGet("SELECT count(*) FROM sqlite_master").getInt() == 0;
    if (!(new_file && empty) && (version == 0 || !has_customers))
        throw UnusableDatabase("database " + display_path() +
                               " is not a portalgen database: check --db (only `portalgen import` "
                               "creates one, at a path that does not exist yet)");
    if (access == DatabaseAccess::read && version < schema_version())
        throw UnusableDatabase("database " + display_path() +
                               " was made by an older portalgen (schema version " +
                               std::to_string(version) +
                               "): run `portalgen build` or `portalgen import` once to bring it "
                               "up to date");
}

void Database::migrate_in_transaction() {
    migrate(/*own_transactions=*/false);
}

void Database::migrate(bool own_transactions) {
    const int version = db_.execAndGet("PRAGMA user_version").getInt();
    for (int next = version; next < schema_version(); ++next) {
        try {
            std::optional<SQLite::Transaction> transaction;
            if (own_transactions) transaction.emplace(db_);
            db_.exec(std::string(migrations()[next]));
            db_.exec("PRAGMA user_version = " + std::to_string(next + 1));
            if (transaction) transaction->commit();
        } catch (const SQLite::Exception& e) {
            if (is_database_locked(e)) throw;  // a temporary condition: exit 4, not 1
            throw std::runtime_error("cannot bring database " + display_path() +
                                     " to schema version " + std::to_string(next + 1) + ": " +
                                     e.what());
        }
    }
}

void Database::hold_snapshot() {
    db_.exec("BEGIN");
    // The snapshot starts with the first read, not with BEGIN.
    db_.execAndGet("SELECT count(*) FROM sqlite_master");
}

void Database::save(const Dataset& data) {
    SQLite::Transaction transaction(db_);
    CompanyWriter companies(db_);
    for (const Company& company : data.companies) companies.write(company);
    CustomerWriter customers(db_);
    for (const Customer& customer : data.customers) customers.write(customer);
    transaction.commit();
}

std::vector<Company> Database::load_companies() const {
    return read_companies(db_);
}

std::map<std::string, Company> Database::companies_by_name() const {
    std::map<std::string, Company> companies;
    for (Company& company : load_companies()) companies.emplace(company.name, std::move(company));
    return companies;
}

std::map<std::string, SellerFacts> Database::seller_facts() const {
    std::map<std::string, SellerFacts> facts;
    for (const Company& company : load_companies()) {
        SellerFacts& f = facts[company.name];
        f.logo_hash = company.logo.empty() ? std::string() : sha256_hex(company.logo);
        const std::pair<const char*, bool*> kinds[] = {
            {"quotations", &f.uses_quotations},           {"orders", &f.uses_orders},
            {"subscriptions", &f.uses_subscriptions},     {"tickets", &f.uses_tickets},
            {"payment_methods", &f.uses_payment_methods}, {"success_packs", &f.uses_success_packs}};
        for (auto [table, uses] : kinds) {
            SQLite::Statement any(db_, std::string("SELECT EXISTS (SELECT 1 FROM ") + table +
                                           " JOIN customers ON customers.id = " + table +
                                           ".customer_id WHERE customers.company = ?)");
            any.bind(1, company.name);
            any.executeStep();
            *uses = any.getColumn(0).getInt() == 1;
        }
    }
    return facts;
}

std::vector<std::string> Database::customer_ids() const {
    std::vector<std::string> ids;
    SQLite::Statement rows(db_, "SELECT id FROM customers ORDER BY id");
    while (rows.executeStep()) ids.push_back(rows.getColumn(0).getString());
    return ids;
}

std::size_t Database::customer_count() const {
    SQLite::Statement count(db_, "SELECT count(*) FROM customers");
    count.executeStep();
    return static_cast<std::size_t>(count.getColumn(0).getInt64());
}

std::optional<Customer> Database::load_customer(const std::string& id, std::string* rows) const {
    if (!reader_) reader_ = std::make_unique<CustomerReader>(db_);
    return reader_->read(id, rows);
}

std::optional<std::string> Database::load_customer_rows(const std::string& id,
                                                        std::string& rows) const {
    if (!reader_) reader_ = std::make_unique<CustomerReader>(db_);
    return reader_->read_rows(id, rows);
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
