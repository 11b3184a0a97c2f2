// FontSubsetter: HarfBuzz's subsetter, keeping the tables libharu embeds.
#include "render/pdf_font_subset.h"

#include <fcntl.h>
#include <hb-subset.h>
#include <hb.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

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

// A font file this large gives its pages back after each document (see subset).
constexpr std::size_t kLargeFontBytes = std::size_t{1} << 20;

struct Mapping {
    void* address = nullptr;
    std::size_t length = 0;
};

void unmap(void* mapping) {
    auto* m = static_cast<Mapping*>(mapping);
    ::munmap(m->address, m->length);
    delete m;
}

// The file mapped read-only, as a blob that unmaps it when HarfBuzz lets it go.
hb_blob_t* map_file(const std::filesystem::path& file, Mapping& mapping) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw std::runtime_error("font: cannot read " + file.string());
    struct stat status {};
    void* address = MAP_FAILED;
    if (::fstat(fd, &status) == 0 && status.st_size > 0)
        address = ::mmap(nullptr, static_cast<std::size_t>(status.st_size), PROT_READ, MAP_PRIVATE,
                         fd, 0);
    ::close(fd);
    if (address == MAP_FAILED) throw std::runtime_error("font: cannot read " + file.string());
    mapping = {address, static_cast<std::size_t>(status.st_size)};
    return hb_blob_create(static_cast<const char*>(address), static_cast<unsigned>(mapping.length),
                          HB_MEMORY_MODE_READONLY, new Mapping(mapping), unmap);
}

}  // namespace

struct FontSubsetter::Face {
    hb_face_t* face = nullptr;
    Mapping file;
    std::vector<hb_tag_t> dropped;  // the font's tables libharu does not embed
    ~Face() { hb_face_destroy(face); }
};

FontSubsetter::FontSubsetter(const std::filesystem::path& file)
    : face_(std::make_unique<Face>()), file_(file) {
    hb_blob_t* blob = map_file(file, face_->file);
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
    // The CJK font's glyphs are scattered over 11 MB: kept mapped, the pages the documents touch
    // add up until the whole file counts in the process's memory. Given back, they are read
    // again from the system's file cache when a document needs them (a read-only mapping, so
    // threads reading it meanwhile see the same bytes).
    if (face_->file.length >= kLargeFontBytes)
        ::madvise(face_->file.address, face_->file.length, MADV_DONTNEED);
    return bytes;
}

}  // namespace portalgen
