// Invoice composition: the page layout of an invoice, from its view to positioned drawing, on
// the view's paper (A4 or US Letter).
#include "render/pdf_compose.h"

#include <algorithm>

#include "core/join.h"
#include "render/pdf_canvas.h"
#include "render/pdf_layout.h"
#include "render/pdf_logo.h"
#include "render/pdf_style.h"

namespace portalgen {

namespace {

using namespace pdf_style;

constexpr float kLeftColumnWidth = 280;   // seller, customer
constexpr float kRightColumnWidth = 200;  // title, references
constexpr float kTotalsMinWidth = 240;
constexpr float kTotalsMaxShare = 0.62f;  // of the content width
constexpr float kTotalsGap = 12;
constexpr float kMentionsGap = 14;
constexpr float kTermsGap = 18;
constexpr float kNoticeGap = 14;
constexpr float kTermsSize = 8.5f;
constexpr float kTermsLine = 11.5f;
constexpr float kNoticeSize = 7.5f;
constexpr float kNoticeLine = 9.5f;
constexpr float kFooterLine = 10;
constexpr float kPageLabelRoom = 90;  // kept free for "Page 12 / 12" beside the footer text
// A legal notice longer than this many lines would crowd every page: it goes after the terms.
constexpr std::size_t kMaxFooterNoticeLines = 8;

struct TotalsLine {
    std::vector<std::string> label;
    std::vector<std::string> value;
    bool strong = false;
    float height = 0;
};

enum class BlockKind { row, totals, mention, terms, notice };

class InvoiceComposer {
  public:
    // Every measure across the page follows from the paper's size (view.paper).
    InvoiceComposer(const PdfInvoiceView& view, const TextMeasure& measure)
        : view_(view),
          measure_(measure),
          size_(page_size(view.paper)),
          right_(size_.width - kMarginRight),
          content_width_(content_width(size_)),
          right_column_x_(right_ - kRightColumnWidth) {
        scratch_.size = size_;
    }

    std::vector<PdfPage> compose() {
        PdfPage first;
        first.size = size_;
        Canvas first_canvas(first, measure_);
        float first_top = first_page_header(first_canvas);
        prepare_footer();
        const float bottom = size_.height - kMarginBottom - footer_height_ - 14;
        if (first_top > bottom) {
            // Absurdly long names or addresses: cut at the footer rather than run off the page.
            std::erase_if(first.texts,
                          [&](const PdfTextRun& run) { return run.y < size_.height - bottom; });
            first_top = bottom;
        }
        const float next_top = kMarginTop + 30;

        columns_ = layout_columns(view_.columns, view_.lines, measure_, content_width_);
        header_ = layout_header(columns_, measure_);
        const PageSpace space{bottom - first_top, bottom - next_top, header_.height};
        build_flow(space.next - header_.height);
        const auto slices = paginate(blocks_, space);

        std::vector<PdfPage> pages(slices.size());
        pages[0] = std::move(first);
        for (std::size_t p = 0; p < slices.size(); ++p) {
            pages[p].size = size_;
            Canvas canvas(pages[p], measure_);
            float top = p == 0 ? first_top : next_page_header(canvas);
            bool header_drawn = false;
            for (std::size_t b = slices[p].begin; b < slices[p].end; ++b) {
                if (kinds_[b].first == BlockKind::row && !header_drawn) {
                    draw_table_header(canvas, columns_, header_, kMarginLeft, content_width_, top,
                                      accent_of(view_.seller));
                    top += header_.height;
                    header_drawn = true;
                }
                if (b != slices[p].begin) top += blocks_[b].gap_before;
                draw_block(canvas, b, top);
                top += blocks_[b].height;
            }
            draw_footer(canvas, p + 1, slices.size());
        }
        return pages;
    }

  private:
    // Seller top left, title and number top right, then the customer and the references.
    float first_page_header(Canvas& c) {
        const PdfSeller& seller = view_.seller;
        const float name_top = draw_logo(c, seller.logo, kMarginLeft, kMarginTop);
        float left = c.paragraph(seller.name, kMarginLeft, kLeftColumnWidth, name_top, 19,
                                 PdfFontStyle::bold, 15, accent_of(view_.seller));
        left += 3;
        auto detail = [&](const std::string& text) {
            left = c.paragraph(text, kMarginLeft, kLeftColumnWidth, left, 11.5f,
                               PdfFontStyle::regular, 8.5f, kMuted);
        };
        for (const auto& line : seller.address) detail(line);
        detail(join_non_empty({seller.email, seller.phone}, "  ·  "));
        detail(seller.website);
        for (const auto& tax_id : seller.tax_ids) detail(tax_id);

        float right = c.paragraph(view_.title, right_column_x_, kRightColumnWidth, kMarginTop - 4,
                                  28, PdfFontStyle::bold, 24, accent_of(view_.seller), true);
        right = c.paragraph(view_.number, right_column_x_, kRightColumnWidth, right, 16,
                            PdfFontStyle::bold, 12, kInk, true);
        if (!view_.subtitle.empty()) {
            right = c.paragraph(view_.subtitle, right_column_x_, kRightColumnWidth, right + 2, 12,
                                PdfFontStyle::regular, 9, kMuted, true);
        }

        float top = std::max(left, right) + 12;
        c.rule(kMarginLeft, right_, top, 0.75f, kHairline);
        top += 16;
        return std::max(customer_block(c, top), references_block(c, top)) + 22;
    }

    float customer_block(Canvas& c, float top) {
        const PdfCustomer& customer = view_.customer;
        if (!customer.label.empty()) {
            top = c.paragraph(customer.label, kMarginLeft, kLeftColumnWidth, top, 11,
                              PdfFontStyle::bold, 7.5f, kMuted) +
                  2;
        }
        top = c.paragraph(customer.name, kMarginLeft, kLeftColumnWidth, top, 14, PdfFontStyle::bold,
                          10.5f, kInk);
        top = c.paragraph(customer.company, kMarginLeft, kLeftColumnWidth, top, 12.5f,
                          PdfFontStyle::regular, 9.5f, kInk);
        for (const auto& line : customer.address) {
            top = c.paragraph(line, kMarginLeft, kLeftColumnWidth, top, 12, PdfFontStyle::regular,
                              9, kInk);
        }
        for (const auto& tax_id : customer.tax_ids) {
            top = c.paragraph(tax_id, kMarginLeft, kLeftColumnWidth, top, 11.5f,
                              PdfFontStyle::regular, 8.5f, kMuted);
        }
        // The delivery address, labelled like the billing one, below it.
        if (!customer.delivery_label.empty()) {
            top = c.paragraph(customer.delivery_label, kMarginLeft, kLeftColumnWidth, top + 8, 11,
                              PdfFontStyle::bold, 7.5f, kMuted) +
                  2;
            for (const auto& line : customer.delivery_address) {
                top = c.paragraph(line, kMarginLeft, kLeftColumnWidth, top, 12,
                                  PdfFontStyle::regular, 9, kInk);
            }
        }
        return top;
    }

    // Label on the left, value right-aligned, for each of date, due date, order, subscription.
    float references_block(Canvas& c, float top) {
        float label_width = 0;
        for (const auto& row : view_.meta) {
            label_width = std::max(label_width, c.width(pdf_clean_text(row.label, false),
                                                        PdfFontStyle::regular, 8.5f));
        }
        label_width = std::min(label_width, kRightColumnWidth / 2);
        const float value_x = right_column_x_ + label_width + 10;
        const float value_width = right_ - value_x;
        for (const auto& row : view_.meta) {
            const float after_label = c.paragraph(row.label, right_column_x_, label_width, top, 14,
                                                  PdfFontStyle::regular, 8.5f, kMuted);
            const float after_value = c.paragraph(row.value, value_x, value_width, top, 14,
                                                  PdfFontStyle::bold, 9, kInk, true);
            top = std::max(after_label, after_value);
        }
        return top;
    }

    // The seller and the document's number, above the repeated table header.
    float next_page_header(Canvas& c) {
        const float half = content_width_ / 2 - 10;
        const float baseline = kMarginTop + baseline_offset(12, 9);
        auto first_line = [&](const std::string& text) {
            auto lines = c.wrap(text, half, PdfFontStyle::bold, 9);
            return lines.empty() ? std::string() : lines.front();
        };
        c.text(kMarginLeft, baseline, first_line(view_.seller.name), PdfFontStyle::bold, 9, kInk);
        c.text_right(right_, baseline, first_line(join_non_empty({view_.title, view_.number}, " ")),
                     PdfFontStyle::bold, 9, kInk);
        c.rule(kMarginLeft, right_, kMarginTop + 18, 0.75f, kHairline);
        return kMarginTop + 30;
    }

    void prepare_footer() {
        Canvas measure_only(scratch_, measure_);
        for (const auto& paragraph : view_.legal_notice) {
            for (auto& line :
                 measure_only.wrap(paragraph, content_width_, PdfFontStyle::regular, kNoticeSize)) {
                notice_lines_.push_back(std::move(line));
            }
        }
        notice_in_footer_ = notice_lines_.size() <= kMaxFooterNoticeLines;
        const PdfSeller& seller = view_.seller;
        contact_lines_ = measure_only.wrap(
            join_non_empty({seller.name, seller.email, seller.phone, seller.website}, "  ·  "),
            content_width_ - kPageLabelRoom, PdfFontStyle::regular, kNoticeSize);
        footer_height_ =
            8 + static_cast<float>(std::max<std::size_t>(contact_lines_.size(), 1)) * kFooterLine;
        if (notice_in_footer_ && !notice_lines_.empty()) {
            footer_height_ += static_cast<float>(notice_lines_.size()) * kNoticeLine + 5;
        }
    }

    void draw_footer(Canvas& c, std::size_t page, std::size_t pages) {
        const float footer_top = size_.height - kMarginBottom - footer_height_;
        c.rule(kMarginLeft, right_, footer_top, 0.5f, kHairline);
        float top = footer_top + 8;
        if (notice_in_footer_ && !notice_lines_.empty()) {
            top = c.lines(notice_lines_, kMarginLeft, content_width_, top, kNoticeLine,
                          PdfFontStyle::regular, kNoticeSize, kMuted) +
                  5;
        }
        c.lines(contact_lines_, kMarginLeft, content_width_, top, kFooterLine,
                PdfFontStyle::regular, kNoticeSize, kMuted);
        const float last_line = size_.height - kMarginBottom - kFooterLine;
        c.text_right(right_, last_line + baseline_offset(kFooterLine, 8),
                     pdf_clean_text(page_label(view_.page_label, page, pages), false),
                     PdfFontStyle::regular, 8, kMuted);
    }

    void build_flow(float max_row_height) {
        for (const auto& line : view_.lines) {
            for (auto& row : layout_line(line, columns_, measure_, max_row_height)) {
                add_block(BlockKind::row, rows_.size(), {row.height, 0, true});
                rows_.push_back(std::move(row));
            }
        }
        layout_totals();
        add_block(BlockKind::totals, 0, {totals_height_, kTotalsGap, false});
        Canvas measure_only(scratch_, measure_);
        // Each line a block of its own, so that a long list may continue on the next page.
        for (const auto& mention : view_.mentions) {
            for (auto& line :
                 measure_only.wrap(mention, content_width_, PdfFontStyle::regular, kTermsSize)) {
                const float gap = mention_lines_.empty() ? kMentionsGap : 0;
                add_block(BlockKind::mention, mention_lines_.size(), {kTermsLine, gap, false});
                mention_lines_.push_back(std::move(line));
            }
        }
        terms_lines_ = measure_only.wrap(view_.payment_terms, content_width_, PdfFontStyle::regular,
                                         kTermsSize);
        for (std::size_t i = 0; i < terms_lines_.size(); ++i) {
            add_block(BlockKind::terms, i, {kTermsLine, i == 0 ? kTermsGap : 0, false});
        }
        if (!notice_in_footer_) {
            for (std::size_t i = 0; i < notice_lines_.size(); ++i) {
                add_block(BlockKind::notice, i, {kNoticeLine, i == 0 ? kNoticeGap : 0, false});
            }
        }
    }

    void add_block(BlockKind kind, std::size_t index, FlowBlock block) {
        kinds_.emplace_back(kind, index);
        blocks_.push_back(block);
    }

    // The totals block: as wide as its widest label and value need, within limits.
    void layout_totals() {
        Canvas c(scratch_, measure_);
        float label_widest = 0;
        float value_widest = 0;
        for (const auto& row : view_.totals) {
            const auto style = row.strong ? PdfFontStyle::bold : PdfFontStyle::regular;
            label_widest =
                std::max(label_widest, c.width(pdf_clean_text(row.label, false), style, 9));
            value_widest =
                std::max(value_widest, c.width(pdf_clean_text(row.value, false), style, 9));
        }
        totals_width_ = std::clamp(label_widest + value_widest + 4 * kCellPadding, kTotalsMinWidth,
                                   content_width_ * kTotalsMaxShare);
        value_width_ = std::min(value_widest, totals_width_ / 2);
        const float label_width = totals_width_ - value_width_ - 3 * kCellPadding;
        totals_height_ = 0;
        for (const auto& row : view_.totals) {
            const auto style = row.strong ? PdfFontStyle::bold : PdfFontStyle::regular;
            TotalsLine line{c.wrap(row.label, label_width, style, 9),
                            c.wrap(row.value, value_width_, style, 9), row.strong, 0};
            const float padding = row.strong ? 10 : 6;
            const std::size_t count =
                std::max<std::size_t>({line.label.size(), line.value.size(), 1});
            line.height = static_cast<float>(count) * 13 + padding;
            totals_height_ += line.height;
            totals_.push_back(std::move(line));
        }
    }

    void draw_block(Canvas& c, std::size_t block, float top) {
        const auto [kind, index] = kinds_[block];
        switch (kind) {
            case BlockKind::row:
                draw_table_row(c, columns_, rows_[index], kMarginLeft, content_width_, top);
                break;
            case BlockKind::totals:
                draw_totals(c, top);
                break;
            case BlockKind::mention:
                c.lines({mention_lines_[index]}, kMarginLeft, content_width_, top, kTermsLine,
                        PdfFontStyle::regular, kTermsSize, kInk);
                break;
            case BlockKind::terms:
                c.lines({terms_lines_[index]}, kMarginLeft, content_width_, top, kTermsLine,
                        PdfFontStyle::regular, kTermsSize, kInk);
                break;
            case BlockKind::notice:
                c.lines({notice_lines_[index]}, kMarginLeft, content_width_, top, kNoticeLine,
                        PdfFontStyle::regular, kNoticeSize, kMuted);
                break;
        }
    }

    void draw_totals(Canvas& c, float top) {
        const float x = right_ - totals_width_;
        // The last strong row (the total) stands out on a band.
        std::size_t banded = totals_.size();
        for (std::size_t i = 0; i < totals_.size(); ++i) {
            if (totals_[i].strong) banded = i;
        }
        for (std::size_t i = 0; i < totals_.size(); ++i) {
            const TotalsLine& line = totals_[i];
            const auto style = line.strong ? PdfFontStyle::bold : PdfFontStyle::regular;
            if (i == banded) c.band(x, top, totals_width_, line.height, kBand);
            if (line.strong) c.rule(x, right_, top, 0.75f, kInk);
            const float inner = top + (line.strong ? 5 : 3);
            c.lines(line.label, x + kCellPadding, 0, inner, 13, style, 9,
                    line.strong ? kInk : kMuted);
            c.lines(line.value, right_ - kCellPadding - value_width_, value_width_, inner, 13,
                    style, 9, kInk, true);
            top += line.height;
        }
    }

    const PdfInvoiceView& view_;
    const TextMeasure& measure_;
    const PdfPageSize size_;
    const float right_;  // the content's right edge
    const float content_width_;
    const float right_column_x_;  // the title and the references
    PdfPage scratch_;             // for measuring only

    std::vector<TableColumn> columns_;
    TableRow header_;
    std::vector<TableRow> rows_;
    std::vector<TotalsLine> totals_;
    float totals_width_ = 0;
    float value_width_ = 0;
    float totals_height_ = 0;
    std::vector<std::string> mention_lines_;
    std::vector<std::string> terms_lines_;
    std::vector<std::string> notice_lines_;
    bool notice_in_footer_ = true;
    std::vector<std::string> contact_lines_;
    float footer_height_ = 0;

    std::vector<FlowBlock> blocks_;
    std::vector<std::pair<BlockKind, std::size_t>> kinds_;  // parallel to blocks_
};

void replace_all(std::string& text, std::string_view from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

}  // namespace

std::string page_label(const std::string& pattern, std::size_t page, std::size_t pages) {
    std::string label = pattern;
    replace_all(label, "{page}", std::to_string(page));
    replace_all(label, "{pages}", std::to_string(pages));
    return label;
}

std::vector<PdfPage> compose_invoice(const PdfInvoiceView& view, const TextMeasure& measure) {
    return InvoiceComposer(view, measure).compose();
}

}  // namespace portalgen
