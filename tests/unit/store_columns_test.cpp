// Model values in SQLite columns: the JSON lists and the Binder.
#include <SQLiteCpp/Database.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "store/columns.h"

using namespace portalgen;

TEST_CASE("json_list writes what nlohmann::json writes, and parse_json_list reads it back") {
    std::string every_byte;  // every byte but the bytes that cannot appear in UTF-8 text
    for (int byte = 0; byte < 0x80; ++byte) every_byte += static_cast<char>(byte);
    const std::vector<std::vector<std::string>> lists = {
        {},
        {""},
        {"VAT20"},
        {"GST", "QST"},
        {"quote \" backslash \\ slash /", "tab\tnewline\nreturn\r"},
        {every_byte},
        {"é, 東京, 🙂, \u2028"},
        {"", "", ""},
    };
    for (const auto& list : lists) {
        INFO(nlohmann::json(list).dump());
        CHECK(json_list(list) == nlohmann::json(list).dump());
        CHECK(parse_json_list(json_list(list)) == list);
    }
    CHECK(json_list({"\x01\x1f"}) == "[\"\\u0001\\u001f\"]");  // by hand, as RFC 8259 has it
}

TEST_CASE("a Binder copies text, and binds held text where it is") {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    db.exec("CREATE TABLE t (a TEXT, b TEXT, c TEXT, d TEXT, e INTEGER)");
    SQLite::Statement insert(db, "INSERT INTO t VALUES (?, ?, ?, ?, ?)");
    for (int row = 0; row < 3; ++row) {
        std::string held = "held " + std::to_string(row);
        std::string copied = "copied " + std::to_string(row);
        Binder binder(insert);
        binder.held_text(held)
            .text(copied)
            .optional_held_text(std::string())
            .list({"x", std::to_string(row)});
        held[0] = 'H';    // seen by the statement: bound in place
        copied[0] = 'C';  // not seen: SQLite has its own copy
        binder.integer(row).run();
    }
    SQLite::Statement select(db, "SELECT a, b, c IS NULL, d, e FROM t ORDER BY e");
    for (int row = 0; row < 3; ++row) {
        REQUIRE(select.executeStep());
        CHECK(select.getColumn(0).getString() == "Held " + std::to_string(row));
        CHECK(select.getColumn(1).getString() == "copied " + std::to_string(row));
        CHECK(select.getColumn(2).getInt() == 1);
        CHECK(select.getColumn(3).getString() == "[\"x\",\"" + std::to_string(row) + "\"]");
        CHECK(select.getColumn(4).getInt() == row);
    }
    CHECK_FALSE(select.executeStep());
}
