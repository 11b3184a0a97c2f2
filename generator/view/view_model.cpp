#include "view/view_model.h"

namespace portalgen {

namespace {
// Up to this many fields an object is scanned: cheaper than an index to build and to read.
constexpr std::size_t kScanned = 8;
}  // namespace

uint32_t MustacheData::key_hash(std::string_view key) {
    // FNV-1a: keys are short names, and a hash only has to tell a few dozen of them apart.
    uint32_t hash = 2166136261u;
    for (char c : key) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    return hash;
}

std::ptrdiff_t MustacheData::find(std::string_view key, uint32_t hash) const {
    if (index_.empty()) {
        for (std::size_t i = 0; i < fields_.size(); ++i)
            if (fields_[i].hash == hash && fields_[i].key == key) return std::ptrdiff_t(i);
        return -1;
    }
    const std::size_t mask = index_.size() - 1;
    for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const uint32_t entry = index_[slot];
        if (entry == 0) return -1;
        const Field& field = fields_[entry - 1];
        if (field.hash == hash && field.key == key) return std::ptrdiff_t(entry - 1);
    }
}

void MustacheData::index(std::size_t position) {
    if (fields_.size() <= kScanned) return;
    if (2 * fields_.size() > index_.size()) {
        // Grown past half full (or first needed): every field again, in a table twice as large.
        std::size_t size = 4 * kScanned;
        while (size < 4 * fields_.size()) size *= 2;
        index_.assign(size, 0);
        for (std::size_t i = 0; i < fields_.size(); ++i) index(i);
        return;
    }
    const std::size_t mask = index_.size() - 1;
    std::size_t slot = fields_[position].hash & mask;
    while (index_[slot] != 0) slot = (slot + 1) & mask;
    index_[slot] = static_cast<uint32_t>(position + 1);
}

MustacheData& MustacheData::operator[](std::string_view key) {
    const uint32_t hash = key_hash(key);
    if (const std::ptrdiff_t found = find(key, hash); found >= 0) return fields_[found].value;
    if (fields_.empty()) fields_.reserve(kScanned);
    fields_.push_back({std::string(key), hash, MustacheData()});
    index(fields_.size() - 1);
    return fields_.back().value;
}

const MustacheData* MustacheData::get(std::string_view key, uint32_t hash) const {
    const std::ptrdiff_t found = find(key, hash);
    return found >= 0 ? &fields_[found].value : nullptr;
}

}  // namespace portalgen
