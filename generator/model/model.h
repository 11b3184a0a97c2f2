// The data portalgen imports, stores and publishes: plain structs, no behaviour.
// Field names follow the input format of SPEC section 1.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/decimal.h"
#include "model/reminder_ladder.h"

namespace portalgen {

enum class Language { en, fr };

// Text given in both languages (either may be empty when optional).
struct LocalizedText {
    std::string en;
    std::string fr;
    const std::string& in(Language language) const { return language == Language::fr ? fr : en; }
    bool empty() const { return en.empty() && fr.empty(); }
    auto operator<=>(const LocalizedText&) const = default;
};

// A postal address (SPEC 1b): either the printed lines of the list form (no country: that party
// cannot be on an e-invoice) or structured, with street lines, postcode, city, an optional region
// (province, state) and an ISO 3166-1 alpha-2 country.
struct Address {
    std::vector<std::string> lines;  // list form: every printed line; structured: the street lines
    std::string postcode;
    std::string city;
    std::string region;   // e.g. "QC", "IL"; printed where the country's usage puts it
    std::string country;  // empty: the list form
    bool structured() const { return !country.empty(); }
    bool empty() const { return lines.empty() && country.empty(); }
    bool operator==(const Address&) const = default;
};

// An identifier with its scheme: ISO 6523 ICD for legal ids ("0002" SIREN, "0009" SIRET), the
// EAS code list for electronic addresses ("0225", "EM"...). Empty value: not given.
struct SchemeId {
    std::string scheme;
    std::string value;
    bool empty() const { return value.empty(); }
    bool operator==(const SchemeId&) const = default;
};

struct BankAccount {
    std::string iban;  // empty: not given
    std::string bic;   // optional
};

// Which e-invoice format a company issues (SPEC 8).
enum class EInvoiceFormat { none, factur_x };

// The B2B late-payment mention (France): the penalty rate's wording and the fixed indemnity.
struct LatePayment {
    std::string rate;  // e.g. "3x legal"; empty: not given
    Decimal indemnity;
};

// VAT category of a tax [BT-118/151], UNTDID 5305.
enum class VatCategory { S, Z, E, AE, K, G, O };

// Why a tax is exempt: a VATEX code and the text printed on the invoice.
struct VatExemption {
    std::string code;  // e.g. "VATEX-EU-AE"; empty: none
    LocalizedText text;
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
    VatCategory category = VatCategory::S;
    VatExemption exemption{};
};

struct Company {
    std::string name;  // identifies the company in the database
    Address address;
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
    std::string vat_id;           // [BT-31]
    SchemeId legal_id;            // [BT-30]
    SchemeId electronic_address;  // [BT-34]
    BankAccount bank_account;     // [BT-84/86]
    EInvoiceFormat e_invoice = EInvoiceFormat::none;
    bool vat_on_debits = false;  // France: "option pour les débits"
    LatePayment late_payment;    // optional override of the B2B penalty mention
    std::vector<Tax> taxes;      // codes are per company: two sellers may mean different taxes
    ReminderLadder reminders;    // the outbox's payment and card reminders (SPEC 6)
    std::string logo;            // the logo's bytes, PNG or JPEG (core/logo_image.h); "": none
    std::string accent_color;    // "#rrggbb" as given (core/accent_color.h); "": the theme's
};

// A text a customer reads (SPEC 1b): one string, the same in both languages, or one per language.
struct CustomerText : LocalizedText {
    CustomerText() = default;
    CustomerText(std::string one) : LocalizedText{one, std::move(one)} {}  // NOLINT: implicit
    CustomerText(const char* one) : CustomerText(std::string(one)) {}      // NOLINT: implicit
    CustomerText(std::string en_text, std::string fr_text)
        : LocalizedText{std::move(en_text), std::move(fr_text)} {}
    // Whether it is one text for both languages (written as one string).
    bool is_one() const { return en == fr; }
};

struct Line {
    CustomerText product;
    CustomerText description;
    Decimal quantity;
    Decimal unit_price;
    Decimal discount;                // percent
    std::vector<std::string> taxes;  // tax codes
    std::string unit{};              // UN/ECE Rec. 20 [BT-130]; empty: C62 ("one")
    std::string kind{};  // "goods" or "service" (an invoice's nature of operation); empty: not said
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
    std::optional<Date> service_start;  // [BG-14] both or neither
    std::optional<Date> service_end;
    std::optional<Date> delivery_date;  // [BT-72]
    std::string purchase_order;         // [BT-13]
    std::string tax_currency;           // [BT-6] the seller's accounting currency, if not this one
    Decimal tax_currency_total;         // [BT-111] the VAT total in tax_currency
    std::vector<Line> lines;
    std::vector<Payment> payments;
};

enum class Period { month, year };
enum class SubscriptionState { open, closed };
struct Subscription {
    std::string number;
    CustomerText plan;
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
    CustomerText name;
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
    Address address;
    std::optional<Address> delivery_address;  // [BG-15] when different
    std::string vat_id;                       // [BT-48]
    SchemeId legal_id;                        // [BT-47]
    SchemeId electronic_address;              // [BT-49]
    std::vector<PaymentMethod> payment_methods;
    std::vector<Quotation> quotations;
    std::vector<Order> orders;
    std::vector<Invoice> invoices;
    std::vector<Subscription> subscriptions;
    std::vector<Ticket> tickets;
    std::vector<SuccessPack> success_packs;
};

}  // namespace portalgen
