#include "publish/customer_build.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <unordered_map>

#include "compute/account.h"
#include "compute/invoice_fingerprint.h"
#include "compute/issued_documents.h"
#include "compute/reminders.h"
#include "core/sha256.h"
#include "core/slug.h"
#include "core/url_host.h"
#include "model/enums.h"
#include "publish/archive.h"
#include "publish/atomic_file.h"
#include "publish/background_remove.h"
#include "publish/email_message.h"
#include "publish/invoice_bundle.h"
#include "publish/site_writer.h"
#include "render/html_portal.h"
#include "render/html_theme.h"
#include "render/pdf_invoice.h"
#include "render/pdf_invoice_views.h"
#include "render/pdf_statement.h"
#include "store/database.h"
#include "store/yaml_export.h"
#include "view/email_view.h"
#include "view/locale_format_cache.h"
#include "view/output_paths.h"
#include "view/seller_brand.h"

namespace portalgen {

namespace {

namespace fs = std::filesystem;

// The alerts as the customer would be told of them. Day counts are left out: "3 days left"
// becoming "2 days left" is no news worth an email.
std::string alerts_hash(const Account& account) {
    std::string text;
    for (const Alert& alert : account.alerts)
        text.append(to_string(alert.kind))
            .append("\n")
            .append(alert.number)
            .append("\n")
            .append(alert.date.to_string())
            .append("\n")
            .append(alert.amount.to_string())
            .append("\n\n");
    return sha256_hex(text);
}

// Everything the customer's pages depend on, in one hash: its database rows (which include its
// link), its company's data (as the canonical YAML export, hashed once), the as-of date and the
// build's environment.
std::string input_hash(const std::string& environment_hash, Date as_of,
                       const std::string& company_hash, const std::string& rows) {
    return sha256_hex(environment_hash + "\n" + as_of.to_string() + "\n" + company_hash + "\n" +
                      rows);
}

using PreviousDocuments = std::unordered_map<std::string, const DocumentSummary*>;

std::string document_key(std::string_view kind, std::string_view number) {
    return std::string(kind) + '\n' + std::string(number);
}

// The sections the seller uses, which its customers' pages show: part of their input.
std::string sections_used_text(const SellerFacts& s) {
    std::string text;
    for (bool uses : {s.uses_quotations, s.uses_orders, s.uses_subscriptions, s.uses_tickets,
                      s.uses_payment_methods, s.uses_success_packs})
        text += uses ? '1' : '0';
    return text;
}

// The portal's pages go to its writer, which has the last build's sources.
class PortalPagesOutput : public PortalRenderer::Output {
  public:
    explicit PortalPagesOutput(PortalWriter& portal) : portal_(portal) {}
    void write(const std::string& path, const std::string& bytes,
               const std::string& source) override {
        portal_.write(path, bytes, source);
    }
    std::string source_of(const std::string& path) override { return portal_.source_of(path); }
    void keep(const std::string& path) override { portal_.keep(path); }

  private:
    PortalWriter& portal_;
};

}  // namespace

CustomerBuilder::CustomerBuilder(const BuildRequest& request, std::string environment_hash,
                                 std::optional<Date> last_as_of,
                                 const std::map<std::string, Company>& companies,
                                 const std::map<std::string, SellerFacts>& sellers,
                                 const PdfFonts& fonts, Archive& archive, Database& snapshot)
    : request_(request),
      environment_hash_(std::move(environment_hash)),
      last_as_of_(last_as_of),
      temp_tag_(temporary_tag(request.shard)),
      companies_(companies),
      sellers_(sellers),
      fonts_(fonts),
      archive_(archive),
      database_(snapshot),
      state_(std::make_unique<PublishState>(database_, request.out.string())),
      sent_(std::make_unique<SentReminders>(database_, request.out.string())),
      theme_(std::make_unique<HtmlTheme>(request.templates)),
      formats_(std::make_unique<LocaleFormatCache>()),
      pages_(std::make_unique<PortalRenderer>(*theme_, *formats_, environment_hash_)),
      pdfs_(std::make_unique<PdfInvoiceViews>(*theme_, *formats_)),
      replaced_(std::make_unique<BackgroundRemove>()) {}

CustomerBuilder::~CustomerBuilder() = default;

CustomerResult CustomerBuilder::build(const std::string& customer_id) {
    CustomerResult result;
    result.id = customer_id;
    formats_->trim();  // what is remembered across customers stays bounded
    try {
        result.before = state_->find(customer_id);
        // A customer built before is read in two steps: its rows alone, whose hash may show it
        // unchanged (all a no-change build reads), then, if not, as a customer. One never built
        // (or --force) is built whatever its rows: it is read once. So is one that follows a
        // changed customer: when one changed, the next mostly has too (the next day's build,
        // where the date changes them all), and reading its rows twice would be for nothing.
        const bool may_be_unchanged = result.before && !request_.force;
        std::string rows;
        std::optional<Customer> customer;
        std::optional<std::string> seller;
        if (may_be_unchanged && last_was_unchanged_) {
            seller = database_.load_customer_rows(customer_id, rows);
        } else {
            customer = database_.load_customer(customer_id, &rows);
            if (customer) seller = customer->seller;
        }
        if (!seller) throw std::runtime_error("no such customer in the database");
        std::string token = database_.token(customer_id);
        if (result.before)
            result.before_summary = customer_summary_from_json(result.before->summary);
        std::string hash =
            input_hash(environment_hash_, request_.as_of, company_hash(*seller), rows);
        const std::optional<PublishedCustomer>& before = result.before;
        last_was_unchanged_ = may_be_unchanged && before->input_hash == hash &&
                              before->token == token &&
                              fs::exists(request_.out / portal_entry_page(token));
        if (last_was_unchanged_) {
            result.outcome = CustomerOutcome::unchanged;
            result.after = *before;
            result.summary = *result.before_summary;
            return result;
        }
        if (!customer) customer = database_.load_customer(customer_id);
        if (!customer) throw std::runtime_error("no such customer in the database");
        // Its publish state was made by the last build from the same input: only the date moved.
        const bool same_input = may_be_unchanged && last_as_of_ && *last_as_of_ != request_.as_of &&
                                before->token == token &&
                                before->input_hash == input_hash(environment_hash_, *last_as_of_,
                                                                 company_hash(*seller), rows);
        build_portal(*customer, token, hash, same_input ? last_as_of_ : std::nullopt, result);
    } catch (const std::exception& e) {
        result.outcome = CustomerOutcome::failed;
        result.error = e.what();
    }
    return result;
}

const Company& CustomerBuilder::company_of(const std::string& seller) const {
    auto company = companies_.find(seller);
    if (company == companies_.end())
        throw std::runtime_error("its company \"" + seller + "\" is not in the database");
    return company->second;
}

const std::string& CustomerBuilder::company_hash(const std::string& seller) {
    std::string& hash = company_hashes_[seller];
    if (hash.empty())
        hash = sha256_hex(export_yaml(company_of(seller), {}) +
                          sections_used_text(sellers_.at(seller)));
    return hash;
}

void CustomerBuilder::build_portal(const Customer& customer, const std::string& token,
                                   const std::string& hash, std::optional<Date> same_input_on,
                                   CustomerResult& result) {
    const Company& company = company_of(customer.seller);
    const std::optional<PublishedCustomer>& before = result.before;
    const SellerFacts& seller = sellers_.at(customer.seller);
    const auto account_on = [&](Date date) {
        Account account = compute_account(customer, company, date);
        account.seller = &seller;
        return account;
    };

    Account account = account_on(request_.as_of);
    // Each file is staged as it is rendered, and the portal takes them all once every one is:
    // a customer whose rendering fails (a template that does not fit its data) keeps its
    // previous portal whole. The last build's records of the files spare reading them; --force
    // reads every one.
    const bool trust_records = before && before->token == token && !request_.force;
    PortalWriter portal(request_.out, token,
                        trust_records ? file_records_from_text(before->files) : FileRecords{},
                        temp_tag_, replaced_.get());
    // Only the date has changed since the last build, and the account says the same on both
    // dates: the pages that do not show the date are the ones that build left, if they are as it
    // left them.
    const bool date_only = trust_records && same_input_on &&
                           same_but_date(account_on(*same_input_on), account) &&
                           portal.last_build_as_left();
    for (const BrandFile& file : brand_files(account, token)) portal.write(file.path, file.bytes);
    PortalPagesOutput pages(portal);
    pages_->render(account, token, pages, date_only ? PageSet::dated : PageSet::all);
    // The statement of this date only: an earlier date's PDF is no longer written, so finish()
    // removes it when the new one takes its name.
    portal.write(statement_pdf(token, request_.as_of),
                 render_statement_pdf(pdfs_->statement(account, token), fonts_));
    CustomerSummary summary = summarize(account);

    publish_pdfs(account, token, result.before_summary, summary, portal, result);
    // The last build's statement bears its date: this one's replaces it.
    if (date_only) portal.keep_rest_of_last_build(statement_pdf(token, *same_input_on));

    PublishStats stats = portal.finish();
    result.pages_written = stats.written;
    result.outcome = CustomerOutcome::built;
    result.after = {token, hash, alerts_hash(account), {}, to_text(portal.records())};
    result.summary = std::move(summary);
    result.portal_is_new = !before || before->token != token;
    result.alerts_changed = !before || before->alerts_hash != result.after.alerts_hash;
    if (account.company->portal_url.empty()) return;  // no outbox (the build said so)
    if (result.portal_is_new || result.alerts_changed) {
        write_outbox_message(account, token, result.portal_is_new);
        result.outbox_reasons.push_back(result.portal_is_new ? "new_portal" : "alerts_changed");
    }
    write_reminders(account, token, result);
}

void CustomerBuilder::publish_pdfs(const Account& account, const std::string& token,
                                   const std::optional<CustomerSummary>& previous,
                                   CustomerSummary& summary, PortalWriter& portal,
                                   CustomerResult& result) {
    // The previous fingerprints of each PDF, to render only the PDFs whose content changed.
    PreviousDocuments previous_documents;
    if (previous && !request_.force)
        for (const DocumentSummary& d : previous->documents)
            previous_documents[document_key(d.kind, d.number)] = &d;
    std::unordered_map<std::string, DocumentSummary*> documents;
    for (DocumentSummary& d : summary.documents) documents[document_key(d.kind, d.number)] = &d;

    std::unordered_map<const Invoice*, BundledPdf> served;
    for (const auto* list : {&account.invoices, &account.credit_notes}) {
        for (const ComputedInvoice& invoice : *list) {
            if (invoice.doc->state == InvoiceState::cancelled) {
                result.cancelled.push_back(archive_entry(
                    account, invoice, invoice_fingerprint(invoice, account.currency)));
                continue;
            }
            const std::string key = document_key(to_string(invoice.doc->kind), invoice.doc->number);
            auto found = previous_documents.find(key);
            served[invoice.doc] =
                publish_pdf(account, invoice, token,
                            found == previous_documents.end() ? nullptr : found->second,
                            *documents.at(key), portal, result);
        }
    }
    std::map<int, std::vector<BundledPdf>> bundles;
    for (const auto& [year, issued] : issued_by_year(account))
        for (const ComputedInvoice* invoice : issued)
            bundles[year].push_back(std::move(served.at(invoice->doc)));
    publish_bundles(request_.out, token, bundles, portal);
}

ArchiveEntry CustomerBuilder::archive_entry(const Account& account, const ComputedInvoice& invoice,
                                            const std::string& fingerprint) const {
    const Invoice& doc = *invoice.doc;
    const int digits = account.currency_digits;
    Decimal tax;
    for (const TaxAmount& t : invoice.totals.taxes) tax += t.amount;
    return ArchiveEntry{account.customer->id,
                        doc.number,
                        doc.kind,
                        doc.date,
                        invoice.totals.untaxed.to_fixed(digits),
                        tax.to_fixed(digits),
                        invoice.totals.total.to_fixed(digits),
                        account.currency,
                        account.company->name,
                        request_.as_of,
                        fingerprint};
}

namespace {

// Whether `name` in the folder is a regular file (not a link planted in the archive).
bool is_regular_file_in(const RealFolder& folder, const std::string& name) {
    struct stat file {};
    return folder.exists() &&
           ::fstatat(folder.fd(), name.c_str(), &file, AT_SYMLINK_NOFOLLOW) == 0 &&
           S_ISREG(file.st_mode);
}

}  // namespace

BundledPdf CustomerBuilder::publish_pdf(const Account& account, const ComputedInvoice& invoice,
                                        const std::string& token, const DocumentSummary* old,
                                        DocumentSummary& now, PortalWriter& portal,
                                        CustomerResult& result) {
    const Invoice& doc = *invoice.doc;
    const std::string& customer_id = account.customer->id;
    // The PDF is the invoice as issued (SPEC 5): once archived, the portal serves the archived
    // file for as long as the invoice says the same, however it would be drawn today.
    now.pdf = invoice_fingerprint(invoice, account.currency);
    const std::string path = invoice_pdf(token, doc.number);
    // Where it was archived, even if the invoice's date has changed since.
    const std::optional<ManifestRow> row = archive_.find(customer_id, doc.kind, doc.number);
    const std::string archived =
        row ? archive_pdf_path(customer_id, *Date::parse(row->date), doc.number) : "";
    std::optional<RealFolder> folder;
    if (row) folder.emplace(request_.out, fs::path(archived).parent_path(), false);
    const std::string name = fs::path(archived).filename().string();
    const bool is_archived = folder && is_regular_file_in(*folder, name);
    // A row without fingerprint (written before they were kept) vouches for its file as issued.
    const bool as_issued = is_archived && (row->fingerprint.empty() || row->fingerprint == now.pdf);
    // What the portal serves, for the year's bundle: the issued file's sum is the manifest's.
    BundledPdf served{slug_of(doc.number) + ".pdf", doc.date, is_archived ? row->sha256 : "",
                      std::nullopt, path};
    if (as_issued) {
        if (old && old->pdf == now.pdf && fs::exists(request_.out / path)) {
            portal.keep(path);
            return served;
        }
        if (const std::optional<std::string> issued =
                read_file_at(folder->fd(), name, request_.out / archived)) {
            portal.link(path, *issued, folder->fd(), name);
            served.bytes = *issued;
            return served;
        }
    }

    const std::string pdf = render_invoice_pdf(pdfs_->view(account, invoice, token), fonts_);
    ++result.pdfs_rendered;
    SpooledPdf spooled;
    if (is_archived) {
        // Changed since it was issued: the portal still serves the invoice as issued, and the
        // record stage, which archives in customer order, reports it.
        const std::optional<std::string> issued =
            read_file_at(folder->fd(), name, request_.out / archived);
        if (issued) portal.link(path, *issued, folder->fd(), name);
        spooled = archive_.spool(pdf);
        if (!issued) portal.link(path, pdf, spooled.folder(), spooled.name());
        served.bytes = issued ? *issued : pdf;
    } else {
        // Archived by the record stage: the file keeps its bytes when moved there, so the
        // portal serves them from now on.
        spooled = archive_.spool(pdf);
        portal.link(path, pdf, spooled.folder(), spooled.name());
        served.bytes = pdf;
    }
    served.sha256 = sha256_hex(*served.bytes);
    result.to_archive.push_back(
        {archive_entry(account, invoice, now.pdf), std::move(spooled), old ? old->pdf : "", path});
    return served;
}

void CustomerBuilder::write_outbox_message(const Account& account, const std::string& token,
                                           bool portal_is_new) {
    const std::string link = portal_link(account.company->portal_url, token);
    write_message(account, pages_->email(account, token, link, portal_is_new),
                  outbox_message_path(request_.as_of, account.customer->id));
}

void CustomerBuilder::write_reminders(const Account& account, const std::string& token,
                                      CustomerResult& result) {
    const std::string& customer_id = account.customer->id;
    const std::string link = portal_link(account.company->portal_url, token);
    for (const DueReminder& due : due_reminders(account, sent_->of_customer(customer_id))) {
        const std::string path =
            reminder_message_path(request_.as_of, customer_id, due.step.kind, due.step.document);
        write_message(account, pages_->reminder_email(account, token, link, due), path);
        result.reminders.push_back({due.step, path});
        result.outbox_reasons.push_back("reminder_" + std::string(to_string(due.step.kind)));
        for (const ReminderStep& stale : due.passed_over) result.reminders.push_back({stale, ""});
    }
}

void CustomerBuilder::write_message(const Account& account, const PortalRenderer::Email& email,
                                    const std::string& path) {
    const Customer& customer = *account.customer;
    const Company& company = *account.company;
    EmailMessage message;
    message.from = {company.name, company.email};
    message.to = {customer.name, customer.email};
    message.reply_to = {company.name, company.email};
    message.subject = email.subject;
    message.text = email.text;
    message.html = email.html;
    message.sent_at = request_.started_at;
    // Unique: the file's name is unique in its day's folder, and the build's time tells apart
    // two builds of one day (a rebuild with --force, or one after new data).
    message.message_id = request_.as_of.to_string() + "." + fs::path(path).stem().string() + "." +
                         std::to_string(request_.started_at) + "@" + url_host(company.portal_url);
    message.language = customer.language == Language::fr ? "fr" : "en";
    if (const auto logo = email_logo(account)) {
        message.image =
            InlineImage{logo->content_id, logo->media_type, logo->file_name, company.logo};
    }
    write_file_atomic_in(request_.out, path, format_email(message), Flush::to_disk, temp_tag_);
}

}  // namespace portalgen
