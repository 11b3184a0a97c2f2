// BackgroundFlush: files flushed to disk by a thread of their own.
#pragma once

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <string>
#include <thread>

namespace portalgen {

// Flushes files to disk on its own thread, in the order asked: a flush costs a round trip to the
// disk (a third of a millisecond here), so the thread that asks (a rendering thread) does not
// wait for it, and the one that needs the file durable later (the archive, before it names an
// issued PDF) finds it done or under way.
class BackgroundFlush {
  public:
    BackgroundFlush();
    // Finishes the flushes asked for, then stops.
    ~BackgroundFlush();
    BackgroundFlush(const BackgroundFlush&) = delete;
    BackgroundFlush& operator=(const BackgroundFlush&) = delete;

    // Flushes the file `name` of the open folder `folder`, which must stay open until it is done.
    // The future gives 0, or the errno of the open or fsync that failed.
    std::shared_future<int> flush(int folder, std::string name);

  private:
    struct Request {
        int folder;
        std::string name;
        std::promise<int> done;
    };
    void run();

    std::mutex mutex_;
    std::condition_variable asked_;
    std::deque<Request> queue_;
    bool stopping_ = false;
    std::thread thread_;  // last: started once the rest is there
};

}  // namespace portalgen
