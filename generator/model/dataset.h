// Dataset: companies (with their taxes) and customers, as one import brings them or the store
// loads them.
#pragma once

#include <vector>

#include "model/model.h"

namespace portalgen {

struct Dataset {
    std::vector<Company> companies;
    std::vector<Customer> customers;
};

}  // namespace portalgen
