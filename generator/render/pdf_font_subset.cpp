// FontSubsetter: HarfBuzz's subsetter, keeping the tables libharu embeds.
#include "render/pdf_font_subset.h"

#include <hb-subset.h>
#include <hb.h>

#include <array>
#include <stdexcept>
#include <vector>

namespace portalgen {

namespace {

// The tables libharu 2.3 copies into a PDF; the subset drops every other one (layout, kerning,
// vertical metrics...), which would only cost time to cut down.
constexpr std::array<hb_tag_t, 13> kEmbeddedTables = {
    HB_TAG('O', 'S', '/', '2'), HB_TAG('c', 'm', 'a', 'p'), HB_TAG('c', 'v', 't', ' '),
    HB_TAG('f', 'p', 'g', 'm'), HB_TAG('g', 'l', 'y', 'f'), HB_TAG('h', 'e', 'a', 'd'),
    HB_TAG('h', 'h', 'e', 'a'), HB_TAG('h', 'm', 't', 'x'), HB_TAG('l', 'o', 'c', 'a'),
    HB_TAG('m', 'a', 'x', 'p'), HB_TAG('n', 'a', 'm', 'e'), HB_TAG('p', 'o', 's', 't'),
    HB_TAG('p', 'r', 'e', 'p'),
};

bool embedded(hb_tag_t tag) {
    for (hb_tag_t kept : kEmbeddedTables)
        if (kept == tag) return true;
    return false;
}

}  // namespace

struct FontSubsetter::Face {
    hb_face_t* face = nullptr;
    std::vector<hb_tag_t> dropped;  // the font's tables libharu does not embed
    ~Face() { hb_face_destroy(face); }
};

FontSubsetter::FontSubsetter(const std::filesystem::path& file)
    : face_(std::make_unique<Face>()), file_(file) {
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(file.c_str());
    if (blob == nullptr) throw std::runtime_error("font: cannot read " + file.string());
    face_->face = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    if (hb_face_get_glyph_count(face_->face) == 0) {
        throw std::runtime_error("font: " + file.string() + " has no glyphs");
    }
    unsigned int count = hb_face_get_table_tags(face_->face, 0, nullptr, nullptr);
    std::vector<hb_tag_t> tags(count);
    hb_face_get_table_tags(face_->face, 0, &count, tags.data());
    for (unsigned int k = 0; k < count; ++k)
        if (!embedded(tags[k])) face_->dropped.push_back(tags[k]);
    // Shared by the threads from here on: nothing may change it.
    hb_face_make_immutable(face_->face);
}

FontSubsetter::~FontSubsetter() = default;

std::string FontSubsetter::subset(const std::vector<char16_t>& characters) const {
    hb_subset_input_t* input = hb_subset_input_create_or_fail();
    if (input == nullptr) throw std::runtime_error("font: out of memory");
    hb_set_t* unicodes = hb_subset_input_unicode_set(input);
    for (char16_t character : characters) hb_set_add(unicodes, character);
    hb_set_t* dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (hb_tag_t tag : face_->dropped) hb_set_add(dropped, tag);
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NAME_LEGACY | HB_SUBSET_FLAGS_NOTDEF_OUTLINE);
    hb_face_t* subset = hb_subset_or_fail(face_->face, input);
    hb_subset_input_destroy(input);
    if (subset == nullptr) throw std::runtime_error("font: cannot subset " + file_.string());
    hb_blob_t* blob = hb_face_reference_blob(subset);
    unsigned int length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    std::string bytes(data, length);
    hb_blob_destroy(blob);
    hb_face_destroy(subset);
    return bytes;
}

}  // namespace portalgen
