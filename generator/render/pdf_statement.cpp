#include "render/pdf_statement.h"

#include <algorithm>
#include <array>

#include "render/pdf_canvas.h"
#include "render/pdf_compose.h"
#include "render/pdf_invoice.h"
#include "render/pdf_style.h"

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
// The items table's columns as shares of the content width: document, date, due date, days
// overdue, amount due (the last two right-aligned).
constexpr std::array<float, 5> kShares = {0.36f, 0.17f, 0.17f, 0.13f, 0.17f};

class StatementComposer {
  public:
    StatementComposer(const PdfStatementView& view, const TextMeasure& measure)
        : view_(view),
          measure_(measure),
          size_(page_size(view.paper)),
          width_(content_width(size_)) {}

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
        c.text(kMarginLeft, top_ + kNameSize, view_.seller.name, PdfFontStyle::bold, kNameSize,
               accent_of(view_.seller));
        float left = c.lines(view_.seller.address, kMarginLeft, width_ / 2, top_ + kNameSize + 4,
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

    // The cells of one row across the table: the first two left, the others by kShares.
    void cells(const PdfStatementRow& row, const std::vector<std::string>& document, float top,
               float line, PdfFontStyle style, float size, PdfColor color) {
        Canvas c = canvas();
        const std::array<const std::string*, 5> values = {nullptr, &row.date, &row.due,
                                                          &row.days_overdue, &row.amount_due};
        float x = kMarginLeft;
        for (std::size_t i = 0; i < kShares.size(); ++i) {
            const float w = kShares[i] * width_;
            const float baseline = top + baseline_offset(line, size);
            if (i == 0)
                c.lines(document, x, w - kCellPadding, top, line, style, size, color);
            else if (i < 3)
                c.text(x, baseline, *values[i], style, size, color);
            else
                c.text_right(x + w, baseline, *values[i], style, size, color);
            x += w;
        }
    }

    void table_header() {
        const std::vector<std::string> label =
            canvas().wrap(view_.columns.document, kShares[0] * width_ - kCellPadding,
                          PdfFontStyle::bold, kHeaderSize);
        const float height = kHeaderLine * static_cast<float>(label.size()) + 2 * kHeaderPadding;
        canvas().band(kMarginLeft, top_, width_, height, kBand);
        cells(view_.columns, label, top_ + kHeaderPadding, kHeaderLine, PdfFontStyle::bold,
              kHeaderSize, kMuted);
        top_ += height;
    }

    void items(const PdfStatementSection& section) {
        room_for(kSectionGap + 3 * kCellLine + 40);
        top_ += kSectionGap;
        canvas().text(kMarginLeft, top_ + kHeadingSize, section.heading, PdfFontStyle::bold,
                      kHeadingSize, accent_of(view_.seller));
        top_ += kHeadingSize + 8;
        table_header();
        for (const PdfStatementRow& row : section.rows) {
            const std::vector<std::string> document = canvas().wrap(
                row.document, kShares[0] * width_ - kCellPadding, PdfFontStyle::regular, kCellSize);
            const float height = kCellLine * static_cast<float>(document.size()) + kRowPaddingTop +
                                 kRowPaddingBottom;
            if (room_for(height)) table_header();
            cells(row, document, top_ + kRowPaddingTop, kCellLine, PdfFontStyle::regular, kCellSize,
                  kInk);
            top_ += height;
            canvas().rule(kMarginLeft, kMarginLeft + width_, top_, 0.5f, kHairline);
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
        c.text_right(right - kShares[4] * width_ - kCellPadding, baseline, total.label,
                     PdfFontStyle::bold, kCellSize, kInk);
        c.text_right(right, baseline, total.value, PdfFontStyle::bold, kCellSize, kInk);
        top_ += kCellLine + 12;
    }

    // The buckets side by side, the total due last, each label over its amount.
    void aging(const PdfStatementSection& section) {
        std::vector<PdfLabelValue> columns = section.aging;
        columns.push_back(section.total);
        const float w = width_ / static_cast<float>(columns.size());
        float label_height = 0;
        std::vector<std::vector<std::string>> labels;
        for (const PdfLabelValue& column : columns) {
            labels.push_back(
                canvas().wrap(column.label, w - kCellPadding, PdfFontStyle::regular, kHeaderSize));
            label_height = std::max(label_height, kHeaderLine * labels.back().size());
        }
        room_for(18 + label_height + 2 * kHeaderPadding + kCellLine + 8);
        top_ += 8;
        canvas().text(kMarginLeft, top_ + 10, view_.aging_title, PdfFontStyle::bold, 10, kInk);
        top_ += 18;
        canvas().band(kMarginLeft, top_, width_, label_height + 2 * kHeaderPadding, kBand);
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const float right = kMarginLeft + w * static_cast<float>(i + 1);
            canvas().lines(labels[i], right - w, w, top_ + kHeaderPadding, kHeaderLine,
                           PdfFontStyle::regular, kHeaderSize, kMuted, true);
            const bool last = i + 1 == columns.size();
            canvas().text_right(right,
                                top_ + label_height + 2 * kHeaderPadding + 4 +
                                    baseline_offset(kCellLine, kCellSize),
                                columns[i].value, last ? PdfFontStyle::bold : PdfFontStyle::regular,
                                kCellSize, kInk);
        }
        top_ += label_height + 2 * kHeaderPadding + kCellLine + 8;
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
    std::vector<PdfPage> pages_;
    float top_ = 0;
};

}  // namespace

std::vector<PdfPage> compose_statement(const PdfStatementView& view, const TextMeasure& measure) {
    return StatementComposer(view, measure).compose();
}

std::string render_statement_pdf(const PdfStatementView& view, const PdfFonts& fonts) {
    const FontFamilyMeasure measure(fonts.full());
    return render_pages_pdf(compose_statement(view, measure), view.info, fonts);
}

}  // namespace portalgen
