// Yearly bundles (SPEC 3b): OUT/site/<token>/invoices-<year>.zip holds the issued PDFs of a year,
// named by slug. The ZIP is deterministic — entries in the year's order (date, then number), each
// dated its invoice's date at midnight, deflated at one level — so the same PDFs give the same
// bytes. Its archive comment records the key of its set of PDFs (names and SHA-256 sums): a build
// whose set has the same key keeps the file without making it again.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"

namespace portalgen {

class PortalWriter;

// One issued PDF as the portal serves it.
struct BundledPdf {
    std::string name;    // "INV-2026-00001.pdf"
    Date date;           // the invoice date: the entry's time
    std::string sha256;  // of its bytes
    // Its bytes when at hand; otherwise read from the portal's file `portal_path` (relative to
    // OUT) if the bundle has to be made again.
    std::optional<std::string> bytes;
    std::string portal_path;
};

// "portalgen-bundle-v1 " and the SHA-256 of the names and sums, in order.
std::string bundle_key(const std::vector<BundledPdf>& pdfs);

// The ZIP of `pdfs` in their order, `key` as its comment. Throws std::runtime_error on a libzip
// failure or a PDF that cannot be read.
std::string make_bundle(const std::vector<BundledPdf>& pdfs, const std::string& key,
                        const std::filesystem::path& out);

// The archive comment of the ZIP at `file`, or nothing when there is none or it is not a ZIP.
std::optional<std::string> bundle_comment(const std::filesystem::path& file);

// Writes (or keeps, when its key is unchanged) each year's bundle of the portal of `token`.
void publish_bundles(const std::filesystem::path& out, const std::string& token,
                     const std::map<int, std::vector<BundledPdf>>& years, PortalWriter& portal);

}  // namespace portalgen
