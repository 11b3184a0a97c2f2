#include "store/publish_state_batch.h"

#include <SQLiteCpp/Transaction.h>

#include "store/database.h"

namespace portalgen {

PublishStateBatch::PublishStateBatch(Database& writer, std::string out_dir)
    : writer_(writer), state_(writer, out_dir), sent_(writer, out_dir) {
    writer_.sql().setBusyTimeout(kBuildWriteWaitMs);
}

void PublishStateBatch::save(const std::string& customer_id, PublishedCustomer published) {
    saves_.emplace_back(customer_id, std::move(published));
    if (saves_.size() >= kBatchSize) flush();
}

void PublishStateBatch::remove(const std::string& customer_id) {
    removals_.push_back(customer_id);
}

void PublishStateBatch::record_reminders(const std::string& customer_id,
                                         std::vector<RecordedReminder> reminders, Date as_of) {
    if (!reminders.empty()) reminders_.push_back({customer_id, std::move(reminders), as_of});
}

void PublishStateBatch::set_last_as_of(const std::string& shard, Date as_of) {
    last_as_of_.emplace(shard, as_of);
}

void PublishStateBatch::flush() {
    if (saves_.empty() && removals_.empty() && reminders_.empty() && !last_as_of_) return;
    SQLite::Transaction transaction(writer_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    for (const auto& [id, published] : saves_) state_.save(id, published);
    for (const Reminders& r : reminders_)
        for (const RecordedReminder& step : r.steps) sent_.record(r.customer_id, step, r.as_of);
    for (const std::string& id : removals_) {
        state_.remove(id);
        sent_.remove_customer(id);
    }
    if (last_as_of_) state_.set_last_as_of(last_as_of_->first, last_as_of_->second);
    transaction.commit();
    saves_.clear();
    removals_.clear();
    reminders_.clear();
    last_as_of_.reset();
}

}  // namespace portalgen
