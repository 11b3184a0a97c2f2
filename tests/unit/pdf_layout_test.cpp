// PDF layout: text wrapping, table columns, rows, and pagination — with a fixed-width measure,
// so the expected numbers are easy to check by hand.
#include "render/pdf_layout.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "pdf_test_pages.h"
#include "render/pdf_style.h"
#include "render/pdf_text.h"

using namespace portalgen;

namespace {

// Every character is half the font size wide (bold as well).
const testing::FixedMeasure measure(0.5f);

// Width of n characters at size 10.
float chars(int n) {
    return static_cast<float>(n) * 5;
}

std::vector<std::string> wrap(std::string_view text, float width) {
    return wrap_text(text, width, measure, PdfFontStyle::regular, 10);
}

FlowBlock row(float height) {
    return FlowBlock{height, 0, true};
}

}  // namespace

TEST_CASE("pdf wrap: breaks at spaces within the width", "[pdf][layout]") {
    CHECK(wrap("the quick brown fox jumps", chars(10)) ==
          std::vector<std::string>{"the quick", "brown fox", "jumps"});
    CHECK(wrap("exactly ten", chars(11)) == std::vector<std::string>{"exactly ten"});
    CHECK(wrap("  spaced   out  ", chars(20)) == std::vector<std::string>{"spaced out"});
}

TEST_CASE("pdf wrap: line feeds start lines, empty text has none", "[pdf][layout]") {
    CHECK(wrap("one\ntwo\n\nfour", chars(20)) ==
          std::vector<std::string>{"one", "two", "", "four"});
    CHECK(wrap("", chars(20)).empty());
    // Trailing line feeds and spaces add no blank line.
    CHECK(wrap("one\n\n \n", chars(20)) == std::vector<std::string>{"one"});
}

TEST_CASE("pdf wrap: a word wider than the line breaks between characters", "[pdf][layout]") {
    CHECK(wrap("abcdefghij xy", chars(4)) == std::vector<std::string>{"abcd", "efgh", "ij", "xy"});
    // UTF-8 characters are never cut in the middle.
    CHECK(wrap("éééééé", chars(4)) == std::vector<std::string>{"éééé", "éé"});
}

TEST_CASE("pdf wrap: no-break spaces hold an amount together", "[pdf][layout]") {
    // "1 234,56 €" as ICU writes it in French: U+202F groups, U+00A0 before the sign.
    const std::string amount = "1\u202F234,56\u00A0€";
    CHECK(wrap("total " + amount, chars(10)) == std::vector<std::string>{"total", amount});
}

TEST_CASE("pdf text: cleaning replaces what a PDF font cannot draw", "[pdf][layout]") {
    CHECK(pdf_clean_text("a\tb\r\nc", true) == "a b\nc");
    CHECK(pdf_clean_text("a\nb", false) == "a b");
    CHECK(pdf_clean_text("bell\x07", false) == "bell\uFFFD");
    CHECK(pdf_clean_text("bad \xC3 byte", false) == "bad \uFFFD byte");
    CHECK(pdf_clean_text("emoji \U0001F600", false) == "emoji \uFFFD");
    CHECK(pdf_clean_text("Ελληνικά, русский, €", false) == "Ελληνικά, русский, €");
}

TEST_CASE("pdf columns: numeric columns fit their widest value, product takes the rest",
          "[pdf][layout]") {
    const PdfColumnHeaders headers{"Product", "Qty", "Price", "Disc.", "Taxes", "Amount"};
    std::vector<PdfInvoiceLine> lines(2);
    lines[0] = {"A", "", "1", "10.00", "", "GST", "10.00"};
    lines[1] = {"B", "", "12", "1,000.00", "", "GST, QST", "12,000.00"};
    const auto columns = layout_columns(headers, lines, measure, 500);

    // No line has a discount: that column is left out.
    REQUIRE(columns.size() == 5);
    CHECK(columns[0].kind == PdfColumnKind::product);
    CHECK_FALSE(columns[0].right_aligned);
    CHECK(columns[4].kind == PdfColumnKind::amount);
    CHECK(columns[4].right_aligned);
    const float pad = 2 * pdf_style::kCellPadding;
    // "12,000.00" is 9 characters at 9 pt; the header "Amount" is 6 at 8 pt.
    CHECK(columns[4].width == Approx(9 * 4.5f + pad));
    CHECK(columns[1].width == Approx(3 * 4.0f + pad));  // the header "Qty" is the widest
    float total = 0;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        CHECK(columns[i].x == Approx(total));
        total += columns[i].width;
    }
    CHECK(total == Approx(500));
}

TEST_CASE("pdf columns: very wide values shrink, the product column keeps its minimum",
          "[pdf][layout]") {
    const PdfColumnHeaders headers{"Product", "Qty", "Price", "Disc.", "Taxes", "Amount"};
    std::vector<PdfInvoiceLine> lines(1);
    const std::string huge(80, '9');
    lines[0] = {"A", "", huge, huge, huge, huge, huge};
    const auto columns = layout_columns(headers, lines, measure, 500);
    REQUIRE(columns.size() == 6);
    CHECK(columns[0].width == Approx(pdf_style::kProductMinWidth));
}

TEST_CASE("pdf rows: product over description, height from the tallest cell", "[pdf][layout]") {
    const PdfColumnHeaders headers{"Product", "Qty", "Price", "", "", "Amount"};
    PdfInvoiceLine line{"Device",
                        "one two three four five six seven eight nine ten eleven twelve thirteen "
                        "fourteen fifteen sixteen seventeen eighteen nineteen twenty",
                        "1",
                        "5",
                        "",
                        "",
                        "5"};
    const auto columns = layout_columns(headers, {line}, measure, 300);
    const auto rows = layout_line(line, columns, measure, 1000);
    REQUIRE(rows.size() == 1);
    const TableCell& product = rows[0].cells[0];
    REQUIRE(product.lines.size() >= 3);
    CHECK(product.lines[0].text == "Device");
    CHECK(product.lines[0].style == PdfFontStyle::bold);
    CHECK(product.lines[1].muted);
    const float expected =
        pdf_style::kRowPaddingTop + pdf_style::kRowPaddingBottom + pdf_style::kProductLine +
        static_cast<float>(product.lines.size() - 1) * pdf_style::kDescriptionLine;
    CHECK(rows[0].height == Approx(expected));
}

TEST_CASE("pdf rows: only a row taller than a page is cut, into whole lines", "[pdf][layout]") {
    const PdfColumnHeaders headers{"Product", "Qty", "Price", "", "", "Amount"};
    std::string description;
    for (int i = 0; i < 100; ++i) description += "line\n";
    PdfInvoiceLine line{"Device", description, "1", "5", "", "", "5"};
    const auto columns = layout_columns(headers, {line}, measure, 300);
    const float max_height = 200;
    const auto pieces = layout_line(line, columns, measure, max_height);
    REQUIRE(pieces.size() > 1);
    std::size_t described = 0;
    for (const auto& piece : pieces) {
        CHECK(piece.height <= max_height);
        described += piece.cells[0].lines.size();
    }
    CHECK(described == 101);  // the product and its 100 description lines, none lost
    // The numbers stay with the first piece.
    CHECK(pieces[0].cells[1].lines.size() == 1);
    CHECK(pieces[1].cells[1].lines.empty());
}

TEST_CASE("pdf paginate: rows fill a page, the header repeats on every page with rows",
          "[pdf][layout]") {
    const PageSpace space{100, 200, 20};
    // Page 1: header 20 + 4 rows of 20 = 100. Page 2: header + 9 rows. Page 3: header + 2.
    std::vector<FlowBlock> blocks(15, row(20));
    const auto pages = paginate(blocks, space);
    REQUIRE(pages.size() == 3);
    CHECK(pages[0].begin == 0);
    CHECK(pages[0].end == 4);
    CHECK(pages[1].end == 13);
    CHECK(pages[2].end == 15);
    for (const auto& page : pages) CHECK(page.table_header);
}

TEST_CASE("pdf paginate: a row never splits across pages", "[pdf][layout]") {
    const PageSpace space{100, 100, 20};
    const std::vector<FlowBlock> blocks{row(50), row(50), row(40)};
    const auto pages = paginate(blocks, space);
    REQUIRE(pages.size() == 3);
    CHECK(pages[0].end == 1);  // 20 + 50 + 50 > 100: the second row moves whole
    CHECK(pages[1].end == 2);
    CHECK(pages[2].end == 3);
}

TEST_CASE("pdf paginate: the totals block moves whole to a new page, without table header",
          "[pdf][layout]") {
    const PageSpace space{100, 100, 20};
    const std::vector<FlowBlock> blocks{row(30), row(30), FlowBlock{40, 10, false}};
    const auto pages = paginate(blocks, space);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].end == 2);
    CHECK(pages[1].begin == 2);
    CHECK_FALSE(pages[1].table_header);

    // With room to spare it stays, its gap counted.
    const auto one = paginate({row(30), row(30), FlowBlock{10, 10, false}}, space);
    CHECK(one.size() == 1);
}

TEST_CASE("pdf paginate: the gap above a block is dropped at the top of a page", "[pdf][layout]") {
    const PageSpace space{100, 100, 20};
    // The totals (100 high) fill a page exactly when their gap is dropped.
    const auto pages = paginate({row(60), FlowBlock{100, 30, false}}, space);
    REQUIRE(pages.size() == 2);
    CHECK(pages[1].begin == 1);
}

TEST_CASE("pdf paginate: a small first page, empty flows and oversized blocks", "[pdf][layout]") {
    // Nothing fits under a tall first-page header: the first row opens page 2.
    const auto moved = paginate({row(50)}, PageSpace{30, 200, 20});
    REQUIRE(moved.size() == 2);
    CHECK(moved[0].begin == moved[0].end);
    CHECK(moved[1].table_header);

    CHECK(paginate({}, PageSpace{100, 100, 20}).size() == 1);

    // A block taller than any page gets a page of its own rather than looping.
    const auto huge =
        paginate({row(10), FlowBlock{500, 0, false}, row(10)}, PageSpace{100, 100, 20});
    REQUIRE(huge.size() == 3);
    CHECK(huge[1].end - huge[1].begin == 1);
}
