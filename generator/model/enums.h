// Text names of the model's enumerations, as written in the input and the database.
#pragma once

#include <optional>
#include <string_view>

#include "model/model.h"

namespace portalgen {

std::string_view to_string(Language value);
std::string_view to_string(QuotationState value);
std::string_view to_string(OrderState value);
std::string_view to_string(InvoiceKind value);
std::string_view to_string(InvoiceState value);
std::string_view to_string(Period value);
std::string_view to_string(SubscriptionState value);
std::string_view to_string(TicketStatus value);
std::string_view to_string(Party value);
std::string_view to_string(VatCategory value);
std::string_view to_string(EInvoiceFormat value);

// parse_enum<T>("posted") -> InvoiceState::posted; nullopt when not a valid name.
template <typename T>
std::optional<T> parse_enum(std::string_view text);

// "sent | accepted | rejected | cancelled": the valid names, for error messages.
template <typename T>
std::string_view enum_choices();

}  // namespace portalgen
