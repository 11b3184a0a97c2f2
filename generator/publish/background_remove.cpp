#include "publish/background_remove.h"

#include <fcntl.h>
#include <unistd.h>

namespace portalgen {

BackgroundRemove::BackgroundRemove() : thread_([this] { run(); }) {}

BackgroundRemove::~BackgroundRemove() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    asked_.notify_one();
    thread_.join();
}

void BackgroundRemove::remove(int folder, std::string name) {
    const int copy = ::fcntl(folder, F_DUPFD_CLOEXEC, 0);
    if (copy < 0) {  // no descriptor to spare: removed here
        ::unlinkat(folder, name.c_str(), 0);
        return;
    }
    {
        std::unique_lock lock(mutex_);
        room_.wait(lock, [&] { return queue_.size() < kMaxWaiting; });
        queue_.push_back({copy, std::move(name)});
    }
    asked_.notify_one();
}

void BackgroundRemove::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        asked_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;  // stopping, and nothing left to remove
        Request request = std::move(queue_.front());
        queue_.pop_front();
        lock.unlock();
        room_.notify_one();
        ::unlinkat(request.folder, request.name.c_str(), 0);
        ::close(request.folder);
        lock.lock();
    }
}

}  // namespace portalgen
