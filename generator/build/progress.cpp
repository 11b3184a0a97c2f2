#include "build/progress.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace portalgen {

namespace {

constexpr int kBarWidth = 30;
constexpr auto kRedrawEvery = std::chrono::milliseconds(100);

std::string clock_time(double seconds) {
    long total = static_cast<long>(seconds + 0.5);
    char text[32];
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    return text;
}

}  // namespace

Progress::Progress(std::ostream& out, std::size_t total, bool terminal)
    : out_(out), total_(total), terminal_(terminal), next_log_(total / 10) {}

void Progress::advance() {
    std::lock_guard lock(mutex_);
    ++done_;
    auto now = std::chrono::steady_clock::now();
    double seconds = std::chrono::duration<double>(now - start_).count();
    if (terminal_) {
        if (now - last_draw_ < kRedrawEvery && done_ != total_) return;
        last_draw_ = now;
        draw(seconds);
    } else if (done_ >= next_log_ || done_ == total_) {
        next_log_ = done_ + std::max<std::size_t>(total_ / 10, 1);
        draw(seconds);
    }
}

void Progress::draw(double seconds) {
    double rate = seconds > 0 ? static_cast<double>(done_) / seconds : 0;
    double left = rate > 0 ? static_cast<double>(total_ - done_) / rate : 0;
    int filled = total_ ? static_cast<int>(kBarWidth * done_ / total_) : kBarWidth;
    char line[160];
    std::snprintf(line, sizeof line, "%zu/%zu customers, %.0f/s, %s left", done_, total_, rate,
                  clock_time(left).c_str());
    if (terminal_)
        out_ << "\r[" << std::string(filled, '#') << std::string(kBarWidth - filled, ' ') << "] "
             << line << "\x1b[K" << std::flush;
    else
        out_ << "portalgen: build: " << line << '\n' << std::flush;
}

void Progress::finish() {
    std::lock_guard lock(mutex_);
    if (terminal_) out_ << '\n' << std::flush;
}

}  // namespace portalgen
