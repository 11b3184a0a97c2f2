// CustomerCheck: the checks of one customer that need nothing but the import's sellers (known
// before any customer is read), so they may run on the reading thread; only the duplicate-id
// check, which depends on every customer before, is left to the import session.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "import/input_header.h"
#include "import/source_map.h"
#include "import/validate.h"

namespace portalgen {

struct CheckedCustomer {
    std::optional<Customer> customer;  // none when the item was not a customer at all
    std::vector<Diagnostic> before;    // reading and seller problems, before the duplicate check
    std::vector<Diagnostic> after;     // what the checks found after it
    Loc at;                            // the customer's position
    Loc id_at;                         // its id's
};

class CustomerCheck {
  public:
    // `headers` say which company each input brings; `stored` are the database's companies.
    CustomerCheck(const std::vector<Company>& stored, const std::vector<InputHeader>& headers);

    // Gives a customer without a seller the only company there is, and checks it. `path` names
    // it in `positions`; `seller_reported` keeps "which company bills this customer?" to once a
    // file.
    // Unless all its values parsed, the semantic checks are skipped: a value left at its default
    // would raise false follow-on problems ("next_invoice is before start").
    void check(Customer& customer, const std::string& path, const SourceMap& positions,
               bool values_parsed, bool& seller_reported, CheckedCustomer& out) const;

    // A customer of a YAML input, from its tree.
    CheckedCustomer check_yaml(size_t input, YamlNode tree, const std::string& file,
                               bool& seller_reported) const;

    // The companies customers are checked against: the stored ones, as this import changes them.
    const Sellers& sellers() const { return sellers_; }

  private:
    Sellers sellers_;
    std::vector<std::string> input_sellers_;  // each input's own company, if it has one
    std::string default_seller_;              // for inputs without: the only company there is
};

}  // namespace portalgen
