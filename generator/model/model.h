// The data portalgen imports, stores and publishes: plain structs, no behaviour.
// Field names follow the input format of SPEC section 1.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/decimal.h"

namespace portalgen {

enum class Language { en, fr };

// Text given in both languages (either may be empty when optional).
struct LocalizedText {
    std::string en;
    std::string fr;
    const std::string& in(Language language) const { return language == Language::fr ? fr : en; }
    bool empty() const { return en.empty() && fr.empty(); }
};

struct TaxId {
    LocalizedText label;
    std::string value;
};

// URL templates of the company's actions; {customer} and {number} are replaced, URL-encoded.
struct Actions {
    std::string accept_quotation;
    std::string reject_quotation;
    std::string pay_invoice;
    std::string change_payment_method;
    std::string support;
    std::string delete_account;
};

struct Tax {
    std::string code;
    LocalizedText name;
    Decimal rate;  // percent
};

struct Company {
    std::string name;  // identifies the company in the database
    std::vector<std::string> address;
    std::string email;
    std::string phone;
    std::string website;
    std::string portal_url;
    std::vector<TaxId> tax_ids;
    std::string currency;
    LocalizedText locale{"en-US", "fr-FR"};
    int payment_terms_days = 30;
    int grace_days = 7;
    LocalizedText legal_notice;
    Actions actions;
    std::vector<Tax> taxes;  // codes are per company: two sellers may mean different taxes
};

struct Line {
    std::string product;
    std::string description;
    Decimal quantity;
    Decimal unit_price;
    Decimal discount;                // percent
    std::vector<std::string> taxes;  // tax codes
};

enum class QuotationState { sent, accepted, rejected, cancelled };
struct Quotation {
    std::string number;
    Date date;
    std::optional<Date> valid_until;
    QuotationState state = QuotationState::sent;
    std::vector<Line> lines;
};

enum class OrderState { confirmed, cancelled };
struct Order {
    std::string number;
    Date date;
    std::string quotation;  // empty: none
    std::optional<Date> start;
    std::optional<Date> end;
    OrderState state = OrderState::confirmed;
    std::vector<Line> lines;
};

struct Payment {
    Date date;
    Decimal amount;
    std::string method;  // empty: not given
};

enum class InvoiceKind { invoice, credit_note };
enum class InvoiceState { posted, cancelled };
struct Invoice {
    std::string number;
    InvoiceKind kind = InvoiceKind::invoice;
    std::string reverses;  // credit notes: the invoice number it credits
    Date date;
    std::optional<Date> due;  // absent: date + payment_terms_days
    std::string order;
    std::string subscription;
    InvoiceState state = InvoiceState::posted;
    std::vector<Line> lines;
    std::vector<Payment> payments;
};

enum class Period { month, year };
enum class SubscriptionState { open, closed };
struct Subscription {
    std::string number;
    std::string plan;
    Date start;
    Date next_invoice;
    Period period = Period::month;
    std::string payment_method;  // empty: no payment information
    SubscriptionState state = SubscriptionState::open;
    std::optional<Date> closed_on;
    std::vector<Line> lines;
};

struct PaymentMethod {
    std::string id;
    std::string brand;
    std::string last4;
    Month expires;
};

enum class TicketStatus { new_, in_progress, waiting_customer, solved, cancelled };
enum class Party { customer, agent };
struct Message {
    Timestamp at;
    Party from = Party::customer;
    std::string author;
    std::string body;
};
struct Ticket {
    std::string ref;
    std::string subject;
    Timestamp opened;
    TicketStatus status = TicketStatus::new_;
    std::vector<Message> messages;
};

struct SuccessPack {
    std::string name;
    Date purchased;
    Decimal hours;
    Decimal used;
};

struct Customer {
    std::string id;
    std::string seller;  // the name of the Company that bills this customer
    std::string name;
    std::string company;  // the customer's own company, optional
    std::string email;
    Language language = Language::en;
    std::string currency;  // empty: the seller's currency
    std::vector<std::string> address;
    std::vector<PaymentMethod> payment_methods;
    std::vector<Quotation> quotations;
    std::vector<Order> orders;
    std::vector<Invoice> invoices;
    std::vector<Subscription> subscriptions;
    std::vector<Ticket> tickets;
    std::vector<SuccessPack> success_packs;
};

}  // namespace portalgen
