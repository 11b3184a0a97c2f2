#include "render/pdf_statement.h"

#include <algorithm>
#include <array>

#include "render/pdf_canvas.h"
#include "render/pdf_compose.h"
#include "render/pdf_invoice.h"
#include "render/pdf_logo.h"
#include "render/pdf_style.h"
#include "render/pdf_table.h"

namespace portalgen {

namespace {

using namespace pdf_style;

constexpr float kTitleSize = 16;
constexpr float kNameSize = 11;
constexpr float kSmallSize = 8.5f;
constexpr float kSmallLine = 11;
constexpr float kHeadingSize = 11;
constexpr float kSectionGap = 22;
constexpr float kFooterRoom = 24;
constexpr float kAgingGap = 8;         // above the aging title
constexpr float kAgingTitleLine = 18;  // the title's line
// The items table's columns as shares of the content width: document, date, due date, days
// overdue, amount due (the last two right-aligned).
constexpr std::array<float, 5> kShares = {0.36f, 0.17f, 0.17f, 0.13f, 0.17f};
constexpr std::size_t kFirstNumberColumn = 3;

std::vector<std::string> cells_of(const PdfStatementRow& row) {
    return {row.document, row.date, row.due, row.days_overdue, row.amount_due};
}

std::vector<TableColumn> item_columns(const PdfStatementRow& headers, float width) {
    const std::vector<std::string> labels = cells_of(headers);
    std::vector<TableColumn> columns;
    float x = 0;
    for (std::size_t i = 0; i < kShares.size(); ++i) {
        columns.push_back(
            {PdfColumnKind::text, labels[i], x, kShares[i] * width, i >= kFirstNumberColumn});
        x += kShares[i] * width;
    }
    return columns;
}

class StatementComposer {
  public:
    StatementComposer(const PdfStatementView& view, const TextMeasure& measure)
        : view_(view),
          measure_(measure),
          size_(page_size(view.paper)),
          width_(content_width(size_)),
          columns_(item_columns(view.columns, width_)),
          header_(layout_header(columns_, measure)) {}

    std::vector<PdfPage> compose() {
        new_page();
        header();
        if (view_.sections.empty())
            top_ = canvas().paragraph(view_.empty, kMarginLeft, width_, top_ + kSectionGap,
                                      kCellLine, PdfFontStyle::regular, kCellSize, kInk);
        for (const PdfStatementSection& section : view_.sections) items(section);
        footers();
        return std::move(pages_);
    }

  private:
    Canvas canvas() { return Canvas(pages_.back(), measure_); }
    float bottom() const { return size_.height - kMarginBottom - kFooterRoom; }

    void new_page() {
        pages_.emplace_back();
        pages_.back().size = size_;
        top_ = kMarginTop;
    }

    // Room for `height` below the current top, on a new page if need be; true when a page began.
    bool room_for(float height) {
        if (top_ + height <= bottom()) return false;
        new_page();
        return true;
    }

    void header() {
        Canvas c = canvas();
        const float right = size_.width - kMarginRight;
        const float name_top = draw_logo(c, view_.seller.logo, kMarginLeft, top_);
        c.text(kMarginLeft, name_top + kNameSize, view_.seller.name, PdfFontStyle::bold, kNameSize,
               accent_of(view_.seller));
        float left =
            c.lines(view_.seller.address, kMarginLeft, width_ / 2, name_top + kNameSize + 4,
                    kSmallLine, PdfFontStyle::regular, kSmallSize, kMuted);
        c.text_right(right, top_ + kTitleSize, view_.title, PdfFontStyle::bold, kTitleSize, kInk);
        c.text_right(right, top_ + kTitleSize + 16, view_.as_of, PdfFontStyle::regular, kCellSize,
                     kMuted);
        top_ = std::max(left, top_ + kTitleSize + 24) + 18;
        c.text(kMarginLeft, top_ + kCellSize, view_.customer_name, PdfFontStyle::bold, kCellSize,
               kInk);
        top_ = c.lines(view_.customer_address, kMarginLeft, width_ / 2, top_ + kCellSize + 4,
                       kSmallLine, PdfFontStyle::regular, kSmallSize, kInk);
    }

    void table_header() {
        Canvas c = canvas();
        draw_table_header(c, columns_, header_, kMarginLeft, width_, top_, accent_of(view_.seller));
        top_ += header_.height;
    }

    void items(const PdfStatementSection& section) {
        room_for(kSectionGap + 3 * kCellLine + 40);
        top_ += kSectionGap;
        canvas().text(kMarginLeft, top_ + kHeadingSize, section.heading, PdfFontStyle::bold,
                      kHeadingSize, accent_of(view_.seller));
        top_ += kHeadingSize + 8;
        table_header();
        for (const PdfStatementRow& item : section.rows) {
            const TableRow row = layout_text_row(cells_of(item), columns_, measure_);
            if (room_for(row.height)) table_header();
            Canvas c = canvas();
            draw_table_row(c, columns_, row, kMarginLeft, width_, top_);
            top_ += row.height;
        }
        total(section.total);
        aging(section);
    }

    void total(const PdfLabelValue& total) {
        room_for(kCellLine + 12);
        Canvas c = canvas();
        c.rule(kMarginLeft, kMarginLeft + width_, top_, 1, kInk);
        const float baseline = top_ + 6 + baseline_offset(kCellLine, kCellSize);
        const float right = kMarginLeft + width_;
        // Under the amounts column: the label before it, the value aligned with the amounts.
        const float amounts_left = kMarginLeft + columns_.back().x;
        c.text_right(amounts_left - kCellPadding, baseline, total.label, PdfFontStyle::bold,
                     kCellSize, kInk);
        c.text_right(right - kCellPadding, baseline, total.value, PdfFontStyle::bold, kCellSize,
                     kInk);
        top_ += kCellLine + 12;
    }

    // The buckets side by side, the total due last: a table of one row of amounts.
    void aging(const PdfStatementSection& section) {
        std::vector<PdfLabelValue> buckets = section.aging;
        buckets.push_back(section.total);
        const float w = width_ / static_cast<float>(buckets.size());
        std::vector<TableColumn> columns;
        std::vector<std::string> amounts;
        for (const PdfLabelValue& bucket : buckets) {
            const float x = w * static_cast<float>(columns.size());
            columns.push_back({PdfColumnKind::text, bucket.label, x, w, true});
            amounts.push_back(bucket.value);
        }
        const TableRow header = layout_header(columns, measure_);
        const TableRow row = layout_text_row(amounts, columns, measure_);
        room_for(kAgingGap + kAgingTitleLine + header.height + row.height);
        top_ += kAgingGap;
        canvas().text(kMarginLeft, top_ + 10, view_.aging_title, PdfFontStyle::bold, 10, kInk);
        top_ += kAgingTitleLine;
        Canvas c = canvas();
        draw_table_header(c, columns, header, kMarginLeft, width_, top_, accent_of(view_.seller));
        draw_table_row(c, columns, row, kMarginLeft, width_, top_ + header.height);
        top_ += header.height + row.height;
    }

    void footers() {
        for (std::size_t i = 0; i < pages_.size(); ++i)
            Canvas(pages_[i], measure_)
                .text_right(size_.width - kMarginRight, size_.height - kMarginBottom,
                            page_label(view_.page_label, i + 1, pages_.size()),
                            PdfFontStyle::regular, kSmallSize, kMuted);
    }

    const PdfStatementView& view_;
    const TextMeasure& measure_;
    const PdfPageSize size_;
    const float width_;
    const std::vector<TableColumn> columns_;  // the items table's
    const TableRow header_;
    std::vector<PdfPage> pages_;
    float top_ = 0;
};

}  // namespace

std::vector<PdfPage> compose_statement(const PdfStatementView& view, const TextMeasure& measure) {
    return StatementComposer(view, measure).compose();
}

std::string render_statement_pdf(const PdfStatementView& view, const PdfFonts& fonts) {
    const auto composer = [&view](const TextMeasure& measure) {
        return compose_statement(view, measure);
    };
    return render_composed_pdf(composer, view.info, fonts);
}

}  // namespace portalgen
