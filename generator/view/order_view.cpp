// The orders list and an order's page: service period with its progress, lines, totals, the
// quotation it came from and its invoices.
#include <algorithm>

#include "view/portal_views.h"

namespace portalgen {

MustacheData order_row(const PortalContext& c, const std::string& from, const ComputedOrder& o) {
    const Order& doc = *o.doc;
    MustacheData row;
    row["number"] = doc.number;
    row["href"] = relative_link(from, c.document(DocumentKind::order, doc.number));
    set_date(row, "date", doc.date, c);
    set_date(row, "start", doc.start, c);
    set_date(row, "end", doc.end, c);
    row["has_progress"] = o.status.progress.has_value();
    set_progress(row, "progress", o.status.progress.value_or(0), c);
    row["progress_sort"] = o.status.progress ? std::to_string(*o.status.progress) : std::string();
    MustacheList summary;
    for (const auto& line : doc.lines) {
        MustacheData item;
        item["text"] =
            c.labels.format("orders.line_summary", {{"quantity", c.format.number(line.quantity)},
                                                    {"product", line.product.in(c.language)}});
        summary.push_back(std::move(item));
    }
    row["summary"] = std::move(summary);
    set_status(row, "order", o.status.status, c);
    set_money(row, "total", o.totals.total, c);
    // "Invoices" opens the order's page at its invoices, as the order's page lists them.
    const auto& invoices = c.account.invoices;
    row["has_invoices"] = std::any_of(invoices.begin(), invoices.end(),
                                      [&](const auto& i) { return i.doc->order == doc.number; });
    row["href_invoices"] =
        relative_link(from, c.document(DocumentKind::order, doc.number)) + "#invoices";
    return row;
}

PageView orders_page(const PortalContext& c) {
    const std::string path = c.section(Section::orders);
    MustacheData v = layout_view(c, path, Section::orders, false, c.labels.text("orders.title"));
    MustacheList rows;
    // Newest first, as the date column header says (aria-sort="descending").
    for (auto it = c.account.orders.rbegin(); it != c.account.orders.rend(); ++it)
        rows.push_back(order_row(c, path, *it));
    v["count"] = c.format.integer(static_cast<long long>(rows.size()));
    v["has_rows"] = !rows.empty();
    v["rows"] = std::move(rows);
    return {path, "orders", std::move(v)};
}

PageView order_page(const PortalContext& c, const ComputedOrder& o) {
    const Order& doc = *o.doc;
    const std::string path = c.document(DocumentKind::order, doc.number);
    MustacheData v = layout_view(c, path, Section::orders, true,
                                 c.labels.text("order.title") + " " + doc.number);
    v["number"] = doc.number;
    set_status(v, "order", o.status.status, c);
    set_date(v, "date", doc.date, c);
    set_date(v, "start", doc.start, c);
    set_date(v, "end", doc.end, c);
    v["has_period"] = doc.start.has_value();
    v["has_progress"] = o.status.progress.has_value();
    set_progress(v, "progress", o.status.progress.value_or(0), c);
    v["has_quotation"] = !doc.quotation.empty();
    v["quotation_number"] = doc.quotation;
    v["href_quotation"] =
        doc.quotation.empty()
            ? std::string()
            : relative_link(path, c.document(DocumentKind::quotation, doc.quotation));
    set_lines_and_totals(v, doc.lines, o.totals, c);
    MustacheList invoices;
    for (const ComputedInvoice* i : invoices_and_credit_notes(c.account))
        if (i->doc->order == doc.number)
            invoices.push_back(related_row(c, path, DocumentKind::invoice, i->doc->number,
                                           i->doc->date, "invoice", i->status.status,
                                           i->totals.total));
    v["has_invoices"] = !invoices.empty();
    v["invoices"] = std::move(invoices);
    return {path, "order", std::move(v)};
}

}  // namespace portalgen
