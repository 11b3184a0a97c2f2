#include "store/customer_writer.h"

#include "store/columns.h"
#include "store/link_token.h"
#include "store/mapped_rows.h"

namespace portalgen {

namespace {

int64_t position(size_t index) {
    return static_cast<int64_t>(index);
}

// Inserts item `index` of a customer's list, after the key columns customer_id and position.
template <typename Struct>
void insert_item(SQLite::Statement& insert, const std::string& customer_id, size_t index,
                 const Struct& item) {
    insert_row(insert, item,
               [&](Binder& keys) { keys.held_text(customer_id).integer(position(index)); });
}

}  // namespace

CustomerWriter::CustomerWriter(SQLite::Database& db)
    : find_token_(db, "SELECT token FROM customers WHERE id = ?"),
      delete_customer_(db, "DELETE FROM customers WHERE id = ?"),
      insert_customer_(db, insert_sql<Customer>("customers", {"company", "token"})),
      insert_payment_method_(
          db, insert_sql<PaymentMethod>("payment_methods", {"customer_id", "position"})),
      insert_quotation_(db, insert_sql<Quotation>("quotations", {"customer_id", "position"})),
      insert_order_(db, insert_sql<Order>("orders", {"customer_id", "position"})),
      insert_invoice_(db, insert_sql<Invoice>("invoices", {"customer_id", "position"})),
      insert_payment_(
          db, insert_sql<Payment>("payments", {"customer_id", "invoice_number", "position"})),
      insert_subscription_(db,
                           insert_sql<Subscription>("subscriptions", {"customer_id", "position"})),
      insert_line_(db, insert_sql<Line>("lines", {"customer_id", "document_kind", "document_number",
                                                  "position"})),
      insert_ticket_(db, insert_sql<Ticket>("tickets", {"customer_id", "position"})),
      insert_message_(
          db, insert_sql<Message>("ticket_messages", {"customer_id", "ticket_ref", "position"})),
      insert_success_pack_(db,
                           insert_sql<SuccessPack>("success_packs", {"customer_id", "position"})) {}

void CustomerWriter::write(const Customer& c) {
    find_token_.reset();
    find_token_.bind(1, c.id);
    bool stored = find_token_.executeStep();
    std::string token = stored ? text_of(find_token_.getColumn(0)) : "";
    find_token_.reset();
    if (token.empty()) token = new_link_token();
    // ON DELETE CASCADE removes the documents; a new customer has none to remove.
    if (stored) Binder(delete_customer_).held_text(c.id).run();
    insert_row(insert_customer_, c,
               [&](Binder& keys) { keys.held_text(c.seller).held_text(token); });

    for (size_t i = 0; i < c.payment_methods.size(); ++i)
        insert_item(insert_payment_method_, c.id, i, c.payment_methods[i]);
    for (size_t i = 0; i < c.quotations.size(); ++i) {
        insert_item(insert_quotation_, c.id, i, c.quotations[i]);
        lines(c.id, "quotation", c.quotations[i].number, c.quotations[i].lines);
    }
    for (size_t i = 0; i < c.orders.size(); ++i) {
        insert_item(insert_order_, c.id, i, c.orders[i]);
        lines(c.id, "order", c.orders[i].number, c.orders[i].lines);
    }
    for (size_t i = 0; i < c.invoices.size(); ++i) {
        insert_item(insert_invoice_, c.id, i, c.invoices[i]);
        invoice_parts(c.id, c.invoices[i]);
    }
    for (size_t i = 0; i < c.subscriptions.size(); ++i) {
        insert_item(insert_subscription_, c.id, i, c.subscriptions[i]);
        lines(c.id, "subscription", c.subscriptions[i].number, c.subscriptions[i].lines);
    }
    for (size_t i = 0; i < c.tickets.size(); ++i) {
        insert_item(insert_ticket_, c.id, i, c.tickets[i]);
        messages(c.id, c.tickets[i]);
    }
    for (size_t i = 0; i < c.success_packs.size(); ++i)
        insert_item(insert_success_pack_, c.id, i, c.success_packs[i]);
}

void CustomerWriter::lines(const std::string& customer_id, const char* kind,
                           const std::string& number, const std::vector<Line>& lines) {
    for (size_t i = 0; i < lines.size(); ++i)
        insert_row(insert_line_, lines[i], [&](Binder& keys) {
            keys.held_text(customer_id).text(kind).held_text(number).integer(position(i));
        });
}

void CustomerWriter::invoice_parts(const std::string& customer_id, const Invoice& i) {
    lines(customer_id, "invoice", i.number, i.lines);
    for (size_t k = 0; k < i.payments.size(); ++k)
        insert_row(insert_payment_, i.payments[k], [&](Binder& keys) {
            keys.held_text(customer_id).held_text(i.number).integer(position(k));
        });
}

void CustomerWriter::messages(const std::string& customer_id, const Ticket& t) {
    for (size_t k = 0; k < t.messages.size(); ++k)
        insert_row(insert_message_, t.messages[k], [&](Binder& keys) {
            keys.held_text(customer_id).held_text(t.ref).integer(position(k));
        });
}

}  // namespace portalgen
