// SHA-256 digests (OpenSSL) as lowercase hex, for the archive manifest and its verification.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace portalgen {

// "e3b0c442…" for empty input: 64 lowercase hex digits.
std::string sha256_hex(std::string_view bytes);

// The digest of a file's content, read in chunks. Throws std::runtime_error naming the file when
// it cannot be read.
std::string sha256_file_hex(const std::filesystem::path& file);

}  // namespace portalgen
