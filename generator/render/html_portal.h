// PortalRenderer: one customer's portal rendered — the entry page, then every page in English and
// in French — and given a page at a time to the caller.
#pragma once

#include <functional>
#include <string>

#include "compute/account.h"
#include "compute/reminders.h"
#include "render/html_theme.h"
#include "view/calendar_view.h"
#include "view/locale_format_cache.h"
#include "view/portal_views.h"
#include "view/view_fields.h"

namespace portalgen {

// Not thread-safe (templates render through shared state): one per thread.
class PortalRenderer {
  public:
    // `formats` must outlive it. `environment` names what else the pages are made from (the
    // templates folder and the program's output version): part of every page's source.
    PortalRenderer(HtmlTheme& theme, LocaleFormatCache& formats, std::string environment = {})
        : theme_(theme), formats_(formats), environment_(std::move(environment)) {}

    // Where the portal's files go. A page comes with its source (render/page_source, with the
    // theme's files it names); a page whose source is the one the last build recorded for it
    // stays as it is, not rendered again.
    class Output {
      public:
        virtual ~Output() = default;
        // `source` is empty for a file not made from a view model (the theme's stylesheet and
        // script).
        virtual void write(const std::string& path, const std::string& bytes,
                           const std::string& source) = 0;
        // The source the last build recorded for `path`, if the file is as it left it; else "".
        virtual std::string source_of(const std::string& path) = 0;
        // `path` stays as the last build left it.
        virtual void keep(const std::string& path) = 0;
    };
    // Gives every HTML file of the customer's portal (paths under site/<token>/), the theme's
    // files they name, and its deadlines calendar in each language, to `output`. With
    // PageSet::dated, only the pages that show the date, and the calendars (their stamp is the
    // date): the rest of a portal whose account says the same as on the last build's date. A
    // calendar whose events are the ones recorded stays as it is, with the date it was made.
    void render(const Account& account, const std::string& token, Output& output,
                PageSet pages = PageSet::all);
    // The same, every file rendered and given to `write`.
    using FileWriter = std::function<void(const std::string& path, const std::string& bytes)>;
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
    // The calendar at `path`, unless the one there has the same events.
    void publish_calendar(CalendarView calendar, const std::string& path, Output& output);

    HtmlTheme& theme_;
    LocaleFormatCache& formats_;
    std::string environment_;
};

// The locale of a company for a language: its `locale` setting, else en-US or fr-FR.
std::string locale_for(const Company& company, Language language);

}  // namespace portalgen
