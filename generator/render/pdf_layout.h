// PdfLayout: the invoice table's columns and rows (drawn as render/pdf_table's tables), and the
// pagination of a flow of blocks over pages. Pure functions of the text and its measure, so they
// are tested without a PDF.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "render/pdf_table.h"
#include "render/pdf_text.h"
#include "view/pdf_invoice_view.h"

namespace portalgen {

// The columns across `table_width`: the numeric columns as wide as their widest value or header,
// right-aligned; the product column takes the rest (at least pdf_style::kProductMinWidth, the
// others shrink and wrap if need be). The discount and taxes columns are left out when no line
// has a value for them.
std::vector<TableColumn> layout_columns(const PdfColumnHeaders& headers,
                                        const std::vector<PdfInvoiceLine>& lines,
                                        const TextMeasure& measure, float table_width);

// One invoice line as a table row: the product name in bold over its description, the other
// values wrapped to their columns. A row never splits across pages, except one taller than
// `max_height` (a whole page): that one comes back in pieces, each at most that tall.
std::vector<TableRow> layout_line(const PdfInvoiceLine& line,
                                  const std::vector<TableColumn>& columns,
                                  const TextMeasure& measure, float max_height);

// A block of the page flow: a table row, the totals, a line of text. Blocks never split.
struct FlowBlock {
    float height = 0;
    float gap_before = 0;    // space above it, dropped at the top of a page
    bool table_row = false;  // needs the table header above it on its page
};

struct PageSpace {
    float first = 0;         // height available for the flow on the first page
    float next = 0;          // on the following pages
    float table_header = 0;  // the table header's height, repeated on each page with rows
};

// Blocks [begin, end) go on one page; `table_header` says the header is drawn above its first
// table row.
struct PageSlice {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool table_header = false;
};

// Fills pages in order: a block that does not fit goes whole to the next page. A block taller
// than a whole page gets a page of its own (and overflows it). Always at least one page.
std::vector<PageSlice> paginate(const std::vector<FlowBlock>& blocks, const PageSpace& space);

}  // namespace portalgen
