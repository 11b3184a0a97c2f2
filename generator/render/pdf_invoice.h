// Invoice PDF rendering: an A4 or US Letter PDF (view.paper) of a PdfInvoiceView with libharu, its
// text in an embedded Unicode TrueType font. Deterministic: the same view and fonts give
// byte-identical PDFs (the creation date comes from the view; no clock, no random file identifier).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "render/pdf_fonts.h"
#include "render/pdf_page.h"
#include "view/pdf_invoice_view.h"

namespace portalgen {

// Which fonts a document is drawn with. Automatic takes the fastest that shows every character:
// the Latin subset as simple fonts with Windows-1252 text (English and French invoices), the
// Latin subset as CID fonts (other Latin scripts), the full font (Greek, Cyrillic…), or
// the CJK family (Chinese, Japanese, Korean), laid out with its own widths. A character no font
// has is drawn as a missing-glyph box, by the family that lacks fewer of the document's.
enum class PdfFontChoice {
    automatic,
    unicode,  // never the Windows-1252 fonts: the subset as CID fonts when it has every character
    full,     // never the subset: the full font, or the CJK family for what the full font lacks
};

// Returns the PDF's bytes: a PDF/A-3b Factur-X file when the view has its XML (factur_x_xml),
// a plain PDF otherwise. Thread-safe: each thread keeps its own libharu handle with the fonts
// loaded. Throws std::runtime_error on a libharu failure.
std::string render_invoice_pdf(const PdfInvoiceView& view, const PdfFonts& fonts,
                               PdfFontChoice choice = PdfFontChoice::automatic);

// Lays out a document's pages with a given measure (pure).
using PageComposer = std::function<std::vector<PdfPage>(const TextMeasure&)>;

// The pages as drawn: laid out with the widths of the family the fonts are chosen from (DejaVu's,
// or the CJK family's when it draws the document), their text as that family can draw it.
std::vector<PdfPage> compose_for_fonts(const PageComposer& composer, const PdfFonts& fonts,
                                       PdfFontChoice choice = PdfFontChoice::automatic);

// Draws another document (the account statement) as a plain PDF, laid out and drawn as
// compose_for_fonts says. Deterministic as render_invoice_pdf. Throws std::runtime_error likewise.
std::string render_composed_pdf(const PageComposer& composer, const PdfDocumentInfo& info,
                                const PdfFonts& fonts);

// Whether the subset has every character the pages draw.
bool pages_fit_subset(const std::vector<PdfPage>& pages, const PdfFonts& fonts);
// Whether every character the pages draw has a Windows-1252 code (or is U+202F).
bool pages_fit_winansi(const std::vector<PdfPage>& pages);

}  // namespace portalgen
