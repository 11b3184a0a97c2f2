// Atomic file writes: a reader (or a web server) sees the old file or the new one, never a part
// of one, even when the run is killed midway (SPEC section 6, "Atomic").
#pragma once

#include <filesystem>
#include <string_view>

namespace portalgen {

// Writes `bytes` to a temporary file in the same folder, flushes it to disk, then renames it
// over `path`. Creates missing folders. Throws std::runtime_error naming the file on failure
// (and leaves no temporary file behind).
void write_file_atomic(const std::filesystem::path& path, std::string_view bytes);

// True when `path` is a regular file holding exactly `bytes` (so rewriting it can be skipped).
bool file_has_content(const std::filesystem::path& path, std::string_view bytes);

// Temporary files of write_file_atomic start with this prefix: ".portalgen-tmp-".
bool is_temporary_file_name(const std::string& file_name);

// Removes the temporary files a killed run left anywhere under `root`; returns how many. Only
// safe while holding the build lock (no other run is writing).
std::size_t remove_temporary_files(const std::filesystem::path& root);

}  // namespace portalgen
