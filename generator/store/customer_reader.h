// Reads one customer with all its documents from the local database.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "model/model.h"

namespace portalgen {

// Statements are prepared once: a build reads every customer, one at a time.
class CustomerReader {
  public:
    explicit CustomerReader(const SQLite::Database& db);
    // The customer and its documents in input order; nullopt when there is no such customer.
    // With `rows`, every database row read is appended to it, encoded unambiguously: what the
    // customer's pages depend on, far cheaper to hash than the customer exported as YAML.
    std::optional<Customer> read(const std::string& id, std::string* rows = nullptr);
    // Only the rows, as read appends them, and the customer's seller (companies.name); nullopt
    // when there is no such customer. A build compares their hash with the last build's before it
    // reads the customer: an unchanged customer's rows are all it needs.
    std::optional<std::string> read_rows(const std::string& id, std::string& rows);

  private:
    // The statements in the order read runs them: read_rows runs them in the same order.
    std::array<SQLite::Statement*, 10> document_statements();
    // Appends each row of the customer's table read by `statement` to `items`.
    template <typename Struct>
    void read_list(SQLite::Statement& statement, const Customer& customer,
                   std::vector<Struct>& items);
    void read_lines(Customer& customer);
    void read_payments(Customer& customer);
    void read_messages(Customer& customer);

    SQLite::Statement customer_;
    SQLite::Statement payment_methods_;
    SQLite::Statement quotations_;
    SQLite::Statement orders_;
    SQLite::Statement invoices_;
    SQLite::Statement payments_;
    SQLite::Statement subscriptions_;
    SQLite::Statement lines_;
    SQLite::Statement tickets_;
    SQLite::Statement messages_;
    SQLite::Statement success_packs_;
    std::string* rows_ = nullptr;  // of the read in progress
};

// A stored customer's id and seller (companies.name), what an import checks before it reads
// whole customers.
struct StoredCustomer {
    std::string id;
    std::string seller;
};
// Every stored customer, by id.
std::vector<StoredCustomer> read_customer_list(const SQLite::Database& db);

}  // namespace portalgen
