// HaruDocument: libharu handle, fonts and error checks.
#include "render/pdf_haru.h"

#include <hpdf_doc.h>
#include <hpdf_fontdef.h>

#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace portalgen {

namespace {

// Called by libharu, from C: records the first error and returns; never throws.
void record_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) noexcept {
    auto* record = static_cast<HaruError*>(user_data);
    if (record->error == HPDF_OK) {
        record->error = error;
        record->detail = detail;
    }
}

}  // namespace

HaruDocument::HaruDocument(const std::string& regular, const std::string& bold)
    : error_(std::make_unique<HaruError>()) {
    doc_.reset(HPDF_New(record_error, error_.get()));
    if (!doc_) throw std::runtime_error("pdf: cannot create a libharu document");
    // Compression first: only what is created after this call is compressed.
    HPDF_SetCompressionMode(doc(), HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(doc());
    check("set up UTF-8");
    regular_ = load_font(regular);
    bold_ = bold.empty() ? regular_ : load_font(bold);
}

std::string HaruDocument::load_font(const std::string& bytes) {
    // libharu 2.3 loads fonts from files only, and reads a file by seeking and reading small
    // pieces: thousands of system calls per document. This is what HPDF_LoadTTFontFromFile does,
    // with a memory stream instead of the file, through functions libharu exports.
    HPDF_Doc pdf = doc();
    // One buffer a byte longer than the font: a memory stream cannot seek to the end of a full
    // buffer (HPDF_INVALID_OBJECT), which a font's last glyph needs.
    HPDF_Stream stream = HPDF_MemStream_New(pdf->mmgr, static_cast<HPDF_UINT>(bytes.size() + 1));
    check("load a font");
    if (stream == nullptr) throw std::runtime_error("pdf: load a font: no memory");
    if (HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                          static_cast<HPDF_UINT>(bytes.size())) != HPDF_OK) {
        HPDF_Stream_Free(stream);
        check("load a font");
        throw std::runtime_error("pdf: load a font: cannot hold it");
    }
    HPDF_FontDef font = HPDF_TTFontDef_Load(pdf->mmgr, stream, HPDF_TRUE);  // owns the stream
    check("load a font");
    if (font == nullptr) throw std::runtime_error("pdf: load a font: not a TrueType font");
    HPDF_Doc_RegisterFontDef(pdf, font);  // frees it when it fails
    check("load a font");
    // An embedded subset's name starts with a tag of its own: HPDFAA+, then HPDFAB+, and so on.
    HPDF_BYTE* tag = pdf->ttfont_tag;
    if (tag[0] == 0) {
        std::memcpy(tag, "HPDFAA", HPDF_TTF_FONT_TAG_LEN);
    } else {
        for (int i = HPDF_TTF_FONT_TAG_LEN - 1; i >= 0; --i) {
            if (++tag[i] <= 'Z') break;
            tag[i] = 'A';
        }
    }
    char name[HPDF_TTF_FONT_TAG_LEN + 1] = {};
    std::memcpy(name, tag, HPDF_TTF_FONT_TAG_LEN);
    HPDF_TTFontDef_SetTagName(font, name);
    return font->base_font;
}

HaruDocument::Fonts HaruDocument::start(bool winansi) {
    const char* encoding = winansi ? "WinAnsiEncoding" : "UTF-8";
    Fonts fonts;
    fonts.regular = HPDF_GetFont(doc(), regular_.c_str(), encoding);
    fonts.bold = HPDF_GetFont(doc(), bold_.c_str(), encoding);
    check("start a document");
    return fonts;
}

std::string HaruDocument::save() {
    HPDF_SaveToStream(doc());
    check("save");
    const HPDF_UINT32 size = HPDF_GetStreamSize(doc());
    std::string bytes(size, '\0');
    HPDF_ResetStream(doc());
    HPDF_UINT32 read = size;
    HPDF_ReadFromStream(doc(), reinterpret_cast<HPDF_BYTE*>(bytes.data()), &read);
    // Reading to the very end reports "end of stream", which is not a failure here.
    if (error_->error == HPDF_STREAM_EOF && read == size) {
        HPDF_ResetError(doc());
        *error_ = HaruError{};
    }
    check("read the saved document");
    if (read != size) throw std::runtime_error("pdf: short read of the saved document");
    return bytes;
}

void HaruDocument::check(const char* what) {
    if (error_->error == HPDF_OK) return;
    char codes[64];
    std::snprintf(codes, sizeof codes, "libharu error 0x%04X, detail %u",
                  static_cast<unsigned>(error_->error), static_cast<unsigned>(error_->detail));
    *error_ = HaruError{};
    HPDF_ResetError(doc());
    throw std::runtime_error(std::string("pdf: ") + what + ": " + codes);
}

}  // namespace portalgen
