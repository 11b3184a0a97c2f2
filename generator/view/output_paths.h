// Output paths: the one place that says where each file of OUT/ lives (SPEC sections 3 and 5).
// Every path is relative to OUT and uses '/'; file names derived from data go through slug_of.
#pragma once

#include <string>
#include <string_view>

#include "core/date.h"
#include "model/model.h"
#include "model/shard.h"

namespace portalgen {

// The pages of a portal that exist once per language.
enum class Section {
    dashboard,
    quotations,
    orders,
    invoices,
    subscriptions,
    tickets,
    payment_methods,
    success_packs,
    account,
};

// The documents that have a page of their own; credit notes are invoices.
enum class DocumentKind { quotation, order, invoice, subscription, ticket };

// "site/": the published folder (its sub-folders are the customers' portals).
inline std::string site_folder() {
    return "site/";
}

// "site/<token>/": a customer's portal folder, relative to OUT.
inline std::string portal_folder(const std::string& token) {
    return site_folder() + token + "/";
}

// "en" or "fr": a portal's language folder name.
std::string language_folder(Language language);

// "site/<token>/index.html": opens the customer's language.
std::string portal_entry_page(const std::string& token);

// "site/<token>/fr/invoices.html"; the dashboard is "site/<token>/fr/index.html".
std::string section_page(const std::string& token, Language language, Section section);

// Which invoices a page of the invoices list shows: each filter is a page of its own, so that
// filtering needs no JavaScript (SPEC 3b).
enum class InvoiceFilter { all, unpaid, overdue };

// "site/<token>/fr/invoices.html" (all), "invoices-unpaid.html", "invoices-overdue.html".
std::string invoice_list_page(const std::string& token, Language language, InvoiceFilter filter);

// "site/<token>/fr/invoices/INV-2026-00001.html" (credit notes too).
std::string document_page(const std::string& token, Language language, DocumentKind kind,
                          const std::string& number);

// "site/<token>/invoices/INV-2026-00001.pdf": one per posted invoice or credit note.
std::string invoice_pdf(const std::string& token, const std::string& number);

// "site/<token>/fr/statement.html": the account statement as of the build's date (SPEC 3b).
std::string statement_page(const std::string& token, Language language);

// "site/<token>/statement-2026-11-30.pdf": the statement's PDF, named by its date. Only the
// current one is published: an earlier date's leaves the portal when the date changes.
std::string statement_pdf(const std::string& token, Date as_of);

// "site/<token>/invoices-2026.zip": the issued PDFs of a year in one download.
std::string invoice_bundle(const std::string& token, int year);

// "site/<token>/fr/deadlines.ics": the customer's deadlines as a calendar (RFC 5545).
std::string deadlines_calendar(const std::string& token, Language language);

// "site/<token>/assets/portal.3f2a9c0d1e4b5a6c.css": a stylesheet, script or logo of the portal's
// pages, named by its content, one copy per portal, so that a copied portal folder keeps its look.
std::string portal_asset(const std::string& token, const std::string& file_name);

// The relative URL from the page at `from` to the file at `to` (both relative to OUT):
// relative_link("site/t/fr/invoices/A.html", "site/t/invoices/A.pdf") == "../../invoices/A.pdf".
std::string relative_link(const std::string& from, const std::string& to);

// The same page in another language: "site/t/en/x.html" -> "site/t/fr/x.html".
std::string page_in_language(const std::string& page, Language language);

// "archive": the invoices as issued, written once, and the manifest parts that list them.
std::string archive_folder();

// "archive/2026/C1001/INV-2026-00001.pdf": the year of the invoice date, the customer, the
// number, each a slug (a number "INV/2026/1" cannot open folders of its own).
std::string archive_pdf_path(const std::string& customer_id, const Date& date,
                             const std::string& number);

// The manifest part a build appends to, in archive_folder(): "manifest.csv" for a whole build,
// "manifest-3-of-8.csv" for a shard build (shards write at once, each its own part).
std::string manifest_part_name(const Shard& shard);
// True for the names manifest_part_name() gives, whatever the shard.
bool is_manifest_part_name(std::string_view file_name);

// "outbox": the messages to send, one folder per build date.
std::string outbox_folder();

// "outbox/2026-11-23/C1001.eml": the message for a customer whose portal is new or whose alerts
// changed, ready for `sendmail -t`.
std::string outbox_message_path(Date as_of, const std::string& customer_id);

// "outbox/2026-11-23/C1001+after_due+INV-2026-00042.eml": a reminder of one step of a document's
// ladder (`document`: the invoice's number, the card's id). A slug never holds '+', so no name
// of one customer's messages can be another's.
std::string reminder_message_path(Date as_of, const std::string& customer_id, ReminderKind kind,
                                  const std::string& document);

// "report", or "report/3-of-8" for a shard build: the nightly report's folder.
std::string report_folder(const Shard& shard);
// "report/report.json": the report's data, in report_folder(shard).
std::string report_data_path(const Shard& shard);
// "report/index.html": the report's page, in report_folder(shard).
std::string report_page_path(const Shard& shard);

// ".portalgen-shards": the number of shards OUT is built with.
std::string shard_record_path();

// ".build-finished": left by a whole build that ran to its end (publish/finish_mark.h).
std::string finish_mark_path();

// ".build.lock": held by every build of OUT (shared by shard builds, alone by a whole build).
std::string folder_lock_path();
// ".build-3-of-8.lock": held by the build of one shard.
std::string shard_lock_path(const Shard& shard);

}  // namespace portalgen
