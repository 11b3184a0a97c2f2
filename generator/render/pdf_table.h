// PdfTable: the one shape of the PDFs' tables — a header band of bold grey labels over an accent
// rule, then rows of cells wrapped to their columns with a hairline under each, numbers
// right-aligned. The invoice's lines (render/pdf_layout) and the statement's items lay out and
// draw their tables with it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "render/pdf_canvas.h"
#include "render/pdf_text.h"

namespace portalgen {

// What an invoice's column holds (render/pdf_layout); other tables leave it at `text`.
enum class PdfColumnKind { text, product, quantity, unit_price, discount, taxes, amount };

struct TableColumn {
    PdfColumnKind kind = PdfColumnKind::text;
    std::string header;
    float x = 0;  // from the table's left edge
    float width = 0;
    bool right_aligned = false;
};

struct CellLine {
    std::string text;
    PdfFontStyle style = PdfFontStyle::regular;
    float size = 9;
    bool muted = false;
    float height = 12;  // the line box
};

struct TableCell {
    std::vector<CellLine> lines;
    float height() const;
};

struct TableRow {
    std::vector<TableCell> cells;  // parallel to the columns
    float height = 0;              // padding included
};

// The text, cleaned and wrapped to `width`, as lines of the cell.
void add_cell_lines(TableCell& cell, std::string_view text, float width, const TextMeasure& measure,
                    PdfFontStyle style, float size, bool muted, float line_height, bool paragraphs);
// The tallest cell's height and `padding`.
float row_height(const std::vector<TableCell>& cells, float padding);

// The header row: one cell per column, labels wrapped to the column.
TableRow layout_header(const std::vector<TableColumn>& columns, const TextMeasure& measure);
// A row of one value per column, each wrapped to its column in the cells' type.
TableRow layout_text_row(const std::vector<std::string>& values,
                         const std::vector<TableColumn>& columns, const TextMeasure& measure);

// The table spans `width` from `left`; `top` is the row's top.
void draw_table_header(Canvas& canvas, const std::vector<TableColumn>& columns,
                       const TableRow& header, float left, float width, float top,
                       PdfColor rule_color);
void draw_table_row(Canvas& canvas, const std::vector<TableColumn>& columns, const TableRow& row,
                    float left, float width, float top);

}  // namespace portalgen
