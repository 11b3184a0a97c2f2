// Synthetic data: `portalgen synth` writes a realistic input file (SPEC sections 1 and 6) of
// one seller and N customers, for trials and benchmarks. The same options give the same bytes
// on every machine, and the file is written customer by customer in constant memory. With
// --factur-x the seller is a French one that issues Factur-X e-invoices (SPEC 8), and its
// customers (ids F000001...) have what those need: structured addresses, identifiers, one VAT
// tax per line.
#pragma once

#include <cstdint>
#include <ostream>

#include "core/date.h"

namespace portalgen {

struct SynthOptions {
    int customers = 0;
    std::uint64_t seed = 1;
    bool factur_x = false;  // the French Factur-X seller instead of the Québec one
    // The day the data is realistic around: documents are dated up to it and, as of it, show
    // every status of SPEC section 2.
    Date as_of = *Date::from_ymd(2026, 11, 23);
};

// Throws std::runtime_error if the stream fails.
void write_synthetic_yaml(std::ostream& out, const SynthOptions& options);

}  // namespace portalgen
