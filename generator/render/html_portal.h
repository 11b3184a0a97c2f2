// PortalRenderer: one customer's portal rendered — the entry page, then every page in English and
// in French — and given a page at a time to the caller.
#pragma once

#include <functional>
#include <string>

#include "compute/account.h"
#include "compute/reminders.h"
#include "render/html_theme.h"
#include "view/locale_format_cache.h"
#include "view/view_fields.h"

namespace portalgen {

// Not thread-safe (templates render through shared state): one per thread.
class PortalRenderer {
  public:
    // `formats` must outlive it.
    PortalRenderer(HtmlTheme& theme, LocaleFormatCache& formats)
        : theme_(theme), formats_(formats) {}

    // Gives every HTML file of the customer's portal (paths under site/<token>/), and its
    // deadlines calendar in each language, to `write`.
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
    // The message of one reminder step, in the customer's language.
    Email reminder_email(const Account& account, const std::string& token, const std::string& link,
                         const DueReminder& reminder);

  private:
    PortalContext context(const Account& account, const std::string& token);

    HtmlTheme& theme_;
    LocaleFormatCache& formats_;
};

// The locale of a company for a language: its `locale` setting, else en-US or fr-FR.
std::string locale_for(const Company& company, Language language);

}  // namespace portalgen
