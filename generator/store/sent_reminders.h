// SentReminders: the reminder steps builds have dealt with in one output folder (the
// sent_reminders table of schema version 6), so that no step is sent twice.
#pragma once

#include <SQLiteCpp/Statement.h>

#include <memory>
#include <set>
#include <string>

#include "core/date.h"
#include "model/reminder_ladder.h"

namespace portalgen {

class Database;

// A step dealt with: `message` is the outbox file written for it (relative to the output
// folder), or "" for an earlier step that message made stale.
struct RecordedReminder {
    ReminderStep step;
    std::string message;
};

// One per connection (so one per thread). `out_dir` absolute, as for PublishState.
class SentReminders {
  public:
    SentReminders(Database& database, std::string out_dir);
    ~SentReminders();

    // The steps dealt with for a customer's documents.
    std::set<ReminderStep> of_customer(const std::string& customer_id);

    // Writes happen in transactions the caller opens on the same database.
    void record(const std::string& customer_id, const RecordedReminder& reminder, Date as_of);
    void remove_customer(const std::string& customer_id);

  private:
    Database& database_;
    std::string out_dir_;
    std::unique_ptr<SQLite::Statement> find_;
    std::unique_ptr<SQLite::Statement> record_;
};

}  // namespace portalgen
