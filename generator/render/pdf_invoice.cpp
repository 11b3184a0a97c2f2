// Invoice PDF rendering: composes the pages, then draws them with libharu, each at its size.
#include "render/pdf_invoice.h"

#include <memory>
#include <optional>
#include <stdexcept>
#include <utility>

#include "core/logo_image.h"
#include "render/pdf_compose.h"
#include "render/pdf_doc_encoding.h"
#include "render/pdf_facturx.h"
#include "render/pdf_haru.h"
#include "render/pdf_style.h"
#include "render/pdf_text_codes.h"
#include "render/pdf_winansi.h"

namespace portalgen {

namespace {

HPDF_Date haru_date(const Date& date) {
    HPDF_Date haru{};
    haru.year = date.year();
    haru.month = date.month();
    haru.day = date.day();
    haru.ind = 'Z';
    return haru;
}

// The document information, in PDFDocEncoding when all of it fits, else in UTF-16 (libharu's
// UTF-8 encoder, made for the document when it is the first to need it).
void set_info(HPDF_Doc doc, const PdfDocumentInfo& info) {
    const std::pair<HPDF_InfoType, std::string> strings[] = {
        {HPDF_INFO_TITLE, pdf_clean_text(info.title, false)},
        {HPDF_INFO_AUTHOR, pdf_clean_text(info.author, false)},
        {HPDF_INFO_SUBJECT, pdf_clean_text(info.subject, false)},
        {HPDF_INFO_KEYWORDS, pdf_clean_text(info.keywords, false)},
        {HPDF_INFO_CREATOR, "portalgen"},
    };
    std::vector<std::pair<HPDF_InfoType, std::string>> encoded;
    bool fits = true;
    for (const auto& [type, value] : strings) {
        std::optional<std::string> bytes = encode_pdf_doc(value);
        fits = fits && bytes.has_value();
        if (bytes) encoded.emplace_back(type, std::move(*bytes));
    }
    if (!fits) {
        HPDF_SetCurrentEncoder(doc, "UTF-8");
        encoded.assign(std::begin(strings), std::end(strings));
    }
    for (const auto& [type, value] : encoded)
        if (!value.empty()) HPDF_SetInfoAttr(doc, type, value.c_str());
    const HPDF_Date date = haru_date(info.creation_date);
    HPDF_SetInfoDateAttr(doc, HPDF_INFO_CREATION_DATE, date);
    HPDF_SetInfoDateAttr(doc, HPDF_INFO_MOD_DATE, date);
}

// How a document's text reaches its fonts: in its own codes (CID fonts), or in Windows-1252
// when `winansi` is the family of its simple fonts.
struct TextEncoding {
    const PdfTextCodes* codes = nullptr;
    const PdfFontFamily* winansi = nullptr;
};

// Shows one line of text in the document's encoding.
void show_text(HPDF_Page page, float x, float y, const std::string& text, PdfFontStyle style,
               float size, const TextEncoding& encoding) {
    if (encoding.codes != nullptr) {
        HPDF_Page_TextOut(page, x, y, encoding.codes->encode(text).c_str());
        return;
    }
    const PdfFontFamily* winansi = encoding.winansi;
    const WinAnsiText encoded = encode_winansi(text);
    if (!encoded.narrow_spaces) {
        HPDF_Page_TextOut(page, x, y, encoded.bytes.c_str());
        return;
    }
    const FontMetrics& metrics = winansi->face(style).metrics;
    const int narrowing = metrics.width_1000(0x202F) - metrics.width_1000(' ');
    HPDF_Page_SetWordSpace(page, static_cast<float>(narrowing) * size / 1000);
    HPDF_Page_TextOut(page, x, y, encoded.bytes.c_str());
    HPDF_Page_SetWordSpace(page, 0);
}

// A JPEG image as it is (DCT); a PNG decoded on white, so that no soft mask (transparency) ever
// enters a PDF/A file. nullptr when it cannot be decoded (import refuses such logos) or after a
// libharu error, which the caller's check reports.
HPDF_Image load_image(HPDF_Doc doc, std::string_view bytes) {
    if (logo_format(bytes) == LogoFormat::jpeg) {
        return HPDF_LoadJpegImageFromMem(doc, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                                         static_cast<HPDF_UINT>(bytes.size()));
    }
    const auto rgb = png_on_white(bytes);
    if (!rgb) return nullptr;
    return HPDF_LoadRawImageFromMem(doc, reinterpret_cast<const HPDF_BYTE*>(rgb->pixels.data()),
                                    rgb->width, rgb->height, HPDF_CS_DEVICE_RGB, 8);
}

void draw_images(HPDF_Doc doc, HPDF_Page page, const PdfPage& content) {
    for (const auto& image : content.images) {
        if (HPDF_Image loaded = load_image(doc, image.bytes))
            HPDF_Page_DrawImage(page, loaded, image.x, image.y, image.width, image.height);
    }
}

void draw_page(HPDF_Doc doc, HPDF_Page page, const PdfPage& content,
               const HaruDocument::Fonts& fonts, const TextEncoding& encoding) {
    HPDF_Page_SetWidth(page, content.size.width);
    HPDF_Page_SetHeight(page, content.size.height);
    for (const auto& rect : content.rects) {
        HPDF_Page_SetRGBFill(page, rect.color.r, rect.color.g, rect.color.b);
        HPDF_Page_Rectangle(page, rect.x, rect.y, rect.width, rect.height);
        HPDF_Page_Fill(page);
    }
    draw_images(doc, page, content);
    for (const auto& rule : content.rules) {
        HPDF_Page_SetLineWidth(page, rule.width);
        HPDF_Page_SetRGBStroke(page, rule.color.r, rule.color.g, rule.color.b);
        HPDF_Page_MoveTo(page, rule.x1, rule.y1);
        HPDF_Page_LineTo(page, rule.x2, rule.y2);
        HPDF_Page_Stroke(page);
    }
    HPDF_Page_BeginText(page);
    HPDF_Font current = nullptr;
    float current_size = 0;
    std::optional<PdfColor> current_color;
    for (const auto& run : content.texts) {
        HPDF_Font font = run.style == PdfFontStyle::bold ? fonts.bold : fonts.regular;
        if (font != current || run.size != current_size) {
            HPDF_Page_SetFontAndSize(page, font, run.size);
            current = font;
            current_size = run.size;
        }
        if (current_color != run.color) {  // the fill colour is kept between runs
            HPDF_Page_SetRGBFill(page, run.color.r, run.color.g, run.color.b);
            current_color = run.color;
        }
        show_text(page, run.x, run.y, run.text, run.style, run.size, encoding);
    }
    HPDF_Page_EndText(page);
}

template <typename Predicate>
bool all_text(const std::vector<PdfPage>& pages, Predicate predicate) {
    for (const auto& page : pages) {
        for (const auto& run : page.texts) {
            if (!predicate(run.text)) return false;
        }
    }
    return true;
}

// Windows-1252 text draws U+202F as a narrowed space and spaces as no-break spaces: that needs
// the two of one width, as in DejaVu Sans.
bool spaces_alike(const PdfFontFamily& family) {
    for (auto style : {PdfFontStyle::regular, PdfFontStyle::bold}) {
        const FontMetrics& metrics = family.face(style).metrics;
        if (metrics.width_1000(0xA0) != metrics.width_1000(' ')) return false;
    }
    return true;
}

// How many of the characters the pages draw the family lacks.
std::size_t missing_characters(const std::vector<PdfPage>& pages, const PdfFontFamily& family) {
    std::size_t missing = 0;
    for (const auto& page : pages) {
        for (const auto& run : page.texts) {
            const FontMetrics& metrics = family.face(run.style).metrics;
            std::size_t pos = 0;
            while (pos < run.text.size()) missing += !metrics.has(next_code_point(run.text, pos));
        }
    }
    return missing;
}

HaruFontSet choose_fonts(const std::vector<PdfPage>& pages, const PdfFonts& fonts,
                         PdfFontChoice choice) {
    if (choice != PdfFontChoice::full && pages_fit_subset(pages, fonts)) {
        if (choice == PdfFontChoice::automatic && spaces_alike(fonts.subset()) &&
            pages_fit_winansi(pages)) {
            return HaruFontSet::subset_winansi;
        }
        return HaruFontSet::subset_cid;
    }
    // A character neither family has is drawn as the font's missing-glyph box (its text still
    // comes back from the PDF): the family that lacks fewer characters draws the document.
    const std::size_t missing_in_full = missing_characters(pages, fonts.full());
    if (missing_in_full > 0 && missing_characters(pages, fonts.cjk()) < missing_in_full) {
        return HaruFontSet::cjk_cid;
    }
    return HaruFontSet::full_cid;
}

// Each text as the family can draw it (a space it lacks becomes a plain space).
void make_drawable(std::vector<PdfPage>& pages, const PdfFontFamily& family) {
    for (auto& page : pages)
        for (auto& run : page.texts) run.text = family.face(run.style).metrics.drawable(run.text);
}

struct ComposedPages {
    std::vector<PdfPage> pages;
    HaruFontSet set;
};

// Lays the pages out with the metrics of the family that draws them.
ComposedPages compose(const PageComposer& composer, const PdfFonts& fonts, PdfFontChoice choice) {
    // The subset and the full font have the same widths, so one layout serves both.
    ComposedPages composed{composer(FontFamilyMeasure(fonts.full())), {}};
    composed.set = choose_fonts(composed.pages, fonts, choice);
    if (composed.set != HaruFontSet::cjk_cid) return composed;
    // The same characters (the layout only moves and breaks text), other widths.
    const PdfFontFamily& cjk = fonts.cjk();
    composed.pages = composer(FontFamilyMeasure(cjk));
    make_drawable(composed.pages, cjk);
    return composed;
}

}  // namespace

bool pages_fit_subset(const std::vector<PdfPage>& pages, const PdfFonts& fonts) {
    return all_text(pages, [&](const std::string& text) { return fonts.subset_covers(text); });
}

bool pages_fit_winansi(const std::vector<PdfPage>& pages) {
    return all_text(pages, [](const std::string& text) { return fits_winansi(text); });
}

namespace {

// A Factur-X file's parts: its XML and the invoice number; none for a plain PDF.
struct FacturXParts {
    const std::string& xml;
    const std::string& number;
};

// A libharu handle for one document, with its family cut down to the characters the pages draw
// (render/pdf_font_subset). Windows-1252 text draws U+202F as a space, and spaces as no-break
// spaces: its fonts keep both.
HaruDocument document_for(std::vector<char16_t> characters, HaruFontSet set,
                          const PdfFonts& fonts) {
    if (set == HaruFontSet::subset_winansi) characters.insert(characters.end(), {u' ', u'\u00A0'});
    if (set == HaruFontSet::cjk_cid) {
        return HaruDocument(fonts.cjk().regular.subsetter->subset(characters), std::string());
    }
    const PdfFontFamily& family = set == HaruFontSet::full_cid ? fonts.full() : fonts.subset();
    return HaruDocument(family.regular.subsetter->subset(characters),
                        family.bold.subsetter->subset(characters));
}

std::string draw_pdf(const std::vector<PdfPage>& pages, HaruFontSet set,
                     const PdfDocumentInfo& info, const PdfFonts& fonts,
                     const FacturXParts* factur_x) {
    std::vector<char16_t> characters = drawn_characters(pages);
    HaruDocument document = document_for(characters, set, fonts);
    std::optional<PdfTextCodes> codes;
    TextEncoding encoding;
    if (set == HaruFontSet::subset_winansi) {
        encoding.winansi = &fonts.subset();
    } else {
        encoding.codes = &codes.emplace(std::move(characters));
    }
    const HaruDocument::Fonts haru_fonts = document.start(encoding.codes);
    set_info(document.doc(), info);
    document.check("set the document information");
    for (const auto& content : pages) {
        HPDF_Page page = HPDF_AddPage(document.doc());
        document.check("add a page");
        if (page == nullptr) throw std::runtime_error("pdf: add a page: no page");
        draw_page(document.doc(), page, content, haru_fonts, encoding);
        document.check("draw a page");
    }
    if (codes) {
        const std::string cmap = codes->to_unicode_cmap();
        replace_to_unicode(haru_fonts.regular, cmap);
        replace_to_unicode(haru_fonts.bold, cmap);
    }
    if (factur_x != nullptr) {
        make_facturx(document.doc(), {factur_x->xml, factur_x->number, info.creation_date});
        document.check("make the Factur-X parts");
    }
    return document.save();
}

}  // namespace

std::vector<PdfPage> compose_for_fonts(const PageComposer& composer, const PdfFonts& fonts,
                                       PdfFontChoice choice) {
    return compose(composer, fonts, choice).pages;
}

std::string render_invoice_pdf(const PdfInvoiceView& view, const PdfFonts& fonts,
                               PdfFontChoice choice) {
    const auto composer = [&view](const TextMeasure& measure) {
        return compose_invoice(view, measure);
    };
    const auto [pages, set] = compose(composer, fonts, choice);
    const FacturXParts factur_x{view.factur_x_xml, view.number};
    const bool plain = view.factur_x_xml.empty();
    return draw_pdf(pages, set, view.info, fonts, plain ? nullptr : &factur_x);
}

std::string render_composed_pdf(const PageComposer& composer, const PdfDocumentInfo& info,
                                const PdfFonts& fonts) {
    const auto [pages, set] = compose(composer, fonts, PdfFontChoice::automatic);
    return draw_pdf(pages, set, info, fonts, nullptr);
}

}  // namespace portalgen
