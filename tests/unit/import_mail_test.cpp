// Addresses and links at import (issue 15, item 1): a line break, white space, a list or a
// scheme that is not allowed in any e-mail or URL field is refused at its position, YAML or
// SQLite, and nothing is imported. Columns are counted by hand from the text below; SQLite
// columns from data/schema.sql.
#include <SQLiteCpp/Database.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "import/importer.h"
#include "store/database.h"
#include "store_fixture.h"

using namespace portalgen;
using namespace portalgen::test;

namespace {

std::string import_errors(Database& db, const std::vector<std::string>& paths) {
    try {
        import_files(db, paths);
        return "";
    } catch (const InvalidInput& e) {
        return e.what();
    }
}

}  // namespace

TEST_CASE("mail: every address and URL field of a YAML file is checked", "[mail]") {
    TempDir dir;
    std::string path = dir.file("evil.yaml");
    std::ofstream(path, std::ios::binary)
        << "company:\n"
           "  name: Evil Inc.\n"
           "  email: \"billing@evil.example\\r\\nBcc: a@evil.example\"\n"
           "  portal_url: \"https://portal.example/\\nX-Forged: 1\"\n"
           "  website: https://www.example/a b\n"
           "  currency: EUR\n"
           "  actions:\n"
           "    support: \"javascript:alert(1)\"\n"
           "    delete_account: \"mailto:a@example.com,b@evil.example\"\n"
           "customers:\n"
           "  - { id: C1, name: M, email: \"m@example.com\\nBcc: x@evil.example\", language: fr }\n"
           "  - { id: C2, name: N, email: \"a@example.com,b@example.com\", language: en }\n"
           "  - { id: C3, name: O, email: m@example.com, language: en }\n";
    Database db(":memory:");
    const std::string one = " (one address, like name@example.com)";
    CHECK(import_errors(db, {path}) ==
          path + ":3:10: email contains a line break (U+000D)" + one + "\n" +  //
              path + ":4:15: portal_url contains a line break (U+000A)\n" +    //
              path + ":5:12: website contains white space or an invisible character (U+0020)\n" +
              path + ":8:14: a link template must start with https://, http://, mailto: or tel:\n" +
              path +
              ":9:21: a link template has a mailto: address that holds more than one "
              "address" +
              one + "\n" + path + ":11:31: email contains a line break (U+000A)" + one + "\n" +
              path + ":12:31: email holds more than one address" + one + "\n");
    CHECK(db.customer_ids().empty());
    CHECK(db.load_companies().empty());
}

TEST_CASE("mail: a SQLite input's addresses and URLs are checked at their rows", "[mail]") {
    TempDir dir;
    std::string path = dir.file("in.db");
    {
        Company company = full_company();
        company.email = "billing@odotrack.example\nBcc: a@evil.example";
        company.portal_url = "https://portal.example/\r\n";
        company.actions.support = "mailto:support@example.com\r\nBcc: a@evil.example";
        Customer customer = full_customer("C1");
        customer.email = "marie@example.com\r\nBcc: x@evil.example";
        Database db(path);
        db.save({{company}, {customer}});
    }
    Database target(":memory:");
    const std::string one = " (one address, like name@example.com)";
    // companies: email is column 3, portal_url 6, action_support 18; customers: email 5.
    CHECK(import_errors(target, {path}) ==
          path + ":companies:1:3: email contains a line break (U+000A)" + one + "\n" + path +
              ":companies:1:6: portal_url contains a line break (U+000D)\n" + path +
              ":companies:1:18: a link template contains a line break (U+000D)\n" + path +
              ":customers:1:5: email contains a line break (U+000D)" + one + "\n");
    CHECK(target.customer_ids().empty());
}
