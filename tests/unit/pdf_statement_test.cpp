// Statement composition: a long statement flows over pages with the items table's header on each,
// the total and aging once, "Page n / N" on every page, everything inside the margins; an empty
// statement says so — with a fixed-width measure, no PDF.
#include "render/pdf_statement.h"

#include <catch2/catch.hpp>
#include <string>

#include "render/pdf_style.h"

using namespace portalgen;

namespace {

class FixedMeasure final : public TextMeasure {
  public:
    float width(std::string_view utf8, PdfFontStyle, float size) const override {
        float characters = 0;
        std::size_t pos = 0;
        while (pos < utf8.size()) {
            next_code_point(utf8, pos);
            characters += 1;
        }
        return characters * size * 0.55f;
    }
};

const FixedMeasure measure;

int count_text(const PdfPage& page, const std::string& text) {
    int count = 0;
    for (const auto& run : page.texts) count += run.text == text ? 1 : 0;
    return count;
}

PdfStatementView statement(std::size_t rows) {
    PdfStatementView v;
    v.title = "Statement of account";
    v.as_of = "As of Nov 30, 2026";
    v.seller.name = "Brightline Services";
    v.customer_name = "Alex Martin";
    v.columns = {"Document", "Date", "Due date", "Days overdue", "Amount due"};
    v.aging_title = "Aging";
    v.empty = "Nothing is due on your account.";
    v.page_label = "Page {page} / {pages}";
    PdfStatementSection s;
    s.heading = "Currency CAD";
    for (std::size_t i = 0; i < rows; ++i)
        s.rows.push_back({"INV/2026/" + std::to_string(1000 + i) + " · Invoice", "Oct 1, 2026",
                          "Oct 31, 2026", "30", "$10.00"});
    s.total = {"Total due", "$" + std::to_string(10 * rows) + ".00"};
    s.aging = {{"Current", "$0.00"},
               {"1–30 days", s.total.value},
               {"31–60 days", "$0.00"},
               {"61–90 days", "$0.00"},
               {"Over 90 days", "$0.00"}};
    v.sections.push_back(s);
    return v;
}

}  // namespace

TEST_CASE("a long statement repeats the table header and numbers its pages", "[pdf][statement]") {
    const PdfStatementView view = statement(120);
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
    PdfStatementView view = statement(0);
    view.sections.clear();
    const std::vector<PdfPage> pages = compose_statement(view, measure);
    REQUIRE(pages.size() == 1);
    CHECK(count_text(pages[0], "Nothing is due on your account.") == 1);
    CHECK(count_text(pages[0], "Document") == 0);
    CHECK(count_text(pages[0], "Page 1 / 1") == 1);
}
