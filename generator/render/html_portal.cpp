#include "render/html_portal.h"

#include <array>

#include "render/ics_calendar.h"
#include "view/calendar_view.h"
#include "view/email_view.h"
#include "view/output_paths.h"
#include "view/portal_views.h"
#include "view/reminder_email_view.h"

namespace portalgen {

std::string locale_for(const Company& company, Language language) {
    const std::string& tag = company.locale.in(language);
    if (!tag.empty()) return tag;
    return language == Language::fr ? "fr-FR" : "en-US";
}

namespace {

// The theme's stylesheet and script in one portal: each page links them by a relative path, and
// each is given to the writer just before the first page that names it, so that no page is
// published before its files and a file no page names (the script of a portal without tables)
// is not published at all.
class PortalAssets {
  public:
    PortalAssets(const HtmlTheme& theme, const std::string& token,
                 const PortalRenderer::FileWriter& write)
        : write_(write),
          files_{{{&theme.stylesheet(), portal_asset(token, theme.stylesheet().name)},
                  {&theme.script(), portal_asset(token, theme.script().name)}}} {}

    // href_stylesheet and href_script, relative to the page.
    void link(PageView& page) const {
        page.data["href_stylesheet"] = relative_link(page.path, files_[0].path);
        page.data["href_script"] = relative_link(page.path, files_[1].path);
    }

    void write_page(const std::string& path, const std::string& html) {
        for (File& file : files_) {
            if (file.written || html.find(file.asset->name) == std::string::npos) continue;
            write_(file.path, file.asset->text);
            file.written = true;
        }
        write_(path, html);
    }

  private:
    struct File {
        const ThemeAsset* asset;
        std::string path;
        bool written = false;
    };
    const PortalRenderer::FileWriter& write_;
    std::array<File, 2> files_;
};

}  // namespace

void PortalRenderer::render(const Account& account, const std::string& token,
                            const FileWriter& write) {
    PortalAssets assets(theme_, token, write);
    for (Language language : {Language::en, Language::fr}) {
        const std::string locale = locale_for(*account.company, language);
        const PortalContext context{account, token, language, theme_.catalogue(locale),
                                    formats_.get(locale, account.currency)};
        if (language == account.customer->language) {
            PageView entry = entry_page(context);
            assets.link(entry);
            assets.write_page(entry.path, theme_.render(entry.template_name, locale, entry.data));
        }
        const MustacheData layout = portal_layout_view(context);
        for_each_portal_page(context, [&](PageView&& page) {
            assets.link(page);
            assets.write_page(page.path,
                              theme_.render(page.template_name, locale, layout, page.data));
        });
        write(deadlines_calendar(token, language), calendar_ics(calendar_view(context)));
    }
}

PortalContext PortalRenderer::context(const Account& account, const std::string& token) {
    const Language language = account.customer->language;
    const std::string locale = locale_for(*account.company, language);
    return {account, token, language, theme_.catalogue(locale),
            formats_.get(locale, account.currency)};
}

PortalRenderer::Email PortalRenderer::email(const Account& account, const std::string& token,
                                            const std::string& link, bool portal_is_new) {
    const PortalContext c = context(account, token);
    EmailView view = email_view(c, link, portal_is_new);
    return {view.subject, view.text, theme_.render("email", c.format.locale_tag(), view.html)};
}

PortalRenderer::Email PortalRenderer::reminder_email(const Account& account,
                                                     const std::string& token,
                                                     const std::string& link,
                                                     const DueReminder& reminder) {
    const PortalContext c = context(account, token);
    EmailView view = reminder_email_view(c, link, reminder);
    return {view.subject, view.text,
            theme_.render("reminder_email", c.format.locale_tag(), view.html)};
}

}  // namespace portalgen
