#include "store/company_rows.h"

#include <map>

#include "store/columns.h"

namespace portalgen {

CompanyWriter::CompanyWriter(SQLite::Database& db)
    : upsert_company_(db,
                      "INSERT INTO companies (name, address, email, phone, website, portal_url, "
                      "currency, locale_en, locale_fr, payment_terms_days, grace_days, "
                      "legal_notice_en, legal_notice_fr, action_accept_quotation, "
                      "action_reject_quotation, action_pay_invoice, action_change_payment_method, "
                      "action_support, action_delete_account) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                      "ON CONFLICT (name) DO UPDATE SET address = excluded.address, "
                      "email = excluded.email, phone = excluded.phone, "
                      "website = excluded.website, portal_url = excluded.portal_url, "
                      "currency = excluded.currency, locale_en = excluded.locale_en, "
                      "locale_fr = excluded.locale_fr, "
                      "payment_terms_days = excluded.payment_terms_days, "
                      "grace_days = excluded.grace_days, "
                      "legal_notice_en = excluded.legal_notice_en, "
                      "legal_notice_fr = excluded.legal_notice_fr, "
                      "action_accept_quotation = excluded.action_accept_quotation, "
                      "action_reject_quotation = excluded.action_reject_quotation, "
                      "action_pay_invoice = excluded.action_pay_invoice, "
                      "action_change_payment_method = excluded.action_change_payment_method, "
                      "action_support = excluded.action_support, "
                      "action_delete_account = excluded.action_delete_account"),
      delete_tax_ids_(db, "DELETE FROM company_tax_ids WHERE company = ?"),
      insert_tax_id_(db,
                     "INSERT INTO company_tax_ids (company, position, label_en, label_fr, value) "
                     "VALUES (?, ?, ?, ?, ?)"),
      upsert_tax_(db,
                  "INSERT INTO taxes (company, code, position, name_en, name_fr, rate) "
                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (company, code) DO UPDATE SET "
                  "position = excluded.position, name_en = excluded.name_en, "
                  "name_fr = excluded.name_fr, rate = excluded.rate") {}

void CompanyWriter::write(const Company& c) {
    const Actions& a = c.actions;
    Binder(upsert_company_)
        .text(c.name)
        .list(c.address)
        .text(c.email)
        .optional_text(c.phone)
        .optional_text(c.website)
        .optional_text(c.portal_url)
        .text(c.currency)
        .text(c.locale.en)
        .text(c.locale.fr)
        .integer(c.payment_terms_days)
        .integer(c.grace_days)
        .optional_text(c.legal_notice.en)
        .optional_text(c.legal_notice.fr)
        .optional_text(a.accept_quotation)
        .optional_text(a.reject_quotation)
        .optional_text(a.pay_invoice)
        .optional_text(a.change_payment_method)
        .optional_text(a.support)
        .optional_text(a.delete_account)
        .run();
    Binder(delete_tax_ids_).text(c.name).run();
    for (size_t i = 0; i < c.tax_ids.size(); ++i) {
        const TaxId& id = c.tax_ids[i];
        Binder(insert_tax_id_)
            .text(c.name)
            .integer(static_cast<int64_t>(i))
            .text(id.label.en)
            .text(id.label.fr)
            .text(id.value)
            .run();
    }
    for (size_t i = 0; i < c.taxes.size(); ++i) {
        const Tax& tax = c.taxes[i];
        Binder(upsert_tax_)
            .text(c.name)
            .text(tax.code)
            .integer(static_cast<int64_t>(i))
            .text(tax.name.en)
            .text(tax.name.fr)
            .decimal(tax.rate)
            .run();
    }
}

std::vector<Company> read_companies(const SQLite::Database& db) {
    std::vector<Company> companies;
    std::map<std::string, size_t> index_of;
    SQLite::Statement rows(db, "SELECT * FROM companies ORDER BY name");
    while (rows.executeStep()) {
        Company c;
        c.name = text_of(rows.getColumn("name"));
        c.address = list_of(rows.getColumn("address"));
        c.email = text_of(rows.getColumn("email"));
        c.phone = text_of(rows.getColumn("phone"));
        c.website = text_of(rows.getColumn("website"));
        c.portal_url = text_of(rows.getColumn("portal_url"));
        c.currency = text_of(rows.getColumn("currency"));
        c.locale = {text_of(rows.getColumn("locale_en")), text_of(rows.getColumn("locale_fr"))};
        c.payment_terms_days = rows.getColumn("payment_terms_days").getInt();
        c.grace_days = rows.getColumn("grace_days").getInt();
        c.legal_notice = {text_of(rows.getColumn("legal_notice_en")),
                          text_of(rows.getColumn("legal_notice_fr"))};
        c.actions.accept_quotation = text_of(rows.getColumn("action_accept_quotation"));
        c.actions.reject_quotation = text_of(rows.getColumn("action_reject_quotation"));
        c.actions.pay_invoice = text_of(rows.getColumn("action_pay_invoice"));
        c.actions.change_payment_method = text_of(rows.getColumn("action_change_payment_method"));
        c.actions.support = text_of(rows.getColumn("action_support"));
        c.actions.delete_account = text_of(rows.getColumn("action_delete_account"));
        index_of[c.name] = companies.size();
        companies.push_back(std::move(c));
    }

    SQLite::Statement tax_ids(db, "SELECT * FROM company_tax_ids ORDER BY company, position");
    while (tax_ids.executeStep()) {
        Company& c = companies.at(index_of.at(text_of(tax_ids.getColumn("company"))));
        c.tax_ids.push_back(
            {{text_of(tax_ids.getColumn("label_en")), text_of(tax_ids.getColumn("label_fr"))},
             text_of(tax_ids.getColumn("value"))});
    }

    // Taxes kept from earlier imports may share a position with new ones: the code breaks ties.
    SQLite::Statement taxes(db, "SELECT * FROM taxes ORDER BY company, position, code");
    while (taxes.executeStep()) {
        Company& c = companies.at(index_of.at(text_of(taxes.getColumn("company"))));
        Tax tax;
        tax.code = text_of(taxes.getColumn("code"));
        tax.name = {text_of(taxes.getColumn("name_en")), text_of(taxes.getColumn("name_fr"))};
        tax.rate = decimal_of(taxes.getColumn("rate"));
        c.taxes.push_back(std::move(tax));
    }
    return companies;
}

}  // namespace portalgen
