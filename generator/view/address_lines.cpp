#include "view/address_lines.h"

#include "core/country_code.h"

namespace portalgen {

namespace {

// Joins the non-empty parts with `separator`.
std::string joined(std::initializer_list<std::string_view> parts, std::string_view separator) {
    std::string out;
    for (std::string_view part : parts) {
        if (part.empty()) continue;
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

}  // namespace

std::string locality_line(const Address& a) {
    // Canada: the region, then the postal code after two spaces (Canada Post).
    if (a.country == "CA") return joined({joined({a.city, a.region}, " "), a.postcode}, "  ");
    // The United States and Australia: "City, ST 62701".
    if (a.country == "US" || a.country == "AU")
        return joined({a.city, joined({a.region, a.postcode}, " ")}, ", ");
    // The United Kingdom: the town, then the postcode (on one line here, as most forms do).
    if (a.country == "GB") return joined({a.city, a.postcode}, " ");
    // Most of Europe and elsewhere: the postcode before the city, the region after.
    return joined({a.postcode, a.city, a.region}, " ");
}

std::vector<std::string> address_lines(const Address& address, Language reader,
                                       std::string_view seller_country) {
    if (!address.structured()) return address.lines;
    std::vector<std::string> lines = address.lines;
    lines.push_back(locality_line(address));
    if (address.country != seller_country)
        lines.push_back(country_name(address.country, reader == Language::fr ? "fr" : "en"));
    return lines;
}

}  // namespace portalgen
