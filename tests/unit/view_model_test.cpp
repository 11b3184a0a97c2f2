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

TEST_CASE("every field is found, and only those, in small and large objects") {
    // Past 8 fields an object is indexed; the index grows at 9, 17, 33, 65 ... fields.
    for (int count : {1, 8, 9, 16, 17, 100, 1000}) {
        INFO(count);
        MustacheData view;
        for (int i = 0; i < count; ++i) view["key" + std::to_string(i)] = std::to_string(i);
        view["key0"] = "replaced";
        REQUIRE(view.fields().size() == static_cast<size_t>(count));
        CHECK(view.get("key0")->string_value() == "replaced");
        for (int i = 1; i < count; ++i)
            CHECK(view.get("key" + std::to_string(i))->string_value() == std::to_string(i));
        for (int i = count; i < count + 50; ++i)
            CHECK(view.get("key" + std::to_string(i)) == nullptr);
        // Looked up with the hash of another key: the key itself is compared too.
        CHECK(view.get("key0", MustacheData::key_hash("other")) == nullptr);
        CHECK(view.get("other", MustacheData::key_hash("key0")) == nullptr);
    }
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
