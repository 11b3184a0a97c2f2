// Synthetic data: deterministic bytes, strings that read back as written, a file that imports
// cleanly and holds exactly what was generated, and every status of SPEC section 2 in a sample;
// with --factur-x, a French seller's data with what its e-invoices need (SPEC 1b and 8).
#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "compute/account.h"
#include "core/bic.h"
#include "core/country_code.h"
#include "core/iban.h"
#include "core/sha256.h"
#include "core/siren.h"
#include "core/vat_id.h"
#include "import/e_invoice_rules.h"
#include "import/importer.h"
#include "import/yaml_tree.h"
#include "store/database.h"
#include "store_fixture.h"
#include "synth/customer_maker.h"
#include "synth/identifiers.h"
#include "synth/random.h"
#include "synth/seller.h"
#include "synth/synthetic.h"
#include "synth/yaml_writer.h"

using namespace portalgen;
using namespace portalgen::test;

namespace {

std::string synth_yaml(int customers, uint64_t seed, bool factur_x = false) {
    std::ostringstream out;
    SynthOptions options;
    options.customers = customers;
    options.seed = seed;
    options.factur_x = factur_x;
    write_synthetic_yaml(out, options);
    return out.str();
}

// The text after the header comment, which names the number of customers.
std::string without_header(const std::string& text) {
    return text.substr(text.find('\n') + 1);
}

// 1,000 customers written to a file and imported once for the tests that need them.
struct ImportedSample {
    static constexpr int kCustomers = 1000;
    TempDir dir;
    Database db{":memory:"};
    ImportSummary summary;
    ImportedSample() {
        const std::string path = dir.file("synthetic.yaml");
        {
            std::ofstream file(path, std::ios::binary);
            SynthOptions options;
            options.customers = kCustomers;
            write_synthetic_yaml(file, options);
        }
        summary = import_files(db, {path});
    }
};

ImportedSample& imported_sample() {
    static ImportedSample sample;
    return sample;
}

// Writes `value` as the value of a key in block and in flow context and reads it back with the
// importer's parser.
void check_reads_back(const std::string& value) {
    std::ostringstream out;
    {
        YamlWriter yaml(out);
        yaml.raw("block: ");
        yaml.text(value);
        yaml.raw("\nflow: { a: ");
        yaml.text(value);
        yaml.raw(", b: [");
        yaml.text(value);
        yaml.raw("] }\nquoted: ");
        yaml.quoted(value);
        yaml.raw('\n');
    }
    INFO("value: [" << value << "] written as:\n" << out.str());
    Diagnostics diagnostics;
    auto root = parse_yaml(out.str(), "t.yaml", diagnostics);
    REQUIRE(diagnostics.empty());
    REQUIRE(root);
    const YamlNode* block = root->find("block");
    const YamlNode* flow = root->find("flow");
    const YamlNode* quoted = root->find("quoted");
    REQUIRE(block);
    REQUIRE(flow);
    REQUIRE(quoted);
    CHECK(block->kind == YamlNode::Kind::scalar);
    CHECK(block->value == value);
    REQUIRE(flow->find("a"));
    CHECK(flow->find("a")->value == value);
    REQUIRE(flow->find("b"));
    REQUIRE(flow->find("b")->items.size() == 1);
    CHECK(flow->find("b")->items[0].value == value);
    CHECK(quoted->value == value);
}

}  // namespace

TEST_CASE("synth: the random generator is fixed arithmetic") {
    SynthRandom a(1, 0), b(1, 0), c(1, 1), d(2, 0);
    uint64_t first = a.next();
    CHECK(first == b.next());
    CHECK(first != c.next());
    CHECK(first != d.next());
    // Pinned values (checked against an independent implementation of xoshiro256** seeded
    // by splitmix64): a change here changes every synthetic file.
    SynthRandom pinned(42, 7);
    CHECK(pinned.next() == 12324983354704563866ull);
    CHECK(pinned.next() == 327361404529169866ull);
    CHECK(pinned.below(1000000) == 560154);
    SynthRandom r(5, 5);
    for (int i = 0; i < 1000; ++i) {
        CHECK(r.below(7) < 7);
        int64_t v = r.between(-3, 3);
        CHECK((v >= -3 && v <= 3));
        CHECK(r.recent_days(100) < 100);
    }
}

TEST_CASE("synth: the same seed gives the same bytes, another seed other bytes") {
    const std::string once = synth_yaml(60, 1);
    CHECK(once == synth_yaml(60, 1));
    CHECK(once != synth_yaml(60, 2));
    CHECK(once.find("customers:\n  - id: C000001\n") != std::string::npos);
    CHECK(once.find("C000060") != std::string::npos);
    CHECK(once.find("C000061") == std::string::npos);
    // Customer k does not depend on how many follow it.
    const std::string shorter = without_header(synth_yaml(25, 1));
    CHECK(without_header(once).starts_with(shorter));
}

TEST_CASE("synth: no customers still gives a valid file with the seller") {
    const std::string text = synth_yaml(0, 1);
    CHECK(text.find("company:\n") != std::string::npos);
    CHECK(text.find("customers: []\n") != std::string::npos);
    Diagnostics diagnostics;
    CHECK(parse_yaml(text, "t.yaml", diagnostics) != nullptr);
}

TEST_CASE("synth: plain scalars only when nothing can misread them") {
    CHECK(is_plain_safe("Marie Tremblay"));
    CHECK(is_plain_safe("INV/2026/00001"));
    CHECK(is_plain_safe("O'Brien & Sons (East)"));
    CHECK(is_plain_safe("Γιώργος Παπαδόπουλος"));
    CHECK(is_plain_safe("Suivi de flotte — Pro"));
    CHECK(is_plain_safe("«x»"));
    // clang-format off
    const char* unsafe[] = {
        "", "yes", "No", "null", "true", "off", "~", "017", "3 Rivers", "a: b", "a #b", "#x",
        "- x", "[x]", "{x}", "a, b", "&x", "*x", "!x", "%x", "@x", "`x", "'x", "\"x\"", "x ",
        " x", "a\nb", "tab\tx", "nbsp\u00a0x", "ls\u2028x", "narrow\u202fx", "bom\ufeffx", "x?",
        "x|y", "x>y", "x=y", "x\\y"
    };
    // clang-format on
    for (const char* value : unsafe) CHECK_FALSE(is_plain_safe(value));
}

TEST_CASE("synth: every string reads back exactly as written") {
    // clang-format off
    const char* values[] = {
        "Marie Tremblay", "yes", "NULL", "~", "017", "2026-11-01", "1e3", "-", "- x",
        "a: b # c", "  padded  ", "line 1\nline 2\n", "tab\there", "\"quoted\" 'x'",
        "back\\slash", "É€😀 Ünïcödé", "non\u00a0breaking", "line\u2028separator",
        "next\u0085line", "bom\ufeff", "narrow\u202fspace", "bell\x07", "del\x7f",
        "[not, a, list]", "{x}", "&anchor", "*alias", "!tag", "%directive", "@at", "`tick",
        "?q", "|pipe", ">fold", "Camionnage #1", "Autobus \"Le Nordet\" inc.", "佐藤 健",
        "ТОВ «Логістик»", "Suivi de flotte — Essentiel", ""
    };
    // clang-format on
    for (const char* value : values) check_reads_back(value);
}

TEST_CASE("synth: a sample file imports cleanly") {
    ImportedSample& sample = imported_sample();
    CHECK(sample.summary.files == 1);
    CHECK(sample.summary.companies == 1);
    CHECK(sample.summary.customers == static_cast<size_t>(ImportedSample::kCustomers));
    CHECK(sample.db.customer_ids().size() == static_cast<size_t>(ImportedSample::kCustomers));
}

TEST_CASE("synth: the database holds exactly what was generated") {
    ImportedSample& sample = imported_sample();
    const Company seller = synthetic_seller();
    const std::vector<Company> companies = sample.db.load_companies();
    REQUIRE(companies.size() == 1);
    check_same(companies.front(), seller);
    // The first 150 customers, field by field (the numbering runs from the first one).
    SynthNumbering numbering;
    for (uint64_t i = 0; i < 150; ++i) {
        const Customer made =
            make_synthetic_customer(seller, SynthOptions{}.as_of, 1, i, numbering);
        const auto stored = sample.db.load_customer(made.id);
        REQUIRE(stored);
        check_same(*stored, made);
    }
}

TEST_CASE("synth: 1,000 customers show every status as of the date") {
    ImportedSample& sample = imported_sample();
    const std::vector<Company> companies = sample.db.load_companies();
    REQUIRE(companies.size() == 1);
    const Company& company = companies.front();
    const Date as_of = SynthOptions{}.as_of;

    std::map<std::string, std::set<std::string>> seen;  // kind -> statuses
    std::set<std::string> currencies, alerts;
    int french = 0, with_50_invoices = 0, hundred_line_invoices = 0, closed_by_hand = 0,
        closed_by_grace = 0, paid_in_two = 0, scripts = 0;
    for (const std::string& id : sample.db.customer_ids()) {
        const auto customer = sample.db.load_customer(id);
        REQUIRE(customer);
        const Account account = compute_account(*customer, company, as_of);
        auto add = [&](const char* kind, Status status) {
            seen[kind].insert(std::string(to_string(status)));
        };
        for (const auto& q : account.quotations) add("quotation", q.status.status);
        for (const auto& o : account.orders) add("order", o.status.status);
        for (const auto& i : account.invoices) {
            add("invoice", i.status.status);
            if (i.doc->lines.size() >= 100) ++hundred_line_invoices;
            if (i.doc->payments.size() >= 2) ++paid_in_two;
        }
        for (const auto& n : account.credit_notes) add("credit_note", n.status.status);
        for (const auto& s : account.subscriptions) {
            add("subscription", s.status.status);
            if (s.status.at_risk) seen["subscription"].insert("at_risk");
            if (s.status.status == Status::closed)
                ++(s.doc->state == SubscriptionState::closed ? closed_by_hand : closed_by_grace);
        }
        for (const auto& m : account.payment_methods) add("payment_method", m.status);
        for (const auto& t : account.tickets) add("ticket", t.status);
        for (const auto& p : account.success_packs)
            seen["success_pack"].insert(p.remaining.is_zero() ? "used up" : "hours left");
        for (const Alert& alert : account.alerts) alerts.insert(std::string(to_string(alert.kind)));
        currencies.insert(account.currency);
        if (customer->language == Language::fr) ++french;
        if (account.invoices.size() >= 50) ++with_50_invoices;
        // Greek, Cyrillic or Japanese letters (lead bytes CE-CF, D0-D1, E3-E9).
        for (unsigned char c : customer->name)
            if ((c >= 0xCE && c <= 0xD1) || (c >= 0xE3 && c <= 0xE9)) {
                ++scripts;
                break;
            }
    }
    using Set = std::set<std::string>;
    CHECK(seen["quotation"] == Set{"waiting", "expired", "accepted", "rejected", "cancelled"});
    CHECK(seen["order"] == Set{"cancelled", "confirmed", "upcoming", "active", "completed"});
    CHECK(seen["invoice"] ==
          Set{"cancelled", "reversed", "paid", "overdue", "partial", "not_paid"});
    CHECK(seen["credit_note"] == Set{"credit_note", "cancelled"});
    CHECK(seen["subscription"] == Set{"in_progress", "at_risk", "to_renew", "closed"});
    CHECK(seen["payment_method"] == Set{"valid", "expired"});
    CHECK(seen["ticket"] == Set{"new", "in_progress", "waiting_customer", "solved", "cancelled"});
    CHECK(seen["success_pack"] == Set{"used up", "hours left"});
    CHECK(alerts == Set{"to_renew", "recently_closed", "overdue", "at_risk", "quotation_expiring"});
    CHECK(currencies == Set{"CAD", "EUR", "JPY", "USD"});
    CHECK(closed_by_hand > 0);
    CHECK(closed_by_grace > 0);
    CHECK(paid_in_two > 0);
    CHECK(hundred_line_invoices > 0);
    CHECK(scripts > 0);
    // About 40 % French, and about 1 % of accounts with 50 invoices or more.
    CHECK(french > 300);
    CHECK(french < 500);
    CHECK(with_50_invoices >= 5);
    CHECK(with_50_invoices <= 30);
}

// --- the Factur-X seller (synth --factur-x) ---------------------------------------------------

TEST_CASE("synth: the default file is the one it always was") {
    // Tests and benchmarks rely on these bytes: the Factur-X seller changed none of them. A
    // deliberate change of the default data updates this digest.
    CHECK(sha256_hex(synth_yaml(200, 1)) ==
          "c9a438b144583ef71e7e084f324e57a7047fe3e0689bf473c0dc86ddc629fdfb");
}

TEST_CASE("synth --factur-x: the same seed gives the same bytes, with its own seller and ids") {
    const std::string once = synth_yaml(60, 1, true);
    CHECK(once == synth_yaml(60, 1, true));
    CHECK(once != synth_yaml(60, 2, true));
    CHECK(once != synth_yaml(60, 1));
    CHECK(once.find("e_invoice: factur-x\n") != std::string::npos);
    CHECK(once.find("customers:\n  - id: F000001\n") != std::string::npos);
    CHECK(once.find("F000060") != std::string::npos);
    CHECK(once.find("C000001") == std::string::npos);
    CHECK(without_header(once).starts_with(without_header(synth_yaml(25, 1, true))));
}

TEST_CASE("synth: identifiers carry their check digits") {
    using namespace portalgen::synth;
    // Published examples: the last digit or two of each is its check.
    CHECK(siren_from("91234568") == "912345683");
    CHECK(french_vat_id("912345683") == "FR89912345683");
    CHECK(belgian_vat_id("02022399") == "BE0202239951");
    CHECK(german_vat_id("13669597") == "DE136695976");
    CHECK(spanish_vat_id("5837843") == "ESB58378431");
    CHECK(greek_vat_id("09401420") == "EL094014201");
    SynthRandom r(3, 0);
    for (int i = 0; i < 300; ++i) {
        std::string eight;
        for (int k = 0; k < 8; ++k) eight.push_back(static_cast<char>('0' + r.below(10)));
        const std::string siren = siren_from(eight);
        CHECK(siren_problem(siren) == "");
        CHECK(vat_id_problem(french_vat_id(siren)) == "");
        CHECK(vat_id_problem(belgian_vat_id("0" + eight.substr(1))) == "");
        CHECK(vat_id_problem(german_vat_id(eight)) == "");
        CHECK(vat_id_problem(spanish_vat_id(eight.substr(1))) == "");
        CHECK(vat_id_problem(greek_vat_id(eight)) == "");
    }
}

TEST_CASE("synth --factur-x: the seller is a valid French Factur-X seller") {
    const Company seller = synthetic_factur_x_seller();
    CHECK(seller.e_invoice == EInvoiceFormat::factur_x);
    CHECK(seller.currency == "EUR");
    CHECK(seller.address.structured());
    CHECK(seller.address.country == "FR");
    CHECK(vat_id_problem(seller.vat_id) == "");
    CHECK(seller.legal_id == SchemeId{"0002", "842619371"});
    CHECK(siren_problem(seller.legal_id.value) == "");
    CHECK(seller.vat_id == portalgen::synth::french_vat_id(seller.legal_id.value));
    CHECK(seller.electronic_address == SchemeId{"0225", seller.legal_id.value});
    CHECK(iban_problem(seller.bank_account.iban) == "");
    CHECK(bic_problem(seller.bank_account.bic) == "");
    CHECK(factur_x_company_problems(seller).empty());
}

TEST_CASE("synth --factur-x: customers have what an e-invoice needs, one tax per line") {
    const Company seller = synthetic_factur_x_seller();
    const TaxTable taxes(seller.taxes);
    const std::set<std::string> eu = {"FR", "BE", "DE", "ES", "GR"};
    std::set<std::string> countries, currencies, taxes_seen, units, kinds;
    int credit_notes = 0, discounts = 0, service_periods = 0, long_invoices = 0,
        french_businesses = 0, reverse_charged = 0, purchase_orders = 0;
    SynthNumbering numbering;
    for (uint64_t i = 0; i < 1000; ++i) {
        const Customer c = make_synthetic_customer(seller, SynthOptions{}.as_of, 1, i, numbering);
        INFO("customer " << c.id);
        CHECK(c.id.starts_with("F"));
        // A structured address: street lines, city, ISO country.
        REQUIRE(c.address.structured());
        CHECK(is_country_code(c.address.country));
        CHECK_FALSE(c.address.city.empty());
        CHECK_FALSE(c.address.lines.empty());
        for (const std::string& line : c.address.lines) CHECK_FALSE(line.empty());
        countries.insert(c.address.country);
        const std::string currency = c.currency.empty() ? seller.currency : c.currency;
        currencies.insert(currency);
        // Identifiers valid by the importer's own checks.
        if (!c.vat_id.empty()) {
            CHECK(vat_id_problem(c.vat_id) == "");
            CHECK(eu.count(c.address.country) == 1);
            CHECK_FALSE(c.company.empty());
        }
        if (c.address.country == "FR" && !c.company.empty()) {
            ++french_businesses;
            CHECK(c.legal_id.scheme == "0002");
            CHECK(siren_problem(c.legal_id.value) == "");
            CHECK(c.electronic_address == SchemeId{"0225", c.legal_id.value});
            CHECK(c.vat_id == portalgen::synth::french_vat_id(c.legal_id.value));
        } else {
            CHECK(c.legal_id.empty());
            CHECK(c.electronic_address.empty());
        }
        // Exactly one tax per line, the one the customer's place and status call for.
        auto check_lines = [&](const std::vector<Line>& lines) {
            for (const Line& line : lines) {
                REQUIRE(line.taxes.size() == 1);
                const std::string& code = line.taxes.front();
                REQUIRE(taxes.find(code));
                taxes_seen.insert(code);
                if (!eu.count(c.address.country))
                    CHECK(code == "EXPORT");
                else if (code == "RC")
                    CHECK((c.address.country != "FR" && !c.vat_id.empty()));
                else
                    CHECK((code == "VAT20" || code == "VAT55"));
                CHECK((line.kind == "goods" || line.kind == "service"));
                kinds.insert(line.kind);
                if (!line.unit.empty()) units.insert(line.unit);
                if (!line.discount.is_zero()) ++discounts;
            }
        };
        for (const Quotation& q : c.quotations) check_lines(q.lines);
        for (const Order& o : c.orders) check_lines(o.lines);
        for (const Subscription& s : c.subscriptions) check_lines(s.lines);
        for (const Invoice& invoice : c.invoices) {
            check_lines(invoice.lines);
            if (invoice.kind == InvoiceKind::credit_note) {
                ++credit_notes;
                CHECK_FALSE(invoice.reverses.empty());
                CHECK(invoice.number.starts_with("AV/"));
            } else {
                CHECK(invoice.number.starts_with("FA/"));
            }
            if (invoice.service_start) ++service_periods;
            if (invoice.lines.size() >= 50) ++long_invoices;
            if (!invoice.purchase_order.empty()) ++purchase_orders;
            if (!invoice.lines.empty() && invoice.lines.front().taxes.front() == "RC")
                ++reverse_charged;
        }
        // Everything the import checks of a Factur-X seller's customer.
        for (const EInvoiceProblem& p :
             factur_x_customer_problems(c, "FR", taxes, currency, seller.payment_terms_days))
            FAIL_CHECK(p.field << ": " << p.message);
    }
    using Set = std::set<std::string>;
    CHECK(countries == Set{"BE", "CA", "DE", "ES", "FR", "GR", "JP", "UA", "US"});
    CHECK(currencies == Set{"CAD", "EUR", "JPY", "USD"});
    CHECK(taxes_seen == Set{"EXPORT", "RC", "VAT20", "VAT55"});
    CHECK(units == Set{"ANN", "HUR", "MON"});
    CHECK(kinds == Set{"goods", "service"});
    CHECK(french_businesses > 100);
    CHECK(credit_notes > 0);
    CHECK(discounts > 0);
    CHECK(service_periods > 0);
    CHECK(long_invoices > 0);
    CHECK(reverse_charged > 0);
    CHECK(purchase_orders > 0);
}

TEST_CASE("synth --factur-x: its file imports cleanly, beside the default one") {
    TempDir dir;
    const std::string fx = dir.file("factur-x.yaml");
    const std::string plain = dir.file("plain.yaml");
    {
        std::ofstream file(fx, std::ios::binary);
        SynthOptions options;
        options.customers = 300;
        options.factur_x = true;
        write_synthetic_yaml(file, options);
    }
    {
        std::ofstream file(plain, std::ios::binary);
        SynthOptions options;
        options.customers = 100;
        write_synthetic_yaml(file, options);
    }
    Database db(":memory:");
    const ImportSummary summary = import_files(db, {fx, plain});
    CHECK(summary.companies == 2);
    CHECK(summary.customers == 400);
    const Company seller = synthetic_factur_x_seller();
    const std::vector<Company> companies = db.load_companies();
    const auto stored = std::find_if(companies.begin(), companies.end(),
                                     [&](const Company& c) { return c.name == seller.name; });
    REQUIRE(stored != companies.end());
    check_same(*stored, seller);
    SynthNumbering numbering;
    for (uint64_t i = 0; i < 100; ++i) {
        const Customer made =
            make_synthetic_customer(seller, SynthOptions{}.as_of, 1, i, numbering);
        const auto loaded = db.load_customer(made.id);
        REQUIRE(loaded);
        check_same(*loaded, made);
    }
}
