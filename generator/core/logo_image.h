// The seller's logo (SPEC 1b): a PNG or JPEG image of bounded size, recognised by its magic
// bytes. SVG is refused, whatever its name: it can carry script.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace portalgen {

enum class LogoFormat { png, jpeg };

constexpr size_t kMaxLogoBytes = 512 * 1024;

// The format the bytes start with, or nullopt.
std::optional<LogoFormat> logo_format(std::string_view bytes);
// Why these bytes cannot be a logo, or nullopt when they can.
std::optional<std::string> logo_problem(std::string_view bytes);
// "png" or "jpg": the extension of the logo's file, and "image/png" or "image/jpeg".
std::string_view logo_extension(LogoFormat format);
std::string_view logo_media_type(LogoFormat format);

}  // namespace portalgen
