#include "render/html_portal.h"

#include "render/ics_calendar.h"
#include "view/calendar_view.h"
#include "view/email_view.h"
#include "view/portal_views.h"
#include "view/reminder_email_view.h"

namespace portalgen {

std::string locale_for(const Company& company, Language language) {
    const std::string& tag = company.locale.in(language);
    if (!tag.empty()) return tag;
    return language == Language::fr ? "fr-FR" : "en-US";
}

void PortalRenderer::render(const Account& account, const std::string& token,
                            const FileWriter& write) {
    for (Language language : {Language::en, Language::fr}) {
        const PortalContext context{
            account, token, language, theme_.catalogue(language),
            formats_.get(locale_for(*account.company, language), account.currency)};
        if (language == account.customer->language) {
            PageView entry = entry_page(context);
            write(entry.path, theme_.render(entry.template_name, language, entry.data));
        }
        const MustacheData layout = portal_layout_view(context);
        for_each_portal_page(context, [&](PageView&& page) {
            write(page.path, theme_.render(page.template_name, language, layout, page.data));
        });
        write(deadlines_calendar(token, language), calendar_ics(calendar_view(context)));
    }
}

PortalContext PortalRenderer::context(const Account& account, const std::string& token) {
    const Language language = account.customer->language;
    return {account, token, language, theme_.catalogue(language),
            formats_.get(locale_for(*account.company, language), account.currency)};
}

PortalRenderer::Email PortalRenderer::email(const Account& account, const std::string& token,
                                            const std::string& link, bool portal_is_new) {
    const PortalContext c = context(account, token);
    EmailView view = email_view(c, link, portal_is_new);
    return {view.subject, view.text, theme_.render("email", c.language, view.html)};
}

PortalRenderer::Email PortalRenderer::reminder_email(const Account& account,
                                                     const std::string& token,
                                                     const std::string& link,
                                                     const DueReminder& reminder) {
    const PortalContext c = context(account, token);
    EmailView view = reminder_email_view(c, link, reminder);
    return {view.subject, view.text, theme_.render("reminder_email", c.language, view.html)};
}

}  // namespace portalgen
