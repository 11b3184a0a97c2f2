// Invoice PDF rendering with libharu: a valid PDF, byte-identical for the same view (also after
// other documents and on other threads), the fastest fonts that show every character,
// widths that match libharu's, and text that comes back from pdftotext when it is installed.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "pdf_test_views.h"
#include "render/pdf_fonts.h"
#include "render/pdf_haru.h"
#include "render/pdf_invoice.h"
#include "render/pdf_text.h"
#include "render/pdf_text_codes.h"
#include "render/pdf_winansi.h"

using namespace portalgen;

namespace {

const PdfFonts& fonts() {
    static const PdfFonts loaded = PdfFonts::load_default();
    return loaded;
}

bool contains(const std::string& bytes, const std::string& text) {
    return bytes.find(text) != std::string::npos;
}

std::size_t count(const std::string& bytes, const std::string& text) {
    std::size_t n = 0;
    for (auto at = bytes.find(text); at != std::string::npos; at = bytes.find(text, at + 1)) ++n;
    return n;
}

PdfInvoiceView greek_view() {
    auto view = testing::sample_invoice_view(3);
    view.customer.name = "Γιώργος Παπαδόπουλος";
    view.customer.address = {"Οδός Ερμού 10", "Αθήνα 105 63"};
    return view;
}

}  // namespace

TEST_CASE("pdf render: a complete PDF document", "[pdf][render]") {
    const std::string pdf = render_invoice_pdf(testing::sample_invoice_view(12), fonts());
    CHECK(pdf.rfind("%PDF-1.", 0) == 0);
    CHECK(contains(pdf.substr(pdf.size() - 8), "%%EOF"));
    CHECK(contains(pdf, "/MediaBox [ 0 0 595.276 841.89"));  // A4
    // Dates from the view only; no file identifier (it would be random or time-based).
    CHECK(contains(pdf, "/CreationDate (D:20261101000000Z"));
    CHECK_FALSE(contains(pdf, "/ID"));

    // Document information in UTF-16: "Avoir RINV/…", "Odotrack Québec inc."
    const std::string credit_note =
        render_invoice_pdf(testing::sample_french_credit_note_view(), fonts());
    CHECK(contains(credit_note, "/Title <FEFF00410076006F00690072"));
    CHECK(contains(credit_note, "/Author <FEFF"));
    CHECK(contains(credit_note, "0051007500E9006200650063"));  // "Québec"
}

TEST_CASE("pdf render: the same view gives the same bytes", "[pdf][render]") {
    const auto view = testing::sample_invoice_view(12);
    const std::string first = render_invoice_pdf(view, fonts());
    // Other documents in between, with the other font family, leave no trace.
    render_invoice_pdf(greek_view(), fonts());
    render_invoice_pdf(testing::sample_french_credit_note_view(), fonts());
    CHECK(render_invoice_pdf(view, fonts()) == first);

    std::string on_other_thread;
    std::thread([&] { on_other_thread = render_invoice_pdf(view, fonts()); }).join();
    CHECK(on_other_thread == first);

    auto changed = view;
    changed.lines[0].quantity = "2.00";
    CHECK(render_invoice_pdf(changed, fonts()) != first);
}

TEST_CASE("pdf render: threads render at once, each PDF as if alone", "[pdf][render]") {
    const auto latin = testing::sample_invoice_view(12);
    const auto greek = greek_view();
    const std::string expected_latin = render_invoice_pdf(latin, fonts());
    const std::string expected_greek = render_invoice_pdf(greek, fonts());
    std::vector<std::string> results(8);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 3; ++i) {
                results[t] = render_invoice_pdf(t % 2 ? greek : latin, fonts());
            }
        });
    }
    for (auto& thread : threads) thread.join();
    for (std::size_t t = 0; t < results.size(); ++t) {
        CHECK(results[t] == (t % 2 ? expected_greek : expected_latin));
    }
}

TEST_CASE("pdf render: the fastest fonts that show every character", "[pdf][render]") {
    // English and French (narrow no-break spaces included): the subset, Windows-1252 text.
    for (const auto& view :
         {testing::sample_invoice_view(12), testing::sample_french_credit_note_view()}) {
        const std::string pdf = render_invoice_pdf(view, fonts());
        CHECK(contains(pdf, "+PortalgenSans"));
        CHECK(contains(pdf, "+PortalgenSans-Bold"));
        CHECK(contains(pdf, "/WinAnsiEncoding"));
        CHECK_FALSE(contains(pdf, "Identity-H"));
        CHECK_FALSE(contains(pdf, "DejaVuSans"));
    }

    // Other Latin scripts: the subset in UTF-8.
    auto polish = testing::sample_invoice_view(3);
    polish.customer.address[1] = "90-001 Łódź";
    const std::string latin = render_invoice_pdf(polish, fonts());
    CHECK(contains(latin, "+PortalgenSans"));
    CHECK(contains(latin, "Identity-H"));
    CHECK_FALSE(contains(latin, "/WinAnsiEncoding"));
    CHECK_FALSE(contains(latin, "DejaVuSans"));

    // Greek: the full font.
    const std::string greek = render_invoice_pdf(greek_view(), fonts());
    CHECK(contains(greek, "+DejaVuSans"));
    CHECK_FALSE(contains(greek, "PortalgenSans"));
    CHECK(latin.size() < greek.size());  // the point of the subset

    const std::string forced =
        render_invoice_pdf(testing::sample_invoice_view(2), fonts(), PdfFontChoice::full);
    CHECK(contains(forced, "+DejaVuSans"));
    const std::string unicode =
        render_invoice_pdf(testing::sample_invoice_view(2), fonts(), PdfFontChoice::unicode);
    CHECK(contains(unicode, "+PortalgenSans"));
    CHECK(contains(unicode, "Identity-H"));
}

TEST_CASE("pdf render: long invoices get more pages", "[pdf][render]") {
    const std::string pdf = render_invoice_pdf(testing::sample_invoice_view(45), fonts());
    CHECK(contains(pdf, "/Count 3"));
    CHECK(count(pdf, "/Type /Page\n") + count(pdf, "/Type /Page ") + count(pdf, "/Type /Page\r") >=
          3);
}

TEST_CASE("pdf fonts: the subset's coverage", "[pdf][fonts]") {
    CHECK(fonts().subset_covers("Québec, Łódź, Øresund — « 1\u202F234,56\u00A0€ » −5 ™ →"));
    CHECK_FALSE(fonts().subset_covers("Γιώργος"));
    CHECK_FALSE(fonts().subset_covers("Москва"));
    CHECK(fonts().full().regular.metrics.covers("Γιώργος Москва"));
}

TEST_CASE("pdf fonts: a missing font file is named", "[pdf][fonts]") {
    const auto empty = std::filesystem::temp_directory_path() /
                       ("portalgen-no-fonts-here-" + std::to_string(::getpid()));
    std::filesystem::create_directories(empty);
    CHECK_THROWS_WITH(PdfFonts::load({empty}),
                      Catch::Contains("DejaVuSans.ttf") && Catch::Contains(empty.string()));
    CHECK_THROWS_WITH(FontMetrics::read(empty / "Nope.ttf"), Catch::Contains("Nope.ttf"));

    // A damaged file is refused with its name, never read past its end.
    std::ifstream in(fonts().subset().regular.file, std::ios::binary);
    const std::string font((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (std::size_t length :
         {std::size_t{0}, std::size_t{11}, std::size_t{300}, font.size() / 2}) {
        std::ofstream(empty / "Broken.ttf", std::ios::binary) << font.substr(0, length);
        CHECK_THROWS_WITH(FontMetrics::read(empty / "Broken.ttf"), Catch::Contains("Broken.ttf"));
    }
    std::filesystem::remove_all(empty);
}

TEST_CASE("pdf fonts: our widths are libharu's, so right-aligned amounts line up", "[pdf][fonts]") {
    const std::vector<std::string> texts = {"Amount due", "1\u202F234,56\u00A0€",
                                            "Québec — «Œuvre»", "$4,957.72"};
    // The fonts cut down to the texts, as for a document that draws them.
    PdfPage page;
    for (const auto& text : texts) page.texts.push_back({0, 0, text, PdfFontStyle::regular, 9, {}});
    std::vector<char16_t> characters = drawn_characters({page});
    const PdfTextCodes codes(characters);
    characters.insert(characters.end(), {u' ', u'\u00A0'});
    for (auto set : {HaruFontSet::subset_winansi, HaruFontSet::subset_cid, HaruFontSet::full_cid}) {
        const auto& family = set == HaruFontSet::full_cid ? fonts().full() : fonts().subset();
        HaruDocument document(family.regular.subsetter->subset(characters),
                              family.bold.subsetter->subset(characters));
        const bool winansi = set == HaruFontSet::subset_winansi;
        const auto haru = document.start(winansi ? nullptr : &codes);
        for (const auto& text : texts) {
            INFO(text << " with font set " << static_cast<int>(set));
            for (auto style : {PdfFontStyle::regular, PdfFontStyle::bold}) {
                const FontMetrics& metrics = family.face(style).metrics;
                const HPDF_Font font = style == PdfFontStyle::bold ? haru.bold : haru.regular;
                std::string bytes = winansi ? text : codes.encode(text);
                long narrowing = 0;
                if (winansi) {
                    // Narrow spaces are spaces made narrower by word spacing.
                    const WinAnsiText encoded = encode_winansi(text);
                    bytes = encoded.bytes;
                    if (encoded.narrow_spaces) {
                        narrowing = metrics.width_1000(0x202F) - metrics.width_1000(' ');
                    }
                }
                const HPDF_TextWidth width = HPDF_Font_TextWidth(
                    font, reinterpret_cast<const HPDF_BYTE*>(bytes.data()), bytes.size());
                CHECK(static_cast<long>(width.width) +
                          narrowing * static_cast<long>(width.numspace) ==
                      metrics.text_width_1000(text));
            }
        }
    }
}

TEST_CASE("pdf render: text comes back from pdftotext", "[pdf][render][tools]") {
    // A missing tool fails the test rather than skipping it (scripts/install-deps --test).
    REQUIRE(std::system("command -v pdftotext >/dev/null 2>&1") == 0);
    const auto folder = std::filesystem::temp_directory_path() /
                        ("portalgen-pdf-text-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    auto extract = [&](const std::string& bytes) {
        const auto pdf = folder / "invoice.pdf";
        const auto txt = folder / "invoice.txt";
        std::ofstream(pdf, std::ios::binary) << bytes;
        const std::string command =
            "pdftotext -enc UTF-8 '" + pdf.string() + "' '" + txt.string() + "' 2>/dev/null";
        REQUIRE(std::system(command.c_str()) == 0);
        std::ifstream in(txt, std::ios::binary);
        return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    };
    auto check_text = [&](const PdfInvoiceView& view, std::vector<std::string> expected) {
        const std::string text = extract(render_invoice_pdf(view, fonts()));
        // Windows-1252 or UTF-8 fonts: the same text comes back.
        CHECK(extract(render_invoice_pdf(view, fonts(), PdfFontChoice::unicode)) == text);
        for (const auto& piece : expected) {
            INFO(piece);
            CHECK(contains(text, piece));
        }
    };
    // poppler gives U+202F and U+00A0 back as plain spaces.
    check_text(testing::sample_french_credit_note_view(),
               {"Avoir", "Facturer à", "Québec QC", "TVA FR12 345678901", "1 234,56 €",
                "Désignation", "indemnité forfaitaire", "Page 1 / 1"});
    check_text(greek_view(), {"Γιώργος Παπαδόπουλος", "Αθήνα", "Montréal"});
    std::filesystem::remove_all(folder);
}
