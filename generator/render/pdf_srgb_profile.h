// The sRGB ICC profile of a PDF/A file's output intent (Debian: icc-profiles-free). Read and
// compressed once per process and shared: libharu discards every object between documents, so
// each PDF writes the bytes into a stream of its own, but neither reads nor compresses them again.
#pragma once

#include <string>

namespace portalgen {

// The profile, zlib-compressed (a FlateDecode stream's content). Throws std::runtime_error
// naming the file when it cannot be read (and again on the next call: a failure is not kept).
const std::string& srgb_icc_profile_deflated();

}  // namespace portalgen
