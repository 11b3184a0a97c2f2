// How each command may use the database file (SPEC 6): only import creates one, a read never
// changes it, a failed import leaves it as it was, and a build reads one snapshot.
#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/diagnostics.h"
#include "import/importer.h"
#include "import_fixture.h"
#include "store/database.h"
#include "store/new_database_file.h"
#include "store/publish_state_batch.h"
#include "store/read_snapshot.h"
#include "store/schema.h"
#include "store_fixture.h"

using namespace portalgen;
using namespace portalgen::test;
namespace fs = std::filesystem;

namespace {

std::string bytes_of(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

// A database file with one customer, closed (its WAL folded into the file).
void make_database(const std::string& path, const std::string& customer = "C1001") {
    Database db(path);
    db.save({{full_company()}, {full_customer(customer)}});
}

// A database as the first version of portalgen left it: schema version 1.
void make_version_one(const std::string& path) {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec(std::string(migrations()[0]));
    raw.exec("PRAGMA user_version = 1");
}

std::string write_file(const TempDir& dir, const std::string& name, const std::string& text) {
    std::ofstream(dir.file(name)) << text;
    return dir.file(name);
}

const std::string kGoodCustomer = kCompany + R"(  - id: C1
    name: Ann
    email: ann@example.com
    language: en
)";
const std::string kBadCustomer = kCompany + R"(  - id: C1
    name: Ann
    email: ann@example.com
    language: xx
)";

}  // namespace

TEST_CASE("only the import may create a database: other accesses refuse a missing file") {
    TempDir dir;
    const std::string path = dir.file("typo.db");
    for (DatabaseAccess access :
         {DatabaseAccess::read, DatabaseAccess::update, DatabaseAccess::import})
        CHECK_THROWS_WITH(Database(path, access),
                          Catch::StartsWith("database " + path + " does not exist: check --db"));
    CHECK_FALSE(fs::exists(path));
}

TEST_CASE("a read never changes the file, not even a foreign database's journal mode") {
    TempDir dir;
    const std::string path = dir.file("portal.db");
    make_database(path);
    const std::string before = bytes_of(path);
    {
        Database db(path, DatabaseAccess::read);
        CHECK(db.customer_ids() == std::vector<std::string>{"C1001"});
        CHECK(db.load_customer("C1001"));
        CHECK_THROWS(db.sql().exec("DELETE FROM customers"));  // read-only connection
    }
    CHECK(bytes_of(path) == before);

    const std::string foreign = dir.file("foreign.db");
    {
        SQLite::Database raw(foreign, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('keep me')");
    }
    const std::string foreign_before = bytes_of(foreign);
    for (DatabaseAccess access :
         {DatabaseAccess::read, DatabaseAccess::update, DatabaseAccess::import})
        CHECK_THROWS_AS(Database(foreign, access), UnusableDatabase);
    CHECK(bytes_of(foreign) == foreign_before);
    CHECK_FALSE(fs::exists(foreign + "-wal"));
}

TEST_CASE("an older database is brought up to date by a build, not by a read") {
    TempDir dir;
    const std::string path = dir.file("old.db");
    make_version_one(path);
    CHECK_THROWS_WITH(Database(path, DatabaseAccess::read),
                      Catch::Contains("was made by an older portalgen (schema version 1)"));
    Database db(path, DatabaseAccess::update);
    CHECK(db.sql().execAndGet("PRAGMA user_version").getInt() == Database::schema_version());
    CHECK(db.sql().execAndGet("PRAGMA journal_mode").getString() == "wal");
}

TEST_CASE("a failed import leaves an older database's file byte for byte as it was") {
    TempDir dir;
    const std::string path = dir.file("old.db");
    make_version_one(path);
    const std::string before = bytes_of(path);
    {
        Database db(path, DatabaseAccess::import);
        CHECK_THROWS_AS(import_files(db, {write_file(dir, "bad.yaml", kBadCustomer)}),
                        InvalidInput);
    }
    CHECK(bytes_of(path) == before);
    {
        Database db(path, DatabaseAccess::import);
        import_files(db, {write_file(dir, "good.yaml", kGoodCustomer)});
    }
    Database db(path, DatabaseAccess::read);
    CHECK(db.customer_ids() == std::vector<std::string>{"C1"});
}

TEST_CASE("a new database file appears only when its import succeeds") {
    TempDir dir;
    const std::string path = dir.file("data/nightly/portal.db");
    {
        NewDatabaseFile created(path);
        CHECK_THROWS_AS(
            import_files(created.database(), {write_file(dir, "bad.yaml", kBadCustomer)}),
            InvalidInput);
    }
    CHECK_FALSE(fs::exists(dir.file("data")));  // nor the folders made for it
    {
        NewDatabaseFile created(path);
        import_files(created.database(), {write_file(dir, "good.yaml", kGoodCustomer)});
        created.keep();
    }
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir.file("data/nightly")))
        names.push_back(entry.path().filename().string());
    CHECK(names == std::vector<std::string>{"portal.db"});  // no temporary file left
    Database db(path, DatabaseAccess::read);
    CHECK(db.customer_ids() == std::vector<std::string>{"C1"});
    // Written without the write-ahead log, it is a WAL database once kept, like every other.
    CHECK(db.sql().execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(db.sql().execAndGet("PRAGMA integrity_check").getString() == "ok");
}

TEST_CASE("a new database never replaces one another import created meanwhile") {
    TempDir dir;
    const std::string path = dir.file("portal.db");
    NewDatabaseFile created(path);
    make_database(path, "C2");
    const std::string other = bytes_of(path);
    import_files(created.database(), {write_file(dir, "good.yaml", kGoodCustomer)});
    CHECK_THROWS_WITH(created.keep(), Catch::StartsWith("cannot create database"));
    CHECK(bytes_of(path) == other);
}

TEST_CASE("a build's connections read one snapshot while imports and its own state commit") {
    TempDir dir;
    const std::string path = dir.file("portal.db");
    make_database(path, "C1");
    Database writer(path, DatabaseAccess::update);
    std::vector<std::unique_ptr<Database>> readers = open_read_snapshot(writer, 3);
    REQUIRE(readers.size() == 3);

    // An import commits a new customer and changes the first one; the build commits its state.
    {
        Database import(path, DatabaseAccess::import);
        Customer changed = full_customer("C1");
        changed.name = "Changed Name";
        import.save({{full_company()}, { changed, full_customer("C2") }});
    }
    PublishStateBatch state(writer, "/out");
    PublishedCustomer published;
    published.token = "t";
    published.input_hash = "h";
    state.save("C1", published);
    state.flush();

    for (const auto& reader : readers) {
        CHECK(reader->customer_ids() == std::vector<std::string>{"C1"});
        CHECK(reader->load_customer("C1")->name == full_customer("C1").name);
        CHECK_FALSE(PublishState(*reader, "/out").find("C1"));
    }
    Database later(path, DatabaseAccess::read);  // the next build sees both
    CHECK(later.customer_ids() == std::vector<std::string>{"C1", "C2"});
    CHECK(later.load_customer("C1")->name == "Changed Name");
    CHECK(PublishState(later, "/out").find("C1")->input_hash == "h");
}

TEST_CASE("a snapshot cannot start while another process holds the write lock") {
    TempDir dir;
    const std::string path = dir.file("portal.db");
    make_database(path);
    Database writer(path, DatabaseAccess::update);
    writer.sql().setBusyTimeout(0);
    SQLite::Database other(path, SQLite::OPEN_READWRITE);
    other.exec("BEGIN IMMEDIATE");
    try {
        open_read_snapshot(writer, 2);
        FAIL("the snapshot started under another writer's lock");
    } catch (const SQLite::Exception& e) {
        CHECK((e.getErrorCode() & 0xff) == SQLITE_BUSY);
    }
    other.exec("ROLLBACK");
    CHECK(open_read_snapshot(writer, 2).size() == 2);
}
