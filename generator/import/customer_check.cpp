#include "import/customer_check.h"

#include "import/yaml_records.h"

namespace portalgen {

CustomerCheck::CustomerCheck(const std::vector<Company>& stored,
                             const std::vector<InputHeader>& headers)
    : sellers_(stored) {
    std::vector<const Company*> imported;
    for (const InputHeader& header : headers) {
        input_sellers_.push_back(header.companies.empty() ? "" : header.companies.front().name);
        for (const Company& company : header.companies) {
            sellers_.add(company);
            imported.push_back(&company);
        }
    }
    if (imported.size() == 1)
        default_seller_ = imported.front()->name;
    else if (imported.empty() && stored.size() == 1)
        default_seller_ = stored.front().name;
}

void CustomerCheck::check(Customer& customer, const std::string& path, const SourceMap& positions,
                          bool values_parsed, bool& seller_reported, CheckedCustomer& out) const {
    out.at = positions.at(path);
    out.id_at = positions.at(path + ".id");
    if (customer.seller.empty()) {
        if (!default_seller_.empty()) {
            customer.seller = default_seller_;
        } else if (!seller_reported) {
            out.before.push_back({out.at,
                                  "which company bills this customer? Import the file with its "
                                  "company section, or put the customers in that file"});
            seller_reported = true;
        }
    }
    Diagnostics after;
    if (const Sellers::Seller* seller = sellers_.find(customer.seller)) {
        if (!values_parsed) return;
        check_customer(customer, path, *seller, positions, after);
    } else {
        after.error(out.at, "unknown company \"" + customer.seller + "\" for this customer");
    }
    out.after = after.items();
}

CheckedCustomer CustomerCheck::check_yaml(size_t input, YamlNode tree, const std::string& file,
                                          bool& seller_reported) const {
    static const std::string kPath = "customers.0";
    CustomerItem item = read_customer_item(std::move(tree), file);
    CheckedCustomer out;
    out.before = std::move(item.problems);
    if (!item.customer) return out;
    SourceMap positions;
    positions.attach(kPath, item.tree, file);
    item.customer->seller = input_sellers_[input];
    check(*item.customer, kPath, positions, out.before.empty(), seller_reported, out);
    out.customer = std::move(item.customer);
    return out;
}

}  // namespace portalgen
