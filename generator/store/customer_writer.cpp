#include "store/customer_writer.h"

#include "store/columns.h"
#include "store/link_token.h"

namespace portalgen {

namespace {
int64_t position(size_t index) {
    return static_cast<int64_t>(index);
}
}  // namespace

CustomerWriter::CustomerWriter(SQLite::Database& db)
    : find_token_(db, "SELECT token FROM customers WHERE id = ?"),
      delete_customer_(db, "DELETE FROM customers WHERE id = ?"),
      insert_customer_(db,
                       "INSERT INTO customers (id, company, name, customer_company, email, "
                       "language, currency, address, token) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      insert_payment_method_(db,
                             "INSERT INTO payment_methods (customer_id, position, id, brand, "
                             "last4, expires) VALUES (?, ?, ?, ?, ?, ?)"),
      insert_quotation_(db,
                        "INSERT INTO quotations (customer_id, position, number, date, "
                        "valid_until, state) VALUES (?, ?, ?, ?, ?, ?)"),
      insert_order_(db,
                    "INSERT INTO orders (customer_id, position, number, date, quotation_number, "
                    "service_start, service_end, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
      insert_invoice_(db,
                      "INSERT INTO invoices (customer_id, position, number, kind, reverses, date, "
                      "due, order_number, subscription_number, state) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      insert_payment_(db,
                      "INSERT INTO payments (customer_id, invoice_number, position, date, amount, "
                      "method) VALUES (?, ?, ?, ?, ?, ?)"),
      insert_subscription_(db,
                           "INSERT INTO subscriptions (customer_id, position, number, plan, start, "
                           "next_invoice, period, payment_method, state, closed_on) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      insert_line_(db,
                   "INSERT INTO lines (customer_id, document_kind, document_number, position, "
                   "product, description, quantity, unit_price, discount, taxes) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      insert_ticket_(db,
                     "INSERT INTO tickets (customer_id, position, ref, subject, opened, status) "
                     "VALUES (?, ?, ?, ?, ?, ?)"),
      insert_message_(db,
                      "INSERT INTO ticket_messages (customer_id, ticket_ref, position, at, sender, "
                      "author, body) VALUES (?, ?, ?, ?, ?, ?, ?)"),
      insert_success_pack_(db,
                           "INSERT INTO success_packs (customer_id, position, name, purchased, "
                           "hours, used) VALUES (?, ?, ?, ?, ?, ?)") {}

void CustomerWriter::write(const Customer& c) {
    find_token_.reset();
    find_token_.bind(1, c.id);
    bool stored = find_token_.executeStep();
    std::string token = stored ? text_of(find_token_.getColumn(0)) : "";
    find_token_.reset();
    if (token.empty()) token = new_link_token();
    // ON DELETE CASCADE removes the documents; a new customer has none to remove.
    if (stored) Binder(delete_customer_).text(c.id).run();
    Binder(insert_customer_)
        .text(c.id)
        .text(c.seller)
        .text(c.name)
        .optional_text(c.company)
        .text(c.email)
        .name(c.language)
        .optional_text(c.currency)
        .list(c.address)
        .text(token)
        .run();

    for (size_t i = 0; i < c.payment_methods.size(); ++i) {
        const PaymentMethod& m = c.payment_methods[i];
        Binder(insert_payment_method_)
            .text(c.id)
            .integer(position(i))
            .text(m.id)
            .text(m.brand)
            .text(m.last4)
            .text(m.expires.to_string())
            .run();
    }
    for (size_t i = 0; i < c.quotations.size(); ++i) {
        const Quotation& q = c.quotations[i];
        Binder(insert_quotation_)
            .text(c.id)
            .integer(position(i))
            .text(q.number)
            .date(q.date)
            .date(q.valid_until)
            .name(q.state)
            .run();
        lines(c.id, "quotation", q.number, q.lines);
    }
    for (size_t i = 0; i < c.orders.size(); ++i) {
        const Order& o = c.orders[i];
        Binder(insert_order_)
            .text(c.id)
            .integer(position(i))
            .text(o.number)
            .date(o.date)
            .optional_text(o.quotation)
            .date(o.start)
            .date(o.end)
            .name(o.state)
            .run();
        lines(c.id, "order", o.number, o.lines);
    }
    for (size_t i = 0; i < c.invoices.size(); ++i) invoice(c.id, i, c.invoices[i]);
    for (size_t i = 0; i < c.subscriptions.size(); ++i) {
        const Subscription& s = c.subscriptions[i];
        Binder(insert_subscription_)
            .text(c.id)
            .integer(position(i))
            .text(s.number)
            .text(s.plan)
            .date(s.start)
            .date(s.next_invoice)
            .name(s.period)
            .optional_text(s.payment_method)
            .name(s.state)
            .date(s.closed_on)
            .run();
        lines(c.id, "subscription", s.number, s.lines);
    }
    for (size_t i = 0; i < c.tickets.size(); ++i) ticket(c.id, i, c.tickets[i]);
    for (size_t i = 0; i < c.success_packs.size(); ++i) {
        const SuccessPack& p = c.success_packs[i];
        Binder(insert_success_pack_)
            .text(c.id)
            .integer(position(i))
            .text(p.name)
            .date(p.purchased)
            .decimal(p.hours)
            .decimal(p.used)
            .run();
    }
}

void CustomerWriter::lines(const std::string& customer_id, const char* kind,
                           const std::string& number, const std::vector<Line>& lines) {
    for (size_t i = 0; i < lines.size(); ++i) {
        const Line& line = lines[i];
        Binder binder(insert_line_);
        binder.text(customer_id)
            .text(kind)
            .text(number)
            .integer(position(i))
            .text(line.product)
            .optional_text(line.description)
            .decimal(line.quantity)
            .decimal(line.unit_price);
        // No discount is stored as NULL, as an input file would leave it.
        binder.optional_text(line.discount.is_zero() ? "" : line.discount.to_string())
            .list(line.taxes)
            .run();
    }
}

void CustomerWriter::invoice(const std::string& customer_id, size_t index, const Invoice& i) {
    Binder(insert_invoice_)
        .text(customer_id)
        .integer(position(index))
        .text(i.number)
        .name(i.kind)
        .optional_text(i.reverses)
        .date(i.date)
        .date(i.due)
        .optional_text(i.order)
        .optional_text(i.subscription)
        .name(i.state)
        .run();
    lines(customer_id, "invoice", i.number, i.lines);
    for (size_t k = 0; k < i.payments.size(); ++k) {
        const Payment& p = i.payments[k];
        Binder(insert_payment_)
            .text(customer_id)
            .text(i.number)
            .integer(position(k))
            .date(p.date)
            .decimal(p.amount)
            .optional_text(p.method)
            .run();
    }
}

void CustomerWriter::ticket(const std::string& customer_id, size_t index, const Ticket& t) {
    Binder(insert_ticket_)
        .text(customer_id)
        .integer(position(index))
        .text(t.ref)
        .text(t.subject)
        .text(t.opened.text)
        .name(t.status)
        .run();
    for (size_t k = 0; k < t.messages.size(); ++k) {
        const Message& m = t.messages[k];
        Binder(insert_message_)
            .text(customer_id)
            .text(t.ref)
            .integer(position(k))
            .text(m.at.text)
            .name(m.from)
            .text(m.author)
            .text(m.body)
            .run();
    }
}

}  // namespace portalgen
