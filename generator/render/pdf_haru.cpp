// HaruDocument: libharu handle, fonts and error checks.
#include "render/pdf_haru.h"

#include <cstdio>
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

enum FontSlot { kSubsetRegular, kSubsetBold, kFullRegular, kFullBold, kCjk };

}  // namespace

HaruDocument::HaruDocument(const PdfFonts& fonts)
    : error_(std::make_unique<HaruError>()), cjk_file_(fonts.cjk().regular.file.string()) {
    doc_.reset(HPDF_New(record_error, error_.get()));
    if (!doc_) throw std::runtime_error("pdf: cannot create a libharu document");
    // Compression first: only what is created after this call is compressed.
    HPDF_SetCompressionMode(doc(), HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(doc());
    check("set up UTF-8");
    files_[kSubsetRegular] = fonts.subset().regular.file.string();
    files_[kSubsetBold] = fonts.subset().bold.file.string();
    files_[kFullRegular] = fonts.full().regular.file.string();
    files_[kFullBold] = fonts.full().bold.file.string();
    for (int slot = 0; slot < 4; ++slot) {
        const char* name = HPDF_LoadTTFontFromFile(doc(), files_[slot].c_str(), HPDF_TRUE);
        check(("load font " + files_[slot]).c_str());
        names_[slot] = name;
    }
}

bool HaruDocument::loaded_from(const PdfFonts& fonts) const {
    return files_[kSubsetRegular] == fonts.subset().regular.file.string() &&
           files_[kSubsetBold] == fonts.subset().bold.file.string() &&
           files_[kFullRegular] == fonts.full().regular.file.string() &&
           files_[kFullBold] == fonts.full().bold.file.string() &&
           cjk_file_ == fonts.cjk().regular.file.string();
}

const char* HaruDocument::font_name(HaruFontSet set, PdfFontStyle style) {
    const bool bold = style == PdfFontStyle::bold;
    switch (set) {
        case HaruFontSet::subset_winansi:
        case HaruFontSet::subset_utf8:
            return names_[bold ? kSubsetBold : kSubsetRegular].c_str();
        case HaruFontSet::full_utf8:
            return names_[bold ? kFullBold : kFullRegular].c_str();
        case HaruFontSet::cjk_utf8:
            break;
    }
    if (names_[kCjk].empty()) {
        const char* name = HPDF_LoadTTFontFromFile(doc(), cjk_file_.c_str(), HPDF_TRUE);
        check(("load font " + cjk_file_).c_str());
        names_[kCjk] = name;
    }
    return names_[kCjk].c_str();
}

HaruDocument::Fonts HaruDocument::start(HaruFontSet set) {
    HPDF_NewDoc(doc());
    HPDF_SetCompressionMode(doc(), HPDF_COMP_ALL);
    HPDF_SetCurrentEncoder(doc(), "UTF-8");
    const char* encoding = set == HaruFontSet::subset_winansi ? "WinAnsiEncoding" : "UTF-8";
    Fonts fonts;
    fonts.regular = HPDF_GetFont(doc(), font_name(set, PdfFontStyle::regular), encoding);
    fonts.bold = HPDF_GetFont(doc(), font_name(set, PdfFontStyle::bold), encoding);
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
