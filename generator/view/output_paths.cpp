#include "view/output_paths.h"

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

std::string document_page(const std::string& token, Language language, DocumentKind kind,
                          const std::string& number) {
    return portal_folder(token) + language_folder(language) + "/" + document_folder(kind) +
           slug_of(number) + ".html";
}

std::string invoice_pdf(const std::string& token, const std::string& number) {
    return portal_folder(token) + "invoices/" + slug_of(number) + ".pdf";
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

}  // namespace portalgen
