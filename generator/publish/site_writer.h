// Site writer: publishes customers' portals under OUT/site/ — the only code that writes there.
// Files are written atomically and only when their content changed; files and folders that no
// longer belong to the site are removed.
#pragma once

#include <filesystem>
#include <set>
#include <string>

#include "view/output_file.h"

namespace portalgen {

struct PublishStats {
    size_t written = 0;    // files created or replaced
    size_t unchanged = 0;  // files already holding the same bytes
    size_t removed = 0;    // files of the portal that are no longer part of it
};

// Writes one customer's portal under OUT. `files` is the portal's complete content (pages and
// PDFs, paths from view/output_paths.h, all under site/<token>/): any other file of that folder
// is removed afterwards. Throws std::runtime_error for a path outside the customer's folder.
PublishStats write_portal(const std::filesystem::path& out, const std::string& token,
                          const OutputFiles& files);

// Removes the folders of OUT/site/ whose name is not one of `tokens` (customers deleted, links
// rotated). Hidden folders (".well-known") are left alone. Returns how many were removed.
size_t remove_stale_portals(const std::filesystem::path& out, const std::set<std::string>& tokens);

}  // namespace portalgen
