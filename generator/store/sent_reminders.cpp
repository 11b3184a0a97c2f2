#include "store/sent_reminders.h"

#include <stdexcept>

#include "store/database.h"

namespace portalgen {

SentReminders::SentReminders(Database& database, std::string out_dir)
    : database_(database), out_dir_(std::move(out_dir)) {}

SentReminders::~SentReminders() = default;

std::set<ReminderStep> SentReminders::of_customer(const std::string& customer_id) {
    if (!find_)
        find_ = std::make_unique<SQLite::Statement>(
            database_.sql(),
            "SELECT document, kind, step FROM sent_reminders WHERE out_dir = ? AND "
            "customer_id = ?");
    find_->reset();
    find_->bind(1, out_dir_);
    find_->bind(2, customer_id);
    std::set<ReminderStep> steps;
    while (find_->executeStep()) {
        std::optional<ReminderKind> kind = parse_reminder_kind(find_->getColumn(1).getString());
        if (!kind) throw std::runtime_error("damaged database: sent_reminders.kind");
        steps.insert({find_->getColumn(0).getString(), *kind, find_->getColumn(2).getInt()});
    }
    find_->reset();
    return steps;
}

void SentReminders::record(const std::string& customer_id, const RecordedReminder& reminder,
                           Date as_of) {
    if (!record_)
        record_ = std::make_unique<SQLite::Statement>(
            database_.sql(),
            "INSERT OR IGNORE INTO sent_reminders "
            "(out_dir, customer_id, document, kind, step, as_of, message) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
    record_->reset();
    record_->bind(1, out_dir_);
    record_->bind(2, customer_id);
    record_->bind(3, reminder.step.document);
    record_->bind(4, std::string(to_string(reminder.step.kind)));
    record_->bind(5, reminder.step.days);
    record_->bind(6, as_of.to_string());
    if (reminder.message.empty())
        record_->bind(7);
    else
        record_->bind(7, reminder.message);
    record_->exec();
}

void SentReminders::remove_customer(const std::string& customer_id) {
    SQLite::Statement remove(database_.sql(),
                             "DELETE FROM sent_reminders WHERE out_dir = ? AND customer_id = ?");
    remove.bind(1, out_dir_);
    remove.bind(2, customer_id);
    remove.exec();
}

}  // namespace portalgen
