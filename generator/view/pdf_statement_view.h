// PdfStatementView: everything the statement PDF shows (SPEC 3b), as formatted and translated
// text, so the PDF renderer knows nothing of the model, the catalogues or the locale rules.
#pragma once

#include <string>
#include <vector>

#include "view/pdf_invoice_view.h"

namespace portalgen {

// One open item: "INV/2026/00001 · Invoice", its date, due date, days overdue, amount due.
struct PdfStatementRow {
    std::string document;
    std::string date;
    std::string due;
    std::string days_overdue;
    std::string amount_due;
};

// One currency's items, total due and aging buckets.
struct PdfStatementSection {
    std::string heading;  // "Currency CAD"
    std::vector<PdfStatementRow> rows;
    PdfLabelValue total;               // "Total due", "1 234,56 $"
    std::vector<PdfLabelValue> aging;  // bucket label and amount, current first
};

struct PdfStatementView {
    PdfPaper paper = PdfPaper::a4;
    std::string title;  // "Statement of account"
    std::string as_of;  // "As of 30 Nov 2026"
    PdfSeller seller;   // name and address
    std::string customer_name;
    std::vector<std::string> customer_address;  // company first, then the address lines
    PdfStatementRow columns;                    // the column headers
    std::string aging_title;
    std::vector<PdfStatementSection> sections;
    std::string empty;       // printed when no section: "Nothing is due on your account."
    std::string page_label;  // "Page {page} / {pages}"
    PdfDocumentInfo info;
};

}  // namespace portalgen
