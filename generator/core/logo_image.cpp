#include "core/logo_image.h"

#include <png.h>

namespace portalgen {

std::optional<LogoFormat> logo_format(std::string_view bytes) {
    constexpr std::string_view png_signature("\x89PNG\r\n\x1a\n", 8);
    constexpr std::string_view jpeg_signature("\xFF\xD8\xFF", 3);
    if (bytes.starts_with(png_signature)) return LogoFormat::png;
    if (bytes.starts_with(jpeg_signature)) return LogoFormat::jpeg;
    return std::nullopt;
}

namespace {

unsigned big_endian(std::string_view bytes, std::size_t at, std::size_t count) {
    unsigned value = 0;
    for (std::size_t i = 0; i < count; ++i)
        value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

std::optional<LogoPixels> png_pixels(std::string_view bytes) {
    // The signature, then the IHDR chunk: length, "IHDR", width, height.
    if (bytes.size() < 24 || bytes.substr(12, 4) != "IHDR") return std::nullopt;
    return LogoPixels{big_endian(bytes, 16, 4), big_endian(bytes, 20, 4), 0};
}

// Baseline, extended and progressive DCT frames: the ones PDF's DCTDecode reads.
bool dct_frame(unsigned char marker) {
    return marker >= 0xC0 && marker <= 0xC2;
}

std::optional<LogoPixels> jpeg_pixels(std::string_view bytes) {
    std::size_t at = 2;
    while (at + 4 <= bytes.size()) {
        if (static_cast<unsigned char>(bytes[at]) != 0xFF) return std::nullopt;
        const auto marker = static_cast<unsigned char>(bytes[at + 1]);
        if (marker == 0xFF) {  // fill byte
            ++at;
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA) return std::nullopt;  // end, or data before a frame
        const std::size_t length = big_endian(bytes, at + 2, 2);
        if (dct_frame(marker)) {
            if (at + 10 > bytes.size() || length < 8) return std::nullopt;
            return LogoPixels{big_endian(bytes, at + 7, 2), big_endian(bytes, at + 5, 2),
                              big_endian(bytes, at + 9, 1)};
        }
        if (marker >= 0xC3 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            return std::nullopt;  // a frame of a kind PDF readers do not decode
        at += 2 + length;
    }
    return std::nullopt;
}

}  // namespace

std::optional<LogoPixels> logo_pixels(std::string_view bytes) {
    const auto format = logo_format(bytes);
    if (!format) return std::nullopt;
    auto pixels = *format == LogoFormat::png ? png_pixels(bytes) : jpeg_pixels(bytes);
    if (pixels && (pixels->width == 0 || pixels->height == 0)) return std::nullopt;
    return pixels;
}

std::optional<RgbImage> png_on_white(std::string_view png) {
    const auto pixels = logo_pixels(png);
    if (logo_format(png) != LogoFormat::png || !pixels ||
        static_cast<unsigned long>(pixels->width) * pixels->height > kMaxLogoPixels)
        return std::nullopt;
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, png.data(), png.size())) return std::nullopt;
    image.format = PNG_FORMAT_RGB;
    RgbImage rgb{image.width, image.height, std::string(PNG_IMAGE_SIZE(image), '\0')};
    png_color white{255, 255, 255};
    if (!png_image_finish_read(&image, &white, rgb.pixels.data(), 0, nullptr)) {
        png_image_free(&image);
        return std::nullopt;
    }
    return rgb;
}

std::optional<std::string> logo_problem(std::string_view bytes) {
    if (bytes.size() > kMaxLogoBytes) {
        return "the logo is " + std::to_string(bytes.size()) + " bytes, more than the " +
               std::to_string(kMaxLogoBytes) + " allowed";
    }
    if (!logo_format(bytes)) return std::string("the logo must be a PNG or JPEG image");
    const auto pixels = logo_pixels(bytes);
    if (!pixels) return std::string("the logo's size cannot be read: a damaged or lossless image?");
    if (static_cast<unsigned long>(pixels->width) * pixels->height > kMaxLogoPixels) {
        return "the logo is " + std::to_string(pixels->width) + " x " +
               std::to_string(pixels->height) + " pixels, more than the " +
               std::to_string(kMaxLogoPixels) + " allowed";
    }
    if (logo_format(bytes) == LogoFormat::png && !png_on_white(bytes))
        return std::string("the logo is a damaged PNG");
    if (pixels->jpeg_components != 0 && pixels->jpeg_components != 1 &&
        pixels->jpeg_components != 3)
        return std::string("the logo is a CMYK JPEG: save it as RGB");
    return std::nullopt;
}

std::string_view logo_extension(LogoFormat format) {
    return format == LogoFormat::png ? "png" : "jpg";
}

std::string_view logo_media_type(LogoFormat format) {
    return format == LogoFormat::png ? "image/png" : "image/jpeg";
}

}  // namespace portalgen
