// What an archived PDF says of itself (SPEC 5, `verify`): its invoice number and, for a Factur-X
// PDF, the totals of its embedded factur-x.xml, read with libqpdf, so that a manifest row can be
// checked against the file it lists, not only against its hash.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace portalgen {

struct ArchivedPdfFacts {
    std::string number;  // from the Info dictionary's keywords ("NUMBER, CUSTOMER"); "" if none
    bool factur_x = false;
    // From factur-x.xml [BT-109, BT-110, BT-112]; set when factur_x.
    std::string xml_number;
    std::string untaxed;
    std::string tax;
    std::string total;
};

// Throws std::runtime_error when the file is not a readable PDF.
ArchivedPdfFacts read_archived_pdf(const std::filesystem::path& file);

}  // namespace portalgen
