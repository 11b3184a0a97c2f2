#include "view/seller_brand.h"

#include <algorithm>
#include <cmath>

#include "core/accent_color.h"
#include "core/logo_image.h"
#include "core/sha256.h"
#include "core/url_host.h"
#include "view/output_paths.h"

namespace portalgen {

namespace {

constexpr size_t kNameHashLength = 16;
constexpr const char* kThemeBrandColor = "#4338ca";  // --brand of templates/assets/portal.css

// The start of the logo's SHA-256, which names its copies.
std::string logo_name_hash(const Account& account) {
    // The build's facts hash each seller's logo once; a lone Account (tests) hashes it here.
    const std::string& logo = account.company->logo;
    const std::string hash = account.seller ? account.seller->logo_hash : sha256_hex(logo);
    return hash.substr(0, kNameHashLength);
}

}  // namespace

std::string brand_logo_path(const Account& account, const std::string& token) {
    const auto format = logo_format(account.company->logo);
    if (!format) return {};
    return portal_asset(
        token, "logo." + logo_name_hash(account) + "." + std::string(logo_extension(*format)));
}

std::string brand_stylesheet(const Company& company) {
    const auto accent = parse_hex_color(company.accent_color);
    if (!accent) return {};
    // The soft tint is the background of accent text (badges, current tab): the accent is made
    // readable on it, which makes it readable on white too.
    const Rgb soft = tint(*accent, 8);
    const Rgb brand = readable_on(*accent, soft);
    return ":root{--brand:" + hex_color(brand) + ";--brand-strong:" + hex_color(shade(brand, 85)) +
           ";--brand-ink:" + hex_color(shade(brand, 70)) + ";--brand-soft:" + hex_color(soft) +
           "}\nh1{color:var(--brand-ink)}\n"
           // On screen, the dashboard's welcome band in the brand's shades, its text white
           // (the brand colour, readable on near-white, is readable under white too); print
           // keeps the theme's plain band.
           "@media screen{.hero{background:linear-gradient(120deg,var(--brand-ink),var(--brand))}"
           ".hero h1,.hero p{color:#fff}}\n";
}

std::string brand_stylesheet_path(const Company& company, const std::string& token) {
    const std::string css = brand_stylesheet(company);
    if (css.empty()) return {};
    return portal_asset(token, "brand." + sha256_hex(css).substr(0, kNameHashLength) + ".css");
}

std::vector<BrandFile> brand_files(const Account& account, const std::string& token) {
    std::vector<BrandFile> files;
    if (std::string path = brand_logo_path(account, token); !path.empty())
        files.push_back({std::move(path), account.company->logo});
    if (std::string css = brand_stylesheet(*account.company); !css.empty())
        files.push_back({brand_stylesheet_path(*account.company, token), std::move(css)});
    return files;
}

std::string readable_accent_color(const Company& company) {
    const auto accent = parse_hex_color(company.accent_color);
    return accent ? hex_color(readable_accent(*accent)) : std::string();
}

std::string email_accent_color(const Company& company) {
    std::string accent = readable_accent_color(company);
    return accent.empty() ? kThemeBrandColor : accent;
}

std::optional<EmailLogo> email_logo(const Account& account) {
    const Company& company = *account.company;
    const auto format = logo_format(company.logo);
    const auto pixels = logo_pixels(company.logo);
    if (!format || !pixels) return std::nullopt;
    EmailLogo logo;
    logo.content_id = "logo." + logo_name_hash(account) + "@" + url_host(company.portal_url);
    logo.file_name = "logo." + std::string(logo_extension(*format));
    logo.media_type = logo_media_type(*format);
    const double scale = std::min(double{kEmailLogoWidth} / pixels->width,
                                  double{kEmailLogoHeight} / pixels->height);
    logo.width = std::max(1, static_cast<int>(std::lround(pixels->width * scale)));
    logo.height = std::max(1, static_cast<int>(std::lround(pixels->height * scale)));
    return logo;
}

}  // namespace portalgen
