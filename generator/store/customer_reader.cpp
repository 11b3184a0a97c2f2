#include "store/customer_reader.h"

#include <charconv>
#include <map>
#include <utility>

#include "store/columns.h"
#include "store/mapped_rows.h"

namespace portalgen {

namespace {

// Appends every column of the current row to `rows`, unambiguously: a mark, then per column its
// type, its length and its bytes.
void append_row(const SQLite::Statement& statement, std::string& rows) {
    rows += '(';
    for (int i = 0; i < statement.getColumnCount(); ++i) {
        const SQLite::Column column = statement.getColumn(i);
        const int type = column.getType();
        // The bytes first, then their size (SQLite's advice: the size is then that of the
        // bytes given).
        const char* bytes =
            type == SQLite::Null ? nullptr : static_cast<const char*>(column.getBlob());
        const int size = bytes == nullptr ? 0 : column.getBytes();
        char head[16];
        head[0] = static_cast<char>('0' + type);
        char* end = std::to_chars(head + 1, head + sizeof head - 1, size).ptr;
        *end++ = ':';
        rows.append(head, end);
        if (size > 0) rows.append(bytes, static_cast<std::size_t>(size));
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
            found = read_mapped<Customer>(ReadFields(r));
            found->seller = text_of(r.getColumn("company"));
        },
        rows_);
    if (!found) return std::nullopt;
    // The tables in the order of document_statements(), which read_rows follows.
    Customer& c = *found;
    read_list(payment_methods_, c, c.payment_methods);
    read_list(quotations_, c, c.quotations);
    read_list(orders_, c, c.orders);
    read_list(invoices_, c, c.invoices);
    read_list(subscriptions_, c, c.subscriptions);
    read_list(tickets_, c, c.tickets);
    read_list(success_packs_, c, c.success_packs);
    read_lines(c);
    read_payments(c);
    read_messages(c);
    return found;
}

std::optional<std::string> CustomerReader::read_rows(const std::string& id, std::string& rows) {
    std::optional<std::string> seller;
    for_each_row(
        customer_, id,
        [&](const SQLite::Statement& r) { seller = text_of(r.getColumn("company")); }, &rows);
    if (!seller) return std::nullopt;
    for (SQLite::Statement* statement : document_statements())
        for_each_row(
            *statement, id, [](const SQLite::Statement&) {}, &rows);
    return seller;
}

std::array<SQLite::Statement*, 10> CustomerReader::document_statements() {
    return {&payment_methods_, &quotations_,    &orders_, &invoices_, &subscriptions_,
            &tickets_,         &success_packs_, &lines_,  &payments_, &messages_};
}

template <typename Struct>
void CustomerReader::read_list(SQLite::Statement& statement, const Customer& c,
                               std::vector<Struct>& items) {
    for_each_row(
        statement, c.id,
        [&](const SQLite::Statement& r) { items.push_back(read_mapped<Struct>(ReadFields(r))); },
        rows_);
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
            it->second->push_back(read_mapped<Line>(ReadFields(r)));
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
            it->second->payments.push_back(read_mapped<Payment>(ReadFields(r)));
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
            it->second->messages.push_back(read_mapped<Message>(ReadFields(r)));
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
