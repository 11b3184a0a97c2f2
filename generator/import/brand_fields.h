// The company's brand keys of SPEC 1b in YAML: `logo` (a PNG or JPEG file, relative to the YAML
// file, or the data: URL that export writes) and `accent_color` ("#rrggbb").
#pragma once

#include "import/field_reader.h"
#include "model/model.h"

namespace portalgen {

void read_brand(const ReadContext& context, FieldReader& in, Company& company);

}  // namespace portalgen
