// The `status` command's output: the computed statuses of customers as JSON (SPEC section 2's
// exact shape) or as a table for a terminal.
#pragma once

#include <string>
#include <vector>

#include "compute/account.h"

namespace portalgen {

struct AccountWithToken {
    Account account;
    std::string token;
};

std::string status_json(Date as_of, const std::vector<AccountWithToken>& accounts);
std::string status_table(Date as_of, const std::vector<AccountWithToken>& accounts);

}  // namespace portalgen
