#include "store/link_token.h"

#include <openssl/rand.h>

#include <array>
#include <stdexcept>

namespace portalgen {

std::string new_link_token() {
    // 18 bytes = 144 bits: three bytes make four characters, so there is no padding.
    std::array<unsigned char, 18> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
        throw std::runtime_error("cannot get random bytes from OpenSSL for a portal link");
    static constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string token;
    token.reserve(bytes.size() / 3 * 4);
    for (size_t i = 0; i < bytes.size(); i += 3) {
        unsigned group = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
        for (int shift = 18; shift >= 0; shift -= 6) token += kAlphabet[(group >> shift) & 63];
    }
    return token;
}

}  // namespace portalgen
