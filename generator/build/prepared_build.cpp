#include "build/prepared_build.h"

#include <algorithm>
#include <filesystem>

#include "build/shard_record.h"
#include "build/templates_hash.h"
#include "core/terminal_text.h"
#include "core/utc_clock.h"
#include "model/customer_selection.h"
#include "publish/atomic_file.h"
#include "publish/finish_mark.h"
#include "render/html_theme.h"
#include "store/read_snapshot.h"
#include "view/output_paths.h"

namespace portalgen {

namespace {

namespace fs = std::filesystem;

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

// The temporary files a killed build of `shard` left in OUT, but in its portals (each portal is
// swept as it is published): the shard record in OUT itself, PDFs spooled in the archive, outbox
// messages, the shard's report.
std::size_t remove_shard_temporary_files(const fs::path& out, const Shard& shard) {
    const std::string tag = temporary_tag(shard);
    std::size_t removed = remove_tagged_temporary_files(out, tag) +
                          remove_tagged_temporary_files(out / archive_folder(), tag) +
                          remove_tagged_temporary_files(out / report_folder(shard), tag);
    std::error_code missing;
    for (const auto& day : fs::directory_iterator(out / outbox_folder(), missing))
        if (day.is_directory()) removed += remove_tagged_temporary_files(day.path(), tag);
    return removed;
}

// Other shards may be writing into the same folder: only a whole build (which excludes them)
// sweeps all of it, and only when the last build did not finish (publish/finish_mark.h): a shard
// build takes the mark too. A shard build's temporary files carry its shard, and it removes its
// own.
void remove_interrupted_files(const BuildRequest& request, std::ostream& log) {
    const Shard& shard = request.shard;
    const bool last_finished = take_finish_mark(request.out);
    std::size_t left = 0;
    if (!shard.is_whole())
        left = remove_shard_temporary_files(request.out, shard);
    else if (!last_finished)
        left = remove_temporary_files(request.out);
    if (left > 0)
        log << "portalgen: build: removed " << left << " temporary files of an interrupted run\n";
}

// The lock, then one snapshot: a connection for this thread and one per worker, with no more
// workers than customers (each connection holds open files).
void lock_and_snapshot(PreparedBuild& build) {
    build.lock = std::make_unique<BuildLock>(build.request.out, build.request.shard);
    claim_shard_count(*build.lock);
    const std::size_t workers_wanted = std::clamp<std::size_t>(build.writer->customer_count(), 1,
                                                               std::max(1u, build.request.jobs));
    build.readers = open_read_snapshot(*build.writer, 1 + workers_wanted);
}

// The companies, warning of those whose customers get no outbox messages, and the customers.
void select_customers(PreparedBuild& build, std::ostream& log) {
    build.companies = build.snapshot().companies_by_name();
    build.sellers = build.snapshot().seller_facts();
    for (const auto& [name, company] : build.companies)
        if (company.portal_url.empty())
            log << "portalgen: build: company \"" << escape_controls(name)
                << "\" has no portal_url: no outbox messages for its customers\n";
    build.all_ids = build.snapshot().customer_ids();
    build.ids = portalgen::select_customers(build.all_ids, build.request.customers);
    std::erase_if(build.ids,
                  [&](const std::string& id) { return !in_shard(id, build.request.shard); });
}

// What earlier builds published here, and the archive with its manifest parts read.
void open_state_and_archive(PreparedBuild& build, std::ostream& log) {
    const BuildRequest& request = build.request;
    build.state = std::make_unique<PublishState>(build.snapshot(), request.out.string());
    build.state_writes = std::make_unique<PublishStateBatch>(*build.writer, request.out.string());
    build.previous_as_of = build.state->last_as_of(request.shard.name());
    build.archive = std::make_unique<Archive>(request.out, manifest_part_name(request.shard),
                                              temporary_tag(request.shard));
    for (const std::string& note : build.archive->notes())
        log << "portalgen: build: " << escape_controls(note) << "\n";
}

}  // namespace

std::unique_ptr<PreparedBuild> prepare(const BuildRequest& request, std::ostream& log) {
    auto build = std::make_unique<PreparedBuild>();
    build->started = std::chrono::steady_clock::now();
    build->started_utc = utc_now_text();
    // Checked before anything is created: a mistyped --db changes nothing.
    build->writer = std::make_unique<Database>(request.db_path, DatabaseAccess::update);
    check_database_outside(request.db_path, request.out);
    fs::create_directories(request.out);
    build->request = request;
    build->request.out = fs::absolute(request.out).lexically_normal();
    build->request.started_at =
        std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    build->environment_hash = templates_hash(request.templates);
    lock_and_snapshot(*build);
    // First line of the log; the database is read as it is now, whatever commits later.
    log << "portalgen: build: ";
    if (!request.shard_origin.empty())
        log << "shard " << request.shard.index << "/" << request.shard.count << " (from "
            << escape_controls(request.shard_origin) << "), ";
    log << "database " << escape_controls(fs::absolute(request.db_path).string()) << ", output "
        << escape_controls(build->request.out.string()) << ", as of " << request.as_of.to_string()
        << "\n";
    HtmlTheme check_templates(request.templates);  // fails early, before any thread starts
    build->fonts.emplace(PdfFonts::load_default());
    select_customers(*build, log);
    // The first change to OUT: a build refused above leaves it as it was.
    remove_interrupted_files(build->request, log);
    open_state_and_archive(*build, log);
    return build;
}

}  // namespace portalgen
