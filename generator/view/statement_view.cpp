// The account statement page (SPEC 3b): per currency, the open invoices and unapplied credit
// with their due dates and days overdue, the aging buckets and the total due; and the download
// links (statement, calendar, yearly bundles) the dashboard and the invoices list show.
#include "compute/issued_documents.h"
#include "compute/statement.h"
#include "view/portal_views.h"

namespace portalgen {

namespace {

MustacheData entry_row(const PortalContext& c, const std::string& path,
                       const StatementEntry& entry) {
    const Invoice& doc = *entry.document->doc;
    const bool credit_note = doc.kind == InvoiceKind::credit_note;
    MustacheData row;
    row["number"] = doc.number;
    row["href"] = relative_link(path, c.document(DocumentKind::invoice, doc.number));
    row["kind"] = c.labels.text(credit_note ? "statement.credit_note" : "statement.invoice");
    set_date(row, "date", doc.date, c);
    set_date(row, "due", credit_note ? std::nullopt : std::optional<Date>(entry.due), c);
    row["is_overdue"] = entry.days_overdue.has_value();
    row["days_overdue"] = entry.days_overdue ? c.format.integer(*entry.days_overdue) : "";
    set_money(row, "amount_due", entry.amount_due, c);
    return row;
}

MustacheData currency_section(const PortalContext& c, const std::string& path,
                              const CurrencyStatement& statement) {
    MustacheData v;
    v["currency"] = statement.currency;
    MustacheList rows;
    for (const StatementEntry& entry : statement.entries) rows.push_back(entry_row(c, path, entry));
    v["rows"] = std::move(rows);
    MustacheList buckets;
    for (std::size_t b = 0; b < kAgingBuckets; ++b) {
        MustacheData bucket;
        bucket["label"] = c.labels.text("statement.bucket." +
                                        std::string(to_string(static_cast<AgingBucket>(b))));
        set_money(bucket, "amount", statement.buckets[b], c);
        buckets.push_back(std::move(bucket));
    }
    v["buckets"] = std::move(buckets);
    set_money(v, "total_due", statement.total_due, c);
    return v;
}

}  // namespace

void set_download_links(MustacheData& v, const PortalContext& c, const std::string& path) {
    v["href_statement"] = relative_link(path, statement_page(c.token, c.language));
    v["href_calendar"] = relative_link(path, deadlines_calendar(c.token, c.language));
    MustacheList bundles;
    const auto years = issued_by_year(c.account);
    for (auto year = years.rbegin(); year != years.rend(); ++year) {
        MustacheData bundle;
        bundle["label"] =
            c.labels.format("downloads.bundle", {{"year", std::to_string(year->first)}});
        bundle["href"] = relative_link(path, invoice_bundle(c.token, year->first));
        bundles.push_back(std::move(bundle));
    }
    v["has_bundles"] = !bundles.empty();
    v["bundles"] = std::move(bundles);
}

PageView statement_page(const PortalContext& c) {
    const std::string path = statement_page(c.token, c.language);
    MustacheData v =
        layout_view(c, path, Section::invoices, true, c.labels.text("statement.title"));
    v["href_invoices_list"] = relative_link(path, c.section(Section::invoices));
    v["href_pdf"] = relative_link(path, statement_pdf(c.token, c.account.as_of));
    set_date(v, "statement_date", c.account.as_of, c);
    v["intro"] = c.labels.format("statement.intro", {{"date", c.format.date(c.account.as_of)}});
    const Statement statement = compute_statement(c.account);
    MustacheList currencies;
    for (const CurrencyStatement& s : statement.currencies)
        currencies.push_back(currency_section(c, path, s));
    v["has_currencies"] = !currencies.empty();
    v["currencies"] = std::move(currencies);
    return {path, "statement", std::move(v)};
}

}  // namespace portalgen
