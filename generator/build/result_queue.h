// ResultQueue: the rendering threads' results, handed to the record stage in customer order.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>

#include "publish/customer_build.h"

namespace portalgen {

// Results come back from the threads in any order; they are used in customer order, so the
// state, the report and the log are the same whatever the number of threads. A thread may run
// only `window` customers ahead of the one being used: a queue without bound would grow with the
// number of customers whenever the archiving falls behind. A result is small: its PDFs wait on
// disk (see SpooledPdf).
class ResultQueue {
  public:
    explicit ResultQueue(std::size_t window) : window_(window) {}

    // Blocks until the customer at `index` is in the window; false when the build stopped early.
    bool wait_turn(std::size_t index);
    // Releases the threads waiting for their turn (the build stops on an error).
    void close();
    void put(std::size_t index, CustomerResult result);
    // Blocks until the result of the customer at `index` is there.
    CustomerResult take(std::size_t index);

  private:
    const std::size_t window_;
    std::size_t taken_ = 0;  // customers used so far
    bool closed_ = false;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::map<std::size_t, CustomerResult> ready_;
};

}  // namespace portalgen
