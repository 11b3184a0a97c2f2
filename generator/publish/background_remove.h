// BackgroundRemove: files removed by a thread of their own.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

namespace portalgen {

// Removes files on its own thread. Freeing a file's blocks waits for the disk (ext4 mounted with
// `discard` trims them there and then: a tenth of a millisecond or more), so the thread that
// replaced a page (PortalWriter) hands the old one over instead of waiting. A few requests wait
// at most: when they pile up, the asking thread waits for room.
class BackgroundRemove {
  public:
    BackgroundRemove();
    // Removes what it was given, then stops.
    ~BackgroundRemove();
    BackgroundRemove(const BackgroundRemove&) = delete;
    BackgroundRemove& operator=(const BackgroundRemove&) = delete;

    // Removes the file `name` of the open folder `folder` (a copy of the descriptor is kept until
    // then: the caller may close its own). A file that cannot be removed is left: a temporary
    // name, which the next build removes.
    void remove(int folder, std::string name);

  private:
    struct Request {
        int folder;  // owned
        std::string name;
    };
    void run();

    static constexpr std::size_t kMaxWaiting = 64;  // open folder descriptors held, at most
    std::mutex mutex_;
    std::condition_variable asked_;
    std::condition_variable room_;
    std::deque<Request> queue_;
    bool stopping_ = false;
    std::thread thread_;  // last: started once the rest is there
};

}  // namespace portalgen
