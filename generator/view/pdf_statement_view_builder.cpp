#include "view/pdf_statement_view_builder.h"

#include "compute/statement.h"
#include "view/address_lines.h"
#include "view/pdf_invoice_view_builder.h"
#include "view/seller_brand.h"

namespace portalgen {

namespace {

PdfStatementRow row(const PortalContext& c, const StatementEntry& entry) {
    const Invoice& doc = *entry.document->doc;
    const bool credit_note = doc.kind == InvoiceKind::credit_note;
    const std::string none = c.labels.text("common.none");
    return {doc.number + " · " +
                c.labels.text(credit_note ? "statement.credit_note" : "statement.invoice"),
            c.format.date(doc.date), credit_note ? none : c.format.date(entry.due),
            entry.days_overdue ? c.format.integer(*entry.days_overdue) : none,
            c.format.money(entry.amount_due)};
}

PdfStatementSection section(const PortalContext& c, const CurrencyStatement& statement) {
    PdfStatementSection s;
    s.heading = c.labels.text("statement.currency") + " " + statement.currency;
    for (const StatementEntry& entry : statement.entries) s.rows.push_back(row(c, entry));
    s.total = {c.labels.text("statement.total_due"), c.format.money(statement.total_due)};
    for (std::size_t b = 0; b < kAgingBuckets; ++b)
        s.aging.push_back({c.labels.text("statement.bucket." +
                                         std::string(to_string(static_cast<AgingBucket>(b)))),
                           c.format.money(statement.buckets[b])});
    return s;
}

}  // namespace

PdfStatementView pdf_statement_view(const PortalContext& c) {
    const Company& company = c.company();
    const Customer& customer = c.customer();
    const std::string date = c.format.date(c.account.as_of);
    PdfStatementView v;
    v.paper = invoice_paper(company);
    v.title = c.labels.text("statement.pdf_title");
    v.as_of = c.labels.format("statement.pdf_as_of", {{"date", date}});
    v.seller.name = company.name;
    v.seller.address = address_lines(company.address, c.language, customer.address.country);
    v.seller.accent = readable_accent_color(company);
    v.seller.logo = company.logo;
    v.customer_name = customer.name;
    if (!customer.company.empty()) v.customer_address.push_back(customer.company);
    for (std::string& line : address_lines(customer.address, c.language, company.address.country))
        v.customer_address.push_back(std::move(line));
    v.columns = {c.labels.text("statement.col_number"), c.labels.text("statement.col_date"),
                 c.labels.text("statement.col_due"), c.labels.text("statement.col_days_overdue"),
                 c.labels.text("statement.col_amount_due")};
    v.aging_title = c.labels.text("statement.aging");
    for (const CurrencyStatement& s : compute_statement(c.account).currencies)
        v.sections.push_back(section(c, s));
    v.empty = c.labels.text("statement.empty");
    v.page_label = c.labels.text("statement.pdf_page");
    v.info.title = v.title + " " + customer.id + " " + c.account.as_of.to_string();
    v.info.author = company.name;
    v.info.subject = v.as_of;
    v.info.keywords = customer.id;
    v.info.creation_date = c.account.as_of;
    return v;
}

}  // namespace portalgen
