#include "import/brand_fields.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/accent_color.h"
#include "core/base64.h"
#include "core/logo_image.h"

namespace portalgen {

namespace {

constexpr std::string_view kDataUrlPrefixes[] = {"data:image/png;base64,",
                                                 "data:image/jpeg;base64,"};

// The bytes `value` names, or nullopt after an error at `node`.
std::optional<std::string> logo_bytes(const ReadContext& context, const YamlNode& node) {
    const std::string& value = node.value;
    for (std::string_view prefix : kDataUrlPrefixes) {
        if (!value.starts_with(prefix)) continue;
        auto bytes = base64_decode(std::string_view(value).substr(prefix.size()));
        if (!bytes) context.error(node, "logo: the data: URL is not valid base64");
        return bytes;
    }
    const std::filesystem::path path =
        std::filesystem::path(context.file).parent_path() / std::filesystem::path(value);
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
        context.error(node, "logo: no file " + path.string());
        return std::nullopt;
    }
    if (std::filesystem::file_size(path, error) > kMaxLogoBytes) {
        context.error(node, "logo: " + path.string() + " is larger than " +
                                std::to_string(kMaxLogoBytes) + " bytes");
        return std::nullopt;
    }
    std::ifstream file(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    if (!file) {
        context.error(node, "logo: cannot read " + path.string());
        return std::nullopt;
    }
    return bytes.str();
}

}  // namespace

void read_brand(const ReadContext& context, FieldReader& in, Company& company) {
    if (const YamlNode* node = in.value("logo", false)) {
        if (node->kind != YamlNode::Kind::scalar || node->value.empty()) {
            context.error(*node, "logo must be the name of a PNG or JPEG file");
        } else if (auto bytes = logo_bytes(context, *node)) {
            if (auto problem = logo_problem(*bytes))
                context.error(*node, "logo " + node->value.substr(0, 80) + ": " + *problem);
            else
                company.logo = std::move(*bytes);
        }
    }
    if (const YamlNode* node = in.value("accent_color", false)) {
        if (node->kind == YamlNode::Kind::scalar && parse_hex_color(node->value))
            company.accent_color = node->value;
        else
            context.error(*node, accent_color_problem(node->value));
    }
}

}  // namespace portalgen
