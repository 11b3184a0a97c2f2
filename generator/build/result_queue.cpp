#include "build/result_queue.h"

namespace portalgen {

bool ResultQueue::wait_turn(std::size_t index) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return closed_ || index < taken_ + window_; });
    return !closed_;
}

void ResultQueue::close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    changed_.notify_all();
}

void ResultQueue::put(std::size_t index, CustomerResult result) {
    std::lock_guard lock(mutex_);
    ready_.emplace(index, std::move(result));
    changed_.notify_all();
}

CustomerResult ResultQueue::take(std::size_t index) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return ready_.contains(index); });
    CustomerResult result = std::move(ready_.at(index));
    ready_.erase(index);
    taken_ = index + 1;
    changed_.notify_all();
    return result;
}

}  // namespace portalgen
