// EInvoiceView: everything a Factur-X (EN 16931, UN/CEFACT CII D16B) invoice's XML carries, already
// decided and formatted, so the XML writer only places it. Names follow EN 16931; the business
// term is in brackets. Amounts are exact decimal strings at the currency's minor unit ("1234.50",
// "155649" for JPY), always positive on a credit note as EN 16931 wants; quantities and rates
// are decimal strings ("2", "1.5", "5.5"); codes are the code lists' strings. An empty string, an
// empty list or an empty optional is left out of the XML. Every member
// starts empty ({}), so designated initializers may name only what they set.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"

namespace portalgen {

// An identifier and the scheme it belongs to.
struct EInvoiceId {
    std::string value{};
    // ISO 6523 ICD for a legal id ("0002" SIREN), the EAS list for an electronic address.
    std::string scheme{};
};

struct EInvoiceNote {
    std::string text{};          // [BT-22]
    std::string subject_code{};  // [BT-21] UNTDID 4451: "PMT", "PMD", "AAB", "REG", "TXD", ...
};

struct EInvoiceAddress {
    std::vector<std::string> lines{};  // [BT-35, 36, 162] up to three; more join the third
    std::string postcode{};            // [BT-38]
    std::string city{};                // [BT-37]
    std::string region{};              // [BT-39]
    std::string country{};             // [BT-40] ISO 3166-1 alpha-2, required
};

// The seller [BG-4] or the buyer [BG-7].
struct EInvoiceParty {
    std::string name{};               // [BT-27/44]
    EInvoiceId legal_id{};            // [BT-30/47] e.g. { "912345683", "0002" }
    std::string vat_id{};             // [BT-31/48] e.g. "FR89912345683"
    EInvoiceAddress address{};        // [BG-5/8]
    EInvoiceId electronic_address{};  // [BT-34/49] e.g. { "912345683", "0225" }
    std::string email{};              // [BT-43/58] the contact's e-mail
};

struct EInvoicePeriod {
    Date start{};  // [BT-73/134]
    Date end{};    // [BT-74/135]
};

// Where and when the goods or services were delivered [BG-13].
struct EInvoiceDelivery {
    std::string name{};                        // [BT-70]
    std::optional<EInvoiceAddress> address{};  // [BG-15]
    std::optional<Date> date{};                // [BT-72]
};

// The invoice a credit note reverses [BG-3].
struct EInvoiceReference {
    std::string number{};        // [BT-25]
    std::optional<Date> date{};  // [BT-26]
};

// [BG-16]. Code 58 (SEPA credit transfer) or 30 (credit transfer) need the IBAN (BR-61); 1 (not
// defined) when the seller gives no account.
struct EInvoicePaymentMeans {
    std::string code{};          // [BT-81] UNTDID 4461
    std::string iban{};          // [BT-84]
    std::string account_name{};  // [BT-85]
    std::string bic{};           // [BT-86]
};

// A discount [BG-20 document level, BG-27 line level]. On a line, the printed unit price stays
// the net price and the discount is this allowance: quantity × price − amount = the printed line
// amount, to the cent.
struct EInvoiceAllowance {
    std::string amount{};       // [BT-92/136]
    std::string basis{};        // [BT-93/137] empty: none
    std::string percent{};      // [BT-94/138] empty: none; only with the basis it applies to
    std::string reason{};       // [BT-97/139] e.g. "Discount"
    std::string reason_code{};  // [BT-98/140] UNTDID 5189, e.g. "95" (discount)
    // Document level only: the VAT the allowance reduces [BT-95/96].
    std::string vat_category{};
    std::string vat_rate{};
};

struct EInvoiceLine {
    std::string id{};           // [BT-126] unique in the invoice
    std::string name{};         // [BT-153]
    std::string description{};  // [BT-154]
    std::string quantity{};     // [BT-129]
    std::string unit_code{};    // [BT-130] UN/ECE Rec. 20: "C62", "HUR", "MON"
    std::string net_price{};    // [BT-146] per one unit, before the line's allowance
    std::string net_amount{};   // [BT-131] as printed
    std::optional<EInvoiceAllowance> allowance{};  // [BG-27]
    std::string vat_category{};                    // [BT-151] S, Z, E, AE, K, G, O
    std::string vat_rate{};                        // [BT-152] empty for O (BR-O-05)
    std::optional<EInvoicePeriod> period{};        // [BG-26]
};

// One row of the VAT breakdown [BG-23]: per category and rate.
struct EInvoiceVat {
    std::string basis{};           // [BT-116]
    std::string amount{};          // [BT-117] the sum of the lines' rounded amounts, as printed
    std::string category{};        // [BT-118]
    std::string rate{};            // [BT-119] empty for O
    std::string exemption{};       // [BT-120] required for E, AE, K, G, O
    std::string exemption_code{};  // [BT-121] VATEX, e.g. "VATEX-EU-AE"
};

struct EInvoiceTotals {
    std::string line_total{};                 // [BT-106]
    std::string allowance_total{};            // [BT-107] empty: no document-level allowance
    std::string tax_basis{};                  // [BT-109]
    std::string tax_total{};                  // [BT-110] in the invoice's currency
    std::string tax_total_in_tax_currency{};  // [BT-111] with tax_currency
    std::string grand_total{};                // [BT-112]
    std::string prepaid{};                    // [BT-113] empty: none
    std::string due{};                        // [BT-115]
};

struct EInvoiceView {
    std::string type_code{};            // [BT-3] "380" invoice, "381" credit note
    std::string number{};               // [BT-1]
    Date issue_date{};                  // [BT-2]
    std::string currency{};             // [BT-5]
    std::string tax_currency{};         // [BT-6] e.g. EUR for a French seller invoicing in USD
    std::vector<EInvoiceNote> notes{};  // [BG-1] legal mentions, payment terms' texts
    std::string business_process{};     // [BT-23] BR-FR billing framework: "S1", "B1", "M1"
    std::string buyer_reference{};      // [BT-10]
    std::string purchase_order{};       // [BT-13] the buyer's order reference
    std::string order_reference{};      // [BT-14] the seller's order
    std::string contract_reference{};   // [BT-12]
    std::optional<EInvoiceReference> preceding_invoice{};  // [BG-3] a credit note's invoice
    EInvoiceParty seller{};
    EInvoiceParty buyer{};
    EInvoiceDelivery delivery{};
    std::optional<EInvoicePeriod> period{};  // [BG-14]
    std::string vat_due_date_code{};  // [BT-8] UNTDID 2005: "5" invoice date (VAT on debits),
                                      // "29" delivery, "72" payment
    std::string payment_reference{};  // [BT-83]
    std::optional<EInvoicePaymentMeans> payment_means{};  // [BG-16]
    std::string payment_terms{};                          // [BT-20]
    std::optional<Date> due_date{};                       // [BT-9]
    std::vector<EInvoiceLine> lines{};                    // [BG-25] at least one
    std::vector<EInvoiceAllowance> allowances{};          // [BG-20]
    std::vector<EInvoiceVat> vat{};                       // [BG-23] at least one
    EInvoiceTotals totals{};                              // [BG-22]
};

}  // namespace portalgen
