#include "model/shard.h"

#include <catch2/catch.hpp>

using namespace portalgen;

TEST_CASE("customer_hash is 64-bit FNV-1a (published test vectors)") {
    CHECK(customer_hash("") == 0xcbf29ce484222325ULL);
    CHECK(customer_hash("a") == 0xaf63dc4c8601ec8cULL);
    CHECK(customer_hash("foobar") == 0x85944171f73967e8ULL);
}

TEST_CASE("a shard K/N parses only when 1 <= K <= N") {
    struct Case {
        const char* text;
        bool valid;
        int index, count;
    };
    const Case cases[] = {
        {"1/1", true, 1, 1},   {"2/3", true, 2, 3},       {"3/3", true, 3, 3},
        {"0/3", false, 0, 0},  {"4/3", false, 0, 0},      {"1/0", false, 0, 0},
        {"1", false, 0, 0},    {"1/3x", false, 0, 0},     {"/3", false, 0, 0},
        {"-1/3", false, 0, 0}, {"1/100001", false, 0, 0},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        auto shard = parse_shard(c.text);
        REQUIRE(shard.has_value() == c.valid);
        if (c.valid) {
            CHECK(shard->index == c.index);
            CHECK(shard->count == c.count);
        }
    }
    CHECK(parse_shard("2/3")->name() == "2-of-3");
}

TEST_CASE("every customer is in exactly one shard") {
    for (int n = 1; n <= 5; ++n) {
        int seen[5] = {};
        for (int i = 0; i < 1000; ++i) {
            std::string id = "C" + std::to_string(i);
            int owners = 0;
            for (int k = 1; k <= n; ++k)
                if (in_shard(id, Shard{k, n})) {
                    ++owners;
                    ++seen[k - 1];
                }
            REQUIRE(owners == 1);
        }
        for (int k = 0; k < n; ++k) CHECK(seen[k] > 1000 / n / 2);  // roughly balanced
    }
    // "a" hashes to 0xaf63dc4c8601ec8c, which is 1 mod 3: shard 2 of 3.
    CHECK(in_shard("a", Shard{2, 3}));
}
