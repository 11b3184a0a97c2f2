#include "view/french_mentions.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace portalgen {

namespace {

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return "";
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

std::string upper_ascii(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
    return text;
}

// FR, a two-character key, then the nine digits of the SIREN: "FR32912345678", "FR 32 912…".
bool is_french_vat_number(const std::string& value) {
    std::string compact;
    for (unsigned char ch : value)
        if (!std::isspace(ch)) compact += static_cast<char>(std::toupper(ch));
    if (compact.size() != 13 || !compact.starts_with("FR")) return false;
    if (!std::isalnum(static_cast<unsigned char>(compact[2])) ||
        !std::isalnum(static_cast<unsigned char>(compact[3])))
        return false;
    return std::all_of(compact.begin() + 4, compact.end(),
                       [](unsigned char ch) { return std::isdigit(ch) != 0; });
}

}  // namespace

SellerMentions seller_mentions(const PortalContext& c) {
    const Company& company = c.company();
    SellerMentions m;
    if (company_in_france(company)) {
        const LatePayment& late = company.late_payment;
        // The legal minimum indemnity is €40 (D441-5): a zero in the data means "not given".
        const Decimal indemnity =
            late.indemnity.is_zero() ? Decimal::from_units(40) : late.indemnity;
        m.no_discount = c.labels.text("pdf.france_no_discount");
        m.penalty = c.labels.format(
            "pdf.france_penalty",
            {{"rate", late.rate.empty() ? c.labels.text("pdf.france_penalty_rate") : late.rate}});
        m.indemnity =
            c.labels.format("pdf.france_indemnity", {{"amount", c.format.number(indemnity)}});
    }
    if (company.vat_on_debits) m.vat_on_debits = c.labels.text("pdf.vat_on_debits");
    return m;
}

bool company_in_france(const Company& company) {
    if (company.address.structured()) return company.address.country == "FR";
    for (auto it = company.address.lines.rbegin(); it != company.address.lines.rend(); ++it) {
        const std::string line = trimmed(*it);
        if (line.empty()) continue;
        if (upper_ascii(line) == "FRANCE") return true;
        break;  // only the last non-empty line names the country
    }
    return std::any_of(company.tax_ids.begin(), company.tax_ids.end(),
                       [](const TaxId& id) { return is_french_vat_number(id.value); });
}

}  // namespace portalgen
