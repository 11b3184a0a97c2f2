#include "build/retire.h"

#include <algorithm>

#include "publish/customer_summary.h"
#include "publish/site_writer.h"

namespace portalgen {

namespace {

// Customers gone from the database since the last build (of this shard) leave the report and
// the state; their folders go with the stale ones.
void retire_removed_customers(PreparedBuild& build, NightlyReport& report) {
    std::vector<std::string> removed;
    build.state->for_each([&](const std::string& id, const PublishedCustomer& published_customer) {
        if (!in_shard(id, build.request.shard) ||
            std::binary_search(build.all_ids.begin(), build.all_ids.end(), id))
            return;
        CustomerSummary before = customer_summary_from_json(published_customer.summary);
        const NightlyReport::Published published{before, published_customer.token};
        report.add(&published, nullptr);
        removed.push_back(id);
    });
    for (const std::string& id : removed) build.state_writes->remove(id);
}

}  // namespace

std::size_t retire(PreparedBuild& build, NightlyReport& report) {
    const BuildRequest& request = build.request;
    // A build of some customers only cannot tell who was removed, nor date the whole shard.
    const bool every_customer = request.customers.empty();
    if (every_customer) retire_removed_customers(build, report);
    Database& snapshot = build.snapshot();
    const std::size_t stale = remove_stale_portals(
        request.out, [&](const std::string& name) { return snapshot.has_token(name); });
    if (every_customer) build.state_writes->set_last_as_of(request.shard.name(), request.as_of);
    build.state_writes->flush();
    return stale;
}

}  // namespace portalgen
