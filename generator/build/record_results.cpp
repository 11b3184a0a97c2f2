#include "build/record_results.h"

#include "build/progress.h"
#include "core/terminal_text.h"
#include "model/enums.h"
#include "publish/atomic_file.h"
#include "publish/site_writer.h"

namespace portalgen {

namespace {

// Archives a customer's PDFs. A refused one (its invoice changed after it was issued) keeps its
// previous fingerprint in the state, so the next build reports it again, and the portal serves
// the archived file: the invoice as issued, not the new render.
void archive_issued(const PreparedBuild& build, CustomerResult& result, BuildTotals& totals) {
    // Durable together, before the customer's state says it was built.
    build.archive->begin_batch();
    for (auto& item : result.to_archive) {
        ArchiveResult archived = build.archive->publish(item.entry, std::move(item.pdf));
        if (archived.outcome == ArchiveOutcome::added) ++totals.archived;
        if (archived.outcome != ArchiveOutcome::conflict) continue;
        totals.conflicts.push_back(archived.message);
        serve_file(build.request.out, item.portal_pdf, archived.path,
                   temporary_tag(build.request.shard));
        for (DocumentSummary& d : result.summary.documents)
            if (d.number == item.entry.number && d.kind == to_string(item.entry.kind))
                d.pdf = item.previous_fingerprint;
    }
    result.to_archive.clear();
    for (const ArchiveEntry& entry : result.cancelled) build.archive->record_cancelled(entry);
    result.cancelled.clear();
    build.archive->commit();
}

void record_failed(const PreparedBuild& build, const CustomerResult& result, NightlyReport& report,
                   std::ostream& log) {
    log << (build.request.terminal ? "\r\x1b[K" : "") << "portalgen: build: customer " << result.id
        << " failed: " << escape_controls(result.error) << "\n";
    if (result.before && result.before_summary) {
        const NightlyReport::Published published{*result.before_summary, result.before->token};
        report.failed(result.id, &published, result.error);
    } else {
        report.failed(result.id, nullptr, result.error);
    }
}

void record_published(PreparedBuild& build, CustomerResult& result, NightlyReport& report,
                      BuildTotals& totals) {
    ++(result.outcome == CustomerOutcome::built ? totals.built : totals.unchanged);
    totals.pages += result.pages_written;
    totals.pdfs += result.pdfs_rendered;
    archive_issued(build, result, totals);
    const NightlyReport::Published now{result.summary, result.after.token};
    if (result.before && result.before_summary) {
        const NightlyReport::Published before{*result.before_summary, result.before->token};
        report.add(&before, &now);
    } else {
        report.add(nullptr, &now);
    }
    for (const std::string& reason : result.outbox_reasons) report.message_written(reason);
    // An unchanged customer's state is the one stored: nothing to write (a tenth of a no-change
    // build went to writing it again).
    if (result.outcome == CustomerOutcome::unchanged && result.reminders.empty()) return;
    result.after.summary = to_json(result.summary);  // stored as JSON
    // Before the save, so that both land in the same transaction.
    build.state_writes->record_reminders(result.id, std::move(result.reminders),
                                         build.request.as_of);
    build.state_writes->save(result.id, std::move(result.after));
}

}  // namespace

BuildTotals record_results(PreparedBuild& build, CustomerRendering& rendering,
                           NightlyReport& report, std::ostream& log) {
    Progress progress(log, build.ids.size(), build.request.terminal);
    BuildTotals totals;
    for (std::size_t i = 0; i < build.ids.size(); ++i) {
        CustomerResult result = rendering.take(i);
        if (result.outcome == CustomerOutcome::failed) {
            ++totals.failed;
            record_failed(build, result, report, log);
        } else {
            record_published(build, result, report, totals);
        }
        progress.advance();
    }
    rendering.join();
    progress.finish();
    return totals;
}

}  // namespace portalgen
