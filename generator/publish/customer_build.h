// CustomerBuilder: one customer's share of a build — load, compute, render its pages and PDFs,
// archive its issued invoices, publish its folder — skipped when nothing it depends on changed.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "core/date.h"
#include "model/model.h"
#include "model/seller_facts.h"
#include "publish/archive.h"
#include "publish/build_request.h"
#include "publish/customer_summary.h"
#include "publish/invoice_bundle.h"
#include "render/html_portal.h"
#include "store/publish_state.h"
#include "store/sent_reminders.h"

namespace portalgen {

class Database;
class HtmlTheme;
class PdfInvoiceViews;
class LocaleFormatCache;
class PdfFonts;

enum class CustomerOutcome { built, unchanged, failed };

struct CustomerResult {
    std::string id;
    CustomerOutcome outcome = CustomerOutcome::failed;
    std::string error;                              // failed: why
    std::optional<PublishedCustomer> before;        // what the previous build left, if anything
    std::optional<CustomerSummary> before_summary;  // its summary, read once
    // What this build published (built or unchanged). Its summary travels in `summary`, and
    // becomes JSON only when the state stores it.
    PublishedCustomer after;
    CustomerSummary summary;
    std::size_t pages_written = 0;  // files created or replaced under site/
    std::size_t pdfs_rendered = 0;
    // PDFs to archive, each already served by the portal. The build archives them in customer
    // order, so the manifest's rows come in the same order whatever the number of threads.
    struct ToArchive {
        ArchiveEntry entry;
        SpooledPdf pdf;
        std::string previous_fingerprint;  // kept in the summary if the archive refuses it
        std::string portal_pdf;            // its path in the portal, which serves the archived file
    };
    std::vector<ToArchive> to_archive;
    std::vector<ArchiveEntry> cancelled;  // cancelled invoices, their numbers to record
    // The reminder steps dealt with: recorded with its publish state, once its messages are
    // written.
    std::vector<RecordedReminder> reminders;
    bool portal_is_new = false;  // first build, or a new link
    bool alerts_changed = false;
    // The outbox messages written, by reason ("new_portal", "alerts_changed"), for the report.
    std::vector<std::string> outbox_reasons;
};

struct Account;
class PortalWriter;
class BackgroundRemove;

// One per thread: each has its own database connection (one of the build's snapshot), templates
// and renderers.
class CustomerBuilder {
  public:
    // `request.out` absolute. `environment_hash`: everything outside the data that the pages
    // depend on (templates, program); changing it rebuilds every customer. `last_as_of`: the
    // date of the last build into the same output (and shard), if any.
    CustomerBuilder(const BuildRequest& request, std::string environment_hash,
                    std::optional<Date> last_as_of, const std::map<std::string, Company>& companies,
                    const std::map<std::string, SellerFacts>& sellers, const PdfFonts& fonts,
                    Archive& archive, Database& snapshot);
    ~CustomerBuilder();

    // Never throws: a customer that cannot be built comes back `failed` with the reason.
    CustomerResult build(const std::string& customer_id);

  private:
    // `hash`: the customer's input hash (input_hash), which its publish state keeps.
    // `same_input_on`: the last build's date, when the customer's input was the same then.
    void build_portal(const Customer& customer, const std::string& token, const std::string& hash,
                      std::optional<Date> same_input_on, CustomerResult& result);
    // The seller's company; throws when it is not in the database.
    const Company& company_of(const std::string& seller) const;
    // The hash of the seller's company data, made once per company (throws as company_of).
    const std::string& company_hash(const std::string& seller);
    // Every posted invoice's and credit note's PDF (publish_pdf), every cancelled one's manifest
    // row; `previous`: the customer's summary from the last build, `summary` gets the new
    // fingerprints.
    void publish_pdfs(const Account& account, const std::string& token,
                      const std::optional<CustomerSummary>& previous, CustomerSummary& summary,
                      PortalWriter& portal, CustomerResult& result);
    // One posted invoice or credit note: its PDF rendered unless unchanged since the last build,
    // the portal's file linked to the archived one, or to the spooled one a first archiving
    // takes. `old`: its summary from the last build, if any.
    // Returns the PDF as the portal serves it, for the year's bundle.
    BundledPdf publish_pdf(const Account& account, const ComputedInvoice& invoice,
                           const std::string& token, const DocumentSummary* old,
                           DocumentSummary& now, PortalWriter& portal, CustomerResult& result);
    // What the archive's manifest lists of an invoice, with its content fingerprint.
    ArchiveEntry archive_entry(const Account& account, const ComputedInvoice& invoice,
                               const std::string& fingerprint) const;
    void write_outbox_message(const Account& account, const std::string& token, bool portal_is_new);
    // The messages of the reminder steps due (compute/reminders.h), each noted in `result`.
    void write_reminders(const Account& account, const std::string& token, CustomerResult& result);
    // Writes `email` from the company to the customer at `path` (under OUT's outbox).
    void write_message(const Account& account, const PortalRenderer::Email& email,
                       const std::string& path);

    const BuildRequest& request_;
    const std::string environment_hash_;
    const std::optional<Date> last_as_of_;
    const std::string temp_tag_;  // see temporary_tag()
    const std::map<std::string, Company>& companies_;
    const std::map<std::string, SellerFacts>& sellers_;
    std::map<std::string, std::string> company_hashes_;  // by name, made on first use
    const PdfFonts& fonts_;
    Archive& archive_;
    Database& database_;
    std::unique_ptr<PublishState> state_;
    std::unique_ptr<SentReminders> sent_;
    std::unique_ptr<HtmlTheme> theme_;
    std::unique_ptr<LocaleFormatCache> formats_;  // shared by pages and PDFs
    std::unique_ptr<PortalRenderer> pages_;
    std::unique_ptr<PdfInvoiceViews> pdfs_;
    bool last_was_unchanged_ = true;  // the last customer built was found unchanged
    // The pages this thread replaces, removed by a thread of their own.
    std::unique_ptr<BackgroundRemove> replaced_;
};

}  // namespace portalgen
