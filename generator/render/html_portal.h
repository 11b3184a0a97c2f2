// PortalRenderer: one customer's portal rendered — the entry page, then every page in English and
// in French — and given a page at a time to the caller.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>

#include "compute/account.h"
#include "render/html_theme.h"
#include "view/locale_format.h"

namespace portalgen {

// Not thread-safe (templates render through shared state): one per thread.
class PortalRenderer {
  public:
    explicit PortalRenderer(HtmlTheme& theme) : theme_(theme) {}

    // Gives every HTML file of the customer's portal (paths under site/<token>/) to `write`.
    using FileWriter = std::function<void(const std::string& path, const std::string& html)>;
    void render(const Account& account, const std::string& token, const FileWriter& write);

    // The message telling the customer about their portal, in their language: subject, text and
    // HTML. `link` is the portal's absolute URL.
    struct Email {
        std::string subject;
        std::string text;
        std::string html;
    };
    Email email(const Account& account, const std::string& token, const std::string& link,
                bool portal_is_new);

  private:
    const LocaleFormat& format(const std::string& locale, const std::string& currency);

    HtmlTheme& theme_;
    // Made once per locale and currency: building ICU formatters costs more than using them.
    std::map<std::pair<std::string, std::string>, std::unique_ptr<LocaleFormat>> formats_;
};

// The locale of a company for a language: its `locale` setting, else en-US or fr-FR.
std::string locale_for(const Company& company, Language language);

}  // namespace portalgen
