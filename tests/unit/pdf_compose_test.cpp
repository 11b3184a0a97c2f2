// Invoice composition: pages, repeated table header, page labels, totals (no paid mark: the PDF
// is the invoice as issued), everything inside the margins — with a fixed-width measure, no PDF.
#include "render/pdf_compose.h"

#include <catch2/catch.hpp>
#include <string>

#include "logo_samples.h"
#include "pdf_test_pages.h"
#include "pdf_test_views.h"
#include "render/pdf_style.h"

using namespace portalgen;
using testing::count_text;
using testing::has_text_starting;

namespace {

const testing::FixedMeasure measure(0.55f);

}  // namespace

TEST_CASE("pdf compose: page label pattern", "[pdf][compose]") {
    CHECK(page_label("Page {page} / {pages}", 2, 3) == "Page 2 / 3");
    CHECK(page_label("{page}/{pages} — {page}", 1, 1) == "1/1 — 1");
    CHECK(page_label("", 1, 1).empty());
}

TEST_CASE("pdf compose: a short invoice fits one page", "[pdf][compose]") {
    const auto pages = compose_invoice(testing::sample_invoice_view(3), measure);
    REQUIRE(pages.size() == 1);
    CHECK(count_text(pages[0], "Page 1 / 1") == 1);
    CHECK(count_text(pages[0], "Invoice") == 1);
    CHECK(count_text(pages[0], "INV/2026/00001") == 1);
    CHECK(count_text(pages[0], "$4,957.72") == 1);  // the total, the last row
}

TEST_CASE("pdf compose: a long invoice repeats the table header and numbers every page",
          "[pdf][compose]") {
    const auto pages = compose_invoice(testing::sample_invoice_view(45), measure);
    REQUIRE(pages.size() >= 3);
    const std::string of = " / " + std::to_string(pages.size());
    int product_rows = 0;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        INFO("page " << p + 1);
        CHECK(count_text(pages[p], "Page " + std::to_string(p + 1) + of) == 1);
        CHECK(count_text(pages[p], "Description") == 1);  // the table header
        CHECK_FALSE(pages[p].rects.empty());              // its band
        product_rows += count_text(pages[p], "ODO50 device") +
                        count_text(pages[p], "Odoo Enterprise — 10 users") +
                        count_text(pages[p], "Fleet tracking") +
                        count_text(pages[p], "Installation") +
                        count_text(pages[p], "Success Pack 25 h") +
                        count_text(pages[p], "SIM card (data plan)");
        // Later pages recall the seller and the number above the table.
        if (p > 0) CHECK(count_text(pages[p], "Invoice INV/2026/00001") == 1);
    }
    CHECK(product_rows == 45);  // every line once: none lost, none split
    // The totals block is whole on the last page.
    for (std::size_t p = 0; p + 1 < pages.size(); ++p) {
        CHECK(count_text(pages[p], "Untaxed amount") == 0);
    }
    CHECK(count_text(pages.back(), "Untaxed amount") == 1);
    CHECK(count_text(pages.back(), "$4,957.72") == 1);
}

TEST_CASE("pdf compose: all text stays inside the page margins, on A4 and US Letter",
          "[pdf][compose]") {
    for (const PdfPaper paper : {PdfPaper::a4, PdfPaper::us_letter}) {
        const PdfPageSize size = pdf_style::page_size(paper);
        INFO("page " << size.width << " x " << size.height);
        auto view = testing::sample_invoice_view(20);
        view.paper = paper;
        view.lines[0].description = std::string(3000, 'x');  // one unbreakable word
        view.customer.name = "A customer name long enough to need more than one line in its block";
        std::string street;
        for (int i = 0; i < 400; ++i) street += "Rue " + std::to_string(i) + " ";
        view.customer.address.push_back(street);  // taller than the page
        view.customer.delivery_label = "Deliver to";
        view.customer.delivery_address = {"ZI des Gaulnes", "69330 Meyzieu"};
        view.mentions = {std::string(400, 'm'), "Reverse charge"};
        for (const auto& page : compose_invoice(view, measure)) {
            CHECK(page.size.width == size.width);
            CHECK(page.size.height == size.height);
            for (const auto& run : page.texts) {
                INFO(run.text);
                CHECK(run.x >= pdf_style::kMarginLeft - 0.01f);
                CHECK(run.x + measure.width(run.text, run.style, run.size) <=
                      size.width - pdf_style::kMarginRight + 0.01f);
                CHECK(run.y >= pdf_style::kMarginBottom - 0.01f);
                CHECK(run.y <= size.height - pdf_style::kMarginTop);
            }
        }
    }
}

TEST_CASE("pdf compose: US Letter pages are laid out for their width", "[pdf][compose]") {
    auto view = testing::sample_invoice_view(3);
    view.paper = PdfPaper::us_letter;
    const auto pages = compose_invoice(view, measure);
    REQUIRE(pages.size() == 1);
    // The page label and the total end at the right margin of a 612-point page.
    float right = 0;
    for (const auto& run : pages[0].texts) {
        if (run.text == "Page 1 / 1") right = run.x + measure.width(run.text, run.style, run.size);
    }
    CHECK(right == Approx(612 - pdf_style::kMarginRight));
}

TEST_CASE("pdf compose: the mentions under the totals, before the payment terms",
          "[pdf][compose]") {
    auto view = testing::sample_invoice_view(2);
    view.mentions = {"Autoliquidation", "Option pour le paiement de la taxe d’après les débits"};
    view.customer.delivery_label = "Livrer à";
    view.customer.delivery_address = {"ZI des Gaulnes", "69330 Meyzieu"};
    const auto pages = compose_invoice(view, measure);
    REQUIRE(pages.size() == 1);
    auto top_of = [&](const std::string& text) {
        for (const auto& run : pages[0].texts)
            if (run.text.rfind(text, 0) == 0) return pages[0].size.height - run.y;
        FAIL("no " << text);
        return 0.0f;
    };
    // Top-down: the total, the mentions in order, then the terms.
    CHECK(top_of("$4,957.72") < top_of("Autoliquidation"));
    CHECK(top_of("Autoliquidation") < top_of("Option pour"));
    CHECK(top_of("Option pour") < top_of("Payment terms"));
    // The delivery address under the customer's.
    CHECK(top_of("Transports Tremblay inc.") < top_of("Livrer à"));
    CHECK(top_of("Livrer à") < top_of("ZI des Gaulnes"));
    CHECK(top_of("ZI des Gaulnes") < top_of("69330 Meyzieu"));
}

TEST_CASE("pdf compose: a long legal notice leaves the footer for the end of the document",
          "[pdf][compose]") {
    auto view = testing::sample_invoice_view(2);
    std::string notice;
    for (int i = 0; i < 40; ++i)
        notice += "Conditions générales de vente, article " + std::to_string(i) + ". ";
    view.legal_notice = {notice};
    const auto pages = compose_invoice(view, measure);
    // The notice is printed once, after the payment terms, not on every page.
    int notice_lines = 0;
    for (const auto& page : pages) notice_lines += has_text_starting(page, "Conditions") ? 1 : 0;
    CHECK(notice_lines == 1);
}

TEST_CASE("pdf compose: hostile text is cleaned, never breaks the layout", "[pdf][compose]") {
    auto view = testing::sample_invoice_view(1);
    view.lines[0].product = "Bad \xFF byte\x01 and tab\there";
    view.number = "";
    view.meta.clear();
    view.totals.clear();
    const auto pages = compose_invoice(view, measure);
    REQUIRE(pages.size() == 1);
    CHECK(count_text(pages[0], "Bad \uFFFD byte\uFFFD and tab here") == 1);
}

TEST_CASE("pdf compose: the seller's logo sits top left on the first page, fitted to its box",
          "[pdf][compose][brand]") {
    auto view = testing::sample_invoice_view(40);
    const auto plain = compose_invoice(view, measure);
    view.seller.logo = test::png_header(300, 100);
    const auto pages = compose_invoice(view, measure);
    REQUIRE(pages.size() >= 2);
    CHECK(plain[0].images.empty());
    REQUIRE(pages[0].images.size() == 1);
    for (std::size_t p = 1; p < pages.size(); ++p) CHECK(pages[p].images.empty());
    const PdfImage& logo = pages[0].images[0];
    // 300 x 100 pixels into the 160 x 40 point box: 120 x 40, its top at the top margin.
    CHECK(logo.width == Approx(120));
    CHECK(logo.height == Approx(40));
    CHECK(logo.x == Approx(pdf_style::kMarginLeft));
    CHECK(logo.y + logo.height == Approx(pages[0].size.height - pdf_style::kMarginTop));
    CHECK(logo.bytes == view.seller.logo);
    // The seller's name moves down by the logo and its gap, below the logo.
    auto name_y = [](const PdfPage& page) {
        for (const auto& run : page.texts)
            if (run.text == "Odotrack Inc." && run.size == 15) return run.y;
        return -1.0f;
    };
    CHECK(name_y(plain[0]) - name_y(pages[0]) == Approx(40 + pdf_style::kLogoGap));
    CHECK(name_y(pages[0]) < logo.y);
}
