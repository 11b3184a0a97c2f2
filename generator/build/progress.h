// Progress: what a build tells the administrator while it runs, on standard error.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>

namespace portalgen {

// On a terminal, one line redrawn in place: a bar, customers done / total, rate and time left.
// Otherwise (cron, a log file), a plain line at every tenth of the work, so logs stay short.
// Thread-safe: every rendering thread calls advance().
class Progress {
  public:
    Progress(std::ostream& out, std::size_t total, bool terminal);
    void advance();  // one more customer done
    void finish();   // ends the terminal line

  private:
    void draw(double seconds);

    std::ostream& out_;
    std::size_t total_;
    bool terminal_;
    std::size_t done_ = 0;
    std::size_t next_log_ = 0;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last_draw_{};
    std::mutex mutex_;
};

}  // namespace portalgen
