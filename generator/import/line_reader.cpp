#include "import/line_reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace portalgen {

namespace {

constexpr size_t kBlockSize = size_t{1} << 20;

// True when the 8 bytes at `p` are all printable ASCII (0x20..0x7E).
bool printable_ascii8(const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    uint64_t below_space = (v - 0x20 * kOnes) & ~v & kHigh;
    uint64_t x = v ^ (0x7F * kOnes);
    uint64_t del = (x - kOnes) & ~x & kHigh;
    return ((v & kHigh) | below_space | del) == 0;
}

struct LineCheck {
    size_t bad = std::string_view::npos;  // offset of the first invalid byte
    bool unusual = false;
};

// Checks one line: valid UTF-8 without NUL (the rule of the whole file), and notes the
// characters the fast YAML reader does not handle.
LineCheck check_line(std::string_view text) {
    LineCheck out;
    size_t i = 0;
    const size_t n = text.size();
    while (i < n) {
        if (i + 8 <= n && printable_ascii8(text.data() + i)) {
            i += 8;
            continue;
        }
        unsigned char c = text[i];
        if (c < 0x80) {
            if (c == 0) {
                out.bad = i;
                return out;
            }
            if (c < 0x20 || c == 0x7F) out.unusual = true;
            ++i;
            continue;
        }
        size_t length = (c & 0xE0) == 0xC0   ? 2
                        : (c & 0xF0) == 0xE0 ? 3
                        : (c & 0xF8) == 0xF0 ? 4
                                             : 0;
        if (length == 0 || c == 0xC0 || c == 0xC1 || c > 0xF4 || i + length > n) {
            out.bad = i;
            return out;
        }
        uint32_t code = c & (0x7F >> length);
        for (size_t k = 1; k < length; ++k) {
            unsigned char next = text[i + k];
            if ((next & 0xC0) != 0x80) {
                out.bad = i;
                return out;
            }
            code = (code << 6) | (next & 0x3F);
        }
        bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
        if (overlong || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            out.bad = i;
            return out;
        }
        if ((code >= 0x80 && code <= 0x9F) || code == 0x2028 || code == 0x2029 || code == 0xFEFF)
            out.unusual = true;
        i += length;
    }
    return out;
}

}  // namespace

LineReader::LineReader(std::string name) : name_(std::move(name)) {}

LineReader::LineReader(const std::string& path, std::string name) : name_(std::move(name)) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) return;
    buffer_.resize(kBlockSize);
    data_ = buffer_.data();
}

LineReader LineReader::from_text(std::string_view text, std::string name) {
    LineReader reader(std::move(name));
    reader.in_memory_ = true;
    reader.data_ = text.data();
    reader.end_ = text.size();
    reader.eof_ = true;
    return reader;
}

LineReader::LineReader(LineReader&& other) noexcept
    : name_(std::move(other.name_)),
      fd_(other.fd_),
      in_memory_(other.in_memory_),
      buffer_(std::move(other.buffer_)),
      data_(other.in_memory_ ? other.data_ : buffer_.data()),
      begin_(other.begin_),
      end_(other.end_),
      eof_(other.eof_),
      failed_(other.failed_),
      started_(other.started_),
      line_number_(other.line_number_),
      consumed_(other.consumed_),
      end_line_(other.end_line_),
      end_column_(other.end_column_),
      bad_byte_(std::move(other.bad_byte_)) {
    other.fd_ = -1;
}

LineReader::~LineReader() {
    if (fd_ >= 0) ::close(fd_);
}

// Moves the unread bytes to the front (growing the buffer when one line fills it) and reads
// more. False when nothing more can be read.
bool LineReader::fill() {
    if (eof_ || fd_ < 0) return false;
    if (begin_ > 0) {
        std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
        end_ -= begin_;
        begin_ = 0;
    }
    if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);
    data_ = buffer_.data();
    for (;;) {
        ssize_t got = ::read(fd_, buffer_.data() + end_, buffer_.size() - end_);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) {
            failed_ = got < 0;
            eof_ = true;
            return false;
        }
        end_ += static_cast<size_t>(got);
        return true;
    }
}

bool LineReader::next(InputLine& line) {
    if (bad_byte_ || !is_open()) return false;
    if (!started_) {
        started_ = true;
        while (end_ - begin_ < 3 && fill()) {
        }
        if (end_ - begin_ >= 3 && std::memcmp(data_ + begin_, "\xEF\xBB\xBF", 3) == 0) {
            begin_ += 3;
            consumed_ += 3;
        }
    }
    size_t scanned = begin_;
    const char* found = nullptr;
    for (;;) {
        found = static_cast<const char*>(std::memchr(data_ + scanned, '\n', end_ - scanned));
        if (found) break;
        size_t unread = end_ - begin_;
        // Refused before it is read whole: memory stays bounded whatever the input.
        if (unread > kMaxLineBytes) return too_long();
        if (!fill()) break;
        scanned = begin_ + unread;
    }
    size_t stop = found ? static_cast<size_t>(found - data_) : end_;
    if (!found && stop == begin_) return false;
    if (stop - begin_ > kMaxLineBytes) return too_long();
    std::string_view text(data_ + begin_, stop - begin_);
    consumed_ += text.size() + (found ? 1 : 0);
    begin_ = found ? stop + 1 : stop;
    ++line_number_;

    line.newline = found != nullptr;
    line.crlf = line.newline && !text.empty() && text.back() == '\r';
    if (line.crlf) text.remove_suffix(1);
    LineCheck check = check_line(text);
    if (check.bad != std::string_view::npos) {
        int column = 1;
        for (size_t i = 0; i < check.bad; ++i)
            if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
        bad_byte_ = Diagnostic{{name_, line_number_, column},
                               text[check.bad] == 0 ? "NUL byte in the file" : "invalid UTF-8"};
        return false;
    }
    line.text = text;
    line.unusual = check.unusual;
    if (line.newline)
        end_line_ = line_number_;
    else
        end_column_ = static_cast<int>(text.size());
    return true;
}

bool LineReader::too_long() {
    // Built in place: GCC 12 at -O3 warns (falsely) about a temporary Diagnostic here.
    bad_byte_.emplace();
    bad_byte_->loc = {name_, line_number_ + 1, 1};
    bad_byte_->message = "line longer than " + std::to_string(kMaxLineBytes >> 20) +
                         " MiB: break it into several lines";
    return false;
}

void LineReader::skip_to_end() {
    InputLine line;
    while (next(line)) {
    }
}

}  // namespace portalgen
