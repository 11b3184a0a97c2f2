// Statement PDF (SPEC 3b): the account statement as of D on A4 or US Letter pages — seller,
// customer, title and date; per currency the open items (the table's header repeated on every
// page), the total due and the aging buckets; "Page 1 / 2" on every page; the seller's logo on the
// first. Its items table is the invoices' (render/pdf_table), and it is drawn with the invoice
// PDFs' fonts and libharu machinery, laid out with the widths of the family that draws it (CJK
// text with WenQuanYi's), and deterministic in the same way.
#pragma once

#include <string>
#include <vector>

#include "render/pdf_fonts.h"
#include "render/pdf_page.h"
#include "view/pdf_statement_view.h"

namespace portalgen {

// The pages, laid out (pure: the same view and measure give the same pages).
std::vector<PdfPage> compose_statement(const PdfStatementView& view, const TextMeasure& measure);

// The PDF's bytes. Throws std::runtime_error on a libharu failure.
std::string render_statement_pdf(const PdfStatementView& view, const PdfFonts& fonts);

}  // namespace portalgen
