// PublishStateBatch: a build's writes to its PublishState, kept in memory and written in short
// transactions, so that an import waits for one of them a moment at most (SPEC 6 "One snapshot").
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "store/publish_state.h"
#include "store/sent_reminders.h"

namespace portalgen {

class Database;

class PublishStateBatch {
  public:
    // `writer` is the build's only writing connection; it waits up to kBuildWriteWaitMs for an
    // import to finish before each write.
    PublishStateBatch(Database& writer, std::string out_dir);

    void save(const std::string& customer_id, PublishedCustomer published);
    // Removes the customer's publish state and its reminders.
    void remove(const std::string& customer_id);
    // The reminder steps a customer's build dealt with, recorded with its publish state.
    void record_reminders(const std::string& customer_id, std::vector<RecordedReminder> reminders,
                          Date as_of);
    void set_last_as_of(const std::string& shard, Date as_of);
    // Writes what is pending in one transaction (also done every kBatchSize customers).
    void flush();

  private:
    static constexpr std::size_t kBatchSize = 50;

    Database& writer_;
    PublishState state_;
    SentReminders sent_;
    std::vector<std::pair<std::string, PublishedCustomer>> saves_;
    std::vector<std::string> removals_;
    struct Reminders {
        std::string customer_id;
        std::vector<RecordedReminder> steps;
        Date as_of;
    };
    std::vector<Reminders> reminders_;
    std::optional<std::pair<std::string, Date>> last_as_of_;
};

// How long a build's write waits for an import's transaction (which lasts as long as the import
// reads its files) before the build gives up.
inline constexpr int kBuildWriteWaitMs = 10 * 60 * 1000;

}  // namespace portalgen
