#include "synth/synthetic.h"

#include "synth/customer_maker.h"
#include "synth/record_writer.h"
#include "synth/seller.h"
#include "synth/yaml_writer.h"

namespace portalgen {

void write_synthetic_yaml(std::ostream& out, const SynthOptions& options) {
    const Company seller = options.factur_x ? synthetic_factur_x_seller() : synthetic_seller();
    YamlWriter yaml(out);
    yaml.raw("# Synthetic data for trials: ");
    yaml.integer(options.customers);
    yaml.raw(" customers, seed ");
    yaml.raw(std::to_string(options.seed));
    yaml.raw(", as of ");
    yaml.date(options.as_of);
    if (options.factur_x) yaml.raw(", a Factur-X seller");
    yaml.raw(".\n");
    write_company_record(yaml, seller);
    if (options.customers <= 0) {
        yaml.raw("customers: []\n");
        yaml.flush();
        return;
    }
    yaml.raw("customers:\n");
    // Only the sequences carry over from one customer to the next.
    SynthNumbering numbering;
    for (int i = 0; i < options.customers; ++i) {
        const Customer customer = make_synthetic_customer(seller, options.as_of, options.seed,
                                                          static_cast<uint64_t>(i), numbering);
        const std::string& currency =
            customer.currency.empty() ? seller.currency : customer.currency;
        write_customer_record(yaml, customer, synthetic_currency_digits(currency));
    }
    yaml.flush();
}

}  // namespace portalgen
