#include "store/publish_state.h"

#include "store/database.h"

namespace portalgen {

PublishState::PublishState(Database& database, std::string out_dir)
    : database_(database), out_dir_(std::move(out_dir)) {}

PublishState::~PublishState() = default;

std::optional<PublishedCustomer> PublishState::find(const std::string& customer_id) {
    if (!find_)
        find_ = std::make_unique<SQLite::Statement>(
            database_.sql(),
            "SELECT token, input_hash, alerts_hash, summary, files FROM published_customers "
            "WHERE out_dir = ? AND customer_id = ?");
    find_->reset();
    find_->bind(1, out_dir_);
    find_->bind(2, customer_id);
    if (!find_->executeStep()) return std::nullopt;
    PublishedCustomer found{find_->getColumn(0).getString(), find_->getColumn(1).getString(),
                            find_->getColumn(2).getString(), find_->getColumn(3).getString(),
                            find_->getColumn(4).getString()};
    find_->reset();
    return found;
}

void PublishState::for_each(
    const std::function<void(const std::string&, const PublishedCustomer&)>& f) {
    SQLite::Statement rows(database_.sql(),
                           "SELECT customer_id, token, input_hash, alerts_hash, summary, files "
                           "FROM published_customers WHERE out_dir = ? ORDER BY customer_id");
    rows.bind(1, out_dir_);
    while (rows.executeStep())
        f(rows.getColumn(0).getString(),
          {rows.getColumn(1).getString(), rows.getColumn(2).getString(),
           rows.getColumn(3).getString(), rows.getColumn(4).getString(),
           rows.getColumn(5).getString()});
}

void PublishState::save(const std::string& customer_id, const PublishedCustomer& published) {
    if (!save_)
        save_ = std::make_unique<SQLite::Statement>(
            database_.sql(),
            "INSERT OR REPLACE INTO published_customers "
            "(out_dir, customer_id, token, input_hash, alerts_hash, summary, files) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
    save_->reset();
    save_->bind(1, out_dir_);
    save_->bind(2, customer_id);
    save_->bind(3, published.token);
    save_->bind(4, published.input_hash);
    save_->bind(5, published.alerts_hash);
    save_->bind(6, published.summary);
    save_->bind(7, published.files);
    save_->exec();
}

void PublishState::remove(const std::string& customer_id) {
    SQLite::Statement remove(
        database_.sql(), "DELETE FROM published_customers WHERE out_dir = ? AND customer_id = ?");
    remove.bind(1, out_dir_);
    remove.bind(2, customer_id);
    remove.exec();
}

std::optional<Date> PublishState::last_as_of(const std::string& shard) {
    SQLite::Statement query(database_.sql(),
                            "SELECT as_of FROM published_builds WHERE out_dir = ? AND shard = ?");
    query.bind(1, out_dir_);
    query.bind(2, shard);
    if (!query.executeStep()) return std::nullopt;
    return Date::parse(query.getColumn(0).getString());
}

void PublishState::set_last_as_of(const std::string& shard, Date as_of) {
    SQLite::Statement save(database_.sql(),
                           "INSERT OR REPLACE INTO published_builds (out_dir, shard, as_of) "
                           "VALUES (?, ?, ?)");
    save.bind(1, out_dir_);
    save.bind(2, shard);
    save.bind(3, as_of.to_string());
    save.exec();
}

}  // namespace portalgen
