// The sRGB ICC profile of a PDF/A file's output intent (Debian: icc-profiles-free). Read once per
// process and shared: libharu discards every object between documents, so each PDF writes the
// bytes into a stream of its own, but the file is not read again.
#pragma once

#include <string>

namespace portalgen {

// The profile's bytes. Throws std::runtime_error naming the file when it cannot be read (and
// again on the next call: a failed read is not remembered).
const std::string& srgb_icc_profile();

}  // namespace portalgen
