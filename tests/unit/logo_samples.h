// Logo images for the tests: real PNGs, and the first bytes of PNG and JPEG files whose headers
// say what a test needs.
#pragma once

#include <cstddef>
#include <string>

namespace portalgen::test {

// A 1x1 PNG of #0b5394: a real image, bytes 0x00 and 0x0d included.
inline std::string tiny_png() {
    static const char kBytes[] =
        "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01"
        "\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90\x77\x53\xde\x00\x00\x00\x0c\x49\x44\x41"
        "\x54\x78\xda\x63\xe0\x0e\x9e\x02\x00\x01\x5f\x00\xf3\x99\xb1\x8c\xb4\x00\x00\x00"
        "\x00\x49\x45\x4e\x44\xae\x42\x60\x82";
    return std::string(kBytes, sizeof kBytes - 1);
}

// A JPEG's first bytes up to its frame header: SOI, a JFIF APP0, then a frame of kind `frame`
// (0xC0 baseline, 0xC2 progressive, 0xC3 lossless) of `width` x `height` and `components`.
inline std::string jpeg_header(unsigned char frame, int width, int height, int components) {
    std::string bytes("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20);
    const unsigned char sof[] = {0xFF,
                                 frame,
                                 0x00,
                                 static_cast<unsigned char>(8 + 3 * components),
                                 8,
                                 static_cast<unsigned char>(height >> 8),
                                 static_cast<unsigned char>(height & 0xFF),
                                 static_cast<unsigned char>(width >> 8),
                                 static_cast<unsigned char>(width & 0xFF),
                                 static_cast<unsigned char>(components)};
    bytes.append(reinterpret_cast<const char*>(sof), sizeof sof);
    return bytes + std::string(3 * static_cast<std::size_t>(components), '\x11');
}

// A PNG's signature and IHDR chunk claiming `width` x `height` (no image data).
inline std::string png_header(unsigned width, unsigned height) {
    std::string bytes = tiny_png().substr(0, 16);
    for (unsigned value : {width, height})
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes += static_cast<char>((value >> shift) & 0xFF);
    return bytes + tiny_png().substr(24);
}

// 3 x 1 RGBA: opaque red, fully transparent blue, half-transparent black.
inline std::string rgba_png() {
    static const char kBytes[] =
        "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x03"
        "\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1b\xe0\x14\xb4\x00\x00\x00\x10\x49\x44\x41"
        "\x54\x78\xda\x63\xf8\xcf\xc0\x00\x41\x0c\x0c\x0d\x00\x1b\x72\x03\x7e\x9b\x68\x3c"
        "\x4f\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";
    return std::string(kBytes, sizeof kBytes - 1);
}

}  // namespace portalgen::test
