// The sellers of the synthetic data: a Québec fleet-tracking company selling devices, services
// and subscriptions in Canada and abroad, with the Canadian sales taxes; and its French
// counterpart, which issues Factur-X e-invoices with the French VAT.
#pragma once

#include "model/model.h"

namespace portalgen {

Company synthetic_seller();

// A Paris company with everything a Factur-X seller gives (SPEC 1b and 8): a structured
// address, its VAT id, SIREN and electronic address, a bank account, and VAT taxes of categories
// S (20 % and 5.5 %), AE (reverse charge) and G (export outside the EU).
Company synthetic_factur_x_seller();

}  // namespace portalgen
