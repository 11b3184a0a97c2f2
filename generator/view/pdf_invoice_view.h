// PdfInvoiceView: everything an invoice PDF shows, as already formatted and translated text, so
// the PDF renderer knows nothing of the model, the catalogues or the locale rules.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"

namespace portalgen {

struct PdfLabelValue {
    std::string label;
    std::string value;
};

// The company issuing the invoice.
struct PdfSeller {
    std::string name;
    std::vector<std::string> address;  // one line each
    std::string email;
    std::string phone;
    std::string website;
    std::vector<std::string> tax_ids;  // e.g. "GST No. 123456789 RT0001", "SIREN 912345683"
    std::string accent;  // "#rrggbb": the seller's readable accent; "": the style's own
    std::string logo;    // PNG or JPEG bytes (core/logo_image.h) drawn in the header; "": none
};

// The customer billed.
struct PdfCustomer {
    std::string label;  // "Bill to" / "Facturer à"
    std::string name;
    std::string company;  // empty: none
    std::vector<std::string> address;
    std::vector<std::string> tax_ids;  // e.g. "VAT No. FR12345678901", "SIREN 552100554"
    std::string delivery_label;        // "Deliver to" / "Livrer à"; empty: no delivery address
    std::vector<std::string> delivery_address;
};

// The table's column headers. An empty discount or taxes column (no line has a value) is left
// out of the table.
struct PdfColumnHeaders {
    std::string product;  // "Description"
    std::string quantity;
    std::string unit_price;
    std::string discount;  // "Disc. %"
    std::string taxes;
    std::string amount;
};

struct PdfInvoiceLine {
    std::string product;
    std::string description;  // may be long; wraps, and '\n' starts a new line
    std::string quantity;     // with its unit: "2,5 h", "3 days"
    std::string unit_price;
    std::string discount;  // empty: no discount
    std::string taxes;     // e.g. "GST, QST"
    std::string subtotal;
};

// One row of the totals block: "Untaxed amount", one per tax ("GST 5 % on 1 234,56 $"),
// "Total". Strong rows (the total) are bold with a rule above.
struct PdfTotalsRow {
    std::string label;
    std::string value;
    bool strong = false;
};

// The PDF file's document information dictionary.
struct PdfDocumentInfo {
    std::string title;   // e.g. "Invoice INV/2026/00001"
    std::string author;  // the company
    std::string subject;
    std::string keywords;
    Date creation_date;  // the invoice date: no clock, so the same invoice gives the same bytes
};

// The paper: A4, or US Letter for a seller in the United States or Canada (SPEC section 5).
enum class PdfPaper { a4, us_letter };

struct PdfInvoiceView {
    PdfPaper paper = PdfPaper::a4;
    std::string title;     // "Invoice" / "Facture", "Credit note" / "Avoir"
    std::string subtitle;  // e.g. "Reverses INV/2026/00001"; empty: none
    std::string number;
    // date, due date, service period or delivery date, order, purchase order, subscription
    std::vector<PdfLabelValue> meta;
    PdfSeller seller;
    PdfCustomer customer;
    PdfColumnHeaders columns;
    std::vector<PdfInvoiceLine> lines;
    std::vector<PdfTotalsRow> totals;
    // Paragraphs under the totals: why a tax is exempt ("Autoliquidation"), VAT on debits.
    std::vector<std::string> mentions;
    // A paragraph under the mentions: terms, bank account, reference; '\n' starts a new line.
    std::string payment_terms;
    std::vector<std::string> legal_notice;  // paragraphs in the footer of every page
    std::string page_label;                 // "Page {page} / {pages}"
    PdfDocumentInfo info;
    // The invoice as UN/CEFACT CII XML (Factur-X, EN 16931 profile): when given, the PDF is a
    // PDF/A-3b Factur-X file that embeds it as factur-x.xml. Empty: a plain PDF.
    std::string factur_x_xml;
};

}  // namespace portalgen
