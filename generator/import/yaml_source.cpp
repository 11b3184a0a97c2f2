#include "import/yaml_source.h"

#include "import/field_reader.h"
#include "import/yaml_records.h"
#include "import/yaml_tree.h"

namespace portalgen {

void read_yaml_source(std::string_view text, const std::string& file, Dataset& out,
                      SourceMap& positions, Diagnostics& diagnostics, std::vector<bool>* unparsed) {
    auto root = parse_yaml(text, file, diagnostics);
    if (!root) return;
    ReadContext context{file, positions, diagnostics};
    if (root->kind == YamlNode::Kind::null) {
        context.error(*root, "the file is empty: expected company, taxes or customers");
        return;
    }
    // The file's own path: its keys are recorded at "file.<key>" so missing ones point at line 1.
    FieldReader top(context, *root, "file:" + file, "the file");
    if (!top.ok()) return;

    std::string seller;
    if (const YamlNode* node = top.value("company", false)) {
        std::string path = "companies." + std::to_string(out.companies.size());
        FieldReader fields(context, *node, path, "company");
        if (fields.ok()) {
            out.companies.push_back(read_company(context, fields));
            seller = out.companies.back().name;
        }
    }
    if (const YamlNode* list = top.value("taxes", false)) {
        if (list->kind != YamlNode::Kind::sequence) {
            context.error(*list, "taxes must be a list");
        } else if (seller.empty()) {
            context.error(*list, "taxes belong to a company: put them in the file of its company");
        } else {
            std::string path = "companies." + std::to_string(out.companies.size() - 1) + ".taxes";
            auto& taxes = out.companies.back().taxes;
            for (size_t i = 0; i < list->items.size(); ++i) {
                FieldReader tax(context, list->items[i], path + "." + std::to_string(taxes.size()),
                                "a tax");
                if (tax.ok()) taxes.push_back(read_tax(tax));
            }
        }
    }
    if (const YamlNode* list = top.value("customers", false)) {
        if (list->kind != YamlNode::Kind::sequence) {
            context.error(*list, "customers must be a list");
        } else {
            for (const YamlNode& item : list->items) {
                std::string path = "customers." + std::to_string(out.customers.size());
                size_t problems_before = diagnostics.size();
                {
                    FieldReader customer(context, item, path, "a customer");
                    if (!customer.ok()) continue;
                    out.customers.push_back(read_customer(customer));
                    out.customers.back().seller = seller;
                }  // the reader reports unknown keys as it ends
                if (unparsed) {
                    unparsed->resize(out.customers.size(), false);
                    unparsed->back() = diagnostics.size() > problems_before;
                }
            }
        }
    }
}

}  // namespace portalgen
