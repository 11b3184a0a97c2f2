// ToUnicode maps for libharu's UTF-8 fonts. Those fonts draw each character as a 2-byte code equal
// to its Unicode value (Basic Multilingual Plane only), so the correct map sends each code to
// itself. libharu 2.3 writes its encoding CMap there instead ("begincidrange <0000> <FFFF> 0"),
// which readers reject and then guess around; every PDF drawn with those fonts gets a real map.
#pragma once

#include <hpdf.h>

#include <string>
#include <string_view>
#include <vector>

#include "render/pdf_page.h"

namespace portalgen {

// The characters the pages draw (text and stamps), sorted, each once; none outside the BMP.
std::vector<char16_t> drawn_characters(const std::vector<PdfPage>& pages);

// A ToUnicode CMap mapping each of the characters' codes to that character.
std::string identity_to_unicode_cmap(const std::vector<char16_t>& characters);

// Replaces the font's ToUnicode stream content with `cmap`; a font without one (the simple
// Windows-1252 fonts) is left as it is.
void replace_to_unicode(HPDF_Font font, std::string_view cmap);

}  // namespace portalgen
