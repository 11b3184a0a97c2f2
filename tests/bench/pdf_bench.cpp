// PDF benchmark: milliseconds per invoice PDF on one thread, for a typical 12-line invoice and a
// 45-line one, with the Latin font subset and with the full font, plain and as Factur-X. With
// --samples DIR it also writes sample PDFs there for inspection; --only TEXT runs only the cases
// whose name contains TEXT (for a profiler).
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "render/pdf_fonts.h"
#include "render/pdf_invoice.h"
#include "unit/pdf_test_views.h"

using namespace portalgen;

namespace {

std::string only;  // set once by main: the cases to run

bool selected(const char* name) {
    return only.empty() || std::string_view(name).find(only) != std::string_view::npos;
}

// The processor time of this thread: on a busy machine, closer to the cost than the wall clock.
double thread_cpu_ms() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

void bench(const char* name, const PdfInvoiceView& view, const PdfFonts& fonts,
           PdfFontChoice choice, int count) {
    if (!selected(name)) return;
    std::size_t bytes = 0;
    render_invoice_pdf(view, fonts, choice);  // warm-up: the thread's handle loads the fonts
    const double cpu_start = thread_cpu_ms();
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < count; ++i) bytes = render_invoice_pdf(view, fonts, choice).size();
    const std::chrono::duration<double, std::milli> elapsed =
        std::chrono::steady_clock::now() - start;
    const double cpu = thread_cpu_ms() - cpu_start;
    std::printf("%-38s %7.2f ms/PDF (cpu %6.2f)  %7zu bytes  (%d PDFs)\n", name,
                elapsed.count() / count, cpu / count, bytes, count);
}

// Plain and Factur-X renderings of the same invoice in turn, so that a busy machine weighs on
// both alike: the processor time Factur-X adds.
void bench_facturx(const char* name, const PdfInvoiceView& plain, const PdfInvoiceView& facturx,
                   const PdfFonts& fonts, PdfFontChoice choice, int count) {
    if (!selected(name)) return;
    render_invoice_pdf(plain, fonts, choice);
    render_invoice_pdf(facturx, fonts, choice);
    double plain_cpu = 0;
    double facturx_cpu = 0;
    for (int i = 0; i < count; ++i) {
        double start = thread_cpu_ms();
        render_invoice_pdf(plain, fonts, choice);
        plain_cpu += thread_cpu_ms() - start;
        start = thread_cpu_ms();
        render_invoice_pdf(facturx, fonts, choice);
        facturx_cpu += thread_cpu_ms() - start;
    }
    std::printf("%-38s cpu %6.2f plain, %6.2f Factur-X: +%.2f ms/PDF  (%d each)\n", name,
                plain_cpu / count, facturx_cpu / count, (facturx_cpu - plain_cpu) / count, count);
}

void write(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary) << bytes;
    std::printf("wrote %s\n", file.string().c_str());
}

}  // namespace

int main(int argc, char** argv) {
    int count = 200;
    std::filesystem::path samples;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--samples" && i + 1 < argc) {
            samples = argv[++i];
        } else if (arg == "--count" && i + 1 < argc) {
            count = std::atoi(argv[++i]);
        } else if (arg == "--only" && i + 1 < argc) {
            only = argv[++i];
        } else {
            std::fprintf(stderr, "usage: %s [--count N] [--samples DIR] [--only TEXT]\n", argv[0]);
            return 2;
        }
    }
    const auto load_start = std::chrono::steady_clock::now();
    const PdfFonts fonts = PdfFonts::load_default();
    const std::chrono::duration<double, std::milli> load =
        std::chrono::steady_clock::now() - load_start;
    std::printf("font metrics loaded in %.2f ms\n", load.count());

    const PdfInvoiceView typical = testing::sample_invoice_view(12);
    const PdfInvoiceView long_invoice = testing::sample_invoice_view(45);
    PdfInvoiceView greek = typical;
    greek.customer.name = "Γιώργος Παπαδόπουλος";
    PdfInvoiceView japanese = typical;
    japanese.customer.name = "山田 花子";
    japanese.customer.address = {"東京都千代田区丸の内一丁目9番2号", "〒100-0005 日本"};
    PdfInvoiceView polish = typical;
    polish.customer.address[1] = "90-001 Łódź";
    const PdfInvoiceView french = testing::sample_french_credit_note_view();
    PdfInvoiceView facturx = typical;
    facturx.factur_x_xml = testing::sample_facturx_xml(12);
    PdfInvoiceView facturx_french = french;
    facturx_french.factur_x_xml = facturx.factur_x_xml;
    PdfInvoiceView facturx_polish = polish;
    facturx_polish.factur_x_xml = facturx.factur_x_xml;

    const auto first_start = std::chrono::steady_clock::now();
    render_invoice_pdf(typical, fonts);
    const std::chrono::duration<double, std::milli> first =
        std::chrono::steady_clock::now() - first_start;
    std::printf("first PDF on a thread (loads the fonts into libharu): %.2f ms\n", first.count());

    bench("12 lines, subset, Windows-1252", typical, fonts, PdfFontChoice::automatic, count);
    bench("12 lines, subset, CID", typical, fonts, PdfFontChoice::unicode, count);
    bench("12 lines, full font", typical, fonts, PdfFontChoice::full, count);
    bench("12 lines, Polish name (subset, CID)", polish, fonts, PdfFontChoice::automatic, count);
    bench("12 lines, Greek name (full font)", greek, fonts, PdfFontChoice::automatic, count);
    bench("12 lines, Japanese name (CJK font)", japanese, fonts, PdfFontChoice::automatic, count);
    bench("French credit note (Windows-1252)", french, fonts, PdfFontChoice::automatic, count);
    bench("45 lines, subset, Windows-1252", long_invoice, fonts, PdfFontChoice::automatic, count);
    bench("45 lines, subset, CID", long_invoice, fonts, PdfFontChoice::unicode, count);
    bench("45 lines, full font", long_invoice, fonts, PdfFontChoice::full, count);
    bench("12 lines, Factur-X (Windows-1252)", facturx, fonts, PdfFontChoice::automatic, count);
    bench("12 lines, Factur-X, CID", facturx, fonts, PdfFontChoice::unicode, count);
    bench_facturx("12 lines, Windows-1252", typical, facturx, fonts, PdfFontChoice::automatic,
                  count);
    bench_facturx("12 lines, CID", typical, facturx, fonts, PdfFontChoice::unicode, count);
    bench_facturx("12 lines, Polish name (CID)", polish, facturx_polish, fonts,
                  PdfFontChoice::automatic, count);

    if (!samples.empty()) {
        std::filesystem::create_directories(samples);
        write(samples / "invoice-12.pdf", render_invoice_pdf(typical, fonts));
        write(samples / "invoice-45.pdf", render_invoice_pdf(long_invoice, fonts));
        write(samples / "invoice-greek.pdf", render_invoice_pdf(greek, fonts));
        write(samples / "invoice-japanese.pdf", render_invoice_pdf(japanese, fonts));
        write(samples / "invoice-polish.pdf", render_invoice_pdf(polish, fonts));
        write(samples / "credit-note-fr.pdf", render_invoice_pdf(french, fonts));
        write(samples / "invoice-12-facturx.pdf", render_invoice_pdf(facturx, fonts));
        write(samples / "invoice-polish-facturx.pdf", render_invoice_pdf(facturx_polish, fonts));
        write(samples / "credit-note-fr-facturx.pdf", render_invoice_pdf(facturx_french, fonts));
        write(samples / "credit-note-fr-facturx-cid.pdf",
              render_invoice_pdf(facturx_french, fonts, PdfFontChoice::unicode));
    }
    return 0;
}
