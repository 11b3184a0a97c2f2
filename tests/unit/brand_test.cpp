// The seller's brand: WCAG contrast of the accent colour, and the checks on logo and accent_color
// at import (FILE:LINE:COL).
#include <catch2/catch.hpp>
#include <fstream>

#include "core/accent_color.h"
#include "core/base64.h"
#include "core/logo_image.h"
#include "core/sha256.h"
#include "import/validate.h"
#include "import/yaml_source.h"
#include "import_fixture.h"
#include "logo_samples.h"
#include "store_fixture.h"
#include "view/seller_brand.h"

using namespace portalgen;
using namespace portalgen::test;

namespace {

Rgb hex(const char* text) {
    return parse_hex_color(text).value();
}

std::string company_with(const std::string& file, const std::string& brand_lines, Dataset& data) {
    // Brand keys go after "currency:", line 5 of kCompany.
    std::string text = kCompany;
    text.insert(text.find("taxes:"), brand_lines);
    SourceMap positions;
    Diagnostics diagnostics;
    read_yaml_source(text, file, data, positions, diagnostics);
    return diagnostics.to_string();
}

void write_file(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

}  // namespace

TEST_CASE("hex colours: # and six digits, either case") {
    CHECK(parse_hex_color("#0b5394") == Rgb{0x0b, 0x53, 0x94});
    CHECK(parse_hex_color("#FFFFFF") == kWhite);
    CHECK_FALSE(parse_hex_color("0b5394"));
    CHECK_FALSE(parse_hex_color("#fff"));
    CHECK_FALSE(parse_hex_color("#0b539g"));
    CHECK_FALSE(parse_hex_color("#0b53944"));
    CHECK(hex_color(Rgb{0x0b, 0x53, 0x94}) == "#0b5394");
}

TEST_CASE("WCAG relative luminance and contrast ratio, known values") {
    CHECK(relative_luminance(kWhite) == Approx(1.0));
    CHECK(relative_luminance(Rgb{}) == Approx(0.0));
    CHECK(contrast_ratio(Rgb{}, kWhite) == Approx(21.0));
    CHECK(contrast_ratio(kWhite, Rgb{}) == Approx(21.0));
    // The figures WebAIM's contrast checker gives.
    CHECK(contrast_ratio(hex("#777777"), kWhite) == Approx(4.48).epsilon(0.002));
    CHECK(contrast_ratio(hex("#767676"), kWhite) == Approx(4.54).epsilon(0.002));
    CHECK(contrast_ratio(hex("#0000ff"), kWhite) == Approx(8.59).epsilon(0.002));
}

TEST_CASE("an accent too light for white text is darkened until it reaches 4.5:1, hue kept") {
    CHECK(readable_accent(hex("#777777")) == hex("#767676"));
    CHECK(readable_accent(hex("#767676")) == hex("#767676"));
    CHECK(readable_accent(hex("#0b5394")) == hex("#0b5394"));  // already dark: unchanged
    const Rgb yellow = readable_accent(hex("#ffff00"));
    CHECK(contrast_ratio(yellow, kWhite) >= kMinTextContrast);
    CHECK(yellow.r == yellow.g);  // still a yellow: red and green alike, no blue
    CHECK(yellow.b == 0);
    CHECK(yellow.r > 100);  // darkened only as far as needed, not to black
    CHECK(readable_accent(kWhite) != kWhite);
    CHECK(contrast_ratio(readable_accent(kWhite), kWhite) >= kMinTextContrast);
}

TEST_CASE("a logo is a PNG or JPEG by its magic bytes, SVG refused, size bounded") {
    CHECK(logo_format(tiny_png()) == LogoFormat::png);
    CHECK(logo_format(std::string("\xFF\xD8\xFF\xE0", 4) + "JFIF") == LogoFormat::jpeg);
    CHECK_FALSE(logo_format("<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>"));
    CHECK_FALSE(logo_problem(tiny_png()));
    CHECK(logo_problem("<svg/>") == "the logo must be a PNG or JPEG image");
    std::string huge = tiny_png() + std::string(kMaxLogoBytes, 'x');
    CHECK(logo_problem(huge).value().find("more than the 524288 allowed") != std::string::npos);
}

TEST_CASE("a logo's size in pixels comes from its header") {
    const auto png = logo_pixels(tiny_png());
    REQUIRE(png);
    CHECK(png->width == 1);
    CHECK(png->height == 1);
    CHECK(png->jpeg_components == 0);
    const auto jpeg = logo_pixels(jpeg_header(0xC0, 640, 480, 3));
    REQUIRE(jpeg);
    CHECK(jpeg->width == 640);
    CHECK(jpeg->height == 480);
    CHECK(jpeg->jpeg_components == 3);
    CHECK(logo_pixels(jpeg_header(0xC2, 300, 100, 1))->width == 300);  // progressive
    CHECK_FALSE(logo_pixels(jpeg_header(0xC3, 300, 100, 3)));          // lossless
    CHECK_FALSE(logo_pixels(jpeg_header(0xC0, 0, 100, 3)));
    CHECK_FALSE(logo_pixels(tiny_png().substr(0, 20)));
    CHECK_FALSE(logo_pixels("\xFF\xD8\xFF"));
}

TEST_CASE("logos a PDF cannot show are refused: CMYK, lossless, damaged, too many pixels") {
    CHECK_FALSE(logo_problem(jpeg_header(0xC0, 64, 32, 3)));
    CHECK_FALSE(logo_problem(jpeg_header(0xC2, 64, 32, 1)));
    CHECK(logo_problem(jpeg_header(0xC0, 64, 32, 4)) == "the logo is a CMYK JPEG: save it as RGB");
    CHECK(logo_problem(jpeg_header(0xC3, 64, 32, 3)) ==
          "the logo's size cannot be read: a damaged or lossless image?");
    CHECK(logo_problem(png_header(5000, 1000)) ==
          "the logo is 5000 x 1000 pixels, more than the 4000000 allowed");
    CHECK(logo_problem(png_header(2, 1)) == "the logo is a damaged PNG");  // 1 pixel of data
    CHECK_FALSE(logo_problem(rgba_png()));
}

TEST_CASE("a PNG logo is decoded to RGB on white, transparency composed away") {
    const auto rgb = png_on_white(rgba_png());
    REQUIRE(rgb);
    CHECK(rgb->width == 3);
    CHECK(rgb->height == 1);
    REQUIRE(rgb->pixels.size() == 9);
    auto channel = [&](std::size_t i) { return static_cast<unsigned char>(rgb->pixels[i]); };
    CHECK(rgb->pixels.substr(0, 6) == std::string("\xFF\x00\x00\xFF\xFF\xFF", 6));
    // Half-transparent black on white: a mid grey.
    CHECK(channel(6) == channel(7));
    CHECK(channel(7) == channel(8));
    CHECK(channel(6) > 100);
    CHECK(channel(6) < 200);
    CHECK(png_on_white(tiny_png())->pixels == std::string("\x0b\x53\x94", 3));
    CHECK_FALSE(png_on_white(jpeg_header(0xC0, 64, 32, 3)));
}

TEST_CASE("base64 round trip") {
    CHECK(base64_encode("") == "");
    CHECK(base64_encode("f") == "Zg==");
    CHECK(base64_encode("foob") == "Zm9vYg==");
    CHECK(base64_decode("Zm9vYg==") == "foob");
    CHECK(base64_decode("Zm9vYmE=") == "fooba");
    CHECK(base64_decode(base64_encode(tiny_png())) == tiny_png());
    CHECK_FALSE(base64_decode("Zm9"));
    CHECK_FALSE(base64_decode("Zm9*"));
}

TEST_CASE("logo and accent_color read from YAML, the logo relative to the YAML file") {
    TempDir dir;
    write_file(dir.file("logo.png"), tiny_png());
    Dataset data;
    CHECK(company_with(dir.file("in.yaml"), "  logo: logo.png\n  accent_color: \"#0B5394\"\n",
                       data) == "");
    REQUIRE(data.companies.size() == 1);
    CHECK(data.companies[0].logo == tiny_png());
    CHECK(data.companies[0].accent_color == "#0B5394");
}

TEST_CASE("bad logo and accent_color values are reported at their line and column") {
    TempDir dir;
    write_file(dir.file("logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>");
    write_file(dir.file("fake.png"), "<svg/>");
    const std::string file = dir.file("in.yaml");
    Dataset data;
    CHECK(company_with(file, "  accent_color: \"#0b539\"\n", data) ==
          file +
              ":5:17: accent_color must be # and six hexadecimal digits, like \"#0b5394\", "
              "not \"#0b539\"\n");
    CHECK(company_with(file, "  accent_color: blue\n", data) ==
          file +
              ":5:17: accent_color must be # and six hexadecimal digits, like \"#0b5394\", "
              "not \"blue\"\n");
    CHECK(company_with(file, "  logo: logo.svg\n", data) ==
          file + ":5:9: logo logo.svg: the logo must be a PNG or JPEG image\n");
    CHECK(company_with(file, "  logo: fake.png\n", data) ==
          file + ":5:9: logo fake.png: the logo must be a PNG or JPEG image\n");
    CHECK(company_with(file, "  logo: none.png\n", data) ==
          file + ":5:9: logo: no file " + dir.file("none.png") + "\n");
}

TEST_CASE("the portal's brand files: the logo named by its hash, the accent's stylesheet") {
    Company company;
    company.logo = tiny_png();
    company.accent_color = "#FFFF00";
    Customer customer;
    Account account{};
    account.customer = &customer;
    account.company = &company;
    const std::vector<BrandFile> files = brand_files(account, "TOK");
    REQUIRE(files.size() == 2);
    CHECK(files[0].path == "site/TOK/assets/logo." + sha256_hex(tiny_png()).substr(0, 16) + ".png");
    CHECK(files[0].bytes == tiny_png());
    CHECK(files[1].path.starts_with("site/TOK/assets/brand."));
    // Yellow, made readable on its own 8 % tint (which also makes it readable on white).
    const Rgb soft = tint(hex("#ffff00"), 8);
    const Rgb brand = readable_on(hex("#ffff00"), soft);
    CHECK(contrast_ratio(brand, soft) >= kMinTextContrast);
    CHECK(files[1].bytes.starts_with(":root{--brand:" + hex_color(brand) + ";"));
    CHECK(readable_accent_color(company) == hex_color(readable_accent(hex("#ffff00"))));
    CHECK(email_accent_color(Company{}) == "#4338ca");

    company.logo.clear();
    company.accent_color.clear();
    CHECK(brand_files(account, "TOK").empty());
    CHECK(brand_stylesheet(company).empty());
}

TEST_CASE("the e-mails' logo: a Content-ID from its hash and the portal's host, fitted size") {
    Company company;
    company.portal_url = "https://portal.odotrack.example/";
    Customer customer;
    Account account{};
    account.customer = &customer;
    account.company = &company;
    CHECK_FALSE(email_logo(account));

    company.logo = png_header(300, 100);  // only its header is read
    const auto logo = email_logo(account);
    REQUIRE(logo);
    CHECK(logo->content_id ==
          "logo." + sha256_hex(company.logo).substr(0, 16) + "@portal.odotrack.example");
    CHECK(logo->file_name == "logo.png");
    CHECK(logo->media_type == "image/png");
    // 300 x 100 into 200 x 40: 120 x 40.
    CHECK(logo->width == 120);
    CHECK(logo->height == 40);

    company.logo = jpeg_header(0xC0, 1000, 100, 3);
    CHECK(email_logo(account)->file_name == "logo.jpg");
    CHECK(email_logo(account)->media_type == "image/jpeg");
    CHECK(email_logo(account)->width == 200);  // 1000 x 100 into 200 x 40: 200 x 20
    CHECK(email_logo(account)->height == 20);
}
