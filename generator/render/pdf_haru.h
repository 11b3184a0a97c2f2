// HaruDocument: a libharu document handle with the invoice fonts loaded, reused for one PDF after
// another on one thread (libharu keeps loaded fonts across HPDF_NewDoc, so the font files are
// parsed once). libharu reports errors through a C callback: it only records them, and checks
// after the calls turn them into exceptions, so no exception ever crosses C code.
#pragma once

#include <hpdf.h>

#include <memory>
#include <string>
#include <type_traits>

#include "render/pdf_fonts.h"

namespace portalgen {

struct HaruError {
    HPDF_STATUS error = HPDF_OK;
    HPDF_STATUS detail = 0;
};

// The fonts a document is drawn with, fastest first.
enum class HaruFontSet {
    subset_winansi,  // the Latin subset as simple TrueType fonts, Windows-1252 text
    subset_utf8,     // the Latin subset as CID fonts, UTF-8 text
    full_utf8,       // DejaVu Sans as CID fonts, UTF-8 text
    cjk_utf8,        // WenQuanYi Zen Hei as a CID font (bold drawn regular), UTF-8 text
};

class HaruDocument {
  public:
    struct Fonts {
        HPDF_Font regular = nullptr;
        HPDF_Font bold = nullptr;
    };

    // Loads the four DejaVu fonts, always in the same order: the tags libharu gives embedded
    // fonts ("HPDFAA+...") follow that order, and the bytes of every PDF depend on them. The CJK
    // font, large to parse, is loaded by the first document that uses it, always fifth.
    explicit HaruDocument(const PdfFonts& fonts);
    HaruDocument(const HaruDocument&) = delete;
    HaruDocument& operator=(const HaruDocument&) = delete;

    bool loaded_from(const PdfFonts& fonts) const;

    // Starts a fresh, empty document (everything compressed, UTF-8 document information) and
    // returns its fonts.
    Fonts start(HaruFontSet set);
    HPDF_Doc doc() const { return doc_.get(); }
    // The saved document's bytes.
    std::string save();

    // Throws std::runtime_error("pdf: <what>: libharu error ...") if a call failed since the
    // last check.
    void check(const char* what);

  private:
    struct Free {
        void operator()(HPDF_Doc doc) const { HPDF_Free(doc); }
    };

    const char* font_name(HaruFontSet set, PdfFontStyle style);

    std::unique_ptr<HaruError> error_;  // the callback's target: a stable address
    std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, Free> doc_;
    std::string cjk_file_;
    std::string files_[4];
    std::string names_[5];  // libharu's names of the loaded fonts; the CJK one empty until used
};

}  // namespace portalgen
