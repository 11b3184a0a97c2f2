#include <catch2/catch.hpp>

#include "store/database.h"
#include "store/publish_state.h"

using namespace portalgen;

TEST_CASE("publish state is kept per output folder") {
    Database db(":memory:");
    PublishState here(db, "/srv/out");
    PublishState there(db, "/srv/other");
    CHECK_FALSE(here.find("C1"));
    here.save("C2", {"tok2", "h2", "a2", "{}", ""});
    here.save("C1",
              {"tok1", "h1", "a1", "{\"id\":\"C1\"}", "0123456789abcdef 5 7 en/index.html\n"});
    there.save("C1", {"other", "x", "y", "{}", ""});
    REQUIRE(here.find("C1"));
    CHECK(here.find("C1")->token == "tok1");
    CHECK(here.find("C1")->summary == "{\"id\":\"C1\"}");
    CHECK(here.find("C1")->files == "0123456789abcdef 5 7 en/index.html\n");
    CHECK(there.find("C1")->token == "other");
    here.save("C1", {"tok1b", "h1b", "a1b", "{}", ""});  // replaces
    CHECK(here.find("C1")->input_hash == "h1b");
    std::vector<std::string> ids;
    here.for_each([&](const std::string& id, const PublishedCustomer&) { ids.push_back(id); });
    CHECK(ids == std::vector<std::string>{"C1", "C2"});
    here.remove("C2");
    CHECK_FALSE(here.find("C2"));
    CHECK(there.find("C1"));
}

TEST_CASE("the last as-of date is kept per output folder and shard") {
    Database db(":memory:");
    PublishState state(db, "/srv/out");
    CHECK_FALSE(state.last_as_of("1-of-1"));
    state.set_last_as_of("1-of-1", *Date::parse("2026-11-22"));
    state.set_last_as_of("1-of-1", *Date::parse("2026-11-23"));
    state.set_last_as_of("2-of-3", *Date::parse("2026-11-20"));
    CHECK(state.last_as_of("1-of-1") == Date::parse("2026-11-23"));
    CHECK(state.last_as_of("2-of-3") == Date::parse("2026-11-20"));
}
