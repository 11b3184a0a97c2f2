// What a build learns once about each seller, from all its customers, before rendering any of
// them (SPEC 3b "Branding"): which kinds of documents it uses at all, and its logo's hash.
#pragma once

#include <string>

namespace portalgen {

struct SellerFacts {
    // Whether any of the seller's customers has a document of the kind: a section the seller
    // never uses is left out of its customers' navigation and dashboard.
    bool uses_quotations = true;
    bool uses_orders = true;
    bool uses_subscriptions = true;
    bool uses_tickets = true;
    bool uses_payment_methods = true;
    bool uses_success_packs = true;
    std::string logo_hash;  // SHA-256 of Company::logo in hex, "" when it has none
};

}  // namespace portalgen
