#include "store/customer_reader.h"

#include <map>
#include <utility>

#include "store/columns.h"

namespace portalgen {

namespace {

// Appends every column of the current row to `rows`, unambiguously: a mark, then per column its
// type, its length and its bytes.
void append_row(const SQLite::Statement& statement, std::string& rows) {
    rows += '(';
    for (int i = 0; i < statement.getColumnCount(); ++i) {
        SQLite::Column column = statement.getColumn(i);
        const int type = column.getType();
        const int size = column.isNull() ? 0 : column.getBytes();
        rows += static_cast<char>('0' + type);
        rows += std::to_string(size);
        rows += ':';
        if (size > 0) rows.append(static_cast<const char*>(column.getBlob()), size);
    }
}

// Runs `statement` for one customer and calls `row` on each result, appending the row to
// `rows` when given. The statement is reset afterwards, even on an exception, so it holds no
// read transaction open.
template <typename Row>
void for_each_row(SQLite::Statement& statement, const std::string& customer_id, Row row,
                  std::string* rows) {
    struct Reset {
        SQLite::Statement& statement;
        ~Reset() { statement.tryReset(); }
    } reset{statement};
    statement.reset();
    statement.bind(1, customer_id);
    while (statement.executeStep()) {
        if (rows) append_row(statement, *rows);
        row(statement);
    }
    if (rows) *rows += ')';  // the end of the table's rows
}

}  // namespace

CustomerReader::CustomerReader(const SQLite::Database& db)
    : customer_(db, "SELECT * FROM customers WHERE id = ?"),
      payment_methods_(db, "SELECT * FROM payment_methods WHERE customer_id = ? ORDER BY position"),
      quotations_(db, "SELECT * FROM quotations WHERE customer_id = ? ORDER BY position"),
      orders_(db, "SELECT * FROM orders WHERE customer_id = ? ORDER BY position"),
      invoices_(db, "SELECT * FROM invoices WHERE customer_id = ? ORDER BY position"),
      payments_(db,
                "SELECT * FROM payments WHERE customer_id = ? ORDER BY invoice_number, position"),
      subscriptions_(db, "SELECT * FROM subscriptions WHERE customer_id = ? ORDER BY position"),
      lines_(db,
             "SELECT * FROM lines WHERE customer_id = ? "
             "ORDER BY document_kind, document_number, position"),
      tickets_(db, "SELECT * FROM tickets WHERE customer_id = ? ORDER BY position"),
      messages_(db,
                "SELECT * FROM ticket_messages WHERE customer_id = ? "
                "ORDER BY ticket_ref, position"),
      success_packs_(db, "SELECT * FROM success_packs WHERE customer_id = ? ORDER BY position") {}

std::optional<Customer> CustomerReader::read(const std::string& id, std::string* rows) {
    rows_ = rows;
    std::optional<Customer> found;
    for_each_row(
        customer_, id,
        [&](const SQLite::Statement& r) {
            Customer c;
            c.id = id;
            c.seller = text_of(r.getColumn("company"));
            c.name = text_of(r.getColumn("name"));
            c.company = text_of(r.getColumn("customer_company"));
            c.email = text_of(r.getColumn("email"));
            c.language = enum_of<Language>(r.getColumn("language"));
            c.currency = text_of(r.getColumn("currency"));
            c.address = list_of(r.getColumn("address"));
            found = std::move(c);
        },
        rows_);
    if (!found) return std::nullopt;
    Customer& c = *found;

    for_each_row(
        payment_methods_, id,
        [&](const SQLite::Statement& r) {
            c.payment_methods.push_back({text_of(r.getColumn("id")), text_of(r.getColumn("brand")),
                                         text_of(r.getColumn("last4")),
                                         month_of(r.getColumn("expires"))});
        },
        rows_);
    for_each_row(
        quotations_, id,
        [&](const SQLite::Statement& r) {
            Quotation q;
            q.number = text_of(r.getColumn("number"));
            q.date = date_of(r.getColumn("date"));
            q.valid_until = optional_date_of(r.getColumn("valid_until"));
            q.state = enum_of<QuotationState>(r.getColumn("state"));
            c.quotations.push_back(std::move(q));
        },
        rows_);
    for_each_row(
        orders_, id,
        [&](const SQLite::Statement& r) {
            Order o;
            o.number = text_of(r.getColumn("number"));
            o.date = date_of(r.getColumn("date"));
            o.quotation = text_of(r.getColumn("quotation_number"));
            o.start = optional_date_of(r.getColumn("service_start"));
            o.end = optional_date_of(r.getColumn("service_end"));
            o.state = enum_of<OrderState>(r.getColumn("state"));
            c.orders.push_back(std::move(o));
        },
        rows_);
    for_each_row(
        invoices_, id,
        [&](const SQLite::Statement& r) {
            Invoice i;
            i.number = text_of(r.getColumn("number"));
            i.kind = enum_of<InvoiceKind>(r.getColumn("kind"));
            i.reverses = text_of(r.getColumn("reverses"));
            i.date = date_of(r.getColumn("date"));
            i.due = optional_date_of(r.getColumn("due"));
            i.order = text_of(r.getColumn("order_number"));
            i.subscription = text_of(r.getColumn("subscription_number"));
            i.state = enum_of<InvoiceState>(r.getColumn("state"));
            c.invoices.push_back(std::move(i));
        },
        rows_);
    for_each_row(
        subscriptions_, id,
        [&](const SQLite::Statement& r) {
            Subscription s;
            s.number = text_of(r.getColumn("number"));
            s.plan = text_of(r.getColumn("plan"));
            s.start = date_of(r.getColumn("start"));
            s.next_invoice = date_of(r.getColumn("next_invoice"));
            s.period = enum_of<Period>(r.getColumn("period"));
            s.payment_method = text_of(r.getColumn("payment_method"));
            s.state = enum_of<SubscriptionState>(r.getColumn("state"));
            s.closed_on = optional_date_of(r.getColumn("closed_on"));
            c.subscriptions.push_back(std::move(s));
        },
        rows_);
    for_each_row(
        tickets_, id,
        [&](const SQLite::Statement& r) {
            Ticket t;
            t.ref = text_of(r.getColumn("ref"));
            t.subject = text_of(r.getColumn("subject"));
            t.opened = timestamp_of(r.getColumn("opened"));
            t.status = enum_of<TicketStatus>(r.getColumn("status"));
            c.tickets.push_back(std::move(t));
        },
        rows_);
    for_each_row(
        success_packs_, id,
        [&](const SQLite::Statement& r) {
            c.success_packs.push_back(
                {text_of(r.getColumn("name")), date_of(r.getColumn("purchased")),
                 decimal_of(r.getColumn("hours")), decimal_of(r.getColumn("used"))});
        },
        rows_);
    read_lines(c);
    read_payments(c);
    read_messages(c);
    return found;
}

void CustomerReader::read_lines(Customer& c) {
    // The lines of every document come in one query; each goes to its document by number.
    std::map<std::pair<std::string, std::string>, std::vector<Line>*> owner;
    for (auto& q : c.quotations) owner[{"quotation", q.number}] = &q.lines;
    for (auto& o : c.orders) owner[{"order", o.number}] = &o.lines;
    for (auto& i : c.invoices) owner[{"invoice", i.number}] = &i.lines;
    for (auto& s : c.subscriptions) owner[{"subscription", s.number}] = &s.lines;
    for_each_row(
        lines_, c.id,
        [&](const SQLite::Statement& r) {
            auto it = owner.find(
                {text_of(r.getColumn("document_kind")), text_of(r.getColumn("document_number"))});
            if (it == owner.end()) throw_damaged(r.getColumn("document_number"));
            Line line;
            line.product = text_of(r.getColumn("product"));
            line.description = text_of(r.getColumn("description"));
            line.quantity = decimal_of(r.getColumn("quantity"));
            line.unit_price = decimal_of(r.getColumn("unit_price"));
            line.discount = decimal_of(r.getColumn("discount"));
            line.taxes = list_of(r.getColumn("taxes"));
            it->second->push_back(std::move(line));
        },
        rows_);
}

void CustomerReader::read_payments(Customer& c) {
    std::map<std::string, Invoice*> invoice;
    for (auto& i : c.invoices) invoice[i.number] = &i;
    for_each_row(
        payments_, c.id,
        [&](const SQLite::Statement& r) {
            auto it = invoice.find(text_of(r.getColumn("invoice_number")));
            if (it == invoice.end()) throw_damaged(r.getColumn("invoice_number"));
            it->second->payments.push_back({date_of(r.getColumn("date")),
                                            decimal_of(r.getColumn("amount")),
                                            text_of(r.getColumn("method"))});
        },
        rows_);
}

void CustomerReader::read_messages(Customer& c) {
    std::map<std::string, Ticket*> ticket;
    for (auto& t : c.tickets) ticket[t.ref] = &t;
    for_each_row(
        messages_, c.id,
        [&](const SQLite::Statement& r) {
            auto it = ticket.find(text_of(r.getColumn("ticket_ref")));
            if (it == ticket.end()) throw_damaged(r.getColumn("ticket_ref"));
            Message m;
            m.at = timestamp_of(r.getColumn("at"));
            m.from = enum_of<Party>(r.getColumn("sender"));
            m.author = text_of(r.getColumn("author"));
            m.body = text_of(r.getColumn("body"));
            it->second->messages.push_back(std::move(m));
        },
        rows_);
}

std::vector<StoredCustomer> read_customer_list(const SQLite::Database& db) {
    std::vector<StoredCustomer> customers;
    SQLite::Statement rows(db, "SELECT id, company FROM customers ORDER BY id");
    while (rows.executeStep())
        customers.push_back({rows.getColumn(0).getString(), rows.getColumn(1).getString()});
    return customers;
}

}  // namespace portalgen
