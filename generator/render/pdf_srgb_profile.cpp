// The sRGB ICC profile, read once.
#include "render/pdf_srgb_profile.h"

#include <fstream>
#include <iterator>
#include <stdexcept>

namespace portalgen {

namespace {

std::string read_profile() {
    std::ifstream in(PORTALGEN_SRGB_PROFILE, std::ios::binary);
    std::string bytes;
    if (in) bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    // An ICC profile starts with its 128-byte header: anything shorter is not one.
    if (bytes.size() < 128) {
        throw std::runtime_error(std::string("cannot read the sRGB ICC profile ") +
                                 PORTALGEN_SRGB_PROFILE);
    }
    return bytes;
}

}  // namespace

const std::string& srgb_icc_profile() {
    // A static initialised by a function that throws is retried on the next call.
    static const std::string profile = read_profile();
    return profile;
}

}  // namespace portalgen
