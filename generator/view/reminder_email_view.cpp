#include "view/reminder_email_view.h"

#include "view/action_links.h"
#include "view/output_paths.h"
#include "view/portal_views.h"

namespace portalgen {

namespace {

// What one reminder says: its catalogue key (reminder.<key>.subject / .heading / .text), the
// values its texts use, the page it points to and the action it offers.
struct ReminderText {
    std::string key;
    std::string number;  // the invoice's number, or the card's last four digits
    std::string amount;  // the amount due
    std::string date;    // the due date, or the card's last valid day
    std::string days;    // "3 days overdue", "in 7 days"
    std::string brand;
    std::string page;  // relative to OUT
    std::string action;
    std::string action_label;
};

ReminderText invoice_text(const PortalContext& c, const DueReminder& r) {
    const ComputedInvoice& invoice = *r.invoice;
    const std::string& number = invoice.doc->number;
    const bool overdue = r.step.kind == ReminderKind::after_due;
    const int days_late = c.account.as_of - invoice.status.due;
    return {overdue ? "overdue" : "before_due",
            number,
            c.format.money(invoice.status.amount_due),
            c.format.date(invoice.status.due),
            c.labels.plural(overdue ? "note.overdue" : "note.in_days",
                            overdue ? days_late : -days_late, c.format),
            "",
            c.document(DocumentKind::invoice, number),
            action_url(c.company().actions.pay_invoice, c.customer().id, number),
            c.labels.text("action.pay")};
}

ReminderText card_text(const PortalContext& c, const DueReminder& r) {
    const PaymentMethod& card = *r.card;
    const int days_left = r.deadline - c.account.as_of;
    return {"card_expiry",
            card.last4,
            "",
            c.format.date(r.deadline),
            c.labels.plural("note.in_days", days_left, c.format),
            card.brand,
            c.section(Section::payment_methods),
            action_url(c.company().actions.change_payment_method, c.customer().id),
            c.labels.text("action.change_method")};
}

std::string label(const PortalContext& c, const std::string& key, const ReminderText& t) {
    return c.labels.format(key, {{"number", t.number},
                                 {"last4", t.number},
                                 {"amount", t.amount},
                                 {"date", t.date},
                                 {"days", t.days},
                                 {"brand", t.brand}});
}

std::string plain_text(const std::string& greeting, const std::string& body, const ReminderText& t,
                       const std::string& page_link, const std::string& portal,
                       const PortalContext& c) {
    std::string text = greeting + "\n\n" + body + "\n\n";
    if (!t.action.empty()) text += t.action_label + ": " + t.action + "\n";
    text += c.labels.text("reminder.view") + ": " + page_link + "\n\n";
    if (t.key != "card_expiry") text += c.labels.text("reminder.already_paid") + "\n\n";
    text += c.labels.text("email.open") + ": " + portal + "\n" + c.labels.text("email.link_note") +
            "\n\n" + c.labels.format("email.signature", {{"company", c.company().name}}) + "\n";
    return text;
}

}  // namespace

EmailView reminder_email_view(const PortalContext& c, const std::string& link,
                              const DueReminder& reminder) {
    const ReminderText t = reminder.card ? card_text(c, reminder) : invoice_text(c, reminder);
    // Page paths are relative to OUT; the message needs them absolute.
    const std::size_t folder = portal_folder(c.token).size();
    const std::string page_link = link + t.page.substr(folder);
    const std::string dashboard = section_page(c.token, c.language, Section::dashboard);
    const std::string portal = link + dashboard.substr(folder);
    const std::string key = "reminder." + t.key;
    const std::string greeting = c.labels.format("email.greeting", {{"name", c.customer().name}});
    const std::string body = label(c, key + ".text", t);

    EmailView view;
    view.subject = label(c, key + ".subject", t);
    view.text = plain_text(greeting, body, t, page_link, portal, c);
    MustacheData& html = view.html;
    html["subject"] = view.subject;
    html["greeting"] = greeting;
    html["heading"] = label(c, key + ".heading", t);
    html["body"] = body;
    html["is_overdue"] = reminder.step.kind == ReminderKind::after_due;
    html["has_action"] = !t.action.empty();
    html["action"] = t.action;
    html["action_label"] = t.action_label;
    html["page_link"] = page_link;
    html["has_paid_note"] = t.key != "card_expiry";
    html["portal_link"] = portal;
    html["signature"] = c.labels.format("email.signature", {{"company", c.company().name}});
    add_email_brand(html, c);
    html["lang"] = language_folder(c.language);
    return view;
}

}  // namespace portalgen
