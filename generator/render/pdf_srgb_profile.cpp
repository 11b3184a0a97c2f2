// The sRGB ICC profile, read and compressed once.
#include "render/pdf_srgb_profile.h"

#include <zlib.h>

#include <fstream>
#include <iterator>
#include <stdexcept>

namespace portalgen {

namespace {

std::string read_deflated_profile() {
    std::ifstream in(PORTALGEN_SRGB_PROFILE, std::ios::binary);
    std::string bytes;
    if (in) bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    // An ICC profile starts with its 128-byte header: anything shorter is not one.
    if (bytes.size() < 128) {
        throw std::runtime_error(std::string("cannot read the sRGB ICC profile ") +
                                 PORTALGEN_SRGB_PROFILE);
    }
    uLongf size = compressBound(bytes.size());
    std::string deflated(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(deflated.data()), &size,
                  reinterpret_cast<const Bytef*>(bytes.data()), bytes.size(),
                  Z_BEST_COMPRESSION) != Z_OK) {
        throw std::runtime_error("cannot compress the sRGB ICC profile");
    }
    deflated.resize(size);
    return deflated;
}

}  // namespace

const std::string& srgb_icc_profile_deflated() {
    // A static whose initialisation throws is initialised again on the next call.
    static const std::string profile = read_deflated_profile();
    return profile;
}

}  // namespace portalgen
