// Portal views: the view model of every page of one customer's portal in one language
// (SPEC section 3), each with its output path and page template. No presentation here: only
// formatted values, booleans, links and labels looked up by key.
#pragma once

#include <functional>
#include <vector>

#include "view/view_fields.h"

namespace portalgen {

// The pages of a portal: all of them, or only those that show the build's date itself (the
// dashboard, with the alerts, and the statement, with its aging). The others are the same on any
// date on which the account says the same (same_but_date in compute/account.h); the entry page
// and the calendar are not pages of a language (html_portal).
enum class PageSet { all, dated };

// Gives the pages of the portal in the context's language to `visit`, in a fixed order, one at
// a time: a page is rendered and written before the next one's view model is made.
using PageVisitor = std::function<void(PageView&& page)>;
void for_each_portal_page(const PortalContext& c, const PageVisitor& visit,
                          PageSet pages = PageSet::all);

// OUT/site/<token>/index.html: opens the customer's language, with a link to each language.
PageView entry_page(const PortalContext& c);

// The fields of the shared layout (header, navigation, language switch, footer) that are the
// same on every page of the portal in the context's language: customer, company. Built
// once, they are given to each page's template beside the page's own view model.
MustacheData portal_layout_view(const PortalContext& c);
// The fields of the shared layout that depend on the page at `path`, which belongs to
// `section` (navigation links, language switch, the date on the dashboard); `title` names it in
// the window title.
MustacheData layout_view(const PortalContext& c, const std::string& path, Section section,
                         bool detail, const std::string& title);

PageView dashboard_page(const PortalContext& c);
// The dashboard's alerts, most urgent first (title, text, action link and label, links relative
// to the page at `path`); the outbox's messages tell the same.
MustacheList alert_rows(const PortalContext& c, const std::string& path);
PageView quotations_page(const PortalContext& c);
PageView quotation_page(const PortalContext& c, const ComputedQuotation& q);
PageView orders_page(const PortalContext& c);
PageView order_page(const PortalContext& c, const ComputedOrder& o);
// The invoices list (credit notes included) as one of its filters shows it.
PageView invoices_page(const PortalContext& c, InvoiceFilter filter);
PageView invoice_page(const PortalContext& c, const ComputedInvoice& i);
PageView subscriptions_page(const PortalContext& c);
PageView subscription_page(const PortalContext& c, const ComputedSubscription& s);
PageView tickets_page(const PortalContext& c);
PageView ticket_page(const PortalContext& c, const ComputedTicket& t);
PageView payment_methods_page(const PortalContext& c);
PageView success_packs_page(const PortalContext& c);
PageView account_page(const PortalContext& c);
// The account statement as of the build's date (SPEC 3b), in the invoices section.
PageView statement_page(const PortalContext& c);
// href_statement, href_calendar, and bundles (label, href; newest year first) with has_bundles:
// the downloads linked from the page at `path`.
void set_download_links(MustacheData& v, const PortalContext& c, const std::string& path);

// A row of the orders list (also the dashboard's services): period, progress, lines summary.
MustacheData order_row(const PortalContext& c, const std::string& from, const ComputedOrder& o);
// A success pack: hours, used, remaining, and the share used for its bar.
MustacheData pack_row(const PortalContext& c, const ComputedSuccessPack& p);

// A short row about a related document (number, link, date, status, total), for detail pages.
MustacheData related_row(const PortalContext& c, const std::string& from, DocumentKind kind,
                         const std::string& number, Date date, const std::string& status_kind,
                         Status status, Decimal total);

// The invoices and credit notes together, by date then number (the invoices list order).
std::vector<const ComputedInvoice*> invoices_and_credit_notes(const Account& account);

}  // namespace portalgen
