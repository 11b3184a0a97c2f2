// HaruDocument: a libharu document handle for one PDF, with the TrueType fonts made for it
// (render/pdf_font_subset: its family cut down to the characters it draws, so that libharu has
// little to parse, map and deflate). libharu reports errors through a C callback: it only records
// them, and checks after the calls turn them into exceptions, so no exception ever crosses C code.
#pragma once

#include <hpdf.h>

#include <memory>
#include <string>
#include <type_traits>

namespace portalgen {

class PdfTextCodes;

struct HaruError {
    HPDF_STATUS error = HPDF_OK;
    HPDF_STATUS detail = 0;
};

// The fonts a document is drawn with, fastest first.
enum class HaruFontSet {
    subset_winansi,  // the Latin subset as simple TrueType fonts, Windows-1252 text
    subset_cid,      // the Latin subset as CID fonts, text in the document's codes (PdfTextCodes)
    full_cid,        // DejaVu Sans cut down to the document's characters, CID fonts, likewise
    cjk_cid,         // WenQuanYi Zen Hei likewise, one CID font (bold drawn regular)
};

class HaruDocument {
  public:
    struct Fonts {
        HPDF_Font regular = nullptr;
        HPDF_Font bold = nullptr;
    };

    // Loads the fonts' bytes, regular then bold (the tags libharu gives embedded fonts,
    // "HPDFAA+...", follow that order); an empty `bold` draws bold text with the regular font.
    HaruDocument(const std::string& regular, const std::string& bold);
    HaruDocument(const HaruDocument&) = delete;
    HaruDocument& operator=(const HaruDocument&) = delete;

    // Starts the document (everything compressed) and returns its fonts: simple fonts with
    // Windows-1252 text when `codes` is null, else CID fonts drawing text encoded by `codes`.
    Fonts start(const PdfTextCodes* codes);
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

    // Loads a TrueType font to embed; returns libharu's name of it.
    std::string load_font(const std::string& bytes);
    // Registers the document's own encoding, with a code for each of its characters.
    void add_encoding(const PdfTextCodes& codes);

    std::unique_ptr<HaruError> error_;  // the callback's target: a stable address
    std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, Free> doc_;
    std::string regular_;  // libharu's names of the loaded fonts
    std::string bold_;
};

}  // namespace portalgen
