#include "core/slug.h"

namespace portalgen {

std::string slug_of(std::string_view number) {
    std::string slug;
    slug.reserve(number.size() + 1);
    // Covers "." and ".." too: no slug can name a hidden file or a parent folder.
    if (number.empty() || number.front() == '.') slug += '_';
    for (unsigned char c : number) {
        if ((c & 0xC0) == 0x80) continue;  // a UTF-8 continuation byte: one character, one '-'
        bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '.' || c == '_' || c == '-';
        slug += allowed ? static_cast<char>(c) : '-';
    }
    return slug;
}

std::string slug_key(std::string_view number) {
    std::string key = slug_of(number);
    for (char& c : key)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return key;
}

std::string slug_clash(std::string_view number, std::string_view other) {
    std::string slug = slug_of(number), other_slug = slug_of(other);
    if (slug == other_slug) return "would have the same file name \"" + slug + "\"";
    return "would have file names that differ only by case (\"" + slug + "\", \"" + other_slug +
           "\")";
}

}  // namespace portalgen
