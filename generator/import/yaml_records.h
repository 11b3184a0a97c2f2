// The records of the YAML input format (SPEC section 1): a company, a tax and a customer with
// all its documents, each read from its YAML mapping.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "import/field_reader.h"
#include "model/model.h"

namespace portalgen {

Company read_company(const ReadContext& context, FieldReader& in);
Tax read_tax(FieldReader& in);
Customer read_customer(FieldReader& in);

// One item of a file's `customers` list, read on its own (on any thread): the customer, unless
// the item is not a mapping, with the problems found, and the tree that answers for positions.
struct CustomerItem {
    YamlNode tree;
    std::optional<Customer> customer;
    std::vector<Diagnostic> problems;
};
CustomerItem read_customer_item(YamlNode tree, const std::string& file);

}  // namespace portalgen
