// View fields: what every page view model is built from — the portal being rendered (account,
// language, labels, formats) and helpers that write formatted fields into a flat view model.
#pragma once

#include <optional>
#include <string>

#include "compute/account.h"
#include "view/i18n_catalogue.h"
#include "view/locale_format.h"
#include "view/output_paths.h"
#include "view/view_model.h"

namespace portalgen {

// One customer's portal in one language.
struct PortalContext {
    const Account& account;
    const std::string& token;
    Language language;
    const Catalogue& labels;
    const LocaleFormat& format;

    const Customer& customer() const { return *account.customer; }
    const Company& company() const { return *account.company; }
    std::string section(Section s) const { return section_page(token, language, s); }
    std::string document(DocumentKind kind, const std::string& number) const {
        return document_page(token, language, kind, number);
    }
};

// A page to render: where it goes, with which template, and its view model.
struct PageView {
    std::string path;           // relative to OUT (view/output_paths.h)
    std::string template_name;  // a page template of the theme: "invoice"
    MustacheData data;
};

// key: the formatted date, key_iso: YYYY-MM-DD, has_key: whether there is one ("" when not).
void set_date(MustacheData& view, const std::string& key, std::optional<Date> date,
              const PortalContext& c);
// key: the formatted amount, key_sort: the plain decimal ("1234.56") for sorting.
void set_money(MustacheData& view, const std::string& key, Decimal amount, const PortalContext& c);
// status: the status name (for a CSS class), status_label: its translated label.
// `kind` is the label group: quotation, order, invoice, subscription, card, ticket.
void set_status(MustacheData& view, const std::string& kind, Status status, const PortalContext& c);
// key and has_key: an action link from a company URL template ("" and false when none).
void set_action(MustacheData& view, const std::string& key, const std::string& url_template,
                const std::string& number, const PortalContext& c);

// The lines of a document (product, description, quantity, unit price, discount, taxes, amount)
// and its totals: lines, has_lines, untaxed, tax_totals (name, rate, base, amount), total.
void set_lines_and_totals(MustacheData& view, const std::vector<Line>& lines, const Totals& totals,
                          const PortalContext& c);

// "Visa ending in 4242" from the labels.
std::string card_label(const PaymentMethod& method, const PortalContext& c);

// Up to two letters standing in for a logo: "Odotrack Inc." -> "OI".
std::string logo_text(const std::string& name);

// A list of text items, each as {text}: for address lines and the like.
MustacheList text_list(const std::vector<std::string>& items);

// A progress bar: key (0..100, for the bar width) and key_text ("40 %").
void set_progress(MustacheData& view, const std::string& key, int percent, const PortalContext& c);

}  // namespace portalgen
