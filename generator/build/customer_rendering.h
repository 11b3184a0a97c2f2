// CustomerRendering: the render stage of the nightly job — the customers rendered on N threads,
// each with its own connection, templates and renderers, their results taken in customer order.
#pragma once

#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

#include "build/prepared_build.h"
#include "build/result_queue.h"

namespace portalgen {

class CustomerRendering {
  public:
    // Starts the threads on `build`'s customers.
    explicit CustomerRendering(PreparedBuild& build);
    // Should the build stop early, the threads stop instead of waiting for their turn forever.
    ~CustomerRendering();
    CustomerRendering(const CustomerRendering&) = delete;
    CustomerRendering& operator=(const CustomerRendering&) = delete;

    // The result of build.ids[index], once rendered; take them in order.
    CustomerResult take(std::size_t index) { return results_.take(index); }
    // Waits for the threads to end (every result taken).
    void join() { workers_.clear(); }

  private:
    void render(PreparedBuild& build, unsigned worker);

    ResultQueue results_;
    std::atomic<std::size_t> next_{0};  // the next customer a thread takes
    std::vector<std::jthread> workers_;
};

}  // namespace portalgen
