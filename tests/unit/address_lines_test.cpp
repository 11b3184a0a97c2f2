// Structured addresses as printed (SPEC 1b): the locality in each country's usual order (checked
// against the postal services' own examples), the country's name in the reader's language from
// ICU, left out when it is the seller's own; the list form as given.
#include "view/address_lines.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace portalgen;

namespace {

Address structured(std::vector<std::string> lines, std::string postcode, std::string city,
                   std::string region, std::string country) {
    Address a;
    a.lines = std::move(lines);
    a.postcode = std::move(postcode);
    a.city = std::move(city);
    a.region = std::move(region);
    a.country = std::move(country);
    return a;
}

}  // namespace

TEST_CASE("address lines: the locality in the country's order", "[address]") {
    struct Case {
        Address address;
        const char* locality;
    };
    const std::vector<Case> cases = {
        {structured({"12 rue de la Paix"}, "75002", "Paris", "", "FR"), "75002 Paris"},
        {structured({"Unter den Linden 77"}, "10117", "Berlin", "", "DE"), "10117 Berlin"},
        {structured({"1 Place Ville Marie"}, "H3B 2B6", "Montréal", "QC", "CA"),
         "Montréal QC  H3B 2B6"},
        {structured({"200 Main St"}, "62701", "Springfield", "IL", "US"), "Springfield, IL 62701"},
        {structured({"1 George St"}, "2000", "Sydney", "NSW", "AU"), "Sydney, NSW 2000"},
        {structured({"10 Downing St"}, "SW1A 2AA", "London", "", "GB"), "London SW1A 2AA"},
        {structured({"Via Roma 1"}, "00184", "Roma", "RM", "IT"), "00184 Roma RM"},
        {structured({"Λεωφ. Κηφισίας 112"}, "115 26", "Αθήνα", "", "GR"), "115 26 Αθήνα"},
        // Parts left out leave no stray separator.
        {structured({"Rue 1"}, "", "Monaco", "", "MC"), "Monaco"},
        {structured({"1 Main St"}, "", "Toronto", "ON", "CA"), "Toronto ON"},
        {structured({"1 Main St"}, "62701", "", "", "US"), "62701"},
    };
    for (const Case& c : cases) {
        INFO(c.address.country << " " << c.address.city);
        CHECK(locality_line(c.address) == c.locality);
    }
}

TEST_CASE("address lines: the country named in the reader's language, not the seller's own",
          "[address]") {
    const Address berlin = structured({"Unter den Linden 77"}, "10117", "Berlin", "", "DE");
    CHECK(address_lines(berlin, Language::en, "FR") ==
          std::vector<std::string>{"Unter den Linden 77", "10117 Berlin", "Germany"});
    CHECK(address_lines(berlin, Language::fr, "FR") ==
          std::vector<std::string>{"Unter den Linden 77", "10117 Berlin", "Allemagne"});
    CHECK(address_lines(berlin, Language::fr, "DE") ==
          std::vector<std::string>{"Unter den Linden 77", "10117 Berlin"});
    // Unknown seller: the country is always printed.
    CHECK(address_lines(berlin, Language::en, "").back() == "Germany");
    const Address athens = structured({"Λεωφ. Κηφισίας 112"}, "115 26", "Αθήνα", "", "GR");
    CHECK(address_lines(athens, Language::fr, "FR").back() == "Grèce");
}

TEST_CASE("address lines: the list form is printed as given", "[address]") {
    Address list;
    list.lines = {"8 place du Marché", "69002 Lyon", "France"};
    CHECK(address_lines(list, Language::en, "FR") == list.lines);
    CHECK(address_lines(Address{}, Language::en, "FR").empty());
}
