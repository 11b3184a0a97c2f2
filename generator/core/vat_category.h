// The VAT category of a tax [BT-118, BT-151]: the UNTDID 5305 codes EN 16931 accepts.
// S standard rate, Z zero rated, E exempt, AE reverse charge, K intra-community supply, G export
// outside the EU, O outside the scope of VAT, L Canary Islands IGIC, M Ceuta and Melilla IPSI.
// (B, split payment, is Italian only: the Factur-X rules refuse it.)
#pragma once

#include <string_view>

namespace portalgen {

// Exact and case-sensitive, as the validators compare.
bool is_vat_category(std::string_view code);

// The categories whose VAT breakdown must give an exemption reason (BR-E-10, BR-AE-10, BR-IC-10,
// BR-G-10, BR-O-10): E, AE, K, G and O.
bool category_needs_exemption(std::string_view code);

}  // namespace portalgen
