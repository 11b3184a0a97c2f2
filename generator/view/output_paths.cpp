#include "view/output_paths.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "core/slug.h"

namespace portalgen {

namespace {

std::string section_file(Section section) {
    switch (section) {
        case Section::dashboard:
            return "index.html";
        case Section::quotations:
            return "quotations.html";
        case Section::orders:
            return "orders.html";
        case Section::invoices:
            return "invoices.html";
        case Section::subscriptions:
            return "subscriptions.html";
        case Section::tickets:
            return "tickets.html";
        case Section::payment_methods:
            return "payment-methods.html";
        case Section::success_packs:
            return "success-packs.html";
        case Section::account:
            return "account.html";
    }
    return "index.html";
}

std::string document_folder(DocumentKind kind) {
    switch (kind) {
        case DocumentKind::quotation:
            return "quotations/";
        case DocumentKind::order:
            return "orders/";
        case DocumentKind::invoice:
            return "invoices/";
        case DocumentKind::subscription:
            return "subscriptions/";
        case DocumentKind::ticket:
            return "tickets/";
    }
    return "";
}

}  // namespace

std::string language_folder(Language language) {
    return language == Language::fr ? "fr" : "en";
}

std::string portal_entry_page(const std::string& token) {
    return portal_folder(token) + "index.html";
}

std::string section_page(const std::string& token, Language language, Section section) {
    return portal_folder(token) + language_folder(language) + "/" + section_file(section);
}

std::string invoice_list_page(const std::string& token, Language language, InvoiceFilter filter) {
    const std::string folder = portal_folder(token) + language_folder(language) + "/";
    switch (filter) {
        case InvoiceFilter::all:
            return section_page(token, language, Section::invoices);
        case InvoiceFilter::unpaid:
            return folder + "invoices-unpaid.html";
        case InvoiceFilter::overdue:
            return folder + "invoices-overdue.html";
    }
    throw std::logic_error("unknown invoice filter");
}

std::string document_page(const std::string& token, Language language, DocumentKind kind,
                          const std::string& number) {
    return portal_folder(token) + language_folder(language) + "/" + document_folder(kind) +
           slug_of(number) + ".html";
}

std::string invoice_pdf(const std::string& token, const std::string& number) {
    return portal_folder(token) + "invoices/" + slug_of(number) + ".pdf";
}

std::string statement_page(const std::string& token, Language language) {
    return portal_folder(token) + language_folder(language) + "/statement.html";
}

std::string statement_pdf(const std::string& token, Date as_of) {
    return portal_folder(token) + "statement-" + as_of.to_string() + ".pdf";
}

std::string invoice_bundle(const std::string& token, int year) {
    return portal_folder(token) + "invoices-" + std::to_string(year) + ".zip";
}

std::string deadlines_calendar(const std::string& token, Language language) {
    return portal_folder(token) + language_folder(language) + "/deadlines.ics";
}

std::string portal_asset(const std::string& token, const std::string& file_name) {
    return portal_folder(token) + "assets/" + file_name;
}

std::string relative_link(const std::string& from, const std::string& to) {
    // The folders both paths share: their longest common start that ends with a "/".
    size_t common = 0;
    for (size_t i = 0; i < from.size() && i < to.size() && from[i] == to[i]; ++i)
        if (from[i] == '/') common = i + 1;
    // Up one level for each folder of `from` left (its last part is the page itself).
    std::string link;
    for (size_t i = common; i < from.size(); ++i)
        if (from[i] == '/') link += "../";
    link.append(to, common);
    return link;
}

std::string page_in_language(const std::string& page, Language language) {
    // site/<token>/<lang>/...: the language is the third part.
    size_t first = page.find('/');
    size_t second = first == std::string::npos ? first : page.find('/', first + 1);
    size_t third = second == std::string::npos ? second : page.find('/', second + 1);
    if (third == std::string::npos) throw std::logic_error("not a language page: " + page);
    return page.substr(0, second + 1) + language_folder(language) + page.substr(third);
}

std::string archive_folder() {
    return "archive";
}

std::string archive_pdf_path(const std::string& customer_id, const Date& date,
                             const std::string& number) {
    return archive_folder() + "/" + std::to_string(date.year()) + "/" + slug_of(customer_id) + "/" +
           slug_of(number) + ".pdf";
}

std::string manifest_part_name(const Shard& shard) {
    return shard.is_whole() ? "manifest.csv" : "manifest-" + shard.name() + ".csv";
}

bool is_manifest_part_name(std::string_view name) {
    if (name == "manifest.csv") return true;
    constexpr std::string_view prefix = "manifest-";
    constexpr std::string_view suffix = ".csv";
    if (!name.starts_with(prefix) || !name.ends_with(suffix)) return false;
    std::string_view middle =
        name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
    const auto of = middle.find("-of-");
    if (of == std::string_view::npos || of == 0 || of + 4 >= middle.size()) return false;
    auto digits = [](std::string_view s) {
        return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    return digits(middle.substr(0, of)) && digits(middle.substr(of + 4));
}

std::string outbox_folder() {
    return "outbox";
}

std::string outbox_message_path(Date as_of, const std::string& customer_id) {
    return outbox_folder() + "/" + as_of.to_string() + "/" + slug_of(customer_id) + ".eml";
}

std::string reminder_message_path(Date as_of, const std::string& customer_id, ReminderKind kind,
                                  const std::string& document) {
    return outbox_folder() + "/" + as_of.to_string() + "/" + slug_of(customer_id) + "+" +
           std::string(to_string(kind)) + "+" + slug_of(document) + ".eml";
}

std::string report_folder(const Shard& shard) {
    return shard.is_whole() ? "report" : "report/" + shard.name();
}

std::string report_data_path(const Shard& shard) {
    return report_folder(shard) + "/report.json";
}

std::string report_page_path(const Shard& shard) {
    return report_folder(shard) + "/index.html";
}

std::string shard_record_path() {
    return ".portalgen-shards";
}

std::string finish_mark_path() {
    return ".build-finished";
}

std::string folder_lock_path() {
    return ".build.lock";
}

std::string shard_lock_path(const Shard& shard) {
    return ".build-" + shard.name() + ".lock";
}

}  // namespace portalgen
