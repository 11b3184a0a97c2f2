// Writes customers with all their documents, replacing what was stored for them.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <string>
#include <vector>

#include "model/model.h"

namespace portalgen {

// Every statement is prepared once, so a writer imports many customers quickly. Run it inside
// the caller's transaction.
class CustomerWriter {
  public:
    explicit CustomerWriter(SQLite::Database& db);
    // Deletes the stored customer (its documents go with it) and inserts `customer` whole. The
    // portal token of a stored customer is kept, so its link still works; a new customer gets a
    // new one.
    void write(const Customer& customer);

  private:
    void lines(const std::string& customer_id, const char* kind, const std::string& number,
               const std::vector<Line>& lines);
    // An invoice's lines and payments.
    void invoice_parts(const std::string& customer_id, const Invoice& invoice);
    void messages(const std::string& customer_id, const Ticket& ticket);

    SQLite::Statement find_token_;
    SQLite::Statement delete_customer_;
    SQLite::Statement insert_customer_;
    SQLite::Statement insert_payment_method_;
    SQLite::Statement insert_quotation_;
    SQLite::Statement insert_order_;
    SQLite::Statement insert_invoice_;
    SQLite::Statement insert_payment_;
    SQLite::Statement insert_subscription_;
    SQLite::Statement insert_line_;
    SQLite::Statement insert_ticket_;
    SQLite::Statement insert_message_;
    SQLite::Statement insert_success_pack_;
};

}  // namespace portalgen
