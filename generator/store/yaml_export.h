// Export: a company and its customers as YAML text in the input format of SPEC section 1, so
// that importing it gives the same data back.
#pragma once

#include <string>
#include <vector>

#include "model/model.h"

namespace portalgen {

// One YAML document (a file holds one company). Every string is double-quoted so that ids like
// 017 or words like yes stay strings; decimals are quoted exact text; dates are plain; optional
// fields that are absent are left out; text stays UTF-8.
std::string export_yaml(const Company& company, const std::vector<Customer>& customers);

}  // namespace portalgen
