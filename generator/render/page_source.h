// Page source: a digest of everything a page is rendered from — the templates and program
// version, the page template, the locale and the view models. A page whose source is the one
// recorded when it was last written holds what rendering it again would give, so the next build
// leaves it without rendering it (most pages of a portal do not change from one day to the next).
#pragma once

#include <string>
#include <string_view>

#include "view/view_model.h"

namespace portalgen {

// XXH3 128-bit of the inputs, each length-prefixed and typed so that no two differ in one way
// only, as 32 hex digits. `shared` may be null (a page without the shared layout).
std::string page_source(std::string_view environment, std::string_view template_name,
                        std::string_view locale_tag, const MustacheData* shared,
                        const MustacheData& view);

}  // namespace portalgen
