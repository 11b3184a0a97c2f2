#include "render/pdf_table.h"

#include <algorithm>

#include "render/pdf_style.h"

namespace portalgen {

using namespace pdf_style;

namespace {

void draw_cells(Canvas& c, const std::vector<TableColumn>& columns, const TableRow& row, float left,
                float top) {
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const TableColumn& column = columns[i];
        float line_top = top;
        for (const auto& line : row.cells[i].lines) {
            const float baseline = line_top + baseline_offset(line.height, line.size);
            const PdfColor color = line.muted ? kMuted : kInk;
            if (column.right_aligned) {
                c.text_right(left + column.x + column.width - kCellPadding, baseline, line.text,
                             line.style, line.size, color);
            } else {
                c.text(left + column.x + kCellPadding, baseline, line.text, line.style, line.size,
                       color);
            }
            line_top += line.height;
        }
    }
}

}  // namespace

float TableCell::height() const {
    float total = 0;
    for (const auto& line : lines) total += line.height;
    return total;
}

void add_cell_lines(TableCell& cell, std::string_view text, float width, const TextMeasure& measure,
                    PdfFontStyle style, float size, bool muted, float line_height,
                    bool paragraphs) {
    const std::string clean = pdf_clean_text(text, paragraphs);
    for (auto& line : wrap_text(clean, width, measure, style, size)) {
        cell.lines.push_back(CellLine{std::move(line), style, size, muted, line_height});
    }
}

float row_height(const std::vector<TableCell>& cells, float padding) {
    float tallest = 0;
    for (const auto& cell : cells) tallest = std::max(tallest, cell.height());
    return tallest + padding;
}

TableRow layout_header(const std::vector<TableColumn>& columns, const TextMeasure& measure) {
    TableRow row;
    for (const auto& column : columns) {
        TableCell cell;
        add_cell_lines(cell, column.header, column.width - 2 * kCellPadding, measure,
                       PdfFontStyle::bold, kHeaderSize, false, kHeaderLine, false);
        row.cells.push_back(std::move(cell));
    }
    row.height = std::max(row_height(row.cells, 0), kHeaderLine) + 2 * kHeaderPadding;
    return row;
}

TableRow layout_text_row(const std::vector<std::string>& values,
                         const std::vector<TableColumn>& columns, const TextMeasure& measure) {
    TableRow row;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        TableCell cell;
        add_cell_lines(cell, i < values.size() ? values[i] : std::string(),
                       columns[i].width - 2 * kCellPadding, measure, PdfFontStyle::regular,
                       kCellSize, false, kCellLine, false);
        row.cells.push_back(std::move(cell));
    }
    row.height = std::max(row_height(row.cells, 0), kCellLine) + kRowPaddingTop + kRowPaddingBottom;
    return row;
}

void draw_table_header(Canvas& canvas, const std::vector<TableColumn>& columns,
                       const TableRow& header, float left, float width, float top,
                       PdfColor rule_color) {
    canvas.band(left, top, width, header.height, kBand);
    canvas.rule(left, left + width, top + header.height, 0.75f, rule_color);
    draw_cells(canvas, columns, header, left, top + kHeaderPadding);
}

void draw_table_row(Canvas& canvas, const std::vector<TableColumn>& columns, const TableRow& row,
                    float left, float width, float top) {
    draw_cells(canvas, columns, row, left, top + kRowPaddingTop);
    canvas.rule(left, left + width, top + row.height, 0.5f, kHairline);
}

}  // namespace portalgen
