// The quotations list and a quotation's page: lines, totals, the orders made from it, and the
// "Accept & Pay" / "Ask changes / Reject" links while it waits for an answer; once expired, a
// link to write to the seller about it instead.
#include "view/action_links.h"
#include "view/portal_views.h"

namespace portalgen {

PageView quotations_page(const PortalContext& c) {
    const std::string path = c.section(Section::quotations);
    MustacheData v =
        layout_view(c, path, Section::quotations, false, c.labels.text("quotations.title"));
    MustacheList rows;
    // Newest first, as the date column header says (aria-sort="descending").
    for (auto it = c.account.quotations.rbegin(); it != c.account.quotations.rend(); ++it) {
        const ComputedQuotation& q = *it;
        MustacheData row;
        row["number"] = q.doc->number;
        row["href"] = relative_link(path, c.document(DocumentKind::quotation, q.doc->number));
        set_date(row, "date", q.doc->date, c);
        set_date(row, "valid_until", q.doc->valid_until, c);
        set_status(row, "quotation", q.status.status, c);
        set_money(row, "total", q.totals.total, c);
        rows.push_back(std::move(row));
    }
    v["count"] = c.format.integer(static_cast<long long>(rows.size()));
    v["has_rows"] = !rows.empty();
    v["rows"] = std::move(rows);
    return {path, "quotations", std::move(v)};
}

PageView quotation_page(const PortalContext& c, const ComputedQuotation& q) {
    const Quotation& doc = *q.doc;
    const std::string path = c.document(DocumentKind::quotation, doc.number);
    MustacheData v = layout_view(c, path, Section::quotations, true,
                                 c.labels.text("quotation.title") + " " + doc.number);
    v["number"] = doc.number;
    set_status(v, "quotation", q.status.status, c);
    set_date(v, "date", doc.date, c);
    set_date(v, "valid_until", doc.valid_until, c);
    const bool waiting = q.status.status == Status::waiting;
    v["is_waiting"] = waiting;
    const bool expired = q.status.status == Status::expired;
    v["is_expired"] = expired;
    const std::string contact =
        expired ? mailto_url(c.company().email,
                             c.labels.format("quotation.contact_subject", {{"number", doc.number}}))
                : "";
    v["has_contact"] = !contact.empty();
    v["contact"] = contact;
    set_lines_and_totals(v, doc.lines, q.totals, c);
    MustacheList orders;
    for (const auto& o : c.account.orders)
        if (o.doc->quotation == doc.number)
            orders.push_back(related_row(c, path, DocumentKind::order, o.doc->number, o.doc->date,
                                         "order", o.status.status, o.totals.total));
    v["has_orders"] = !orders.empty();
    v["orders"] = std::move(orders);
    const Actions& actions = c.company().actions;
    set_action(v, "accept", waiting ? actions.accept_quotation : "", doc.number, c);
    set_action(v, "reject", waiting ? actions.reject_quotation : "", doc.number, c);
    return {path, "quotation", std::move(v)};
}

}  // namespace portalgen
