// Invoice composition: lays a PdfInvoiceView out on pages of its paper (A4 or US Letter) —
// seller, customer, title and references on the first page, the lines table (its header repeated
// on every page), the totals kept together, the mentions, the payment terms, and a footer with
// the legal notice and "Page 1 / 3" on every page. Pure: the same view and measure give the same
// pages.
#pragma once

#include <string>
#include <vector>

#include "render/pdf_page.h"
#include "render/pdf_text.h"
#include "view/pdf_invoice_view.h"

namespace portalgen {

std::vector<PdfPage> compose_invoice(const PdfInvoiceView& view, const TextMeasure& measure);

// "Page {page} / {pages}" → "Page 2 / 3".
std::string page_label(const std::string& pattern, std::size_t page, std::size_t pages);

}  // namespace portalgen
