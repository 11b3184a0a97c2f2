// Stream compression for libharu documents. libharu deflates every stream with zlib as it saves;
// the embedded font programs, most of a PDF's bytes, made that about 40 % of a PDF's rendering
// time. deflate_streams() compresses them first with libdeflate, several times faster for the
// same bytes, and libharu then writes them as they are.
#pragma once

#include <hpdf.h>

namespace portalgen {

// Creates what libharu would create as it saves (each font's descriptor and font program, each
// page's closing operators), then deflates every stream libharu would deflate. Returns HPDF_OK
// or the first error.
HPDF_STATUS deflate_streams(HPDF_Doc doc);

// A dictionary's write function giving "/Filter /FlateDecode": libharu writes /Filter only for
// the streams it compresses itself.
HPDF_STATUS write_flate_filter(HPDF_Dict dict, HPDF_Stream stream);

}  // namespace portalgen
