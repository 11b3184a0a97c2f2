#include "store/company_rows.h"

#include <map>

#include "store/columns.h"
#include "store/mapped_rows.h"

namespace portalgen {

CompanyWriter::CompanyWriter(SQLite::Database& db)
    : upsert_company_(db, upsert_sql<Company>("companies", {}, "name")),
      delete_tax_ids_(db, "DELETE FROM company_tax_ids WHERE company = ?"),
      insert_tax_id_(db, insert_sql<TaxId>("company_tax_ids", {"company", "position"})),
      upsert_tax_(db, upsert_sql<Tax>("taxes", {"company", "position"}, "company, code")) {}

void CompanyWriter::write(const Company& c) {
    insert_row(upsert_company_, c, [](Binder&) {});
    Binder(delete_tax_ids_).text(c.name).run();
    const auto place = [&](size_t i) {
        return [&, i](Binder& b) { b.text(c.name).integer(static_cast<int64_t>(i)); };
    };
    for (size_t i = 0; i < c.tax_ids.size(); ++i)
        insert_row(insert_tax_id_, c.tax_ids[i], place(i));
    for (size_t i = 0; i < c.taxes.size(); ++i) insert_row(upsert_tax_, c.taxes[i], place(i));
}

std::vector<Company> read_companies(const SQLite::Database& db) {
    std::vector<Company> companies;
    std::map<std::string, size_t> index_of;
    SQLite::Statement rows(db, "SELECT * FROM companies ORDER BY name");
    while (rows.executeStep()) {
        index_of[text_of(rows.getColumn("name"))] = companies.size();
        companies.push_back(read_mapped<Company>(ReadFields(rows)));
    }
    SQLite::Statement tax_ids(db, "SELECT * FROM company_tax_ids ORDER BY company, position");
    while (tax_ids.executeStep())
        companies.at(index_of.at(text_of(tax_ids.getColumn("company"))))
            .tax_ids.push_back(read_mapped<TaxId>(ReadFields(tax_ids)));
    // Taxes kept from earlier imports may share a position with new ones: the code breaks ties.
    SQLite::Statement taxes(db, "SELECT * FROM taxes ORDER BY company, position, code");
    while (taxes.executeStep())
        companies.at(index_of.at(text_of(taxes.getColumn("company"))))
            .taxes.push_back(read_mapped<Tax>(ReadFields(taxes)));
    return companies;
}

}  // namespace portalgen
