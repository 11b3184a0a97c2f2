#include "store/company_rows.h"

#include <map>

#include "store/columns.h"

namespace portalgen {

CompanyWriter::CompanyWriter(SQLite::Database& db)
    : upsert_company_(
          db,
          "INSERT INTO companies (name, address, email, phone, website, portal_url, "
          "currency, locale_en, locale_fr, payment_terms_days, grace_days, "
          "legal_notice_en, legal_notice_fr, action_accept_quotation, "
          "action_reject_quotation, action_pay_invoice, action_change_payment_method, "
          "action_support, action_delete_account, address_postcode, address_city, "
          "address_region, address_country, vat_id, legal_id, legal_id_scheme, "
          "electronic_address, electronic_address_scheme, iban, bic, e_invoice, "
          "vat_on_debits, late_payment_rate, late_payment_indemnity, reminders_before_due, "
          "reminders_after_due, reminders_card_expiry, logo, accent_color) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
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
          "action_delete_account = excluded.action_delete_account, "
          "address_postcode = excluded.address_postcode, "
          "address_city = excluded.address_city, "
          "address_region = excluded.address_region, "
          "address_country = excluded.address_country, vat_id = excluded.vat_id, "
          "legal_id = excluded.legal_id, legal_id_scheme = excluded.legal_id_scheme, "
          "electronic_address = excluded.electronic_address, "
          "electronic_address_scheme = excluded.electronic_address_scheme, "
          "iban = excluded.iban, bic = excluded.bic, e_invoice = excluded.e_invoice, "
          "vat_on_debits = excluded.vat_on_debits, "
          "late_payment_rate = excluded.late_payment_rate, "
          "late_payment_indemnity = excluded.late_payment_indemnity, "
          "reminders_before_due = excluded.reminders_before_due, "
          "reminders_after_due = excluded.reminders_after_due, "
          "reminders_card_expiry = excluded.reminders_card_expiry, "
          "logo = excluded.logo, accent_color = excluded.accent_color"),
      delete_tax_ids_(db, "DELETE FROM company_tax_ids WHERE company = ?"),
      insert_tax_id_(db,
                     "INSERT INTO company_tax_ids (company, position, label_en, label_fr, value) "
                     "VALUES (?, ?, ?, ?, ?)"),
      upsert_tax_(db,
                  "INSERT INTO taxes (company, code, position, name_en, name_fr, rate, category, "
                  "exemption_code, exemption_en, exemption_fr) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (company, code) DO UPDATE SET "
                  "position = excluded.position, name_en = excluded.name_en, "
                  "name_fr = excluded.name_fr, rate = excluded.rate, "
                  "category = excluded.category, exemption_code = excluded.exemption_code, "
                  "exemption_en = excluded.exemption_en, exemption_fr = excluded.exemption_fr") {}

void CompanyWriter::write(const Company& c) {
    const Actions& a = c.actions;
    Binder(upsert_company_)
        .text(c.name)
        .list(c.address.lines)
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
        .optional_text(c.address.postcode)
        .optional_text(c.address.city)
        .optional_text(c.address.region)
        .optional_text(c.address.country)
        .optional_text(c.vat_id)
        .optional_text(c.legal_id.value)
        .optional_text(c.legal_id.scheme)
        .optional_text(c.electronic_address.value)
        .optional_text(c.electronic_address.scheme)
        .optional_text(c.bank_account.iban)
        .optional_text(c.bank_account.bic)
        .optional_text(c.e_invoice == EInvoiceFormat::none ? std::string()
                                                           : std::string(to_string(c.e_invoice)))
        .integer(c.vat_on_debits ? 1 : 0)
        .optional_text(c.late_payment.rate)
        .optional_text(c.late_payment.indemnity.is_zero() ? std::string()
                                                          : c.late_payment.indemnity.to_string())
        .text(day_list_text(c.reminders.before_due))
        .text(day_list_text(c.reminders.after_due))
        .text(day_list_text(c.reminders.card_expiry))
        .optional_blob(c.logo)
        .optional_text(c.accent_color)
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
            .text(std::string(to_string(tax.category)))
            .optional_text(tax.exemption.code)
            .optional_text(tax.exemption.text.en)
            .optional_text(tax.exemption.text.fr)
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
        c.address.lines = list_of(rows.getColumn("address"));
        c.address.postcode = text_of(rows.getColumn("address_postcode"));
        c.address.city = text_of(rows.getColumn("address_city"));
        c.address.region = text_of(rows.getColumn("address_region"));
        c.address.country = text_of(rows.getColumn("address_country"));
        c.vat_id = text_of(rows.getColumn("vat_id"));
        c.legal_id = {text_of(rows.getColumn("legal_id_scheme")),
                      text_of(rows.getColumn("legal_id"))};
        c.electronic_address = {text_of(rows.getColumn("electronic_address_scheme")),
                                text_of(rows.getColumn("electronic_address"))};
        c.bank_account = {text_of(rows.getColumn("iban")), text_of(rows.getColumn("bic"))};
        c.e_invoice = text_of(rows.getColumn("e_invoice")).empty()
                          ? EInvoiceFormat::none
                          : enum_of<EInvoiceFormat>(rows.getColumn("e_invoice"));
        c.vat_on_debits = rows.getColumn("vat_on_debits").getInt() == 1;
        c.late_payment.rate = text_of(rows.getColumn("late_payment_rate"));
        c.late_payment.indemnity = decimal_of(rows.getColumn("late_payment_indemnity"));
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
        for (ReminderKind kind : kReminderKinds) {
            const SQLite::Column column =
                rows.getColumn(("reminders_" + std::string(to_string(kind))).c_str());
            if (column.isNull()) continue;  // a company stored before reminders: the default
            std::optional<std::vector<int>> days = parse_day_list(text_of(column));
            if (!days) throw_damaged(column);
            c.reminders.steps(kind) = std::move(*days);
        }
        c.logo = text_of(rows.getColumn("logo"));
        c.accent_color = text_of(rows.getColumn("accent_color"));
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
        tax.category = text_of(taxes.getColumn("category")).empty()
                           ? VatCategory::S
                           : enum_of<VatCategory>(taxes.getColumn("category"));
        tax.exemption = {
            text_of(taxes.getColumn("exemption_code")),
            {text_of(taxes.getColumn("exemption_en")), text_of(taxes.getColumn("exemption_fr"))}};
        c.taxes.push_back(std::move(tax));
    }
    return companies;
}

}  // namespace portalgen
