#include "import/yaml_records.h"

namespace portalgen {

namespace {

Line read_line(FieldReader& in) {
    Line line;
    line.product = in.text("product", true);
    line.description = in.text("description", false);
    line.quantity = in.decimal("quantity", true).value_or(Decimal{});
    line.unit_price = in.decimal("unit_price", true).value_or(Decimal{});
    line.discount = in.decimal("discount", false).value_or(Decimal{});
    line.taxes = in.text_list("taxes");
    return line;
}

std::vector<Line> read_lines(FieldReader& in) {
    std::vector<Line> lines;
    in.each("lines", "a line",
            [&](FieldReader& item, size_t) { lines.push_back(read_line(item)); });
    return lines;
}

void read_actions(FieldReader& in, Actions& actions) {
    actions.accept_quotation = in.text("accept_quotation", false);
    actions.reject_quotation = in.text("reject_quotation", false);
    actions.pay_invoice = in.text("pay_invoice", false);
    actions.change_payment_method = in.text("change_payment_method", false);
    actions.support = in.text("support", false);
    actions.delete_account = in.text("delete_account", false);
}

Invoice read_invoice(FieldReader& in) {
    Invoice invoice;
    invoice.number = in.text("number", true);
    invoice.kind = in.choice<InvoiceKind>("kind", false).value_or(InvoiceKind::invoice);
    invoice.reverses = in.text("reverses", false);
    invoice.date = in.date("date", true).value_or(Date{});
    invoice.due = in.date("due", false);
    invoice.order = in.text("order", false);
    invoice.subscription = in.text("subscription", false);
    invoice.state = in.choice<InvoiceState>("state", true).value_or(InvoiceState::posted);
    invoice.lines = read_lines(in);
    in.each("payments", "a payment", [&](FieldReader& item, size_t) {
        Payment payment;
        payment.date = item.date("date", true).value_or(Date{});
        payment.amount = item.decimal("amount", true).value_or(Decimal{});
        payment.method = item.text("method", false);
        invoice.payments.push_back(payment);
    });
    return invoice;
}

Subscription read_subscription(FieldReader& in) {
    Subscription subscription;
    subscription.number = in.text("number", true);
    subscription.plan = in.text("plan", true);
    subscription.start = in.date("start", true).value_or(Date{});
    subscription.next_invoice = in.date("next_invoice", true).value_or(Date{});
    subscription.period = in.choice<Period>("period", true).value_or(Period::month);
    subscription.payment_method = in.text("payment_method", false);
    subscription.state =
        in.choice<SubscriptionState>("state", true).value_or(SubscriptionState::open);
    subscription.closed_on = in.date("closed_on", false);
    subscription.lines = read_lines(in);
    return subscription;
}

Ticket read_ticket(FieldReader& in) {
    Ticket ticket;
    ticket.ref = in.text("ref", true);
    ticket.subject = in.text("subject", true);
    ticket.opened = in.timestamp("opened", true).value_or(Timestamp{});
    ticket.status = in.choice<TicketStatus>("status", true).value_or(TicketStatus::new_);
    in.each("messages", "a message", [&](FieldReader& item, size_t) {
        Message message;
        message.at = item.timestamp("at", true).value_or(Timestamp{});
        message.from = item.choice<Party>("from", true).value_or(Party::customer);
        message.author = item.text("author", true);
        message.body = item.text("body", true);
        ticket.messages.push_back(std::move(message));
    });
    return ticket;
}

}  // namespace

Tax read_tax(FieldReader& in) {
    Tax tax;
    tax.code = in.text("code", true);
    tax.name = in.localized("name", true);
    tax.rate = in.decimal("rate", true).value_or(Decimal{});
    return tax;
}

Company read_company(const ReadContext& context, FieldReader& in) {
    Company company;
    company.name = in.text("name", true);
    company.address = in.text_list("address");
    company.email = in.text("email", true);
    company.phone = in.text("phone", false);
    company.website = in.text("website", false);
    company.portal_url = in.text("portal_url", false);
    in.each("tax_ids", "a tax id", [&](FieldReader& item, size_t) {
        company.tax_ids.push_back({item.localized("label", true), item.text("value", true)});
    });
    company.currency = in.text("currency", true);
    if (const YamlNode* node = in.value("locale", false)) {
        FieldReader locale(context, *node, in.path() + ".locale", "locale");
        if (auto en = locale.text("en", false); !en.empty()) company.locale.en = en;
        if (auto fr = locale.text("fr", false); !fr.empty()) company.locale.fr = fr;
    }
    company.payment_terms_days =
        in.integer("payment_terms_days", 0, 3650, false).value_or(company.payment_terms_days);
    company.grace_days = in.integer("grace_days", 0, 3650, false).value_or(company.grace_days);
    company.legal_notice = in.localized("legal_notice", false);
    if (const YamlNode* node = in.value("actions", false)) {
        FieldReader actions(context, *node, in.path() + ".actions", "actions");
        read_actions(actions, company.actions);
    }
    return company;
}

Customer read_customer(FieldReader& in) {
    Customer customer;
    customer.id = in.text("id", true);
    customer.name = in.text("name", true);
    customer.company = in.text("company", false);
    customer.email = in.text("email", true);
    customer.language = in.choice<Language>("language", true).value_or(Language::en);
    customer.currency = in.text("currency", false);
    customer.address = in.text_list("address");
    in.each("payment_methods", "a payment method", [&](FieldReader& item, size_t) {
        PaymentMethod method;
        method.id = item.text("id", true);
        method.brand = item.text("brand", true);
        method.last4 = item.text("last4", true);
        method.expires = item.month("expires", true).value_or(Month{});
        customer.payment_methods.push_back(method);
    });
    in.each("quotations", "a quotation", [&](FieldReader& item, size_t) {
        Quotation quotation;
        quotation.number = item.text("number", true);
        quotation.date = item.date("date", true).value_or(Date{});
        quotation.valid_until = item.date("valid_until", false);
        quotation.state = item.choice<QuotationState>("state", true).value_or(QuotationState::sent);
        quotation.lines = read_lines(item);
        customer.quotations.push_back(std::move(quotation));
    });
    in.each("orders", "an order", [&](FieldReader& item, size_t) {
        Order order;
        order.number = item.text("number", true);
        order.date = item.date("date", true).value_or(Date{});
        order.quotation = item.text("quotation", false);
        order.start = item.date("start", false);
        order.end = item.date("end", false);
        order.state = item.choice<OrderState>("state", true).value_or(OrderState::confirmed);
        order.lines = read_lines(item);
        customer.orders.push_back(std::move(order));
    });
    in.each("invoices", "an invoice",
            [&](FieldReader& item, size_t) { customer.invoices.push_back(read_invoice(item)); });
    in.each("subscriptions", "a subscription", [&](FieldReader& item, size_t) {
        customer.subscriptions.push_back(read_subscription(item));
    });
    in.each("tickets", "a ticket",
            [&](FieldReader& item, size_t) { customer.tickets.push_back(read_ticket(item)); });
    in.each("success_packs", "a success pack", [&](FieldReader& item, size_t) {
        SuccessPack pack;
        pack.name = item.text("name", true);
        pack.purchased = item.date("purchased", true).value_or(Date{});
        pack.hours = item.decimal("hours", true).value_or(Decimal{});
        pack.used = item.decimal("used", false).value_or(Decimal{});
        customer.success_packs.push_back(std::move(pack));
    });
    return customer;
}

CustomerItem read_customer_item(YamlNode tree, const std::string& file) {
    CustomerItem out;
    out.tree = std::move(tree);
    SourceMap unused;  // the tree answers for positions
    Diagnostics problems;
    {
        ReadContext context{file, unused, problems, false};
        FieldReader fields(context, out.tree, "", "a customer");
        if (fields.ok()) out.customer = read_customer(fields);
    }
    out.problems = problems.items();
    return out;
}

}  // namespace portalgen
