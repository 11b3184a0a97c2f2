// Synthetic data: deterministic bytes, strings that read back as written, a file that imports
// cleanly and holds exactly what was generated, and every status of SPEC section 2 in a sample.
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "compute/account.h"
#include "import/importer.h"
#include "import/yaml_tree.h"
#include "store/database.h"
#include "store_fixture.h"
#include "synth/customer_maker.h"
#include "synth/random.h"
#include "synth/seller.h"
#include "synth/synthetic.h"
#include "synth/yaml_writer.h"

using namespace portalgen;
using namespace portalgen::test;

namespace {

std::string synth(int customers, uint64_t seed) {
    std::ostringstream out;
    SynthOptions options;
    options.customers = customers;
    options.seed = seed;
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
    const std::string once = synth(60, 1);
    CHECK(once == synth(60, 1));
    CHECK(once != synth(60, 2));
    CHECK(once.find("customers:\n  - id: C000001\n") != std::string::npos);
    CHECK(once.find("C000060") != std::string::npos);
    CHECK(once.find("C000061") == std::string::npos);
    // Customer k does not depend on how many follow it.
    const std::string shorter = without_header(synth(25, 1));
    CHECK(without_header(once).starts_with(shorter));
}

TEST_CASE("synth: no customers still gives a valid file with the seller") {
    const std::string text = synth(0, 1);
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
