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

}  // namespace portalgen
