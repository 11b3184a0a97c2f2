// The seller's brand in its customers' portals (SPEC 3b "Branding"): the logo copied into the
// portal's assets/ (a copied portal folder keeps it; no other seller's file is reachable) and a
// small stylesheet setting the theme's --brand colours from the accent colour, made readable.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compute/account.h"

namespace portalgen {

struct BrandFile {
    std::string path;  // relative to OUT (view/output_paths.h)
    std::string bytes;
};

// The portal's logo file, "" when the seller has none.
std::string brand_logo_path(const Account& account, const std::string& token);
// The stylesheet of the accent colour, "" when the seller has none.
std::string brand_stylesheet(const Company& company);
std::string brand_stylesheet_path(const Company& company, const std::string& token);
// The files above that exist, for the portal writer.
std::vector<BrandFile> brand_files(const Account& account, const std::string& token);
// The accent as text and button colour on white ("#0b5394"), "" when none.
std::string readable_accent_color(const Company& company);
// The colour of the e-mails' name, links and button: the readable accent, or the theme's.
std::string email_accent_color(const Company& company);

// The logo as an e-mail's inline image part, which the HTML part shows as <img src="cid:...">.
struct EmailLogo {
    std::string content_id;  // "logo.<hash>@<portal host>", without angle brackets
    std::string file_name;   // "logo.png"
    std::string media_type;  // "image/png"
    int width = 0;           // CSS pixels, fitting kEmailLogoWidth × kEmailLogoHeight
    int height = 0;
};
constexpr int kEmailLogoWidth = 200;
constexpr int kEmailLogoHeight = 40;
// nullopt when the seller has no logo.
std::optional<EmailLogo> email_logo(const Account& account);

}  // namespace portalgen
