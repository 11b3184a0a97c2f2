// The invoices list (credit notes included) and an invoice's page: lines, tax breakdown, totals,
// payments, credit notes, the PDF and the "Pay now" link while something is due.
#include "compute/issued_documents.h"
#include "compute/statement.h"
#include "view/portal_views.h"

namespace portalgen {

namespace {

// "Paid on 5 nov. 2026" or "21 days overdue": what the status badge alone does not say.
std::string status_note(const PortalContext& c, const ComputedInvoice& i) {
    if (i.status.status == Status::paid && i.status.paid_on)
        return c.labels.format("note.paid_on", {{"date", c.format.date(*i.status.paid_on)}});
    if (i.status.status == Status::overdue && i.status.days_overdue)
        return c.labels.plural("note.overdue", *i.status.days_overdue, c.format);
    return "";
}

const PaymentMethod* find_method(const Customer& customer, const std::string& id) {
    for (const auto& m : customer.payment_methods)
        if (m.id == id) return &m;
    return nullptr;
}

// `open`: the document's entry on the statement, if it is open.
void set_common(MustacheData& v, const PortalContext& c, const std::string& path,
                const ComputedInvoice& i, const StatementEntry* open) {
    const Invoice& doc = *i.doc;
    const bool credit_note = doc.kind == InvoiceKind::credit_note;
    v["number"] = doc.number;
    v["is_credit_note"] = credit_note;
    set_status(v, "invoice", i.status.status, c);
    std::string note = status_note(c, i);
    v["has_status_note"] = !note.empty();
    v["status_note"] = std::move(note);
    v["is_overdue"] = i.status.status == Status::overdue;
    set_date(v, "date", doc.date, c);
    set_date(v, "due", credit_note ? std::nullopt : std::optional<Date>(i.status.due), c);
    // A credit note's is its unapplied credit (negative), as on the statement.
    set_money(v, "amount_due", open ? open->amount_due : i.status.amount_due, c);
    v["has_amount_due"] = credit_note ? open != nullptr : doc.state == InvoiceState::posted;
    v["has_pdf"] = has_issued_pdf(doc);
    v["href_pdf"] =
        has_issued_pdf(doc) ? relative_link(path, invoice_pdf(c.token, doc.number)) : "";
}

// The invoices list's filters, in the order of their tabs, with their labels' key.
struct FilterTab {
    InvoiceFilter filter;
    const char* key;
};
constexpr FilterTab kFilterTabs[] = {{InvoiceFilter::all, "all"},
                                     {InvoiceFilter::unpaid, "unpaid"},
                                     {InvoiceFilter::overdue, "overdue"}};

const char* filter_key(InvoiceFilter filter) {
    for (const FilterTab& tab : kFilterTabs)
        if (tab.filter == filter) return tab.key;
    return "all";
}

// Unpaid: the statement's open items (invoices still to pay, credit not yet applied); overdue:
// the open invoices past their due date.
bool shown_by(InvoiceFilter filter, const ComputedInvoice& i, const Statement& statement) {
    switch (filter) {
        case InvoiceFilter::all:
            return true;
        case InvoiceFilter::unpaid:
            return find_entry(statement, i) != nullptr;
        case InvoiceFilter::overdue:
            return is_open(i) && i.status.status == Status::overdue;
    }
    return false;
}

MustacheList filter_tabs(const PortalContext& c, const std::string& path, InvoiceFilter shown) {
    MustacheList tabs;
    for (const FilterTab& tab : kFilterTabs) {
        MustacheData item;
        item["label"] = c.labels.text(std::string("invoices.filter.") + tab.key);
        item["href"] = relative_link(path, invoice_list_page(c.token, c.language, tab.filter));
        item["current"] = tab.filter == shown;
        tabs.push_back(std::move(item));
    }
    return tabs;
}

MustacheData list_row(const PortalContext& c, const std::string& path, const ComputedInvoice& i,
                      const Statement& statement) {
    MustacheData row;
    set_common(row, c, path, i, find_entry(statement, i));
    row["href"] = relative_link(path, c.document(DocumentKind::invoice, i.doc->number));
    // A credit note takes back what it credits: the list shows its total as negative.
    const bool credit_note = i.doc->kind == InvoiceKind::credit_note;
    set_money(row, "total", credit_note ? Decimal() - i.totals.total : i.totals.total, c);
    return row;
}

}  // namespace

PageView invoices_page(const PortalContext& c, InvoiceFilter filter) {
    const std::string path = invoice_list_page(c.token, c.language, filter);
    const std::string key = filter_key(filter);
    MustacheData v = layout_view(c, path, Section::invoices, filter != InvoiceFilter::all,
                                 c.labels.text("invoices.filter_title." + key));
    MustacheList rows;
    // The statement's open amounts of the rows shown: on "all" and "unpaid", its total due.
    const Statement statement = compute_statement(c.account);
    Decimal total_due;
    // Newest first, as the date column header says (aria-sort="descending").
    const std::vector<const ComputedInvoice*> all = invoices_and_credit_notes(c.account);
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (!shown_by(filter, **it, statement)) continue;
        if (const StatementEntry* open = find_entry(statement, **it)) total_due += open->amount_due;
        rows.push_back(list_row(c, path, **it, statement));
    }
    set_download_links(v, c, path);
    v["filter_title"] = c.labels.text("invoices.filter_title." + key);
    v["filter_empty"] = c.labels.text("invoices.filter_empty." + key);
    v["has_any"] = !all.empty();
    v["filters"] = filter_tabs(c, path, filter);
    set_money(v, "total_due", total_due, c);
    v["count"] = c.format.integer(static_cast<long long>(rows.size()));
    v["has_rows"] = !rows.empty();
    v["rows"] = std::move(rows);
    return {path, "invoices", std::move(v)};
}

PageView invoice_page(const PortalContext& c, const ComputedInvoice& i) {
    const Invoice& doc = *i.doc;
    const bool credit_note = doc.kind == InvoiceKind::credit_note;
    const std::string path = c.document(DocumentKind::invoice, doc.number);
    const std::string title =
        c.labels.text(credit_note ? "invoice.credit_note_title" : "invoice.title");
    MustacheData v = layout_view(c, path, Section::invoices, true, title + " " + doc.number);
    // The page shows the document's own amount due; open credit is the list's and statement's.
    set_common(v, c, path, i, nullptr);
    v["is_paid"] = i.status.status == Status::paid;
    v["has_order"] = !doc.order.empty();
    v["order_number"] = doc.order;
    v["href_order"] =
        doc.order.empty() ? "" : relative_link(path, c.document(DocumentKind::order, doc.order));
    v["has_subscription"] = !doc.subscription.empty();
    v["subscription_number"] = doc.subscription;
    v["href_subscription"] =
        doc.subscription.empty()
            ? ""
            : relative_link(path, c.document(DocumentKind::subscription, doc.subscription));
    set_lines_and_totals(v, doc.lines, i.totals, c);

    MustacheList payments;
    for (const Payment* counted : i.status.counted_payments) {
        const Payment& p = *counted;
        MustacheData row;
        set_date(row, "date", p.date, c);
        const PaymentMethod* method = find_method(c.customer(), p.method);
        row["method"] = method ? card_label(*method, c) : std::string();
        row["has_method"] = method != nullptr;
        set_money(row, "amount", p.amount, c);
        payments.push_back(std::move(row));
    }
    v["has_payments"] = !payments.empty();
    v["payments"] = std::move(payments);
    set_money(v, "paid", i.status.paid, c);
    v["has_paid"] = !i.status.paid.is_zero();
    set_money(v, "credited", i.status.credited, c);
    v["has_credited"] = !i.status.credited.is_zero();

    MustacheList credit_notes;
    for (const auto& cn : c.account.credit_notes)
        if (cn.doc->reverses == doc.number && !credit_note)
            credit_notes.push_back(related_row(c, path, DocumentKind::invoice, cn.doc->number,
                                               cn.doc->date, "invoice", cn.status.status,
                                               cn.totals.total));
    v["has_credit_notes"] = !credit_notes.empty();
    v["credit_notes"] = std::move(credit_notes);
    const bool reverses = credit_note && !doc.reverses.empty();
    v["has_reverses"] = reverses;
    v["reverses_number"] = doc.reverses;
    v["href_reverses"] =
        reverses ? relative_link(path, c.document(DocumentKind::invoice, doc.reverses)) : "";
    set_action(v, "pay", is_open(i) ? c.company().actions.pay_invoice : "", doc.number, c);
    return {path, "invoice", std::move(v)};
}

}  // namespace portalgen
