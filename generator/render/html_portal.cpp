#include "render/html_portal.h"

#include <array>

#include "render/ics_calendar.h"
#include "render/page_source.h"
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

// The pages of one portal, each rendered unless its source shows it unchanged, and the theme's
// stylesheet and script: each page links them by a relative path, and each is given to the
// output just before the first page that names it, so that no page is published before its
// files and a file no page names (the script of a portal without tables) is not published at
// all. A page's recorded source ends with the files it names (".0" to ".3", one bit each), for
// a page left unchanged still to bring its files.
class PortalPages {
  public:
    PortalPages(HtmlTheme& theme, const std::string& environment, const std::string& token,
                PortalRenderer::Output& output)
        : theme_(theme),
          environment_(environment),
          output_(output),
          files_{{{&theme.stylesheet(), portal_asset(token, theme.stylesheet().name)},
                  {&theme.script(), portal_asset(token, theme.script().name)}}} {}

    // The page, with the layout fields `shared` (if any) every page of its language has.
    void publish(PageView& page, std::string_view locale_tag, const MustacheData* shared) {
        page.data["href_stylesheet"] = relative_link(page.path, files_[0].path);
        page.data["href_script"] = relative_link(page.path, files_[1].path);
        const std::string source =
            page_source(environment_, page.template_name, locale_tag, shared, page.data);
        const std::string before = output_.source_of(page.path);
        if (before.size() == source.size() + 2 && before.starts_with(source) &&
            before[source.size()] == '.' && before.back() >= '0' && before.back() <= '3') {
            write_files(before.back() - '0');
            output_.keep(page.path);
            return;
        }
        const std::string html =
            shared ? theme_.render(page.template_name, locale_tag, *shared, page.data)
                   : theme_.render(page.template_name, locale_tag, page.data);
        int named = 0;
        for (std::size_t i = 0; i < files_.size(); ++i)
            if (html.find(files_[i].asset->name) != std::string::npos) named |= 1 << i;
        write_files(named);
        output_.write(page.path, html, source + '.' + char('0' + named));
    }

  private:
    void write_files(int named) {
        for (std::size_t i = 0; i < files_.size(); ++i) {
            File& file = files_[i];
            if (file.written || !(named & (1 << i))) continue;
            output_.write(file.path, file.asset->text, "");
            file.written = true;
        }
    }

    struct File {
        const ThemeAsset* asset;
        std::string path;
        bool written = false;
    };
    HtmlTheme& theme_;
    const std::string& environment_;
    PortalRenderer::Output& output_;
    std::array<File, 2> files_;
};

// Every file rendered and given to a function.
class WriteEveryFile : public PortalRenderer::Output {
  public:
    explicit WriteEveryFile(const PortalRenderer::FileWriter& write) : write_(write) {}
    void write(const std::string& path, const std::string& bytes, const std::string&) override {
        write_(path, bytes);
    }
    std::string source_of(const std::string&) override { return {}; }
    void keep(const std::string&) override {}

  private:
    const PortalRenderer::FileWriter& write_;
};

}  // namespace

void PortalRenderer::render(const Account& account, const std::string& token, Output& output,
                            PageSet which) {
    PortalPages pages(theme_, environment_, token, output);
    for (Language language : {Language::en, Language::fr}) {
        const std::string locale = locale_for(*account.company, language);
        const PortalContext context{account, token, language, theme_.catalogue(locale),
                                    formats_.get(locale, account.currency)};
        if (language == account.customer->language && which == PageSet::all) {
            PageView entry = entry_page(context);
            pages.publish(entry, locale, nullptr);
        }
        const MustacheData layout = portal_layout_view(context);
        for_each_portal_page(
            context, [&](PageView&& page) { pages.publish(page, locale, &layout); }, which);
        publish_calendar(calendar_view(context), deadlines_calendar(token, language), output);
    }
}

void PortalRenderer::publish_calendar(CalendarView calendar, const std::string& path,
                                      Output& output) {
    // Written again only when an event changed: its stamp stays the date of the night that made
    // it, as do the file's time and the validators a subscribed client checks.
    const Date stamp = calendar.stamp;
    calendar.stamp = Date{};
    const std::string source = page_source(environment_, "deadlines.ics", calendar.language,
                                           nullptr, MustacheData(calendar_ics(calendar)));
    if (output.source_of(path) == source) {
        output.keep(path);
        return;
    }
    calendar.stamp = stamp;
    output.write(path, calendar_ics(calendar), source);
}

void PortalRenderer::render(const Account& account, const std::string& token,
                            const FileWriter& write) {
    WriteEveryFile output(write);
    render(account, token, output);
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
