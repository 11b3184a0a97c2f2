// --customer: which customers status, export and build work on.
#include "model/customer_selection.h"

#include <catch2/catch.hpp>

using namespace portalgen;

TEST_CASE("customers named are checked, sorted and counted once; none named means all") {
    const std::vector<std::string> all = {"C1", "C2", "C3"};
    CHECK(select_customers(all, {}) == all);
    CHECK(select_customers(all, {"C3", "C1", "C3"}) == std::vector<std::string>{"C1", "C3"});
    CHECK_THROWS_WITH(select_customers(all, {"C2", "c1"}), "unknown customer \"c1\"");
    CHECK_THROWS_WITH(select_customers({}, {"C1"}), "unknown customer \"C1\"");
}
