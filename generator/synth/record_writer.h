// Writes a company and its customers in the input format of SPEC section 1 through a
// YamlWriter, one customer at a time: block mappings for documents, one flow mapping per line,
// payment, message, card and success pack.
#pragma once

#include "model/model.h"
#include "synth/yaml_writer.h"

namespace portalgen {

// `company:` and `taxes:` at the top level.
void write_company_record(YamlWriter& out, const Company& company);

// One item of the top-level `customers:` list; amounts use `currency_digits` decimals.
void write_customer_record(YamlWriter& out, const Customer& customer, int currency_digits);

}  // namespace portalgen
