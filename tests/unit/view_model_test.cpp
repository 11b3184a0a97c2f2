// The view model: fields set and replaced by name, found or not found whatever their hashes
// share, and the kinds a template tells apart.
#include "view/view_model.h"

#include <catch2/catch.hpp>
#include <string>

using namespace portalgen;

TEST_CASE("a field is set once by name, and replaced in place") {
    MustacheData view;
    view["b"] = "one";
    view["a"] = true;
    view["b"] = "two";
    REQUIRE(view.fields().size() == 2);
    CHECK(view.fields()[0].key == "b");
    CHECK(view.fields()[1].key == "a");
    CHECK(view.get("b")->string_value() == "two");
    CHECK(view.get("a")->is_true());
    CHECK(view.get("c") == nullptr);
}

TEST_CASE("keys whose hashes share a bit, or a whole hash, are still told apart") {
    MustacheData view;
    view["a"] = "A";
    // A key on the same bit as "a" (the quick test for a miss) but another key.
    std::string same_bit;
    for (int i = 0; same_bit.empty(); ++i) {
        const std::string key = "k" + std::to_string(i);
        if (MustacheData::key_hash(key) % 64 == MustacheData::key_hash("a") % 64) same_bit = key;
    }
    CHECK(view.get(same_bit) == nullptr);
    view[same_bit] = "B";
    CHECK(view.get("a")->string_value() == "A");
    CHECK(view.get(same_bit)->string_value() == "B");
    // Looked up with the hash of another key: the key itself is compared too.
    CHECK(view.get("a", MustacheData::key_hash(same_bit)) == nullptr);
}

TEST_CASE("text, flags, lists and objects are told apart as a template needs") {
    CHECK(MustacheData("x").is_string());
    CHECK(MustacheData(std::string("x")).string_value() == "x");
    CHECK(MustacheData(false).is_false());
    CHECK_FALSE(MustacheData(true).is_false());
    CHECK(MustacheData(MustacheList{}).is_empty_list());
    MustacheData list(MustacheData::type::list);
    CHECK(list.is_empty_list());
    list.push_back("item");
    CHECK(list.is_non_empty_list());
    CHECK(list.list_value().at(0).string_value() == "item");
    CHECK(MustacheData().is_object());
    CHECK(MustacheData(true).string_value().empty());
    CHECK(MustacheData("x").list_value().empty());
    MustacheData nested;
    nested["t"]["invoice"]["title"] = "Invoice";
    CHECK(nested.get("t")->get("invoice")->get("title")->string_value() == "Invoice");
}
