#include "model/enums.h"

#include <array>
#include <string>
#include <utility>

namespace portalgen {

namespace {

template <typename T>
struct Names;
#define PORTALGEN_ENUM_NAMES(Type, ...)                                             \
    template <>                                                                     \
    struct Names<Type> {                                                            \
        static constexpr std::pair<Type, std::string_view> table[] = {__VA_ARGS__}; \
    };
PORTALGEN_ENUM_NAMES(Language, {Language::en, "en"}, {Language::fr, "fr"})
PORTALGEN_ENUM_NAMES(QuotationState, {QuotationState::sent, "sent"},
                     {QuotationState::accepted, "accepted"}, {QuotationState::rejected, "rejected"},
                     {QuotationState::cancelled, "cancelled"})
PORTALGEN_ENUM_NAMES(OrderState, {OrderState::confirmed, "confirmed"},
                     {OrderState::cancelled, "cancelled"})
PORTALGEN_ENUM_NAMES(InvoiceKind, {InvoiceKind::invoice, "invoice"},
                     {InvoiceKind::credit_note, "credit_note"})
PORTALGEN_ENUM_NAMES(InvoiceState, {InvoiceState::posted, "posted"},
                     {InvoiceState::cancelled, "cancelled"})
PORTALGEN_ENUM_NAMES(Period, {Period::month, "month"}, {Period::year, "year"})
PORTALGEN_ENUM_NAMES(SubscriptionState, {SubscriptionState::open, "open"},
                     {SubscriptionState::closed, "closed"})
PORTALGEN_ENUM_NAMES(TicketStatus, {TicketStatus::new_, "new"},
                     {TicketStatus::in_progress, "in_progress"},
                     {TicketStatus::waiting_customer, "waiting_customer"},
                     {TicketStatus::solved, "solved"}, {TicketStatus::cancelled, "cancelled"})
PORTALGEN_ENUM_NAMES(Party, {Party::customer, "customer"}, {Party::agent, "agent"})
PORTALGEN_ENUM_NAMES(VatCategory, {VatCategory::S, "S"}, {VatCategory::Z, "Z"},
                     {VatCategory::E, "E"}, {VatCategory::AE, "AE"}, {VatCategory::K, "K"},
                     {VatCategory::G, "G"}, {VatCategory::O, "O"})
PORTALGEN_ENUM_NAMES(EInvoiceFormat, {EInvoiceFormat::none, "none"},
                     {EInvoiceFormat::factur_x, "factur-x"})
#undef PORTALGEN_ENUM_NAMES

template <typename T>
std::string_view name_of(T value) {
    for (const auto& [v, name] : Names<T>::table)
        if (v == value) return name;
    return "?";
}

template <typename T>
std::string make_choices() {
    std::string out;
    for (const auto& [v, name] : Names<T>::table)
        out += (out.empty() ? "" : " | ") + std::string(name);
    return out;
}

}  // namespace

std::string_view to_string(Language value) {
    return name_of(value);
}
std::string_view to_string(QuotationState value) {
    return name_of(value);
}
std::string_view to_string(OrderState value) {
    return name_of(value);
}
std::string_view to_string(InvoiceKind value) {
    return name_of(value);
}
std::string_view to_string(InvoiceState value) {
    return name_of(value);
}
std::string_view to_string(Period value) {
    return name_of(value);
}
std::string_view to_string(SubscriptionState value) {
    return name_of(value);
}
std::string_view to_string(TicketStatus value) {
    return name_of(value);
}
std::string_view to_string(Party value) {
    return name_of(value);
}
std::string_view to_string(VatCategory value) {
    return name_of(value);
}
std::string_view to_string(EInvoiceFormat value) {
    return name_of(value);
}

template <typename T>
std::optional<T> parse_enum(std::string_view text) {
    for (const auto& [v, name] : Names<T>::table)
        if (name == text) return v;
    return std::nullopt;
}

template <typename T>
std::string_view enum_choices() {
    static const std::string choices = make_choices<T>();
    return choices;
}

#define PORTALGEN_INSTANTIATE(Type)                                  \
    template std::optional<Type> parse_enum<Type>(std::string_view); \
    template std::string_view enum_choices<Type>();
PORTALGEN_INSTANTIATE(Language)
PORTALGEN_INSTANTIATE(QuotationState)
PORTALGEN_INSTANTIATE(OrderState)
PORTALGEN_INSTANTIATE(InvoiceKind)
PORTALGEN_INSTANTIATE(InvoiceState)
PORTALGEN_INSTANTIATE(Period)
PORTALGEN_INSTANTIATE(SubscriptionState)
PORTALGEN_INSTANTIATE(TicketStatus)
PORTALGEN_INSTANTIATE(Party)
PORTALGEN_INSTANTIATE(VatCategory)
PORTALGEN_INSTANTIATE(EInvoiceFormat)
#undef PORTALGEN_INSTANTIATE

}  // namespace portalgen
