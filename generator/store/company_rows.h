// Companies in the local database: their settings, tax ids and taxes.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <vector>

#include "model/model.h"

namespace portalgen {

// Writes companies with statements prepared once; run it inside the caller's transaction.
class CompanyWriter {
  public:
    explicit CompanyWriter(SQLite::Database& db);
    // Replaces the settings and tax ids; adds or updates taxes by code but never deletes one,
    // since stored customers may still use it.
    void write(const Company& company);

  private:
    SQLite::Statement upsert_company_;
    SQLite::Statement delete_tax_ids_;
    SQLite::Statement insert_tax_id_;
    SQLite::Statement upsert_tax_;
};

// Every company with its tax ids and taxes, ordered by name.
std::vector<Company> read_companies(const SQLite::Database& db);

}  // namespace portalgen
