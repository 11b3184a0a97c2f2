// The local database: schema and migrations, save/load round trips, replace-whole imports,
// portal tokens.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <fstream>
#include <sstream>

#include "store/database.h"
#include "store/link_token.h"
#include "store/publish_state.h"
#include "store/schema.h"
#include "store_fixture.h"

using namespace portalgen;
using namespace portalgen::test;

namespace {

Dataset one_customer(const Customer& customer) {
    return {{full_company()}, {customer}};
}

int count(Database& db, const std::string& sql) {
    return db.sql().execAndGet(sql).getInt();
}

}  // namespace

TEST_CASE("the embedded schema is data/schema.sql byte for byte") {
    std::ifstream file(PORTALGEN_SOURCE_DIR "/data/schema.sql", std::ios::binary);
    REQUIRE(file);
    std::ostringstream text;
    text << file.rdbuf();
    CHECK(text.str() == schema_sql());
}

TEST_CASE("data/schema.sql splits into one migration per version, each named by its heading") {
    const auto steps = migrations();
    REQUIRE(steps.size() == static_cast<size_t>(Database::schema_version()));
    CHECK(steps[0].starts_with("-- portalgen: the schema of the local database"));
    CHECK(steps[0].find("version " + std::to_string(steps.size()) + " (PRAGMA user_version)") !=
          std::string_view::npos);
    for (size_t i = 1; i < steps.size(); ++i) {
        INFO("migration " << i);
        CHECK(steps[i].starts_with("\n-- Schema version " + std::to_string(i + 1) + ":"));
        CHECK(steps[i - 1].ends_with("\n"));
    }
    std::string joined;
    for (std::string_view step : steps) joined += step;
    CHECK(joined == schema_sql());
}

TEST_CASE("a new database has the current schema version and enforces foreign keys") {
    Database db(":memory:");
    CHECK(count(db, "PRAGMA user_version") == 7);
    CHECK(Database::schema_version() == 7);
    CHECK(count(db, "PRAGMA foreign_keys") == 1);
    CHECK_THROWS_WITH(db.sql().exec("INSERT INTO customers (id, company, name, email, language) "
                                    "VALUES ('C1', 'Nobody', 'N', 'n@x', 'en')"),
                      Catch::Contains("FOREIGN KEY constraint failed"));
}

TEST_CASE("a database file is created with its folder, in WAL mode, and opens again") {
    TempDir dir;
    std::string path = dir.file("data/sub/portal.db");
    {
        Database db(path);
        db.save(one_customer(full_customer()));
        CHECK(db.sql().execAndGet("PRAGMA journal_mode").getString() == "wal");
        CHECK(count(db, "PRAGMA busy_timeout") == 5000);
    }
    Database again(path);
    CHECK(count(again, "PRAGMA user_version") == 7);
    CHECK(again.customer_ids() == std::vector<std::string>{"C1001"});
}

TEST_CASE("a database made by a newer portalgen is refused") {
    TempDir dir;
    std::string path = dir.file("portal.db");
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("PRAGMA user_version = 8");
    }
    CHECK_THROWS_WITH(Database(path), "database " + path +
                                          " has schema version 8, newer than this portalgen "
                                          "knows (7): use a newer portalgen");
}

TEST_CASE("a file that is not a portalgen database is refused") {
    TempDir dir;
    std::string path = dir.file("other.db");
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("CREATE TABLE customers (x TEXT)");
    }
    const std::string refused = "database " + path + " is not a portalgen database";
    CHECK_THROWS_WITH(Database(path), Catch::StartsWith(refused));
    for (DatabaseAccess access :
         {DatabaseAccess::read, DatabaseAccess::update, DatabaseAccess::import})
        CHECK_THROWS_AS(Database(path, access), UnusableDatabase);
    std::ofstream(dir.file("text.db")) << "company: {}\n";
    CHECK_THROWS_WITH(
        Database(dir.file("text.db"), DatabaseAccess::read),
        "database " + dir.file("text.db") + " is not a portalgen database (not an SQLite file)");
}

TEST_CASE("save then load gives back every field of every document") {
    Database db(":memory:");
    Customer original = full_customer();
    db.save(one_customer(original));

    auto companies = db.load_companies();
    REQUIRE(companies.size() == 1);
    check_same(companies[0], full_company());

    auto loaded = db.load_customer("C1001");
    REQUIRE(loaded);
    check_same(*loaded, original);
    CHECK_FALSE(db.load_customer("C9999"));
}

TEST_CASE("a customer's rows alone are the rows its whole read appends, with its seller") {
    Database db(":memory:");
    const Customer original = full_customer();
    db.save(one_customer(original));
    std::string read_rows;
    REQUIRE(db.load_customer("C1001", &read_rows));
    std::string rows_alone;
    CHECK(db.load_customer_rows("C1001", rows_alone) == original.seller);
    CHECK(rows_alone == read_rows);
    // Every table of the customer is in them: a changed line or payment changes them.
    CHECK(read_rows.size() > 1000);
    db.sql().exec("UPDATE lines SET quantity = '7' WHERE rowid = (SELECT max(rowid) FROM lines)");
    db.sql().exec(
        "UPDATE payments SET amount = '1' WHERE rowid = (SELECT max(rowid) FROM payments)");
    std::string changed;
    db.load_customer_rows("C1001", changed);
    CHECK(changed != rows_alone);
    std::string none;
    CHECK_FALSE(db.load_customer_rows("C9999", none));
}

TEST_CASE("optional values are stored as NULL") {
    Database db(":memory:");
    db.save(one_customer(full_customer()));
    CHECK(count(db, "SELECT count(*) FROM quotations WHERE valid_until IS NULL") == 1);
    CHECK(count(db,
                "SELECT count(*) FROM lines WHERE discount IS NULL AND taxes IS NULL AND "
                "description IS NULL") == 4);
    CHECK(count(db, "SELECT count(*) FROM payments WHERE method IS NULL") == 1);
    CHECK(db.sql()
              .execAndGet("SELECT taxes FROM lines WHERE taxes IS NOT NULL LIMIT 1")
              .getString() == R"(["GST","QST"])");
    CHECK(db.sql().execAndGet("SELECT amount FROM payments ORDER BY position").getString() ==
          "100");
}

TEST_CASE("customers are listed sorted; other customers are untouched by a save") {
    Database db(":memory:");
    db.save({{full_company()}, {full_customer("B2"), full_customer("A1")}});
    std::string b2_token = db.token("B2");
    Customer a1 = full_customer("A1");
    a1.name = "Renamed";
    db.save({{}, {a1}});
    CHECK(db.customer_ids() == std::vector<std::string>{"A1", "B2"});
    CHECK(db.load_customer("A1")->name == "Renamed");
    check_same(*db.load_customer("B2"), full_customer("B2"));
    CHECK(db.token("B2") == b2_token);
}

TEST_CASE("re-saving a customer replaces all its documents") {
    Database db(":memory:");
    db.save(one_customer(full_customer()));
    Customer fewer = full_customer();
    fewer.invoices.pop_back();  // the credit note goes
    fewer.invoices[0].payments.clear();
    fewer.invoices[0].lines.clear();
    fewer.tickets.clear();
    fewer.quotations.resize(1);
    db.save({{}, {fewer}});
    check_same(*db.load_customer("C1001"), fewer);
    CHECK(count(db, "SELECT count(*) FROM payments") == 0);
    CHECK(count(db, "SELECT count(*) FROM ticket_messages") == 0);
    CHECK(count(db, "SELECT count(*) FROM lines WHERE document_kind = 'invoice'") == 0);
}

TEST_CASE("the portal token is kept on re-save and changed by rotate_token") {
    Database db(":memory:");
    db.save(one_customer(full_customer()));
    std::string first = db.token("C1001");
    CHECK(first.size() == 24);
    db.save(one_customer(full_customer()));
    CHECK(db.token("C1001") == first);

    std::string rotated = db.rotate_token("C1001");
    CHECK(rotated != first);
    CHECK(db.token("C1001") == rotated);
    db.save(one_customer(full_customer()));
    CHECK(db.token("C1001") == rotated);

    CHECK_THROWS_WITH(db.rotate_token("C404"), "unknown customer C404");
    CHECK_THROWS_WITH(db.token("C404"), "unknown customer C404");
}

TEST_CASE("taxes are added or updated by code but never removed; tax ids are replaced") {
    Database db(":memory:");
    db.save(one_customer(full_customer()));
    Company changed = full_company();
    changed.taxes = {{"HST", {"HST", "TVH"}, dec("13")}, {"GST", {"GST", "TPS"}, dec("6")}};
    changed.tax_ids.resize(1);
    changed.grace_days = 3;
    db.save({{changed}, {}});
    Company loaded = db.load_companies().at(0);
    CHECK(loaded.grace_days == 3);
    CHECK(loaded.tax_ids.size() == 1);
    REQUIRE(loaded.taxes.size() == 3);
    // The new list's order first; QST, kept from before, shares position 0 and sorts by code.
    CHECK(loaded.taxes[0].code == "HST");
    CHECK(loaded.taxes[1].code == "QST");
    CHECK(loaded.taxes[2].code == "GST");
    CHECK(loaded.taxes[2].rate == dec("6"));
    CHECK(db.load_customer("C1001"));  // its customers stay
}

TEST_CASE("a failed save leaves the database exactly as it was") {
    Database db(":memory:");
    db.save(one_customer(full_customer()));
    Customer renamed = full_customer();
    renamed.name = "Should not stay";
    Customer orphan = full_customer("C2");
    orphan.seller = "Unknown Inc.";
    CHECK_THROWS(db.save({{}, {renamed, orphan}}));
    CHECK(db.customer_ids() == std::vector<std::string>{"C1001"});
    CHECK(db.load_customer("C1001")->name == "Marie Tremblay");
}

TEST_CASE("a company without optional settings loads with its defaults") {
    Database db(":memory:");
    Company bare;
    bare.name = "Bare";
    bare.email = "b@x";
    bare.currency = "EUR";
    db.save({{bare}, {}});
    Company loaded = db.load_companies().at(0);
    check_same(loaded, bare);
    CHECK(loaded.locale.en == "en-US");
    CHECK(loaded.payment_terms_days == 30);
}

TEST_CASE("a version 1 database is migrated to the current version, keeping its data") {
    TempDir dir;
    std::string path = dir.file("portal.db");
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec(std::string(migrations()[0]));
        raw.exec("PRAGMA user_version = 1");
    }
    {
        Database db(path);
        db.save(one_customer(full_customer()));
    }
    Database again(path);
    CHECK(count(again, "PRAGMA user_version") == 7);
    CHECK(count(again, "SELECT count(*) FROM published_customers") == 0);
    CHECK(again.customer_ids() == std::vector<std::string>{"C1001"});
}

TEST_CASE("a version 2 database keeps what builds published, with no file records yet") {
    TempDir dir;
    std::string path = dir.file("portal.db");
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec(std::string(migrations()[0]) + std::string(migrations()[1]));
        raw.exec("INSERT INTO published_customers VALUES ('/out', 'C1', 'tok', 'h', 'a', '{}')");
        raw.exec("PRAGMA user_version = 2");
    }
    Database db(path);
    CHECK(count(db, "PRAGMA user_version") == 7);
    PublishState state(db, "/out");
    const std::optional<PublishedCustomer> published = state.find("C1");
    REQUIRE(published);
    CHECK(published->token == "tok");
    CHECK(published->files.empty());
}

TEST_CASE("a database error says what it means and names the database") {
    CHECK(database_error_message("data/portal.db", SQLite::Exception("database is locked", 5)) ==
          "database data/portal.db is locked by another run (waited 5 s); retry later");
    CHECK(database_error_message("x.db", SQLite::Exception("database table is locked", 6)) ==
          "database x.db is locked by another run (waited 5 s); retry later");
    CHECK(
        database_error_message("x.db", SQLite::Exception("database disk image is malformed", 11)) ==
        "database x.db is damaged: database disk image is malformed");
    CHECK(database_error_message("x.db", SQLite::Exception("file is not a database", 26)) ==
          "database x.db is damaged: file is not a database");
    // An extended code counts as its primary code (SQLITE_BUSY_SNAPSHOT is 517).
    CHECK(database_error_message("x.db", SQLite::Exception("database is locked", 517))
              .starts_with("database x.db is locked by another run"));
    CHECK(database_error_message("x.db", SQLite::Exception("database or disk is full", 13)) ==
          "database x.db: database or disk is full");
}

TEST_CASE("a locked database is a temporary condition, any other error is not") {
    CHECK(is_database_locked(SQLite::Exception("database is locked", SQLITE_BUSY)));
    CHECK(is_database_locked(SQLite::Exception("database table is locked", SQLITE_LOCKED)));
    CHECK(is_database_locked(SQLite::Exception("database is locked", SQLITE_BUSY_SNAPSHOT)));
    CHECK(is_database_locked(SQLite::Exception("locked", SQLITE_LOCKED_SHAREDCACHE)));
    CHECK_FALSE(is_database_locked(SQLite::Exception("malformed", SQLITE_CORRUPT)));
    CHECK_FALSE(is_database_locked(SQLite::Exception("full", SQLITE_FULL)));
}
