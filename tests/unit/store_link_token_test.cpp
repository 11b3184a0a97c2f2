// Portal link tokens: random, URL-safe, unique.
#include <catch2/catch.hpp>
#include <set>

#include "store/link_token.h"

using namespace portalgen;

TEST_CASE("a link token is 24 characters of base64url") {
    std::string token = new_link_token();
    CHECK(token.size() == 24);
    CHECK(token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                  "0123456789-_") == std::string::npos);
}

TEST_CASE("1000 link tokens are all different and use the whole alphabet") {
    std::set<std::string> tokens;
    std::set<char> characters;
    for (int i = 0; i < 1000; ++i) {
        std::string token = new_link_token();
        CHECK(token.size() == 24);
        tokens.insert(token);
        characters.insert(token.begin(), token.end());
    }
    CHECK(tokens.size() == 1000);
    CHECK(characters.size() == 64);  // 24,000 draws from 64 characters: all appear
}
