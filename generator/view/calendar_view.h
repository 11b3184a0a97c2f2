// The customer's deadlines as calendar events (SPEC 3b, deadlines.ics): due dates of unpaid
// invoices, renewal dates of open subscriptions (the deadline of one to renew), expiry dates of
// waiting quotations and of valid cards, worded in the context's language. UIDs name the kind,
// the customer and the document, at the host of the company's portal: the same event keeps its
// UID night after night, in both languages, and whatever the customer's link.
#pragma once

#include <string>
#include <vector>

#include "view/view_fields.h"

namespace portalgen {

struct CalendarEvent {
    std::string uid;  // "invoice-C1001-INV-2026-00001@portal.odotrack.example"
    Date date;        // an all-day event
    std::string summary;
    std::string description;
};

struct CalendarView {
    std::string name;                   // the calendar's name: "Deadlines — Odotrack Inc."
    std::string language;               // "en" or "fr"
    Date stamp;                         // the as-of date
    std::vector<CalendarEvent> events;  // by date, then UID
};

CalendarView calendar_view(const PortalContext& c);

}  // namespace portalgen
