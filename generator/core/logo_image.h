// The seller's logo (SPEC 1b): a PNG or JPEG image of bounded size, recognised by its magic
// bytes. SVG is refused, whatever its name: it can carry script.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace portalgen {

enum class LogoFormat { png, jpeg };

constexpr size_t kMaxLogoBytes = 512 * 1024;
// A PNG is decoded to draw it in the PDFs: this bounds the memory it takes (12 MB as RGB).
constexpr unsigned long kMaxLogoPixels = 4'000'000;

// The format the bytes start with, or nullopt.
std::optional<LogoFormat> logo_format(std::string_view bytes);

// The image's size in pixels and how it stores colour, read from its header (PNG IHDR, the JPEG
// frame header).
struct LogoPixels {
    unsigned width = 0;
    unsigned height = 0;
    unsigned jpeg_components = 0;  // 1 grey, 3 colour, 4 CMYK; 0 for a PNG
};
std::optional<LogoPixels> logo_pixels(std::string_view bytes);

// A PNG logo decoded to 8-bit RGB, composed on white where it is transparent, so that a PDF/A
// file shows it without transparency; nullopt when it cannot be decoded or is too large.
struct RgbImage {
    unsigned width = 0;
    unsigned height = 0;
    std::string pixels;  // rows top down, 3 bytes a pixel
};
std::optional<RgbImage> png_on_white(std::string_view png);

// Why these bytes cannot be a logo, or nullopt when they can: too large, not PNG or JPEG, no
// readable size, too many pixels, a PNG that does not decode, or a CMYK or lossless JPEG (a PDF/A
// file with an sRGB profile cannot show the first, PDF readers not the second).
std::optional<std::string> logo_problem(std::string_view bytes);
// "png" or "jpg": the extension of the logo's file, and "image/png" or "image/jpeg".
std::string_view logo_extension(LogoFormat format);
std::string_view logo_media_type(LogoFormat format);

}  // namespace portalgen
