#include "view/view_model.h"

namespace portalgen {

uint32_t MustacheData::key_hash(std::string_view key) {
    // FNV-1a: keys are short names, and a hash only has to tell a few dozen of them apart.
    uint32_t hash = 2166136261u;
    for (char c : key) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    return hash;
}

namespace {
uint64_t key_bit(uint32_t hash) {
    return uint64_t{1} << (hash % 64);
}
}  // namespace

MustacheData& MustacheData::operator[](std::string_view key) {
    const uint32_t hash = key_hash(key);
    if (key_bits_ & key_bit(hash))
        for (Field& field : fields_)
            if (field.hash == hash && field.key == key) return field.value;
    if (fields_.empty()) fields_.reserve(8);
    key_bits_ |= key_bit(hash);
    fields_.push_back({std::string(key), hash, MustacheData()});
    return fields_.back().value;
}

const MustacheData* MustacheData::get(std::string_view key, uint32_t hash) const {
    if (!(key_bits_ & key_bit(hash))) return nullptr;
    for (const Field& field : fields_)
        if (field.hash == hash && field.key == key) return &field.value;
    return nullptr;
}

}  // namespace portalgen
