// PdfLayout: table columns and rows, and pagination.
#include "render/pdf_layout.h"

#include <algorithm>

#include "render/pdf_style.h"

namespace portalgen {

namespace {

using namespace pdf_style;

constexpr float kTolerance = 0.01f;

const std::string& value_of(const PdfInvoiceLine& line, PdfColumnKind kind) {
    switch (kind) {
        case PdfColumnKind::product:
            return line.product;
        case PdfColumnKind::quantity:
            return line.quantity;
        case PdfColumnKind::unit_price:
            return line.unit_price;
        case PdfColumnKind::discount:
            return line.discount;
        case PdfColumnKind::taxes:
            return line.taxes;
        case PdfColumnKind::amount:
        case PdfColumnKind::text:  // not an invoice's column
            break;
    }
    return line.subtotal;
}

bool any_value(const std::vector<PdfInvoiceLine>& lines, PdfColumnKind kind) {
    return std::any_of(lines.begin(), lines.end(), [kind](const PdfInvoiceLine& line) {
        return !value_of(line, kind).empty();
    });
}

// Cuts a row into pieces no taller than max_height, each cell giving up whole lines.
std::vector<TableRow> split_row(std::vector<TableCell> cells, float max_height) {
    const float padding = kRowPaddingTop + kRowPaddingBottom;
    const float budget = max_height - padding;
    std::vector<std::size_t> next(cells.size(), 0);
    std::vector<TableRow> pieces;
    while (true) {
        TableRow piece;
        bool any = false;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            TableCell part;
            float used = 0;
            auto& lines = cells[c].lines;
            // At least one line per piece, so that even a narrow page makes progress.
            while (next[c] < lines.size() &&
                   (part.lines.empty() || used + lines[next[c]].height <= budget + kTolerance)) {
                used += lines[next[c]].height;
                part.lines.push_back(std::move(lines[next[c]++]));
                any = true;
            }
            piece.cells.push_back(std::move(part));
        }
        if (!any) break;
        piece.height = row_height(piece.cells, padding);
        pieces.push_back(std::move(piece));
    }
    return pieces;
}

}  // namespace

std::vector<TableColumn> layout_columns(const PdfColumnHeaders& headers,
                                        const std::vector<PdfInvoiceLine>& lines,
                                        const TextMeasure& measure, float table_width) {
    std::vector<TableColumn> columns;
    columns.push_back({PdfColumnKind::product, headers.product, 0, 0, false});
    columns.push_back({PdfColumnKind::quantity, headers.quantity, 0, 0, true});
    columns.push_back({PdfColumnKind::unit_price, headers.unit_price, 0, 0, true});
    if (any_value(lines, PdfColumnKind::discount)) {
        columns.push_back({PdfColumnKind::discount, headers.discount, 0, 0, true});
    }
    if (any_value(lines, PdfColumnKind::taxes)) {
        columns.push_back({PdfColumnKind::taxes, headers.taxes, 0, 0, true});
    }
    columns.push_back({PdfColumnKind::amount, headers.amount, 0, 0, true});

    float others = 0;
    for (auto& column : columns) {
        if (column.kind == PdfColumnKind::product) continue;
        float widest =
            measure.width(pdf_clean_text(column.header, false), PdfFontStyle::bold, kHeaderSize);
        for (const auto& line : lines) {
            widest =
                std::max(widest, measure.width(pdf_clean_text(value_of(line, column.kind), false),
                                               PdfFontStyle::regular, kCellSize));
        }
        if (column.kind == PdfColumnKind::taxes) widest = std::min(widest, kTaxesMaxWidth);
        column.width = widest + 2 * kCellPadding;
        others += column.width;
    }
    // Keep the product column readable: the numeric columns shrink (and wrap) instead.
    const float room = std::max(table_width - kProductMinWidth, 0.0f);
    const float scale = others > room ? room / others : 1.0f;
    float x = 0;
    for (auto& column : columns) {
        if (column.kind == PdfColumnKind::product) {
            column.width = table_width - others * scale;
        } else {
            column.width *= scale;
        }
        column.x = x;
        x += column.width;
    }
    return columns;
}

std::vector<TableRow> layout_line(const PdfInvoiceLine& line,
                                  const std::vector<TableColumn>& columns,
                                  const TextMeasure& measure, float max_height) {
    std::vector<TableCell> cells;
    for (const auto& column : columns) {
        TableCell cell;
        const float width = column.width - 2 * kCellPadding;
        if (column.kind == PdfColumnKind::product) {
            add_cell_lines(cell, line.product, width, measure, PdfFontStyle::bold, kProductSize,
                           false, kProductLine, false);
            add_cell_lines(cell, line.description, width, measure, PdfFontStyle::regular,
                           kDescriptionSize, true, kDescriptionLine, true);
        } else {
            add_cell_lines(cell, value_of(line, column.kind), width, measure, PdfFontStyle::regular,
                           kCellSize, false, kCellLine, false);
        }
        cells.push_back(std::move(cell));
    }
    const float height = row_height(cells, kRowPaddingTop + kRowPaddingBottom);
    if (height <= max_height + kTolerance) return {TableRow{std::move(cells), height}};
    return split_row(std::move(cells), max_height);
}

std::vector<PageSlice> paginate(const std::vector<FlowBlock>& blocks, const PageSpace& space) {
    std::vector<PageSlice> pages;
    PageSlice page;
    float used = 0;
    float capacity = space.first;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const FlowBlock& block = blocks[i];
        const bool empty = page.begin == i;
        const float header = block.table_row && !page.table_header ? space.table_header : 0;
        float need = (empty ? 0 : block.gap_before) + header + block.height;
        // A block that does not fit moves to a new page, unless this page is already a fresh,
        // full-size one (then the block is taller than any page and stays).
        if (used + need > capacity + kTolerance && (!empty || capacity < space.next)) {
            page.end = i;
            pages.push_back(page);
            page = PageSlice{i, i, false};
            used = 0;
            capacity = space.next;
            need = (block.table_row ? space.table_header : 0) + block.height;
        }
        if (block.table_row) page.table_header = true;
        used += need;
    }
    page.end = blocks.size();
    pages.push_back(page);
    return pages;
}

}  // namespace portalgen
