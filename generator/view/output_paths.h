// Output paths: the one place that says where each file of OUT/ lives (SPEC sections 3 and 5).
// Every path is relative to OUT and uses '/'; file names derived from data go through slug_of.
#pragma once

#include <string>

#include "model/model.h"

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
    return "site/" + token + "/";
}

// "en" or "fr": a portal's language folder name.
std::string language_folder(Language language);

// "site/<token>/index.html": opens the customer's language.
std::string portal_entry_page(const std::string& token);

// "site/<token>/fr/invoices.html"; the dashboard is "site/<token>/fr/index.html".
std::string section_page(const std::string& token, Language language, Section section);

// "site/<token>/fr/invoices/INV-2026-00001.html" (credit notes too).
std::string document_page(const std::string& token, Language language, DocumentKind kind,
                          const std::string& number);

// "site/<token>/invoices/INV-2026-00001.pdf": one per posted invoice or credit note.
std::string invoice_pdf(const std::string& token, const std::string& number);

// The relative URL from the page at `from` to the file at `to` (both relative to OUT):
// relative_link("site/t/fr/invoices/A.html", "site/t/invoices/A.pdf") == "../../invoices/A.pdf".
std::string relative_link(const std::string& from, const std::string& to);

// The same page in another language: "site/t/en/x.html" -> "site/t/fr/x.html".
std::string page_in_language(const std::string& page, Language language);

}  // namespace portalgen
