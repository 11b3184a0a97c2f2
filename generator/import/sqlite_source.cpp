#include "import/sqlite_source.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <limits>
#include <map>

#include "core/accent_color.h"
#include "core/logo_image.h"
#include "import/sqlite_fields.h"
#include "import/sqlite_rows.h"
#include "store/database.h"
#include "store/schema.h"

namespace portalgen {

namespace {

constexpr int kBusyTimeoutMs = 5000;  // if another program is writing the file

// Table name → column name → 1-based place of the column in its table.
using Layout = std::map<std::string, std::map<std::string, int>>;

Layout layout_of(const SQLite::Database& db) {
    Layout layout;
    SQLite::Statement tables(db, "SELECT name FROM sqlite_schema WHERE type = 'table'");
    while (tables.executeStep()) {
        std::string table = tables.getColumn(0).getString();
        SQLite::Statement columns(db, "SELECT cid, name FROM pragma_table_info(?)");
        columns.bind(1, table);
        while (columns.executeStep())
            layout[table][columns.getColumn(1).getString()] = columns.getColumn(0).getInt() + 1;
    }
    return layout;
}

// The tables of schema versions 2 and 6 record what builds published and the reminders they
// dealt with: not input.
bool is_build_state(const std::string& table) {
    return table.starts_with("published_") || table == "sent_reminders";
}

// Positions only order rows, so any whole number will do.
void check_position(SqliteRows& row) {
    row.integer("position", std::numeric_limits<int64_t>::min(),
                std::numeric_limits<int64_t>::max(), true);
}

class SqliteSource {
  public:
    SqliteSource(const std::string& path, Dataset& out, SourceMap& positions,
                 Diagnostics& diagnostics)
        : path_(path), out_(out), positions_(positions), diagnostics_(diagnostics) {}

    void read(const SQLite::Database& db) {
        if (!check_layout(db)) return;
        read_companies(db);
        read_tax_ids(db);
        read_taxes(db);
        first_customer_ = out_.customers.size();
        read_customers(db);
        each_document(db, "payment_methods", &Customer::payment_methods);
        each_document(db, "quotations", &Customer::quotations);
        each_document(db, "orders", &Customer::orders);
        each_document(db, "invoices", &Customer::invoices);
        each_document(db, "subscriptions", &Customer::subscriptions);
        each_document(db, "tickets", &Customer::tickets);
        each_document(db, "success_packs", &Customer::success_packs);
        index_documents();
        read_lines(db);
        read_payments(db);
        read_messages(db);
    }

  private:
    void file_error(std::string message) { diagnostics_.error({path_, 1, 1}, std::move(message)); }

    // Whether a later schema version than `version` added the column: an input file made for
    // that version may leave it out (it reads as NULL), so older files import as before.
    static bool added_after(int version, const std::string& table, const std::string& column) {
        const std::string added = "ALTER TABLE " + table + " ADD COLUMN " + column + " ";
        const auto later = migrations().subspan(std::min<std::size_t>(
            static_cast<std::size_t>(std::max(version, 1)), migrations().size()));
        return std::any_of(later.begin(), later.end(), [&](std::string_view migration) {
            return migration.find(added) != std::string_view::npos;
        });
    }

    // Every table and column of the schema must be there (but those added after the file's
    // version), and no unknown column (a typo must not pass silently); other tables are ignored.
    bool check_layout(const SQLite::Database& db) {
        SQLite::Statement user_version(db, "PRAGMA user_version");
        int version = user_version.executeStep() ? user_version.getColumn(0).getInt() : 0;
        if (version > Database::schema_version()) {
            file_error("made by a newer portalgen (schema version " + std::to_string(version) +
                       ")");
            return false;
        }
        file_layout_ = layout_of(db);
        Database reference(":memory:");
        size_t errors = diagnostics_.size();
        size_t missing_tables = 0;
        Layout expected = layout_of(reference.sql());
        std::erase_if(expected, [](const auto& table) { return is_build_state(table.first); });
        for (const auto& [table, columns] : expected) {
            auto found = file_layout_.find(table);
            if (found == file_layout_.end()) {
                ++missing_tables;
                continue;
            }
            for (const auto& [column, index] : columns)
                if (!found->second.contains(column) && !added_after(version, table, column))
                    file_error("table " + table + " has no column " + column +
                               " (see data/schema.sql)");
            for (const auto& [column, index] : found->second)
                if (!columns.contains(column))
                    file_error("unknown column " + column + " in table " + table);
        }
        if (missing_tables == expected.size()) {
            file_error("not a portalgen input: none of the tables of data/schema.sql is here");
        } else {
            for (const auto& [table, columns] : expected)
                if (!file_layout_.contains(table))
                    file_error("missing table " + table + " (see data/schema.sql)");
        }
        return diagnostics_.size() == errors;
    }

    SqliteRows rows(const SQLite::Database& db, const std::string& table,
                    const std::string& order_by) {
        return SqliteRows(db, path_, table, file_layout_.at(table), order_by, positions_,
                          diagnostics_);
    }

    // The index in out_.companies of the company named in `column`, or nullopt after an error.
    std::optional<size_t> company_of(SqliteRows& row, std::string_view column) {
        std::string name = row.text(column, true);
        if (name.empty()) return std::nullopt;
        auto it = company_index_.find(name);
        if (it != company_index_.end()) return it->second;
        row.error(column, "unknown company \"" + name + "\" (not in table companies)");
        return std::nullopt;
    }

    std::optional<size_t> customer_of(SqliteRows& row) {
        std::string id = row.text("customer_id", true);
        if (id.empty()) return std::nullopt;
        auto it = customer_index_.find(id);
        if (it != customer_index_.end()) return it->second;
        row.error("customer_id", "unknown customer \"" + id + "\" (not in table customers)");
        return std::nullopt;
    }

    // The index of a customer's document (kind: quotation, order, invoice, subscription,
    // ticket) named in `column`, or nullopt after an error.
    std::optional<size_t> document_of(SqliteRows& row, size_t customer, const std::string& kind,
                                      std::string_view column) {
        std::string number = row.text(column, true);
        if (number.empty()) return std::nullopt;
        auto it = documents_[kind].find({customer, number});
        if (it != documents_[kind].end()) return it->second;
        row.error(column, "no " + kind + " \"" + number + "\" for customer \"" +
                              out_.customers[customer].id + "\"");
        return std::nullopt;
    }

    static std::string customer_path(size_t customer) {
        return "customers." + std::to_string(customer);
    }

    void read_companies(const SQLite::Database& db) {
        auto row = rows(db, "companies", "rowid");
        while (row.next()) {
            size_t index = out_.companies.size();
            row.at("companies." + std::to_string(index));
            Company c = read_mapped<Company>(SqliteFields(row));
            check_company_row(row, c);
            company_index_.emplace(c.name, index);
            out_.companies.push_back(std::move(c));
        }
    }

    // What the company's YAML reader checks as it reads, with the columns' positions.
    static void check_company_row(SqliteRows& row, const Company& c) {
        // A notice is given in both languages or neither.
        if (c.legal_notice.en.empty() != c.legal_notice.fr.empty())
            row.error(c.legal_notice.en.empty() ? "legal_notice_en" : "legal_notice_fr",
                      "legal_notice_en and legal_notice_fr go together");
        for (ReminderKind kind : kReminderKinds) {
            if (auto problem = reminder_steps_problem(kind, c.reminders.steps(kind)))
                row.error("reminders_" + std::string(to_string(kind)), *problem);
        }
        if (!c.logo.empty()) {
            if (auto problem = logo_problem(c.logo)) row.error("logo", *problem);
        }
        if (!c.accent_color.empty() && !parse_hex_color(c.accent_color))
            row.error("accent_color", accent_color_problem(c.accent_color));
    }

    void read_tax_ids(const SQLite::Database& db) {
        auto row = rows(db, "company_tax_ids", "company, position, rowid");
        while (row.next()) {
            auto company = company_of(row, "company");
            check_position(row);
            if (!company) continue;
            auto& list = out_.companies[*company].tax_ids;
            row.at("companies." + std::to_string(*company) + ".tax_ids." +
                   std::to_string(list.size()));
            list.push_back(read_mapped<TaxId>(SqliteFields(row)));
        }
    }

    void read_taxes(const SQLite::Database& db) {
        auto row = rows(db, "taxes", "company, position, rowid");
        while (row.next()) {
            auto company = company_of(row, "company");
            check_position(row);
            if (!company) continue;
            auto& list = out_.companies[*company].taxes;
            row.at("companies." + std::to_string(*company) + ".taxes." +
                   std::to_string(list.size()));
            list.push_back(read_mapped<Tax>(SqliteFields(row)));
        }
    }

    void read_customers(const SQLite::Database& db) {
        auto row = rows(db, "customers", "rowid");
        while (row.next()) {
            size_t index = out_.customers.size();
            row.at(customer_path(index));
            Customer c = read_mapped<Customer>(SqliteFields(row));
            c.seller = row.text("company", true, "seller");
            customer_index_.emplace(c.id, index);
            out_.customers.push_back(std::move(c));
        }
    }

    // Appends each row of a document table to the list `list` of its customer (the table is
    // named like the list: customers.3.invoices.0 is a row of invoices).
    template <typename T>
    void each_document(const SQLite::Database& db, const std::string& table,
                       std::vector<T> Customer::*list) {
        auto row = rows(db, table, "customer_id, position, rowid");
        while (row.next()) {
            auto customer = customer_of(row);
            check_position(row);
            if (!customer) continue;
            std::vector<T>& items = out_.customers[*customer].*list;
            row.at(customer_path(*customer) + "." + table + "." + std::to_string(items.size()));
            items.push_back(read_mapped<T>(SqliteFields(row)));
        }
    }

    // Lines, payments and messages name their document by number: index this file's documents.
    void index_documents() {
        for (size_t i = first_customer_; i < out_.customers.size(); ++i) {
            const Customer& c = out_.customers[i];
            index("quotation", i, c.quotations, &Quotation::number);
            index("order", i, c.orders, &Order::number);
            index("invoice", i, c.invoices, &Invoice::number);
            index("subscription", i, c.subscriptions, &Subscription::number);
            index("ticket", i, c.tickets, &Ticket::ref);
        }
    }

    template <typename T>
    void index(const std::string& kind, size_t customer, const std::vector<T>& items,
               std::string T::*number) {
        // A duplicate number keeps the first document; the validator reports it.
        auto& numbers = documents_[kind];
        for (size_t i = 0; i < items.size(); ++i)
            numbers.emplace(std::make_pair(customer, items[i].*number), i);
    }

    std::vector<Line>& lines_of(Customer& c, const std::string& kind, size_t index) {
        if (kind == "quotation") return c.quotations[index].lines;
        if (kind == "order") return c.orders[index].lines;
        if (kind == "invoice") return c.invoices[index].lines;
        return c.subscriptions[index].lines;
    }

    void read_lines(const SQLite::Database& db) {
        auto row =
            rows(db, "lines", "customer_id, document_kind, document_number, position, rowid");
        while (row.next()) {
            auto customer = customer_of(row);
            std::string kind = row.text("document_kind", true);
            check_position(row);
            if (!customer || kind.empty()) continue;
            if (kind != "quotation" && kind != "order" && kind != "invoice" &&
                kind != "subscription") {
                row.error("document_kind",
                          "document_kind must be one of quotation | order | invoice | "
                          "subscription, not \"" +
                              kind.substr(0, 40) + "\"");
                continue;
            }
            auto document = document_of(row, *customer, kind, "document_number");
            if (!document) continue;
            auto& lines = lines_of(out_.customers[*customer], kind, *document);
            // The customer's list is the plural of the kind: customers.3.orders.1.lines.0
            row.at(customer_path(*customer) + "." + kind + "s." + std::to_string(*document) +
                   ".lines." + std::to_string(lines.size()));
            lines.push_back(read_mapped<Line>(SqliteFields(row)));
        }
    }

    void read_payments(const SQLite::Database& db) {
        auto row = rows(db, "payments", "customer_id, invoice_number, position, rowid");
        while (row.next()) {
            auto customer = customer_of(row);
            check_position(row);
            if (!customer) continue;
            auto invoice = document_of(row, *customer, "invoice", "invoice_number");
            if (!invoice) continue;
            auto& payments = out_.customers[*customer].invoices[*invoice].payments;
            row.at(customer_path(*customer) + ".invoices." + std::to_string(*invoice) +
                   ".payments." + std::to_string(payments.size()));
            payments.push_back(read_mapped<Payment>(SqliteFields(row)));
        }
    }

    void read_messages(const SQLite::Database& db) {
        auto row = rows(db, "ticket_messages", "customer_id, ticket_ref, position, rowid");
        while (row.next()) {
            auto customer = customer_of(row);
            check_position(row);
            if (!customer) continue;
            auto ticket = document_of(row, *customer, "ticket", "ticket_ref");
            if (!ticket) continue;
            auto& messages = out_.customers[*customer].tickets[*ticket].messages;
            row.at(customer_path(*customer) + ".tickets." + std::to_string(*ticket) + ".messages." +
                   std::to_string(messages.size()));
            messages.push_back(read_mapped<Message>(SqliteFields(row)));
        }
    }

    const std::string& path_;
    Dataset& out_;
    SourceMap& positions_;
    Diagnostics& diagnostics_;
    Layout file_layout_;
    std::map<std::string, size_t> company_index_;   // of this file's companies, in out_
    std::map<std::string, size_t> customer_index_;  // of this file's customers, in out_
    size_t first_customer_ = 0;                     // this file's first customer in out_
    // kind → (customer index, number) → index of the document in its customer's list.
    std::map<std::string, std::map<std::pair<size_t, std::string>, size_t>> documents_;
};

}  // namespace

void read_sqlite_source(const std::string& path, Dataset& out, SourceMap& positions,
                        Diagnostics& diagnostics) {
    try {
        SQLite::Database db(path, SQLite::OPEN_READONLY, kBusyTimeoutMs);
        SqliteSource(path, out, positions, diagnostics).read(db);
    } catch (const SQLite::Exception& e) {
        diagnostics.error({path, 1, 1},
                          std::string("cannot read this file as a SQLite database: ") + e.what());
    }
}

}  // namespace portalgen
