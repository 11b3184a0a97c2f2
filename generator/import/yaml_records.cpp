#include "import/yaml_records.h"

#include "import/brand_fields.h"
#include "import/yaml_fields.h"

namespace portalgen {

namespace {

std::vector<Line> read_lines(FieldReader& in) {
    std::vector<Line> lines;
    in.each("lines", "a line", [&](FieldReader& item, size_t) {
        lines.push_back(read_mapped<Line>(YamlFields(item)));
    });
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

// The keys of SPEC 1b: identifiers, bank account, e-invoice format and legal mentions.
void read_e_invoice_data(const ReadContext& context, FieldReader& in, Company& company) {
    company.vat_id = in.text("vat_id", false);
    company.legal_id = in.scheme_id("legal_id");
    company.electronic_address = in.scheme_id("electronic_address");
    if (const YamlNode* node = in.value("bank_account", false)) {
        FieldReader bank(context, *node, in.path() + ".bank_account", "bank_account");
        company.bank_account = {bank.text("iban", true), bank.text("bic", false)};
    }
    company.e_invoice =
        in.choice<EInvoiceFormat>("e_invoice", false).value_or(EInvoiceFormat::none);
    company.vat_on_debits = in.boolean("vat_on_debits").value_or(false);
    if (const YamlNode* node = in.value("late_payment", false)) {
        FieldReader late(context, *node, in.path() + ".late_payment", "late_payment");
        company.late_payment = {late.text("rate", true),
                                late.decimal("indemnity", true).value_or(Decimal{})};
    }
}

Invoice read_invoice(FieldReader& in) {
    Invoice invoice = read_mapped<Invoice>(YamlFields(in));
    invoice.lines = read_lines(in);
    in.each("payments", "a payment", [&](FieldReader& item, size_t) {
        invoice.payments.push_back(read_mapped<Payment>(YamlFields(item)));
    });
    return invoice;
}

Subscription read_subscription(FieldReader& in) {
    Subscription subscription = read_mapped<Subscription>(YamlFields(in));
    subscription.lines = read_lines(in);
    return subscription;
}

Ticket read_ticket(FieldReader& in) {
    Ticket ticket = read_mapped<Ticket>(YamlFields(in));
    in.each("messages", "a message", [&](FieldReader& item, size_t) {
        ticket.messages.push_back(read_mapped<Message>(YamlFields(item)));
    });
    return ticket;
}

// The company's reminder ladder: a kind left out keeps its default steps, [] sends none. Each
// step is checked as it is read, so an error points at the step that breaks the rule.
void read_reminders(const ReadContext& context, FieldReader& in, ReminderLadder& ladder) {
    const YamlNode* node = in.value("reminders", false);
    if (!node) return;
    FieldReader steps(context, *node, in.path() + ".reminders", "reminders");
    if (!steps.ok()) return;
    for (ReminderKind kind : kReminderKinds) {
        const std::string key(to_string(kind));
        const YamlNode* list = steps.value(key, false);
        if (!list) continue;
        if (list->kind != YamlNode::Kind::sequence) {
            context.error(*list, key + " must be a list of days, like [1, 7, 14]");
            continue;
        }
        std::vector<int> days;
        for (const YamlNode& item : list->items) {
            const bool digits = item.kind == YamlNode::Kind::scalar && !item.value.empty() &&
                                item.value.size() <= 9 &&
                                item.value.find_first_not_of("0123456789") == std::string::npos;
            if (!digits) {
                context.error(item, key + " steps must be whole numbers of days, not \"" +
                                        item.value.substr(0, 40) + "\"");
                break;
            }
            days.push_back(std::stoi(item.value));
            if (auto problem = reminder_steps_problem(kind, days)) {
                context.error(item, *problem);
                break;
            }
        }
        ladder.steps(kind) = std::move(days);
    }
}

}  // namespace

Tax read_tax(FieldReader& in) {
    Tax tax;
    tax.code = in.text("code", true);
    tax.name = in.localized("name", true);
    tax.rate = in.decimal("rate", true).value_or(Decimal{});
    // Above 0 the default is standard rate; at 0 the category says why (SPEC 1b).
    auto category = in.choice<VatCategory>("category", tax.rate.is_zero());
    tax.category = category.value_or(VatCategory::S);
    if (const YamlNode* node = in.value("exemption", false)) {
        FieldReader exemption(in.context(), *node, in.path() + ".exemption", "exemption");
        tax.exemption.code = exemption.text("code", true);
        tax.exemption.text = {exemption.text("en", true), exemption.text("fr", true)};
    }
    return tax;
}

Company read_company(const ReadContext& context, FieldReader& in) {
    Company company;
    company.name = in.text("name", true);
    company.address = in.address("address").value_or(Address{});
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
    read_e_invoice_data(context, in, company);
    read_reminders(context, in, company.reminders);
    read_brand(context, in, company);
    return company;
}

Customer read_customer(FieldReader& in) {
    Customer customer = read_mapped<Customer>(YamlFields(in));
    in.each("payment_methods", "a payment method", [&](FieldReader& item, size_t) {
        customer.payment_methods.push_back(read_mapped<PaymentMethod>(YamlFields(item)));
    });
    in.each("quotations", "a quotation", [&](FieldReader& item, size_t) {
        Quotation quotation = read_mapped<Quotation>(YamlFields(item));
        quotation.lines = read_lines(item);
        customer.quotations.push_back(std::move(quotation));
    });
    in.each("orders", "an order", [&](FieldReader& item, size_t) {
        Order order = read_mapped<Order>(YamlFields(item));
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
        customer.success_packs.push_back(read_mapped<SuccessPack>(YamlFields(item)));
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
