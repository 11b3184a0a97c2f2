#include "import/input_pipeline.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace portalgen {

namespace {

// About this much tree may wait in the queue (at least one batch, however large).
constexpr size_t kQueueBytes = size_t{16} << 20;
// Pieces travel in batches of about this many bytes (or kBatchPieces pieces): one lock and one
// wake-up per batch, not per customer.
constexpr size_t kBatchBytes = size_t{256} << 10;
constexpr size_t kBatchPieces = 64;

// Roughly the memory a tree holds.
size_t tree_bytes(const YamlNode& node) {
    size_t bytes = sizeof(YamlNode) + node.value.capacity();
    for (const YamlNode& item : node.items) bytes += tree_bytes(item);
    for (const YamlEntry& entry : node.entries)
        bytes += tree_bytes(entry.key) + tree_bytes(entry.value);
    return bytes;
}

struct Piece {
    enum class Kind { begin, root, entry, customer, restart, end, sqlite, failed };
    Kind kind = Kind::begin;
    size_t input = 0;
    YamlNode key;
    YamlNode node;
    CheckedCustomer customer;
    YamlFileResult result;
    std::exception_ptr error;
    size_t bytes = 0;
};

struct Cancelled {};

using Batch = std::vector<Piece>;

class PieceQueue {
  public:
    // Blocks while the queue is full; throws Cancelled once the reader side is gone.
    void push(Batch batch, size_t bytes) {
        std::unique_lock lock(mutex_);
        space_.wait(lock, [&] { return cancelled_ || batches_.empty() || bytes_ < kQueueBytes; });
        if (cancelled_) throw Cancelled();
        bytes_ += bytes;
        batches_.push_back({std::move(batch), bytes});
        ready_.notify_one();
    }
    Batch pop() {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return !batches_.empty(); });
        auto [batch, bytes] = std::move(batches_.front());
        batches_.pop_front();
        bytes_ -= bytes;
        space_.notify_one();
        return std::move(batch);
    }
    void cancel() {
        std::lock_guard lock(mutex_);
        cancelled_ = true;
        space_.notify_all();
    }

  private:
    std::mutex mutex_;
    std::condition_variable ready_;
    std::condition_variable space_;
    std::deque<std::pair<Batch, size_t>> batches_;
    size_t bytes_ = 0;
    bool cancelled_ = false;
};

// Gathers pieces into batches for the queue.
class Batcher {
  public:
    explicit Batcher(PieceQueue& queue) : queue_(queue) {}
    void add(Piece piece) {
        bytes_ += piece.bytes;
        batch_.push_back(std::move(piece));
        if (batch_.size() >= kBatchPieces || bytes_ >= kBatchBytes) flush();
    }
    void flush() {
        if (batch_.empty()) return;
        queue_.push(std::move(batch_), bytes_);
        batch_ = Batch();
        bytes_ = 0;
    }

  private:
    PieceQueue& queue_;
    Batch batch_;
    size_t bytes_ = 0;
};

// The reading side's receiver: every piece goes into the queue, customers already read and
// checked (the saving side has the database to write).
class QueueSink : public YamlTopLevel {
  public:
    QueueSink(Batcher& batcher, size_t input, const std::string& file, const CustomerCheck& checks)
        : batcher_(batcher), input_(input), file_(file), checks_(checks) {}
    void root(const YamlNode& stub) override { send(Piece::Kind::root, {}, stub); }
    void entry(YamlNode key, YamlNode value) override {
        send(Piece::Kind::entry, std::move(key), std::move(value));
    }
    void customer(YamlNode item) override {
        Piece piece;
        piece.kind = Piece::Kind::customer;
        piece.input = input_;
        piece.bytes = tree_bytes(item);  // more than the customer it becomes: a safe bound
        piece.customer = checks_.check_yaml(input_, std::move(item), file_, seller_reported_);
        batcher_.add(std::move(piece));
    }
    void restart() override {
        seller_reported_ = false;
        send(Piece::Kind::restart, {}, {});
    }

  private:
    void send(Piece::Kind kind, YamlNode key, YamlNode node) {
        Piece piece;
        piece.kind = kind;
        piece.input = input_;
        piece.bytes = tree_bytes(node);
        piece.key = std::move(key);
        piece.node = std::move(node);
        batcher_.add(std::move(piece));
    }
    Batcher& batcher_;
    size_t input_;
    const std::string& file_;
    const CustomerCheck& checks_;
    bool seller_reported_ = false;
};

void read_all(const std::vector<std::string>& paths, const std::vector<bool>& is_sqlite,
              YamlParsers parsers, const CustomerCheck& checks, PieceQueue& queue) {
    Batcher batcher(queue);
    try {
        for (size_t i = 0; i < paths.size(); ++i) {
            Piece begin;
            begin.input = i;
            if (is_sqlite[i]) {
                begin.kind = Piece::Kind::sqlite;
                batcher.add(std::move(begin));
                batcher.flush();
                continue;
            }
            batcher.add(std::move(begin));
            QueueSink sink(batcher, i, paths[i], checks);
            Piece end;
            end.kind = Piece::Kind::end;
            end.input = i;
            end.result = stream_yaml([&] { return LineReader(paths[i], paths[i]); }, paths[i], sink,
                                     parsers);
            batcher.add(std::move(end));
            batcher.flush();
        }
    } catch (const Cancelled&) {
        return;
    } catch (...) {
        Piece failed;
        failed.kind = Piece::Kind::failed;
        failed.error = std::current_exception();
        try {
            Batch last;
            last.push_back(std::move(failed));
            queue.push(std::move(last), 0);
        } catch (const Cancelled&) {
        }
    }
}

// Stops and joins the reading thread, whatever happens on this side.
class ReaderThread {
  public:
    ReaderThread(PieceQueue& queue, std::thread thread)
        : queue_(queue), thread_(std::move(thread)) {}
    ~ReaderThread() {
        queue_.cancel();
        thread_.join();
    }
    ReaderThread(const ReaderThread&) = delete;
    ReaderThread& operator=(const ReaderThread&) = delete;

  private:
    PieceQueue& queue_;
    std::thread thread_;
};

}  // namespace

void run_inputs(const std::vector<std::string>& paths, const std::vector<bool>& is_sqlite,
                ImportSession& session, YamlParsers parsers) {
    PieceQueue queue;
    ReaderThread reader(queue, std::thread(read_all, std::cref(paths), std::cref(is_sqlite),
                                           parsers, std::cref(session.checks()), std::ref(queue)));
    YamlTopLevel* top = nullptr;
    for (size_t done = 0; done < paths.size();) {
        for (Piece& piece : queue.pop()) {
            switch (piece.kind) {
                case Piece::Kind::begin:
                    top = &session.begin_yaml(piece.input);
                    break;
                case Piece::Kind::root:
                    top->root(piece.node);
                    break;
                case Piece::Kind::entry:
                    top->entry(std::move(piece.key), std::move(piece.node));
                    break;
                case Piece::Kind::customer:
                    session.yaml_customer(std::move(piece.customer));
                    break;
                case Piece::Kind::restart:
                    top->restart();
                    break;
                case Piece::Kind::end:
                    session.end_yaml(piece.input, piece.result);
                    top = nullptr;
                    ++done;
                    break;
                case Piece::Kind::sqlite:
                    session.sqlite_input(piece.input, paths[piece.input]);
                    ++done;
                    break;
                case Piece::Kind::failed:
                    std::rethrow_exception(piece.error);
            }
        }
    }
}

}  // namespace portalgen
