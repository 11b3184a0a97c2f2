// Invoice PDFs with Chinese, Japanese or Korean text: drawn in the CJK family (WenQuanYi Zen Hei),
// laid out with its widths, embedded, and read back by poppler; Latin invoices keep the subset.
// Statements with such text likewise.
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "pdf_test_views.h"
#include "render/pdf_fonts.h"
#include "render/pdf_invoice.h"
#include "render/pdf_statement.h"
#include "render/pdf_style.h"

using namespace portalgen;

namespace {

const PdfFonts& fonts() {
    static const PdfFonts loaded = PdfFonts::load_default();
    return loaded;
}

bool contains(const std::string& text, const std::string& piece) {
    return text.find(piece) != std::string::npos;
}

PdfInvoiceView japanese_view() {
    auto view = testing::sample_invoice_view(3);
    view.customer.name = "山田 花子";
    view.customer.address = {"東京都千代田区丸の内一丁目9番2号", "〒100-0005 日本"};
    return view;
}

// A PDF in a temporary file, and what poppler's and qpdf's tools say of it.
class ToolRun {
  public:
    explicit ToolRun(const std::string& pdf)
        : folder_(std::filesystem::temp_directory_path() /
                  ("portalgen-pdf-cjk-test-" + std::to_string(::getpid()))) {
        std::filesystem::create_directories(folder_);
        std::ofstream(file(), std::ios::binary) << pdf;
    }
    ~ToolRun() { std::filesystem::remove_all(folder_); }
    std::string file() const { return (folder_ / "invoice.pdf").string(); }

    // The output of `tool` run on the file, then `after`; its exit status in `status`.
    std::string run(const std::string& tool, const std::string& after, int& status) const {
        const std::string command = tool + " '" + file() + "' " + after + " 2>/dev/null";
        FILE* pipe = ::popen(command.c_str(), "r");
        REQUIRE(pipe != nullptr);
        std::string out;
        char buffer[65536];
        std::size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
        const int raw = ::pclose(pipe);
        status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
        return out;
    }
    std::string run(const std::string& tool, const std::string& after = "") const {
        int status = -1;
        std::string out = run(tool, after, status);
        INFO(tool);
        REQUIRE(status == 0);
        return out;
    }

  private:
    std::filesystem::path folder_;
};

// pdffonts' line of each font whose name has `name`.
std::string font_lines(const std::string& pdffonts, const std::string& name) {
    std::string lines;
    std::size_t start = 0;
    while (start < pdffonts.size()) {
        std::size_t end = pdffonts.find('\n', start);
        if (end == std::string::npos) end = pdffonts.size();
        const std::string line = pdffonts.substr(start, end - start);
        if (contains(line, name)) lines += line + "\n";
        start = end + 1;
    }
    return lines;
}

}  // namespace

TEST_CASE("pdf cjk: the CJK family has the scripts DejaVu lacks", "[pdf][fonts][cjk]") {
    const FontMetrics& cjk = fonts().cjk().regular.metrics;
    CHECK_FALSE(fonts().full().regular.metrics.covers("山田"));
    CHECK(cjk.covers("山田 花子 やまだ ヤマダ 张伟 北京市 김민준 서울특별시 Invoice 123,45 €"));
    // It lacks U+00A0 and U+202F: they are drawn, and measured, as spaces.
    CHECK(cjk.covers("1\u202F234,56\u00A0€"));
    CHECK(cjk.drawable("1\u202F234,56\u00A0€") == "1 234,56 €");
    CHECK(cjk.text_width_1000("1\u202F234,56\u00A0€") == cjk.text_width_1000("1 234,56 €"));
    // No bold face: bold text is drawn with the regular one.
    CHECK(fonts().cjk().bold.file == fonts().cjk().regular.file);
}

TEST_CASE("pdf cjk: a Japanese customer's name and address are drawn and read back",
          "[pdf][render][cjk][tools]") {
    const std::string pdf = render_invoice_pdf(japanese_view(), fonts());
    CHECK(pdf == render_invoice_pdf(japanese_view(), fonts()));  // deterministic
    const ToolRun tools(pdf);

    // The text comes back (the ToUnicode map), in the page's order.
    const std::string text = tools.run("pdftotext -enc UTF-8", "-");
    CHECK(contains(text, "山田 花子"));
    CHECK(contains(text, "東京都千代田区丸の内一丁目9番2号"));
    CHECK(contains(text, "〒100-0005 日本"));
    CHECK(contains(text, "Montréal"));  // the seller's Latin text, drawn in the same family

    // One font, embedded: WenQuanYi Zen Hei as a CID TrueType font, no DejaVu.
    const std::string listed = tools.run("pdffonts");
    const std::string cjk = font_lines(listed, "WenQuanYiZenHei");
    INFO(listed);
    CHECK(contains(cjk, "CID TrueType"));
    CHECK(contains(cjk, "Identity-H       yes yes"));
    CHECK_FALSE(contains(listed, "DejaVu"));
    CHECK_FALSE(contains(listed, "PortalgenSans"));

    // qpdf finds nothing wrong with the file.
    CHECK(contains(tools.run("qpdf --check"), "No syntax or stream encoding errors"));
}

TEST_CASE("pdf cjk: Latin invoices keep the subset, Greek the full font",
          "[pdf][render][cjk][tools]") {
    const ToolRun latin(render_invoice_pdf(testing::sample_invoice_view(3), fonts()));
    const std::string listed = latin.run("pdffonts");
    CHECK(contains(font_lines(listed, "PortalgenSans"), "yes yes"));
    CHECK_FALSE(contains(listed, "WenQuanYi"));
    CHECK_FALSE(contains(listed, "DejaVu"));

    auto greek = testing::sample_invoice_view(3);
    greek.customer.name = "Γιώργος Παπαδόπουλος";
    const ToolRun full(render_invoice_pdf(greek, fonts()));
    CHECK_FALSE(contains(full.run("pdffonts"), "WenQuanYi"));
}

TEST_CASE("pdf cjk: characters no font has never stop the PDF", "[pdf][render][cjk][tools]") {
    // Private use and Ethiopic characters: neither DejaVu nor WenQuanYi has them. The family
    // that lacks fewer of the document's characters draws it, the missing ones as boxes.
    auto view = japanese_view();
    view.customer.address.push_back(" ሰላም");
    const ToolRun tools(render_invoice_pdf(view, fonts()));
    CHECK(contains(tools.run("pdffonts"), "WenQuanYiZenHei"));
    // Drawn as boxes, the missing characters still come back as text.
    const std::string text = tools.run("pdftotext -enc UTF-8", "-");
    CHECK(contains(text, "山田 花子"));
    CHECK(contains(text, "\uE000 ሰላም"));
    CHECK(contains(tools.run("qpdf --check"), "No syntax or stream encoding errors"));

    // A Latin document with such a character stays in DejaVu.
    auto latin = testing::sample_invoice_view(3);
    latin.customer.name = "Acme ";
    const ToolRun dejavu(render_invoice_pdf(latin, fonts()));
    CHECK(contains(dejavu.run("pdffonts"), "DejaVuSans"));
}

TEST_CASE("pdf cjk: a Chinese statement is laid out with the CJK family's widths",
          "[pdf][statement][cjk]") {
    PdfStatementView view = testing::sample_statement_view(3);
    view.customer_name = "张伟";
    view.customer_address = {"北京市朝阳区建国路八十八号"};
    view.sections[0].rows[0].document = "发票 INV/2026/1000 北京市朝阳区建国路八十八号现代城";
    const auto composer = [&view](const TextMeasure& measure) {
        return compose_statement(view, measure);
    };
    const std::vector<PdfPage> pages = compose_for_fonts(composer, fonts());
    const FontFamilyMeasure cjk(fonts().cjk());
    const FontFamilyMeasure dejavu(fonts().full());
    // The amounts end at their column's right edge as WenQuanYi draws them, which DejaVu's
    // widths would miss by points.
    const float right = pages[0].size.width - pdf_style::kMarginRight - pdf_style::kCellPadding;
    int amounts = 0;
    for (const auto& run : pages[0].texts) {
        CHECK(run.x + cjk.width(run.text, run.style, run.size) <=
              pages[0].size.width - pdf_style::kMarginRight + 0.01f);
        if (run.text != "$10.00") continue;
        ++amounts;
        CHECK(run.x + cjk.width(run.text, run.style, run.size) == Approx(right));
        CHECK(std::abs(run.x + dejavu.width(run.text, run.style, run.size) - right) > 1);
    }
    CHECK(amounts == 3);

    // Drawn in WenQuanYi, the text comes back.
    const ToolRun tools(render_statement_pdf(view, fonts()));
    CHECK(contains(tools.run("pdffonts"), "WenQuanYiZenHei"));
    const std::string text = tools.run("pdftotext -enc UTF-8", "-");
    CHECK(contains(text, "张伟"));
    CHECK(contains(text, "北京市朝阳区建国路八十八号"));
}
