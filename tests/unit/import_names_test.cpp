// An import against what the database holds already: customer ids
// whose file names would be those of a stored customer, SQLite inputs under the same rules and
// their real rowids, and a company's new currency, tax rate or terms checked on the stored
// customers it does not replace.
#include <SQLiteCpp/Database.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "import/importer.h"
#include "import_fixture.h"
#include "store/database.h"
#include "store_fixture.h"

using namespace portalgen;
using namespace portalgen::test;

namespace {

std::string customer(const std::string& id) {
    return "  - { id: " + id + ", name: M, email: m@example.com, language: fr }\n";
}

class Inputs {
  public:
    std::string add(const std::string& name, const std::string& text) {
        std::string path = dir_.file(name);
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }
    std::string file(const std::string& name) const { return dir_.file(name); }

  private:
    TempDir dir_;
};

// Every problem of importing `paths`, or "" when the import succeeded.
std::string import_errors(Database& db, const std::vector<std::string>& paths) {
    try {
        import_files(db, paths);
        return "";
    } catch (const InvalidInput& e) {
        return e.what();
    }
}

// The database's content, to show that a refused import changed nothing.
std::string content(Database& db) {
    std::string out;
    for (const Company& c : db.load_companies())
        out += c.name + " " + c.currency + " " + std::to_string(c.grace_days) + "\n";
    for (const std::string& id : db.customer_ids()) out += id + "\n";
    return out;
}

}  // namespace

TEST_CASE("names: a customer id clashing with a stored customer's is refused", "[names]") {
    Inputs inputs;
    Database db(":memory:");
    REQUIRE(import_errors(
                db, {inputs.add("first.yaml", kCompany + customer(".a") + customer("C1"))}) == "");
    const std::string before = content(db);

    std::string clash = inputs.add(
        "clash.yaml", "customers:\n" + customer("_.a") + customer("c1") + customer("C2"));
    CHECK(import_errors(db, {clash}) ==
          clash +
              ":2:11: customer \"_.a\" and \".a\", already in the database, would have the "
              "same file name \"_.a\"\n" +
              clash +
              ":3:11: customer \"c1\" and \"C1\", already in the database, would have "
              "file names that differ only by case (\"c1\", \"C1\")\n");
    CHECK(content(db) == before);

    // The stored customer imported again is replaced, not a clash; so is one that an import
    // replaces while a new id comes in: the new one still clashes with the one replaced.
    CHECK(import_errors(db, {inputs.add("again.yaml",
                                        "customers:\n" + customer(".a") + customer("C1"))}) == "");
    std::string both = inputs.add("both.yaml", "customers:\n" + customer("C1") + customer("c1"));
    CHECK(import_errors(db, {both}) ==
          both + ":3:11: customer \"c1\" and \"C1\" (first at " + both +
              ":2:5) would have file names that differ only by case (\"c1\", \"C1\")\n");
    CHECK(content(db) == before);
}

TEST_CASE("names: a SQLite input is held to the same rules, at its real rowids", "[names]") {
    Inputs inputs;
    std::string path = inputs.file("in.db");
    {
        Company company = full_company();
        Customer a = full_customer(".a");
        Customer b = full_customer("_.a");
        b.invoices.resize(1);
        b.invoices[0].payments.clear();
        b.invoices[0].order.clear();
        b.invoices[0].subscription.clear();
        b.quotations.clear();
        b.orders.clear();
        b.subscriptions.clear();
        b.tickets.clear();
        Invoice twin = b.invoices[0];
        b.invoices[0].number = "INV-7";
        twin.number = "inv/7";
        b.invoices.push_back(twin);
        Database db(path);
        db.save({{company}, {a, b}});
    }
    {
        // Rowids are any 64-bit integers: the message must name the row, not 2147483647.
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        db.exec("UPDATE customers SET rowid = 9000000000 WHERE id = '_.a'");
        db.exec("UPDATE invoices SET rowid = 5000000000 WHERE number = 'inv/7'");
    }
    Database target(":memory:");
    CHECK(import_errors(target, {path}) ==
          path + ":customers:9000000000:1: customer \"_.a\" and \".a\" (first at " + path +
              ":customers:1:1) would have the same file name \"_.a\"\n" + path +
              ":invoices:5000000000:3: invoice \"inv/7\" and \"INV-7\" would have file names "
              "that differ only by case (\"inv-7\", \"INV-7\")\n");
    CHECK(target.customer_ids().empty());
}

TEST_CASE("names: a SQLite error names a rowid above 2^31 exactly", "[names]") {
    Inputs inputs;
    std::string path = inputs.file("big.db");
    {
        Database db(path);
        db.save({{full_company()}, {full_customer("C1")}});
    }
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        db.exec("UPDATE customers SET rowid = 4294967297, language = 'de'");
    }
    Database target(":memory:");
    CHECK(import_errors(target, {path}) ==
          path + ":customers:4294967297:6: language must be one of en | fr, not \"de\"\n");
}

namespace {

// A stored customer of Odotrack Inc. (CAD, GST 5 %) that its company's new settings may break.
const std::string kFitting =
    "  - { id: C1, name: M, email: m@example.com, language: fr,\n"
    "      invoices: [{ number: I1, date: 2026-01-01, state: posted,\n"
    "        lines: [{ product: P, quantity: 1, unit_price: \"100.50\", taxes: [GST] }],\n"
    "        payments: [{ date: 2026-01-02, amount: \"105.52\" }] }],\n"
    "      subscriptions: [{ number: S1, plan: P, start: 2026-01-01, next_invoice: 9999-12-20,\n"
    "        period: month, state: open }] }\n";

// kCompany with one setting replaced.
std::string company_with(const std::string& from, const std::string& to) {
    std::string text = kCompany;
    text.replace(text.find(from), from.size(), to);
    return text;
}

}  // namespace

TEST_CASE("settings: a company's change is checked on its stored customers", "[names]") {
    Inputs inputs;
    Database db(":memory:");
    REQUIRE(import_errors(db, {inputs.add("stored.yaml", kCompany + kFitting + customer("C2"))}) ==
            "");
    const std::string before = content(db);
    const std::string prefix =
        "customer \"C1\" (in the database, not in this import) no longer fits the new settings of "
        "company \"Odotrack Inc.\": ";

    SECTION("currency: CAD to JPY, whose amounts have no decimals") {
        std::string path = inputs.add("jpy.yaml", company_with("CAD", "JPY"));
        CHECK(import_errors(db, {path}) ==
              path + ":4:13: " + prefix +
                  "invoices.0.payments.0.amount: more decimals than the currency has\n");
    }
    SECTION("a tax rate: the payments now exceed the total") {
        std::string path = inputs.add("rate.yaml", company_with("rate: \"5\"", "rate: \"4\""));
        CHECK(import_errors(db, {path}) ==
              path + ":6:52: " + prefix +
                  "invoices.0.payments: payments (105.52) exceed the invoice total (104.52)\n");
    }
    SECTION("grace_days: the renewal deadline would be after 9999-12-31") {
        std::string path = inputs.add(
            "grace.yaml", company_with("currency: CAD\n", "currency: CAD\n  grace_days: 12\n"));
        CHECK(import_errors(db, {path}) ==
              path + ":5:15: " + prefix +
                  "subscriptions.0.next_invoice: the renewal deadline (next_invoice + the "
                  "company's grace_days, 12) would be after 9999-12-31\n");
    }
    SECTION("from a SQLite input too") {
        std::string path = inputs.file("jpy.db");
        Company company = db.load_companies().front();
        company.currency = "JPY";
        {
            Database input(path);
            input.save({{company}, {}});
        }
        CHECK(import_errors(db, {path}) ==
              path + ":companies:1:7: " + prefix +
                  "invoices.0.payments.0.amount: more decimals than the currency has\n");
    }
    CHECK(content(db) == before);
}

TEST_CASE("settings: what the change does not break, or what the import replaces, passes",
          "[names]") {
    Inputs inputs;
    Database db(":memory:");
    // C3 has a currency of its own: its company's currency is not its.
    REQUIRE(import_errors(db, {inputs.add("stored.yaml",
                                          kCompany + kFitting +
                                              "  - { id: C3, name: M, email: m@example.com, "
                                              "language: fr, currency: CAD,\n"
                                              "      invoices: [{ number: I1, date: 2026-01-01, "
                                              "state: posted,\n"
                                              "        payments: [] }] }\n")}) == "");
    // C1 comes again with the data that fits: the stored one is replaced, not checked.
    std::string path = inputs.add("jpy.yaml", company_with("CAD", "JPY") +
                                                  "  - { id: C1, name: M, email: m@example.com, "
                                                  "language: fr }\n");
    CHECK(import_errors(db, {path}) == "");
    CHECK(db.load_companies().front().currency == "JPY");
    // Settings that no customer's checks depend on change freely.
    CHECK(import_errors(db,
                        {inputs.add("mail.yaml", company_with("billing@", "invoices@") +
                                                     "  - { id: C1, name: M, email: m@example.com, "
                                                     "language: fr }\n")}) == "");
}
