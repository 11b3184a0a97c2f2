// The seller of the synthetic data: a Québec fleet-tracking company selling devices, services
// and subscriptions in Canada and abroad, with the Canadian sales taxes.
#pragma once

#include "model/model.h"

namespace portalgen {

Company synthetic_seller();

}  // namespace portalgen
