// Email view: the outbox message telling a customer about their portal (new, or alerts changed),
// in their language: the subject, a plain-text body and the HTML template's view model.
#pragma once

#include <string>

#include "view/view_fields.h"

namespace portalgen {

struct EmailView {
    std::string subject;
    std::string text;   // the text/plain part
    MustacheData html;  // for the "email" page template
};

// `portal_link`: the absolute URL of the customer's portal (portal_url + token + "/").
EmailView email_view(const PortalContext& c, const std::string& portal_link, bool portal_is_new);

// The seller's name, accent colour and logo (has_logo, logo_src "cid:...", logo_width,
// logo_height) as the e-mail templates show them.
void add_email_brand(MustacheData& html, const PortalContext& c);

// The company's portal_url with the customer's folder: "https://portal.example/<token>/".
std::string portal_link(const std::string& portal_url, const std::string& token);

}  // namespace portalgen
