// Atomic file writes: a reader (or a web server) sees the old file or the new one, never a part
// of one, even when the run is killed midway (SPEC section 6, "Atomic").
#pragma once

#include <filesystem>
#include <string_view>

namespace portalgen {

// How far a write goes before the rename. A killed process loses nothing the kernel already has,
// so pages need no flush; a flush to disk also survives a power cut, at a cost of milliseconds
// per file (the archive and the report pay it; a night's hundred thousand pages would not).
enum class Flush { none, to_disk };

// Writes `bytes` to a temporary file in the same folder, optionally flushes it to disk, then
// renames it over `path`. Creates missing folders. Throws std::runtime_error naming the file on
// failure (and leaves no temporary file behind).
void write_file_atomic(const std::filesystem::path& path, std::string_view bytes,
                       Flush flush = Flush::to_disk);

// True when `path` is a regular file holding exactly `bytes` (so rewriting it can be skipped).
bool file_has_content(const std::filesystem::path& path, std::string_view bytes);

// Temporary files of write_file_atomic start with this prefix: ".portalgen-tmp-".
bool is_temporary_file_name(const std::string& file_name);

// Removes the temporary files a killed run left anywhere under `root`; returns how many. Only
// safe while holding the build lock (no other run is writing).
std::size_t remove_temporary_files(const std::filesystem::path& root);

}  // namespace portalgen
