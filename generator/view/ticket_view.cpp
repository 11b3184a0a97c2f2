// The tickets list and a ticket's page: the conversation between the customer and support, and
// the "Contact support" link.
#include <algorithm>

#include "view/portal_views.h"

namespace portalgen {

namespace {

// The last message's time, or the opening time when there is none.
const Timestamp& last_update(const Ticket& ticket) {
    const Timestamp* last = &ticket.opened;
    for (const auto& m : ticket.messages)
        if (m.at.utc_seconds > last->utc_seconds) last = &m.at;
    return *last;
}

void set_times(MustacheData& v, const PortalContext& c, const Ticket& t) {
    v["opened"] = c.format.date_time(t.opened);
    v["opened_iso"] = t.opened.text;
    const Timestamp& updated = last_update(t);
    v["updated"] = c.format.date_time(updated);
    v["updated_iso"] = updated.text;
}

}  // namespace

PageView tickets_page(const PortalContext& c) {
    const std::string path = c.section(Section::tickets);
    MustacheData v = layout_view(c, path, Section::tickets, false, c.labels.text("tickets.title"));
    MustacheList rows;
    // Newest first, as the opening column header says (aria-sort="descending").
    for (auto it = c.account.tickets.rbegin(); it != c.account.tickets.rend(); ++it) {
        const ComputedTicket& t = *it;
        MustacheData row;
        row["ref"] = t.doc->ref;
        row["href"] = relative_link(path, c.document(DocumentKind::ticket, t.doc->ref));
        row["subject"] = t.doc->subject;
        set_times(row, c, *t.doc);
        set_status(row, "ticket", t.status, c);
        rows.push_back(std::move(row));
    }
    v["count"] = c.format.integer(static_cast<long long>(rows.size()));
    v["has_rows"] = !rows.empty();
    v["rows"] = std::move(rows);
    return {path, "tickets", std::move(v)};
}

PageView ticket_page(const PortalContext& c, const ComputedTicket& t) {
    const Ticket& doc = *t.doc;
    const std::string path = c.document(DocumentKind::ticket, doc.ref);
    MustacheData v =
        layout_view(c, path, Section::tickets, true, c.labels.text("ticket.title") + " " + doc.ref);
    v["ref"] = doc.ref;
    v["subject"] = doc.subject;
    set_status(v, "ticket", t.status, c);
    set_times(v, c, doc);
    MustacheList messages;
    for (const auto& m : doc.messages) {
        MustacheData row;
        row["author"] = m.author;
        row["initials"] = logo_text(m.author);
        row["has_author"] = !m.author.empty();
        row["is_agent"] = m.from == Party::agent;
        row["at"] = c.format.date_time(m.at);
        row["at_iso"] = m.at.text;
        row["body"] = m.body;
        messages.push_back(std::move(row));
    }
    v["has_messages"] = !messages.empty();
    v["messages"] = std::move(messages);
    set_action(v, "support", c.company().actions.support, doc.ref, c);
    return {path, "ticket", std::move(v)};
}

}  // namespace portalgen
