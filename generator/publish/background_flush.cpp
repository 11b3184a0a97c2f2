#include "publish/background_flush.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace portalgen {

namespace {

int flush_file(int folder, const std::string& name) {
    const int fd = ::openat(folder, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return errno;
    const int error = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return error;
}

}  // namespace

BackgroundFlush::BackgroundFlush() : thread_([this] { run(); }) {}

BackgroundFlush::~BackgroundFlush() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    asked_.notify_one();
    thread_.join();
}

std::shared_future<int> BackgroundFlush::flush(int folder, std::string name) {
    Request request{folder, std::move(name), {}};
    std::shared_future<int> done = request.done.get_future().share();
    {
        std::lock_guard lock(mutex_);
        queue_.push_back(std::move(request));
    }
    asked_.notify_one();
    return done;
}

void BackgroundFlush::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        asked_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;  // stopping, and nothing left to flush
        Request request = std::move(queue_.front());
        queue_.pop_front();
        lock.unlock();
        request.done.set_value(flush_file(request.folder, request.name));
        lock.lock();
    }
}

}  // namespace portalgen
