#include "core/logo_image.h"

namespace portalgen {

std::optional<LogoFormat> logo_format(std::string_view bytes) {
    constexpr std::string_view png_signature("\x89PNG\r\n\x1a\n", 8);
    constexpr std::string_view jpeg_signature("\xFF\xD8\xFF", 3);
    if (bytes.starts_with(png_signature)) return LogoFormat::png;
    if (bytes.starts_with(jpeg_signature)) return LogoFormat::jpeg;
    return std::nullopt;
}

std::optional<std::string> logo_problem(std::string_view bytes) {
    if (bytes.size() > kMaxLogoBytes) {
        return "the logo is " + std::to_string(bytes.size()) + " bytes, more than the " +
               std::to_string(kMaxLogoBytes) + " allowed";
    }
    if (!logo_format(bytes)) return std::string("the logo must be a PNG or JPEG image");
    return std::nullopt;
}

std::string_view logo_extension(LogoFormat format) {
    return format == LogoFormat::png ? "png" : "jpg";
}

std::string_view logo_media_type(LogoFormat format) {
    return format == LogoFormat::png ? "image/png" : "image/jpeg";
}

}  // namespace portalgen
