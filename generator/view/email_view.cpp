#include "view/email_view.h"

#include "view/output_paths.h"
#include "view/portal_views.h"
#include "view/seller_brand.h"

namespace portalgen {

std::string portal_link(const std::string& portal_url, const std::string& token) {
    std::string link = portal_url;
    if (!link.empty() && link.back() != '/') link += '/';
    return link + token + "/";
}

void add_email_brand(MustacheData& html, const PortalContext& c) {
    html["company_name"] = c.company().name;
    html["accent"] = email_accent_color(c.company());
    const auto logo = email_logo(c.account);
    html["has_logo"] = logo.has_value();
    html["logo_src"] = logo ? "cid:" + logo->content_id : std::string();
    html["logo_width"] = logo ? std::to_string(logo->width) : std::string();
    html["logo_height"] = logo ? std::to_string(logo->height) : std::string();
}

EmailView email_view(const PortalContext& c, const std::string& link, bool portal_is_new) {
    const std::string& company = c.company().name;
    // Alert links are relative to the dashboard; the message needs them absolute.
    const std::string dashboard = section_page(c.token, c.language, Section::dashboard);
    const std::string dashboard_link = link + dashboard.substr(portal_folder(c.token).size());
    const std::string base = dashboard_link.substr(0, dashboard_link.rfind('/') + 1);
    MustacheList alerts = alert_rows(c, dashboard);

    EmailView view;
    view.subject =
        alerts.empty() || portal_is_new
            ? c.labels.format("email.subject_new", {{"company", company}})
            : c.labels.plural("email.subject_alerts", static_cast<long long>(alerts.size()),
                              c.format, {{"company", company}});
    const std::string greeting = c.labels.format("email.greeting", {{"name", c.customer().name}});
    const std::string intro = c.labels.format(
        portal_is_new ? "email.intro_new" : "email.intro_alerts", {{"company", company}});
    const std::string signature = c.labels.format("email.signature", {{"company", company}});

    std::string text = greeting + "\n\n" + intro + "\n\n";
    MustacheList rows;
    for (auto& alert : alerts) {
        const std::string document = base + alert.get("href_document")->string_value();
        text += "- " + alert.get("title")->string_value() + "\n  " +
                alert.get("text")->string_value() + "\n  " + document + "\n";
        if (alert.get("has_action")->is_true())
            text += "  " + alert.get("action_label")->string_value() + ": " +
                    alert.get("action")->string_value() + "\n";
        text += "\n";
        alert.set("href_document", document);
        rows.push_back(alert);
    }
    text += c.labels.text("email.open") + ": " + dashboard_link + "\n" +
            c.labels.text("email.link_note") + "\n\n" + signature + "\n";
    view.text = std::move(text);

    MustacheData& html = view.html;
    html["subject"] = view.subject;
    html["greeting"] = greeting;
    html["intro"] = intro;
    html["has_alerts"] = !rows.empty();
    html["alerts"] = std::move(rows);
    html["portal_link"] = dashboard_link;
    html["signature"] = signature;
    add_email_brand(html, c);
    html["lang"] = language_folder(c.language);
    return view;
}

}  // namespace portalgen
