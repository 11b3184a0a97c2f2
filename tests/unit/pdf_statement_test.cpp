// Statement composition: a long statement flows over pages with the items table's header on each,
// the total and aging once, "Page n / N" on every page, everything inside the margins; an empty
// statement says so — with a fixed-width measure, no PDF.
#include "render/pdf_statement.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "logo_samples.h"
#include "pdf_test_pages.h"
#include "pdf_test_views.h"
#include "render/pdf_style.h"

using namespace portalgen;
using testing::count_text;

namespace {

const testing::FixedMeasure measure(0.55f);

}  // namespace

TEST_CASE("a long statement repeats the table header and numbers its pages", "[pdf][statement]") {
    const PdfStatementView view = testing::sample_statement_view(120);
    const std::vector<PdfPage> pages = compose_statement(view, measure);
    REQUIRE(pages.size() >= 3);
    int rows = 0, totals = 0;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const PdfPage& page = pages[i];
        CAPTURE(i);
        CHECK(count_text(page, "Document") == 1);
        CHECK(count_text(page, "Page " + std::to_string(i + 1) + " / " +
                                   std::to_string(pages.size())) == 1);
        for (const auto& run : page.texts) {
            if (run.text.ends_with(" · Invoice")) ++rows;
            CHECK(run.x >= pdf_style::kMarginLeft - 0.01f);
            CHECK(run.x + measure.width(run.text, run.style, run.size) <=
                  page.size.width - pdf_style::kMarginRight + 0.01f);
            CHECK(run.y >= pdf_style::kMarginBottom - 0.01f);
            CHECK(run.y <= page.size.height - pdf_style::kMarginTop + 0.01f);
        }
        totals += count_text(page, "$1200.00");
    }
    CHECK(rows == 120);
    CHECK(totals == 3);  // the total row, the 1–30 bucket and the aging table's total column
    CHECK(count_text(pages.front(), "Statement of account") == 1);
    CHECK(count_text(pages.back(), "Aging") == 1);
}

TEST_CASE("an empty statement says nothing is due", "[pdf][statement]") {
    PdfStatementView view = testing::sample_statement_view(0);
    view.sections.clear();
    const std::vector<PdfPage> pages = compose_statement(view, measure);
    REQUIRE(pages.size() == 1);
    CHECK(count_text(pages[0], "Nothing is due on your account.") == 1);
    CHECK(count_text(pages[0], "Document") == 0);
    CHECK(count_text(pages[0], "Page 1 / 1") == 1);
}

TEST_CASE("the statement shows the seller's logo above its name", "[pdf][statement][brand]") {
    PdfStatementView view = testing::sample_statement_view(3);
    view.seller.logo = test::png_header(800, 100);
    const std::vector<PdfPage> pages = compose_statement(view, measure);
    REQUIRE(pages[0].images.size() == 1);
    const PdfImage& logo = pages[0].images[0];
    // 800 x 100 pixels into the 160 x 40 point box: 160 x 20.
    CHECK(logo.width == Approx(160));
    CHECK(logo.height == Approx(20));
    CHECK(logo.x == Approx(pdf_style::kMarginLeft));
    CHECK(logo.y + logo.height == Approx(pages[0].size.height - pdf_style::kMarginTop));
    for (const auto& run : pages[0].texts)
        if (run.text == "Brightline Services") CHECK(run.y < logo.y);
}

TEST_CASE("the statement's items are the invoices' table: padded cells, amounts right-aligned",
          "[pdf][statement]") {
    const std::vector<PdfPage> pages =
        compose_statement(testing::sample_statement_view(2), measure);
    const float right = pages[0].size.width - pdf_style::kMarginRight - pdf_style::kCellPadding;
    int amounts = 0;
    for (const auto& run : pages[0].texts) {
        if (run.text == "$10.00") {
            ++amounts;
            CHECK(run.x + measure.width(run.text, run.style, run.size) == Approx(right));
        }
        if (run.text.ends_with(" · Invoice"))
            CHECK(run.x == Approx(pdf_style::kMarginLeft + pdf_style::kCellPadding));
    }
    CHECK(amounts == 2);
    // The accent rule under each header band, as on an invoice: the items' and the aging's.
    const auto accent_rules =
        std::count_if(pages[0].rules.begin(), pages[0].rules.end(), [](const PdfRule& rule) {
            return rule.width == 0.75f && rule.color.r == pdf_style::kAccent.r &&
                   rule.color.b == pdf_style::kAccent.b;
        });
    CHECK(accent_rules == 2);
}
