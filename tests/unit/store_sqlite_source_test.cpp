// SQLite input files: a database written by portalgen reads back whole, and each type-level
// problem of a hand-made file is reported at FILE:TABLE:ROWID:COLUMN.
#include <SQLiteCpp/Database.h>

#include <fstream>

#include "import/sqlite_source.h"
#include "import/validate.h"
#include "store/database.h"
#include "store/schema.h"
#include "store_fixture.h"

using namespace portalgen;
using namespace portalgen::test;

namespace {

// The schema without STRICT, NOT NULL and with a NUMERIC amount, as a user might write it:
// SQLite then keeps whatever is inserted.
std::string loose_schema() {
    std::string sql(schema_sql());
    for (size_t at; (at = sql.find(") STRICT;")) != std::string::npos;) sql.replace(at, 9, ");");
    for (size_t at; (at = sql.find(" NOT NULL")) != std::string::npos;) sql.erase(at, 9);
    sql.replace(sql.find("amount TEXT"), 11, "amount NUMERIC");
    return sql;
}

struct Read {
    Dataset data;
    SourceMap positions;
    Diagnostics diagnostics;
};

// The expected report: each line is `path` followed by one of `lines`.
std::string report(const std::string& path, std::initializer_list<std::string> lines) {
    std::string out;
    for (const std::string& line : lines) out += path + line + "\n";
    return out;
}

Read read(const std::string& path, Dataset data = {}) {
    Read r{std::move(data), {}, {}};
    read_sqlite_source(path, r.data, r.positions, r.diagnostics);
    return r;
}

}  // namespace

TEST_CASE("a database written by portalgen reads back as the same data") {
    TempDir dir;
    std::string path = dir.file("export.db");
    Customer other = full_customer("C2");
    other.tickets.clear();
    {
        Database db(path);
        db.save({{full_company()}, {full_customer(), other}});
    }
    // One customer is there already: the file's customers are appended after it.
    Dataset before;
    before.customers.push_back(full_customer("C0"));
    Read r = read(path, before);
    CHECK(r.diagnostics.to_string() == "");
    REQUIRE(r.data.companies.size() == 1);
    check_same(r.data.companies[0], full_company());
    REQUIRE(r.data.customers.size() == 3);
    check_same(r.data.customers[1], full_customer());
    check_same(r.data.customers[2], other);

    // Positions: the row for a value, the column for a field (invoices.due is column 7).
    CHECK(r.positions.at("customers.1").to_string() == path + ":customers:1:1");
    CHECK(r.positions.at("customers.2.email").to_string() == path + ":customers:2:5");
    CHECK(r.positions.at("customers.1.invoices.0").to_string() == path + ":invoices:1:1");
    CHECK(r.positions.at("customers.1.invoices.0.due").to_string() == path + ":invoices:1:7");
    CHECK(r.positions.at("customers.1.invoices.0.lines.0.taxes.1").to_string() ==
          path + ":lines:4:10");
    CHECK(r.positions.at("customers.1.tickets.0.messages.1.from").to_string() ==
          path + ":ticket_messages:2:5");
    CHECK(r.positions.at("companies.0.locale.fr").to_string() == path + ":companies:1:9");
    CHECK(r.positions.at("companies.0.taxes.1.rate").to_string() == path + ":taxes:2:6");

    validate_dataset(r.data, {}, r.positions, r.diagnostics);
    CHECK(r.diagnostics.to_string() == "");
}

TEST_CASE("a SQLite input of an older schema version reads, without the newer columns") {
    // Made by hand with the tables of versions 1 to 3, as an older portalgen's users would.
    for (int version : {3, 4}) {
        TempDir dir;
        const std::string path = dir.file("old.db");
        {
            SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            for (int i = 0; i < version; ++i) raw.exec(std::string(migrations()[i]));
            raw.exec("PRAGMA user_version = " + std::to_string(version));
            raw.exec(
                "INSERT INTO companies (name, address, email, currency, locale_en, locale_fr, "
                "payment_terms_days, grace_days) VALUES ('Old Co', '[\"Main Street\"]', "
                "'billing@old.example', 'EUR', 'en-IE', 'fr-FR', 30, 7)");
            raw.exec(
                "INSERT INTO taxes (company, code, position, name_en, name_fr, rate) VALUES "
                "('Old Co', 'VAT20', 0, 'VAT 20%', 'TVA 20 %', '20')");
            raw.exec(
                "INSERT INTO customers (id, company, name, email, language) VALUES "
                "('C1', 'Old Co', 'Ann', 'ann@example.com', 'en')");
            raw.exec(
                "INSERT INTO invoices (customer_id, position, number, date, state) VALUES "
                "('C1', 0, 'INV-1', '2026-10-01', 'posted')");
            raw.exec(
                "INSERT INTO lines (customer_id, document_kind, document_number, position, "
                "product, quantity, unit_price, taxes) VALUES "
                "('C1', 'invoice', 'INV-1', 0, 'Widget', '2', '10.50', '[\"VAT20\"]')");
        }
        INFO("schema version " << version);
        Read r = read(path);
        CHECK(r.diagnostics.to_string() == "");
        REQUIRE(r.data.customers.size() == 1);
        REQUIRE(r.data.customers[0].invoices.size() == 1);
        const Invoice& invoice = r.data.customers[0].invoices[0];
        CHECK(invoice.number == "INV-1");
        CHECK(invoice.tax_currency.empty());
        REQUIRE(invoice.lines.size() == 1);
        CHECK(invoice.lines[0].unit_price == Decimal::from_micros(10'500'000));
        CHECK(invoice.lines[0].unit.empty());
        validate_dataset(r.data, {}, r.positions, r.diagnostics);
        CHECK(r.diagnostics.to_string() == "");
    }
}

TEST_CASE("each type-level problem of a SQLite input is reported at its row and column") {
    TempDir dir;
    std::string path = dir.file("bad.db");
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec(loose_schema());
        db.exec(R"(
INSERT INTO companies (name, email, currency, grace_days) VALUES ('Odo', 'b@x', 'CAD', 'soon');
INSERT INTO customers (id, company, name, email, language, token)
    VALUES ('C1', 'Odo', 'Marie', NULL, 'de', 'ignored');
INSERT INTO payment_methods VALUES ('C1', 0, 'card-1', 'visa', '4242', '2027-13');
INSERT INTO quotations VALUES ('C1', 0, 'Q1', '2026-01-01', NULL, 'sent');
INSERT INTO invoices (customer_id, position, number, date, due, state)
    VALUES ('C1', 0, 'INV1', '2026-02-30', X'3230', 'posted');
INSERT INTO payments VALUES ('C1', 'INV1', 0, '2026-03-01', 100.1, NULL);
INSERT INTO payments VALUES ('C1', 'INV1', 1, '2026-03-02', '1.5x', NULL);
INSERT INTO lines VALUES ('C1', 'quotation', 'Q1', 0, 'P', NULL, '1', '2', NULL, '[GST', NULL, NULL, NULL, NULL);
INSERT INTO lines VALUES ('C1', 'quotation', 'Q9', 0, 'P', NULL, '1', '2', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO lines VALUES ('C1', 'offer', 'Q1', 1, 'P', NULL, '1', '2', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO tickets VALUES ('C1', 0, 'T1', 'Help', '2026-11-10 14:03', 'open');
INSERT INTO ticket_messages VALUES ('C1', 'T1', 0, '2026-11-10T14:03:00Z', 'customer', 'M',
    printf('%.10001c', 'x'));
INSERT INTO success_packs VALUES ('C9', 0, 'Pack', '2026-01-01', '5', NULL, NULL);
)");
    }
    Read r = read(path);
    CHECK(
        r.diagnostics.to_string() ==
        report(
            path,
            {
                ":companies:1:11: grace_days must be a whole number from 0 to 3650, not \"soon\"",
                ":customers:1:5: email is required (found NULL)",
                ":customers:1:6: language must be one of en | fr, not \"de\"",
                ":invoices:1:6: date must be a real date YYYY-MM-DD, not \"2026-02-30\"",
                ":invoices:1:7: due must be TEXT, found BLOB",
                ":lines:1:10: taxes must be a JSON array of strings like [\"a\",\"b\"], not "
                "\"[GST\"",
                ":lines:2:3: no quotation \"Q9\" for customer \"C1\"",
                ":lines:3:2: document_kind must be one of quotation | order | invoice | "
                "subscription, not \"offer\"",
                ":payment_methods:1:6: expires must be a month YYYY-MM, not \"2027-13\"",
                ":payments:1:5: amount must be exact TEXT like '19.99', not the REAL 100.1",
                ":payments:2:5: amount: expected a decimal number like 12 or 19.99, got \"1.5x\"",
                ":success_packs:1:1: unknown customer \"C9\" (not in table customers)",
                ":ticket_messages:1:7: text longer than 10000 characters (10001 characters)",
                ":tickets:1:5: opened must be an ISO 8601 timestamp with offset like "
                "2026-11-10T14:03:00Z, not \"2026-11-10 14:03\"",
                ":tickets:1:6: status must be one of new | in_progress | waiting_customer | solved "
                "| cancelled, not \"open\"",
            }));
    // The rows are still read, so the validator can go on.
    REQUIRE(r.data.customers.size() == 1);
    CHECK(r.data.customers[0].seller == "Odo");
    CHECK(r.data.customers[0].invoices.at(0).payments.size() == 2);
}

TEST_CASE("text of a SQLite input: 10,000 characters of any width, UTF-8, no NUL") {
    TempDir dir;
    std::string path = dir.file("text.db");
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec(loose_schema());
        // printf's %c repeats a byte: "é" is built from its two bytes, 10,000 times each.
        db.exec(R"(
INSERT INTO companies (name, email, currency) VALUES ('Odo', 'b@x.example', 'CAD');
INSERT INTO customers (id, company, name, email, language)
    VALUES ('C1', 'Odo', CAST(X'4D61C3' AS TEXT), 'm@x.example', 'en');
INSERT INTO customers (id, company, name, email, language)
    VALUES ('C2', 'Odo', CAST(X'4D610061' AS TEXT), 'm@x.example', 'en');
INSERT INTO customers (id, company, name, email, language)
    VALUES ('C3', 'Odo', CAST(X'41EDA080' AS TEXT), 'm@x.example', 'en');
INSERT INTO tickets VALUES ('C1', 0, 'T1', 'Help', '2026-11-10T14:03:00Z', 'new');
INSERT INTO ticket_messages VALUES ('C1', 'T1', 0, '2026-11-10T14:03:00Z', 'customer', 'M',
    replace(printf('%.10000c', 'x'), 'x', CAST(X'C3A9' AS TEXT)));
INSERT INTO ticket_messages VALUES ('C1', 'T1', 1, '2026-11-10T14:03:00Z', 'customer', 'M',
    replace(printf('%.10001c', 'x'), 'x', CAST(X'C3A9' AS TEXT)));
)");
    }
    Read r = read(path);
    CHECK(r.diagnostics.to_string() ==
          report(path, {
                           ":customers:1:3: invalid UTF-8 at character 3",
                           ":customers:2:3: a NUL character at character 3",
                           ":customers:3:3: invalid UTF-8 at character 2",
                           ":ticket_messages:2:7: text longer than 10000 characters (10001 "
                           "characters)",
                       }));
    REQUIRE(r.data.customers.size() == 3);
    REQUIRE(r.data.customers[0].tickets.at(0).messages.size() == 2);
    CHECK(r.data.customers[0].tickets[0].messages[0].body.size() == 20000);
}

TEST_CASE("a SQLite input that does not have the schema gets one clear error per problem") {
    TempDir dir;
    SECTION("not a database") {
        std::string path = dir.file("notes.db");
        std::ofstream(path) << "customers:\n  - id: C1\n";
        CHECK(read(path).diagnostics.to_string() ==
              path + ":1:1: cannot read this file as a SQLite database: file is not a database\n");
    }
    SECTION("missing file") {
        std::string path = dir.file("missing.db");
        CHECK(read(path).diagnostics.to_string() ==
              path +
                  ":1:1: cannot read this file as a SQLite database: unable to open database "
                  "file\n");
    }
    SECTION("no portalgen table at all") {
        std::string path = dir.file("empty.db");
        SQLite::Database(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE)
            .exec("CREATE TABLE t (x)");
        CHECK(read(path).diagnostics.to_string() ==
              path +
                  ":1:1: not a portalgen input: none of the tables of data/schema.sql is here\n");
    }
    SECTION("a missing table, a missing column, an unknown column") {
        std::string path = dir.file("partial.db");
        {
            SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            db.exec(loose_schema());
            db.exec(
                "DROP TABLE success_packs; ALTER TABLE tickets DROP COLUMN subject; "
                "ALTER TABLE customers ADD COLUMN phone TEXT; CREATE TABLE notes (x)");
        }
        CHECK(read(path).diagnostics.to_string() ==
              report(path, {
                               ":1:1: unknown column phone in table customers",
                               ":1:1: table tickets has no column subject (see data/schema.sql)",
                               ":1:1: missing table success_packs (see data/schema.sql)",
                           }));
    }
    SECTION("made by a newer portalgen") {
        std::string path = dir.file("new.db");
        SQLite::Database(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE)
            .exec("PRAGMA user_version = 8");
        CHECK(read(path).diagnostics.to_string() ==
              path + ":1:1: made by a newer portalgen (schema version 8)\n");
    }
}
