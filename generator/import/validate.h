// The semantic checks of an import (SPEC section 1), shared by the YAML and SQLite sources:
// references, duplicates, slug collisions, ranges and amounts. Type-level checks are the
// sources' job; these run on the records they built, one company or customer at a time, so a
// streamed import checks each customer as soon as it is read.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "compute/totals.h"
#include "core/diagnostics.h"
#include "import/source_map.h"
#include "model/dataset.h"

namespace portalgen {

// The companies an import may bill customers from: the stored ones, updated by the imported
// ones (an imported company's taxes are added to the stored ones or replace them by code).
class Sellers {
  public:
    struct Seller {
        std::vector<Tax> taxes;
        std::string currency;  // the default of its customers
        int payment_terms_days = 0;
        int grace_days = 0;
        EInvoiceFormat e_invoice = EInvoiceFormat::none;
        std::string country;  // of its address; empty: not structured
    };
    explicit Sellers(const std::vector<Company>& stored);
    void add(const Company& imported);
    // nullptr for a company neither stored nor imported.
    const Seller* find(const std::string& name) const;

  private:
    std::map<std::string, Seller, std::less<>> by_name_;
};

// A company's settings and taxes (`path` is where it is in `positions`, e.g. companies.0).
void check_company(const Company& company, const std::string& path, const SourceMap& positions,
                   Diagnostics& diagnostics);

// A customer and its documents, against its seller's taxes, currency (when the customer has none
// of its own) and terms.
void check_customer(const Customer& customer, const std::string& path,
                    const Sellers::Seller& seller, const SourceMap& positions,
                    Diagnostics& diagnostics);

// A customer already in the database, not in this import, whose seller's currency, tax rates or
// terms the import changes: checked as check_customer() would with the new ones. A stored value
// has no place in the inputs, so every problem is reported at `changed` (the new setting) and
// names the customer and the field: `customer "C1" (in the database, not in this import) no
// longer fits the new settings of company "X": invoices.0.payments.0.amount: ...`.
void check_stored_customer(const Customer& customer, const Sellers::Seller& seller,
                           const Loc& changed, Diagnostics& diagnostics);

// The problem with customer `id`, read after `first` whose id has the same slug_key (SPEC 4)
// at `first_at`: `customer "C1" is imported twice (first at in.yaml:8:5)`, or `customer "c1"
// and "C1" (first at in.yaml:8:5) would have file names that differ only by case (...)`.
std::string customer_id_clash(const std::string& id, const std::string& first, const Loc& first_at);

// Checks a whole Dataset. `stored` are the companies already in the database (an import may add
// customers to them). Every customer's `seller` must already be set. The customers marked in
// `unparsed` (some value did not parse) get no semantic check, as in CustomerCheck::check.
void validate_dataset(const Dataset& data, const std::vector<Company>& stored,
                      const SourceMap& positions, Diagnostics& diagnostics,
                      const std::vector<bool>& unparsed = {});

}  // namespace portalgen
