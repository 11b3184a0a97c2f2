#include "publish/build_job.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <iomanip>
#include <map>
#include <mutex>
#include <thread>

#include "core/sha256.h"
#include "core/terminal_text.h"
#include "model/customer_selection.h"
#include "model/enums.h"
#include "publish/archive.h"
#include "publish/atomic_file.h"
#include "publish/build_lock.h"
#include "publish/customer_build.h"
#include "publish/manifest.h"
#include "publish/nightly_report.h"
#include "publish/progress.h"
#include "publish/report_writer.h"
#include "publish/shard_record.h"
#include "publish/site_writer.h"
#include "render/html_theme.h"
#include "render/pdf_fonts.h"
#include "store/database.h"
#include "store/publish_state_batch.h"
#include "store/read_snapshot.h"
#include "view/output_paths.h"

namespace portalgen {

namespace {

namespace fs = std::filesystem;

// Bumped when the program's output changes for the same data and templates, so that an upgraded
// portalgen rebuilds every customer once.
constexpr std::string_view kOutputVersion = "portalgen-output-1";

// The templates folder's files, names and contents, in one hash.
std::string templates_hash(const fs::path& templates) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(templates))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::string text(kOutputVersion);
    for (const fs::path& file : files)
        text += "\n" + fs::relative(file, templates).generic_string() + " " + sha256_file_hex(file);
    return sha256_hex(text);
}

// The temporary files a killed build of `shard` left in OUT, but in its portals (each portal is
// swept as it is published): PDFs spooled in archive/, outbox messages, the shard's report.
std::size_t remove_shard_temporary_files(const fs::path& out, const Shard& shard) {
    const std::string tag = shard.name();
    std::size_t removed = remove_tagged_temporary_files(out / archive_folder(), tag) +
                          remove_tagged_temporary_files(out / report_folder(shard), tag);
    std::error_code missing;
    for (const auto& day : fs::directory_iterator(out / outbox_folder(), missing))
        if (day.is_directory()) removed += remove_tagged_temporary_files(day.path(), tag);
    return removed;
}

struct BuildTotals {
    std::size_t built = 0, unchanged = 0, failed = 0, pages = 0, pdfs = 0, archived = 0;
    std::vector<std::string> conflicts;
};

// Results come back from the threads in any order; they are used in customer order, so the
// state, the report and the log are the same whatever the number of threads. A thread may run
// only `window` customers ahead of the one being used: a queue without bound would grow with the
// number of customers whenever the archiving falls behind. A result is small: its PDFs wait on
// disk (see SpooledPdf).
class ResultQueue {
  public:
    explicit ResultQueue(std::size_t window) : window_(window) {}

    // Blocks until the customer at `index` is in the window; false when the build stopped early.
    bool wait_turn(std::size_t index) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return closed_ || index < taken_ + window_; });
        return !closed_;
    }
    // Releases the threads waiting for their turn (the build stops on an error).
    void close() {
        std::lock_guard lock(mutex_);
        closed_ = true;
        changed_.notify_all();
    }
    void put(std::size_t index, CustomerResult result) {
        std::lock_guard lock(mutex_);
        ready_.emplace(index, std::move(result));
        changed_.notify_all();
    }
    CustomerResult take(std::size_t index) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return ready_.contains(index); });
        CustomerResult result = std::move(ready_.at(index));
        ready_.erase(index);
        taken_ = index + 1;
        changed_.notify_all();
        return result;
    }

  private:
    const std::size_t window_;
    std::size_t taken_ = 0;  // customers used so far
    bool closed_ = false;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::map<std::size_t, CustomerResult> ready_;
};

// How far the threads may run ahead of the customer being used: enough that a large customer
// does not hold the others up, few enough that their results stay small in memory.
constexpr std::size_t kResultWindow = 32;

// Archives a customer's issued PDFs. A refused one (its invoice changed after it was issued)
// keeps its previous fingerprint in the state, so the next build reports it again.
void archive_issued(Archive& archive, CustomerResult& result, BuildTotals& totals) {
    std::optional<CustomerSummary> summary;
    for (auto& item : result.to_archive) {
        ArchiveResult archived = archive.publish(item.entry, std::move(item.pdf));
        if (archived.outcome == ArchiveOutcome::added) ++totals.archived;
        if (archived.outcome != ArchiveOutcome::conflict) continue;
        totals.conflicts.push_back(archived.message);
        if (!summary) summary = customer_summary_from_json(result.after.summary);
        for (DocumentSummary& d : summary->documents)
            if (d.number == item.entry.number && d.kind == to_string(item.entry.kind))
                d.issued_pdf = item.previous_fingerprint;
    }
    if (summary) result.after.summary = to_json(*summary);
    result.to_archive.clear();
}

// The last line of a build's log.
void log_summary(std::ostream& log, const BuildTotals& totals, std::size_t stale, Date as_of,
                 std::chrono::steady_clock::time_point started) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    log << "portalgen: build: " << totals.built << " customers built, " << totals.unchanged
        << " unchanged, " << totals.failed << " failed; " << totals.pages << " files written, "
        << totals.pdfs << " PDFs rendered, " << totals.archived << " archived, " << stale
        << " stale portals removed; as of " << as_of.to_string() << ", " << std::fixed
        << std::setprecision(1) << seconds << " s\n";
}

// A build writes under --out and sweeps folders it does not know there: a database inside it
// could be swept away, or published with the site.
void check_database_outside(const fs::path& db, const fs::path& out) {
    const fs::path database = fs::weakly_canonical(db);
    const fs::path folder = fs::weakly_canonical(out);
    auto [end, _] = std::mismatch(folder.begin(), folder.end(), database.begin(), database.end());
    if (end == folder.end())
        throw UnusableDatabase("database " + database.string() + " is inside the output folder " +
                               folder.string() +
                               ": keep it elsewhere (a build removes what it did not write there)");
}

}  // namespace

int run_build_job(const BuildRequest& request, std::ostream& log) {
    const auto started = std::chrono::steady_clock::now();
    // Checked before anything is created: a mistyped --db changes nothing.
    Database writer(request.db_path, DatabaseAccess::update);
    check_database_outside(request.db_path, request.out);
    fs::create_directories(request.out);
    BuildSettings settings{fs::absolute(request.out).lexically_normal(), request.templates,
                           request.as_of, request.force, templates_hash(request.templates),
                           temporary_tag(request.shard)};
    const Shard& shard = request.shard;
    BuildLock lock(settings.out, shard);
    claim_shard_count(lock);
    // One snapshot for the whole build: a connection for this thread and one per worker, with no
    // more workers than customers (each connection holds open files).
    const std::size_t workers_wanted =
        std::clamp<std::size_t>(writer.customer_count(), 1, std::max(1u, request.jobs));
    std::vector<std::unique_ptr<Database>> readers = open_read_snapshot(writer, 1 + workers_wanted);
    Database& database = *readers.front();
    // First line of the log; the database is read as it is now, whatever commits later.
    log << "portalgen: build: database " << escape_controls(fs::absolute(request.db_path).string())
        << ", output " << escape_controls(fs::absolute(request.out).lexically_normal().string())
        << ", as of " << request.as_of.to_string() << "\n";
    // Other shards may be writing into the same folder: only a whole build (which excludes them)
    // sweeps all of it. A shard build's temporary files carry its shard, and it removes its own.
    if (std::size_t left = shard.is_whole() ? remove_temporary_files(settings.out)
                                            : remove_shard_temporary_files(settings.out, shard))
        log << "portalgen: build: removed " << left << " temporary files of an interrupted run\n";
    HtmlTheme check_templates(settings.templates);  // fails early, before any thread starts
    const PdfFonts fonts = PdfFonts::load_default();

    const std::map<std::string, Company> companies = database.companies_by_name();
    for (const auto& [name, company] : companies)
        if (company.portal_url.empty())
            log << "portalgen: build: company \"" << escape_controls(name)
                << "\" has no portal_url: no outbox messages for its customers\n";
    const std::vector<std::string> all_ids = database.customer_ids();
    std::vector<std::string> ids = select_customers(all_ids, request.customers);
    std::erase_if(ids, [&](const std::string& id) { return !in_shard(id, shard); });
    PublishState state(database, settings.out.string());
    PublishStateBatch state_writes(writer, settings.out.string());
    const std::string shard_name = request.shard.name();
    const std::optional<Date> previous_as_of = state.last_as_of(shard_name);
    Archive archive(settings.out, manifest_part_name(request.shard), settings.temp_tag);
    for (const std::string& note : archive.notes())
        log << "portalgen: build: " << escape_controls(note) << "\n";

    // Render on N threads, each with its own connection, templates and renderers.
    std::atomic<std::size_t> next{0};
    const unsigned jobs = static_cast<unsigned>(
        std::min<std::size_t>(readers.size() - 1, std::max<std::size_t>(ids.size(), 1)));
    ResultQueue results(kResultWindow);
    std::vector<std::jthread> workers;
    for (unsigned j = 0; j < jobs; ++j)
        workers.emplace_back([&, j] {
            std::unique_ptr<CustomerBuilder> builder;
            for (std::size_t i = next++; i < ids.size(); i = next++) {
                if (!results.wait_turn(i)) return;
                if (!builder) {
                    try {
                        builder = std::make_unique<CustomerBuilder>(settings, companies, fonts,
                                                                    archive, *readers[1 + j]);
                    } catch (const std::exception& e) {
                        CustomerResult failed;
                        failed.id = ids[i];
                        failed.error = e.what();
                        results.put(i, std::move(failed));
                        continue;
                    }
                }
                results.put(i, builder->build(ids[i]));
            }
        });

    // Should anything below throw, the threads stop instead of waiting for their turn forever.
    struct CloseOnExit {
        ResultQueue& queue;
        ~CloseOnExit() { queue.close(); }
    } close_on_exit{results};

    // Meanwhile, in customer order: log, remember and report each result.
    NightlyReport report(request.as_of, previous_as_of);
    Progress progress(log, ids.size(), request.terminal);
    BuildTotals totals;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        CustomerResult result = results.take(i);
        if (result.outcome == CustomerOutcome::failed) {
            ++totals.failed;
            log << (request.terminal ? "\r\x1b[K" : "") << "portalgen: build: customer "
                << result.id << " failed: " << escape_controls(result.error) << "\n";
            std::optional<CustomerSummary> published;
            if (result.before) published = customer_summary_from_json(result.before->summary);
            report.failed(result.id, published ? &*published : nullptr, result.error);
        } else {
            ++(result.outcome == CustomerOutcome::built ? totals.built : totals.unchanged);
            totals.pages += result.pages_written;
            totals.pdfs += result.pdfs_rendered;
            archive_issued(archive, result, totals);
            state_writes.save(result.id, result.after);
            std::optional<CustomerSummary> before;
            if (result.before) before = customer_summary_from_json(result.before->summary);
            CustomerSummary after = customer_summary_from_json(result.after.summary);
            report.add(before ? &*before : nullptr, &after);
        }
        progress.advance();
    }
    workers.clear();  // joins
    progress.finish();
    if (totals.failed > 0 && totals.failed == ids.size()) {
        // Nothing was published (broken templates, a read-only or full disk ...): the report,
        // the stale portals and the date of the last build stay as the last good run left them.
        state_writes.flush();
        log << "portalgen: build: no customer could be published; the report is left as it was\n";
        log_summary(log, totals, 0, request.as_of, started);
        return 1;
    }

    // Customers gone from the database since the last build (of this shard) leave the report
    // and the state; their folders go with the stale ones.
    if (request.customers.empty()) {
        std::vector<std::string> removed;
        state.for_each([&](const std::string& id, const PublishedCustomer& published) {
            if (!in_shard(id, request.shard) ||
                std::binary_search(all_ids.begin(), all_ids.end(), id))
                return;
            CustomerSummary before = customer_summary_from_json(published.summary);
            report.add(&before, nullptr);
            removed.push_back(id);
        });
        for (const std::string& id : removed) state_writes.remove(id);
    }
    const std::size_t stale = remove_stale_portals(
        settings.out, [&](const std::string& name) { return database.has_token(name); });
    if (request.customers.empty()) state_writes.set_last_as_of(shard_name, request.as_of);
    state_writes.flush();
    write_report(settings.out, settings.templates, request.shard, report);

    for (const std::string& conflict : totals.conflicts)
        log << "portalgen: build: archived invoice would change, archive left as it is: "
            << escape_controls(conflict) << "\n";
    log_summary(log, totals, stale, request.as_of, started);
    return totals.failed || !totals.conflicts.empty() ? 1 : 0;
}

}  // namespace portalgen
