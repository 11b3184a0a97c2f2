// HaruDocument: libharu handle, fonts and error checks.
#include "render/pdf_haru.h"

#include <hpdf_conf.h>
#include <hpdf_doc.h>
#include <hpdf_encoder.h>
#include <hpdf_fontdef.h>

#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "render/pdf_stream_deflate.h"
#include "render/pdf_text_codes.h"

namespace portalgen {

namespace {

// The name of the document's own two-byte encoding (render/pdf_text_codes).
char kDocumentEncoding[] = "Portalgen-Document";

// Every byte of the document's text is half of a two-byte code.
HPDF_BOOL every_byte(HPDF_Encoder, HPDF_BYTE) noexcept {
    return HPDF_TRUE;
}

// Called by libharu when the encoding is first asked for: a CMap encoding with no code yet,
// which libharu's fonts treat as Identity-H, as they do its UTF-8 encoding. This is what
// HPDF_CMapEncoder_InitAttr does, but for its byte-by-byte clearing of the 256 KB of maps.
HPDF_STATUS init_document_encoding(HPDF_Encoder encoder) noexcept {
    HPDF_MMgr mmgr = encoder->mmgr;
    auto attr =
        static_cast<HPDF_CMapEncoderAttr>(HPDF_GetMem(mmgr, sizeof(HPDF_CMapEncoderAttr_Rec)));
    if (attr == nullptr) return encoder->error->error_no;
    std::memset(attr, 0, sizeof(HPDF_CMapEncoderAttr_Rec));
    encoder->attr = attr;  // from here on, libharu frees it and its lists with the encoder
    attr->cmap_range = HPDF_List_New(mmgr, HPDF_DEF_RANGE_TBL_NUM);
    attr->notdef_range = HPDF_List_New(mmgr, HPDF_DEF_ITEMS_PER_BLOCK);
    attr->code_space_range = HPDF_List_New(mmgr, HPDF_DEF_ITEMS_PER_BLOCK);
    if (!attr->cmap_range || !attr->notdef_range || !attr->code_space_range)
        return encoder->error->error_no;
    std::strcpy(attr->registry, "Adobe");
    std::strcpy(attr->ordering, "Identity-H");
    attr->suppliment = 0;
    attr->writing_mode = HPDF_WMODE_HORIZONTAL;
    attr->is_lead_byte_fn = every_byte;
    attr->is_trial_byte_fn = every_byte;
    encoder->type = HPDF_ENCODER_TYPE_DOUBLE_BYTE;
    return HPDF_OK;
}

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

HaruDocument::Fonts HaruDocument::start(const PdfTextCodes* codes) {
    const char* encoding = "WinAnsiEncoding";
    if (codes != nullptr) {
        encoding = kDocumentEncoding;
        add_encoding(*codes);
    }
    Fonts fonts;
    fonts.regular = HPDF_GetFont(doc(), regular_.c_str(), encoding);
    fonts.bold = HPDF_GetFont(doc(), bold_.c_str(), encoding);
    check("start a document");
    return fonts;
}

void HaruDocument::add_encoding(const PdfTextCodes& codes) {
    HPDF_Encoder encoder =
        HPDF_CMapEncoder_New(doc()->mmgr, kDocumentEncoding, init_document_encoding);
    check("add the document's encoding");
    if (encoder == nullptr) throw std::runtime_error("pdf: add the document's encoding: no memory");
    HPDF_Doc_RegisterEncoder(doc(), encoder);             // frees it when it fails
    encoder = HPDF_GetEncoder(doc(), kDocumentEncoding);  // runs init_document_encoding
    check("add the document's encoding");
    if (encoder == nullptr) throw std::runtime_error("pdf: add the document's encoding: failed");
    // libharu's maps are indexed [low byte][high byte]; with Identity-H, each code is its CID.
    auto attr = static_cast<HPDF_CMapEncoderAttr>(encoder->attr);
    const auto add = [attr](std::uint16_t code, char16_t character) {
        const unsigned low = code & 0xFF;
        const unsigned high = code >> 8;
        attr->cid_map[low][high] = code;
        attr->unicode_map[low][high] = character;
    };
    const std::vector<char16_t>& characters = codes.characters();
    for (std::size_t k = 0; k < characters.size(); ++k) add(PdfTextCodes::code(k), characters[k]);
    // A CID font's widths and glyph map stop one short of its highest CID: one more code, for no
    // character (U+FFFF, which no font has), keeps the last real one in.
    add(PdfTextCodes::code(characters.size()), u'\uFFFF');
}

std::string HaruDocument::save() {
    // A libharu call that failed has recorded its error; zlib's is recorded here.
    if (const HPDF_STATUS error = deflate_streams(doc()); error != HPDF_OK && error_->error == 0)
        error_->error = error;
    check("compress the streams");
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
