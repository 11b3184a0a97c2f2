#include "build/customer_rendering.h"

#include <algorithm>

namespace portalgen {

namespace {

// How far the threads may run ahead of the customer being used: enough that a large customer
// does not hold the others up, few enough that their results stay small in memory.
constexpr std::size_t kResultWindow = 32;

}  // namespace

CustomerRendering::CustomerRendering(PreparedBuild& build) : results_(kResultWindow) {
    const auto jobs = static_cast<unsigned>(std::min<std::size_t>(
        build.readers.size() - 1, std::max<std::size_t>(build.ids.size(), 1)));
    for (unsigned j = 0; j < jobs; ++j)
        workers_.emplace_back([this, &build, j] { render(build, j); });
}

CustomerRendering::~CustomerRendering() {
    results_.close();
    workers_.clear();
}

void CustomerRendering::render(PreparedBuild& build, unsigned worker) {
    const std::vector<std::string>& ids = build.ids;
    std::unique_ptr<CustomerBuilder> builder;
    for (std::size_t i = next_++; i < ids.size(); i = next_++) {
        if (!results_.wait_turn(i)) return;
        if (!builder) {
            try {
                builder = std::make_unique<CustomerBuilder>(
                    build.request, build.environment_hash, build.previous_as_of, build.companies,
                    build.sellers, *build.fonts, *build.archive, *build.readers[1 + worker]);
            } catch (const std::exception& e) {
                CustomerResult failed;
                failed.id = ids[i];
                failed.error = e.what();
                results_.put(i, std::move(failed));
                continue;
            }
        }
        results_.put(i, builder->build(ids[i]));
    }
}

}  // namespace portalgen
