// PublishState: what earlier builds published into one output folder (the published_* tables of
// schema versions 2 and 3): per customer, the folder, the hash of everything its pages depend on,
// the hash of its alerts, a summary of its documents' statuses and a record of its files.
#pragma once

#include <SQLiteCpp/Statement.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/date.h"

namespace portalgen {

class Database;

struct PublishedCustomer {
    std::string token;
    std::string input_hash;
    std::string alerts_hash;
    std::string summary;  // JSON, see publish/customer_summary.h
    std::string files;    // see publish/file_records.h
};

// One per connection (so one per thread). `out_dir` should be absolute, so that the same folder
// reached by two relative paths is one folder.
class PublishState {
  public:
    PublishState(Database& database, std::string out_dir);
    ~PublishState();

    std::optional<PublishedCustomer> find(const std::string& customer_id);
    // Every customer published here, in id order (a streaming read: memory stays flat).
    void for_each(const std::function<void(const std::string& id, const PublishedCustomer&)>& f);

    // Writes happen in transactions the caller opens on the same database.
    void save(const std::string& customer_id, const PublishedCustomer& published);
    void remove(const std::string& customer_id);

    // The as-of date of the last build of `shard` here ("1-of-1" for a whole build).
    std::optional<Date> last_as_of(const std::string& shard);
    void set_last_as_of(const std::string& shard, Date as_of);

  private:
    Database& database_;
    std::string out_dir_;
    std::unique_ptr<SQLite::Statement> find_;
    std::unique_ptr<SQLite::Statement> save_;
};

}  // namespace portalgen
