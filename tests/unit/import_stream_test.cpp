// The streamed import: customers checked and saved one at a time must report exactly what an
// import reading every file whole reports (kept here as the reference), keep positions exact,
// assign sellers across files, and leave the database untouched on any error.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "import/importer.h"
#include "import/line_reader.h"
#include "import/sqlite_source.h"
#include "import/validate.h"
#include "import/yaml_source.h"
#include "import/yaml_stream.h"
#include "import_fixture.h"
#include "store/database.h"
#include "store/yaml_export.h"
#include "store_fixture.h"
#include "synth/synthetic.h"

using namespace portalgen;
using namespace portalgen::test;

namespace {

std::string customer(const std::string& id) {
    return "  - { id: " + id + ", name: M, email: m@example.com, language: fr }\n";
}

// Input files written to a temporary folder; messages name them by these paths.
class Inputs {
  public:
    std::string add(const std::string& name, const std::string& text) {
        std::string path = dir_.file(name);
        std::ofstream(path, std::ios::binary) << text;
        paths_.push_back(path);
        return path;
    }
    const std::vector<std::string>& paths() const { return paths_; }
    std::string file(const std::string& name) const { return dir_.file(name); }

  private:
    TempDir dir_;
    std::vector<std::string> paths_;
};

// The import as it was before streaming: every file read whole into one Dataset, then the
// sellers assigned, then everything checked.
std::string whole_import_errors(const std::vector<std::string>& paths,
                                const std::vector<Company>& stored) {
    Dataset data;
    SourceMap positions;
    Diagnostics diagnostics;
    std::vector<std::pair<size_t, size_t>> customers_of_file;
    std::vector<bool> unparsed;  // customers with a problem while reading: no semantic checks
    for (const std::string& path : paths) {
        size_t first = data.customers.size();
        size_t problems_before = diagnostics.size();
        if (is_sqlite_path(path)) {
            read_sqlite_source(path, data, positions, diagnostics);
            // A database's problems void the semantic checks of all its customers.
            unparsed.resize(data.customers.size(), diagnostics.size() > problems_before);
        } else {
            std::ifstream in(path, std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            read_yaml_source(text.str(), path, data, positions, diagnostics, &unparsed);
        }
        customers_of_file.emplace_back(first, data.customers.size());
    }
    std::string seller;
    if (data.companies.size() == 1)
        seller = data.companies.front().name;
    else if (data.companies.empty() && stored.size() == 1)
        seller = stored.front().name;
    for (auto [first, last] : customers_of_file) {
        for (size_t i = first; i < last; ++i) {
            if (!data.customers[i].seller.empty()) continue;
            if (seller.empty()) {
                diagnostics.error(positions.at("customers." + std::to_string(i)),
                                  "which company bills this customer? Import the file with its "
                                  "company section, or put the customers in that file");
                break;
            }
            data.customers[i].seller = seller;
        }
    }
    validate_dataset(data, stored, positions, diagnostics, unparsed);
    return diagnostics.to_string();
}

std::string streamed_import_errors(Database& db, const std::vector<std::string>& paths,
                                   YamlParsers parsers = YamlParsers::fast_first) {
    try {
        import_files(db, paths, parsers);
        return "";
    } catch (const InvalidInput& e) {
        return e.what();
    }
}

// Both readers of the streamed import report what the whole import reports, into a database
// holding `stored`.
void check_same_errors(const std::vector<std::string>& paths,
                       const std::vector<Company>& stored = {}) {
    std::string expected = whole_import_errors(paths, stored);
    for (YamlParsers parsers : {YamlParsers::fast_first, YamlParsers::yaml_cpp_only}) {
        Database db(":memory:");
        if (!stored.empty()) db.save({stored, {}});
        CHECK(streamed_import_errors(db, paths, parsers) == expected);
    }
}

std::string export_of(Database& db) {
    std::string out;
    for (const Company& company : db.load_companies()) {
        std::vector<Customer> customers;
        for (const std::string& id : db.customer_ids()) {
            auto c = db.load_customer(id);
            if (c && c->seller == company.name) customers.push_back(*c);
        }
        out += export_yaml(company, customers);
    }
    return out;
}

}  // namespace

TEST_CASE("stream: errors in the 3rd of 5 customers are reported at their own positions") {
    Inputs inputs;
    std::string path = inputs.add(
        "five.yaml", kCompany + customer("C1") + customer("C2") +
                         "  - id: C3\n"
                         "    name: Third\n"
                         "    email: third@example.com\n"
                         "    language: fr\n"
                         "    invoices:\n"
                         "      - { number: I1, date: 2026-02-30, state: posted }\n"
                         "      - { number: I2, date: 2026-03-01, state: posted, colour: red }\n"
                         "      - { number: I3, date: 2026-03-01, state: posted, order: O9 }\n" +
                         customer("C4") + customer("C5"));
    for (YamlParsers parsers : {YamlParsers::fast_first, YamlParsers::yaml_cpp_only}) {
        Database db(":memory:");
        CHECK(streamed_import_errors(db, {path}, parsers) ==
              path + ":15:29: date must be a real date YYYY-MM-DD, not \"2026-02-30\"\n" + path +
                  ":16:56: unknown key \"colour\" in an invoice\n");
        CHECK(db.customer_ids().empty());
        CHECK(db.load_companies().empty());
    }
    check_same_errors({path});
}

TEST_CASE("stream: a customer's references are checked once all its values parse") {
    // Read alone, a date beyond 9999 is reported; the subscription it leaves without a
    // next_invoice is not also "before start", and the unknown order waits for the next run.
    Inputs inputs;
    std::string bad =
        "  - id: C3\n"
        "    name: Third\n"
        "    email: third@example.com\n"
        "    language: fr\n"
        "    subscriptions:\n"
        "      - { number: S1, plan: P, start: 2026-01-01, next_invoice: 99999-12-31,"
        " period: month, state: open }\n"
        "    invoices:\n"
        "      - { number: I3, date: 2026-03-01, state: posted, order: O9 }\n";
    std::string path = inputs.add("bad.yaml", kCompany + customer("C1") + bad);
    std::string fixed = inputs.file("fixed.yaml");
    std::string text = kCompany + customer("C1") + bad;
    text.replace(text.find("99999-12-31"), 11, "2026-12-31");
    std::ofstream(fixed, std::ios::binary) << text;
    for (YamlParsers parsers : {YamlParsers::fast_first, YamlParsers::yaml_cpp_only}) {
        Database db(":memory:");
        CHECK(streamed_import_errors(db, {path}, parsers) ==
              path + ":14:65: next_invoice must be a real date YYYY-MM-DD, not \"99999-12-31\"\n");
        CHECK(streamed_import_errors(db, {fixed}, parsers) ==
              fixed + ":16:63: unknown order \"O9\"\n");
    }
    check_same_errors({path});
}

TEST_CASE("stream: the same customer id in two files is reported at the second") {
    Inputs inputs;
    std::string first = inputs.add("a.yaml", kCompany + customer("C1") + customer("C2"));
    std::string second = inputs.add("b.yaml", "customers:\n" + customer("C3") + customer("C1"));
    Database db(":memory:");
    CHECK(streamed_import_errors(db, inputs.paths()) ==
          second + ":3:11: customer \"C1\" is imported twice (first at " + first + ":8:5)\n");
    check_same_errors(inputs.paths());
}

TEST_CASE("stream: a file without company may come before the file of its company") {
    Inputs inputs;
    inputs.add("batch.yaml", "customers:\n" + customer("B1") + customer("B2"));
    inputs.add("company.yaml", kCompany + customer("C1"));
    Database db(":memory:");
    ImportSummary summary = import_files(db, inputs.paths());
    CHECK(summary.companies == 1);
    CHECK(summary.customers == 3);
    REQUIRE(db.load_customer("B1"));
    CHECK(db.load_customer("B1")->seller == "Odotrack Inc.");
    check_same_errors(inputs.paths());

    // With two companies in the import, the file without one has no seller.
    Inputs two;
    two.add("batch.yaml", "customers:\n" + customer("B1") + customer("B2"));
    two.add("one.yaml", kCompany);
    std::string other = kCompany;
    other.replace(other.find("Odotrack Inc."), 13, "Other Inc.");
    two.add("two.yaml", other);
    check_same_errors(two.paths());
    Database empty(":memory:");
    CHECK(streamed_import_errors(empty, two.paths()).find("which company bills") !=
          std::string::npos);
}

TEST_CASE("stream: a file without company belongs to the database's only company") {
    Inputs inputs;
    inputs.add("batch.yaml",
               "customers:\n" + customer("B1") +
                   "  - { id: B2, name: N, email: n@example.com, language: en,\n"
                   "      orders: [{ number: O1, date: 2026-01-01, state: confirmed,\n"
                   "        lines: [{ product: P, quantity: 1, unit_price: 1, taxes: [GST, HST] "
                   "}] }] }\n");
    check_same_errors(inputs.paths(), {full_company()});
}

TEST_CASE("stream: a company and taxes after the customers are found") {
    Inputs inputs;
    std::string path = inputs.add(
        "late.yaml",
        "customers:\n"
        "  - { id: L1, name: M, email: m@example.com, language: fr,\n"
        "      quotations: [{ number: Q1, date: 2026-01-01, state: sent,\n"
        "        lines: [{ product: P, quantity: 1, unit_price: 1, taxes: [QST] }] }] }\n"
        "company: { name: Late Inc., email: late@example.com, currency: EUR }\n"
        "taxes:\n"
        "  - { code: QST, name: { en: QST, fr: TVQ }, rate: \"9.975\" }\n");
    for (YamlParsers parsers : {YamlParsers::fast_first, YamlParsers::yaml_cpp_only}) {
        Database db(":memory:");
        ImportSummary summary = import_files(db, {path}, parsers);
        CHECK(summary.customers == 1);
        REQUIRE(db.load_customer("L1"));
        CHECK(db.load_customer("L1")->seller == "Late Inc.");
        REQUIRE(db.load_companies().size() == 1);
        CHECK(db.load_companies().front().taxes.size() == 1);
    }
    check_same_errors({path});
    // The same with a mistake: still the messages of a whole reading.
    Inputs bad;
    bad.add("late.yaml",
            "customers:\n" + customer("L1") +
                "  - { id: L2, name: M, email: m@example.com, language: fr,\n"
                "      orders: [{ number: O1, date: 2026-01-01, state: confirmed,\n"
                "        lines: [{ product: P, quantity: 1, unit_price: 1, taxes: [GST] }] }] }\n"
                "company: { name: Late Inc., email: late@example.com, currency: EUR }\n");
    check_same_errors(bad.paths());
}

TEST_CASE("stream: YAML problems late in a file void all of it, as a whole reading does") {
    Inputs inputs;
    inputs.add("batch.yaml", "customers:\n" + customer("B1"));
    inputs.add("company.yaml", kCompany + customer("C1") +
                                   "  - { id: C2, id: C3, name: M, email: m@x, language: fr }\n");
    check_same_errors(inputs.paths());

    Inputs utf8;
    utf8.add("company.yaml", kCompany + customer("C1") + "  - { id: C2, name: \"\xC3\x28\" }\n");
    check_same_errors(utf8.paths());
    Database db(":memory:");
    CHECK(streamed_import_errors(db, utf8.paths()) ==
          utf8.file("company.yaml") + ":9:22: invalid UTF-8\n");

    Inputs syntax;
    syntax.add("company.yaml", kCompany + customer("C1") + "  - { id: C2, name: [ }\n");
    syntax.add("more.yaml", "customers:\n" + customer("C3"));
    check_same_errors(syntax.paths());
}

TEST_CASE("stream: a line over 4 MiB is refused, alone, at its line") {
    Inputs inputs;
    std::string path = inputs.add(
        "long.yaml", kCompany + customer("C1") + "  - { id: C2, name: \"" +
                         std::string(kMaxLineBytes, 'x') + "\", email: m@x, language: fr }\n" +
                         "  - { id: C1, name: M, email: m@x, language: fr }\n");
    for (YamlParsers parsers : {YamlParsers::fast_first, YamlParsers::yaml_cpp_only}) {
        Database db(":memory:");
        CHECK(streamed_import_errors(db, {path}, parsers) ==
              path + ":9:1: line longer than 4 MiB: break it into several lines\n");
        CHECK(db.customer_ids().empty());
    }
    // A line of exactly kMaxLineBytes (without its break) is read.
    std::string start = "  - { id: C2, name: N, email: m@x, language: fr, notes: \"";
    std::string fits =
        inputs.add("fits.yaml", kCompany + start +
                                    std::string(kMaxLineBytes - start.size() - 3, 'x') + "\" }\n");
    Database db(":memory:");
    std::string errors = streamed_import_errors(db, {fits});
    CHECK(errors.find("line longer") == std::string::npos);
    CHECK(errors.find("fits.yaml:8:") != std::string::npos);  // an unknown key, or too long
}

TEST_CASE("stream: every kind of problem is reported as a whole reading reports it") {
    const char* customers[] = {
        "  - { id: C1, name: M, language: fr }\n",
        "  - { id: C1, name: M, email: m@x, language: fr, lang: en }\n",
        "  - { id: [C1], name: M, email: m@x, language: fr }\n",
        "  - [not, a, customer]\n  - ~\n",
        "  - { id: \"C 1\", name: M, email: m@x, language: fr, currency: XYZ }\n",
        "  - { id: C1, name: M, email: m@x, language: fr,\n"
        "      invoices: [{ number: I1, date: 2026-01-01, state: posted,\n"
        "        lines: [{ product: P, quantity: 2, unit_price: \"10.00\", taxes: [GST, GST] }],\n"
        "        payments: [{ date: 2026-01-05, amount: \"21.005\" }] }] }\n",
        "  - { id: C1, name: M, email: m@x, language: fr,\n"
        "      subscriptions: [{ number: S1, plan: P, start: 2026-01-01, next_invoice: "
        "2025-02-01, period: month, state: closed, payment_method: card-9 }] }\n",
        "  - id: C1\n    name:\n    email: m@x\n    language: fr\n    tickets:\n"
        "      - { ref: T1, subject: S, opened: 2026-11-10T14:03:00Z, status: new }\n"
        "      - { ref: T1, subject: S, opened: yesterday, status: new }\n",
        "  - id: C1\n    name: |\n      literal\n    email: m@x\n    language: fr\n"
        "    success_packs:\n      - { name: SP, purchased: 2026-01-01, hours: 25, used: \"25.5\" "
        "}\n",
        "  - { id: C1, name: M, email: m@x, language: fr,\n"
        "      success_packs: [{ name: SP, purchased: 2026-01-01, hours: 1e3, used: \"2\" }] }\n",
    };
    for (const char* c : customers) {
        INFO(c);
        Inputs inputs;
        inputs.add("in.yaml", kCompany + customer("C0") + c + customer("C9"));
        check_same_errors(inputs.paths());
    }
    const char* files[] = {
        "",
        "# nothing\n",
        "- a\n- b\n",
        "company: [x]\ntaxes: {}\ncustomers: 5\nextra: 1\n",
        "taxes:\n  - { code: GST, name: { en: GST, fr: TPS }, rate: \"5\" }\n",
        "company: { name: X, email: x@x, currency: EUR, locale: { en: en_CA } }\n"
        "taxes: [{ code: \"a b\", name: { en: A, fr: A }, rate: \"120\" }, 3]\n",
        "company:\ncustomers:\ntaxes:\n",
        "a: 1\n---\nb: 2\n",
    };
    for (const char* f : files) {
        INFO(f);
        Inputs inputs;
        inputs.add("in.yaml", f);
        check_same_errors(inputs.paths());
    }
}

namespace {

// Counts the customers streamed, and those streamed before the reading started again.
struct CustomerCounter : YamlTopLevel {
    int customers = 0;
    int before_restart = 0;
    void root(const YamlNode&) override {}
    void entry(YamlNode, YamlNode) override {}
    void customer(YamlNode) override { ++customers; }
    void restart() override { before_restart = std::exchange(customers, 0); }
};

YamlFileResult stream_file(const std::string& path, CustomerCounter& counter) {
    return stream_yaml([&] { return LineReader(path, path); }, path, counter);
}

}  // namespace

TEST_CASE("stream: what the fast reader leaves to yaml-cpp reads the same") {
    std::string text = kCompany;
    for (int i = 0; i < 40; ++i) text += customer("C" + std::to_string(i));
    // A plain scalar on two lines: yaml-cpp reads this customer alone.
    text += "  - id: F1\n    name: Folded\n      name\n    email: f@x\n    language: en\n";
    for (int i = 40; i < 80; ++i) text += customer("C" + std::to_string(i));
    // A document end marker: yaml-cpp reads the whole file again (the customers read first are
    // saved again).
    for (const std::string& end : {std::string(), std::string("...\n")}) {
        Inputs inputs;
        const std::string path = inputs.add("in.yaml", text + end);
        Database fast(":memory:");
        Database slow(":memory:");
        import_files(fast, inputs.paths(), YamlParsers::fast_first);
        import_files(slow, inputs.paths(), YamlParsers::yaml_cpp_only);
        CHECK(fast.customer_ids().size() == 81);
        CHECK(fast.load_customer("F1")->name == "Folded name");
        CHECK(export_of(fast) == export_of(slow));

        CustomerCounter counter;
        YamlFileResult result = stream_file(path, counter);
        CHECK(counter.customers == 81);
        if (end.empty()) {
            CHECK(result.fast);
            CHECK(result.pieces_reread == 1);
            CHECK(counter.before_restart == 0);
        } else {
            CHECK_FALSE(result.fast);
            CHECK(counter.before_restart == 81);
        }

        Inputs bad;
        bad.add("in.yaml", text + "  - { id: C1, name: M, email: m@x, language: xx }\n" + end);
        check_same_errors(bad.paths());
    }
}

TEST_CASE("stream: an odd company section is read alone by yaml-cpp, not the whole file") {
    std::string company = kCompany;
    company.replace(company.find("  currency: CAD\n"), 16,
                    "  currency: CAD\n  phone: +1 514\n    555 0100\n");
    std::string text = company;
    for (int i = 0; i < 30; ++i) text += customer("C" + std::to_string(i));
    Inputs inputs;
    const std::string path = inputs.add("in.yaml", text);
    CustomerCounter counter;
    YamlFileResult result = stream_file(path, counter);
    CHECK(result.fast);
    CHECK(result.pieces_reread == 1);
    CHECK(counter.before_restart == 0);
    CHECK(counter.customers == 30);
    Database db(":memory:");
    import_files(db, {path});
    REQUIRE(db.load_companies().size() == 1);
    CHECK(db.load_companies().front().phone == "+1 514 555 0100");
    CHECK(db.customer_ids().size() == 30);
    check_same_errors({path});
}

TEST_CASE("stream: SQLite inputs mix with YAML ones") {
    Inputs inputs;
    std::string db_path = inputs.file("accounts.db");
    {
        Database source(db_path);
        source.save({{full_company()}, {full_customer("S1")}});
    }
    inputs.add("batch.yaml", "customers:\n" + customer("B1"));
    std::vector<std::string> paths = {inputs.paths()[0], db_path};
    Database db(":memory:");
    import_files(db, paths);
    REQUIRE(db.load_customer("B1"));
    CHECK(db.load_customer("B1")->seller == full_company().name);
    REQUIRE(db.load_customer("S1"));
    check_same(*db.load_customer("S1"), full_customer("S1"));
    check_same_errors(paths);

    Inputs twice;
    twice.add("batch.yaml", "customers:\n" + customer("S1"));
    check_same_errors({twice.paths()[0], db_path});
}

TEST_CASE("stream: an error in the last customer of a big file leaves the database as it was") {
    Inputs inputs;
    Database db(inputs.file("portal.db"));
    db.save({{full_company()}, {full_customer("C1001")}});
    const std::string before = export_of(db);

    std::ostringstream big;
    SynthOptions options;
    options.customers = 1500;
    write_synthetic_yaml(big, options);
    std::string text = big.str();
    int lines = 0;
    for (char c : text) lines += c == '\n';
    text += "  - { id: LAST, name: Last, email: last@example.com, language: de }\n";
    std::string path = inputs.add("big.yaml", text);

    CHECK(streamed_import_errors(db, {path}) ==
          path + ":" + std::to_string(lines + 1) +
              ":64: language must be one of en | fr, not \"de\"\n");
    CHECK(export_of(db) == before);
    CHECK(db.customer_ids() == std::vector<std::string>{"C1001"});
    // Without the mistake, all of it is saved.
    text.resize(text.size() - 69);
    inputs.add("good.yaml", text);
    CHECK(import_files(db, {inputs.paths().back()}).customers == 1500);
    CHECK(db.customer_ids().size() == 1501);
}

namespace {

// Random imports: one to three files made of companies, taxes and customers in any order, with
// mistakes of every level, and constructs that only yaml-cpp reads.
class ImportMaker {
  public:
    explicit ImportMaker(uint64_t seed) : random_(seed) {}

    std::vector<std::string> files() {
        careful_ = one_in(2);
        std::vector<std::string> out(1 + below(3));
        for (size_t i = 0; i < out.size(); ++i)
            out[i] = careful_ ? careful_file(i == 0) : make_file();
        return out;
    }
    std::vector<Company> stored() {
        std::vector<Company> out;
        size_t n = below(3);
        for (size_t i = 0; i < n; ++i) {
            Company c = full_company();
            c.name = i == 0 ? "Odotrack Inc." : "Stored Ltd.";
            out.push_back(c);
        }
        return out;
    }

  private:
    size_t below(size_t n) { return random_() % n; }
    bool one_in(size_t n) { return below(n) == 0; }

    // Mistakes left out: most such imports succeed, and the saved data can be compared.
    std::string careful_file(bool with_company) {
        std::vector<std::string> parts;
        if (with_company) {
            parts.push_back(one_in(4) ? company()
                                      : "company: { name: Odotrack Inc., email: "
                                        "b@example.com, currency: CAD }\n");
            parts.push_back(
                "taxes:\n  - { code: GST, name: { en: GST, fr: TPS }, rate: \"5\" }\n"
                "  - { code: QST, name: { en: QST, fr: TVQ }, rate: \"9.975\" }\n");
        }
        std::string list = "customers:\n";
        size_t n = 1 + below(4);
        for (size_t i = 0; i < n; ++i) {
            std::string id = "K" + std::to_string(next_id_++);
            list += one_in(3)
                        ? "  - id: " + id +
                              "\n    name: Plain\n      on two lines\n    email: m@x\n"
                              "    language: en\n"
                        : "  - id: " + id +
                              "\n    name: Marie\n    email: m@example.com\n"
                              "    language: fr\n    orders:\n      - { number: O1, date: "
                              "2026-01-01, state: confirmed,\n          lines: [{ product: P, "
                              "quantity: 1, unit_price: 1, taxes: [" +
                              std::string(one_in(2) ? "GST" : "QST") + "] }] }\n";
        }
        parts.push_back(list);
        for (size_t i = parts.size(); i > 1; --i) std::swap(parts[i - 1], parts[below(i)]);
        std::string out;
        for (const std::string& part : parts) out += part;
        return out;
    }

    std::string make_file() {
        std::vector<std::string> parts;
        if (!one_in(3)) parts.push_back(company());
        if (!one_in(3)) parts.push_back(taxes());
        if (!one_in(6)) parts.push_back(customers());
        if (one_in(15)) parts.push_back("colour: red\n");
        for (size_t i = parts.size(); i > 1; --i) std::swap(parts[i - 1], parts[below(i)]);
        std::string out;
        for (const std::string& part : parts) out += part;
        if (one_in(25)) out += "customers:\n" + customer_text();  // a duplicate key
        if (one_in(30)) out += "oops: [\n";
        if (one_in(30)) out.insert(below(out.size() + 1), "\xFF");
        return out;
    }
    std::string company() {
        switch (below(10)) {
            case 0:
                return "company: [x]\n";
            case 1:
                return "company:\n";
            case 2:
                return "company: { email: x@example.com, currency: EUR }\n";
            case 3:
                return "company: { name: Other Inc., email: o@example.com, currency: JPY }\n";
            case 4:
                return "company:\n  name: Odotrack Inc.\n  email: b@example.com\n  currency: "
                       "CAD\n  legal_notice:\n    en: >-\n      Pay\n      soon\n    fr: Payez\n";
            default:
                return "company: { name: Odotrack Inc., email: b@example.com, currency: " +
                       std::string(one_in(5) ? "XXX" : "CAD") + " }\n";
        }
    }
    std::string taxes() {
        switch (below(6)) {
            case 0:
                return "taxes: {}\n";
            case 1:
                return "taxes:\n  - { code: GST, name: { en: GST, fr: TPS }, rate: \"5\" }\n"
                       "  - { code: GST, name: { en: G, fr: T }, rate: \"500\" }\n";
            default:
                return "taxes:\n  - { code: GST, name: { en: GST, fr: TPS }, rate: \"5\" }\n"
                       "  - { code: QST, name: { en: QST, fr: TVQ }, rate: \"9.975\" }\n";
        }
    }
    std::string customers() {
        if (one_in(12)) return "customers: {}\n";
        std::string out = "customers:\n";
        size_t n = below(5);
        for (size_t i = 0; i < n; ++i) out += customer_text();
        return out;
    }
    std::string customer_text() {
        std::string id = "C" + std::to_string(below(8));
        std::string tax = one_in(4) ? "HST" : one_in(2) ? "QST" : "GST";
        switch (below(9)) {
            case 0:
                return "  - [not, a, customer]\n";
            case 1:
                return "  - { id: " + id + ", name: M, language: fr }\n";
            case 2:
                return "  - id: " + id + "\n    name: " +
                       (one_in(2) ? "|\n      Literal\n" : "Plain\n      on two lines\n") +
                       "    email: m@x\n    language: en\n";
            case 3:
                return "  - { id: " + id + ", name: M, email: m@x, language: fr, currency: " +
                       (one_in(2) ? "JPY" : "EUR") +
                       ",\n      invoices: [{ number: I1, date: 2026-01-01, state: posted,\n"
                       "        lines: [{ product: P, quantity: 2, unit_price: \"10.50\", taxes: "
                       "[" +
                       tax + "] }],\n        payments: [{ date: 2026-01-05, amount: \"" +
                       (one_in(2) ? "5.25" : "30") + "\" }] }] }\n";
            default:
                return "  - id: " + id +
                       "\n    name: Marie\n    email: m@example.com\n"
                       "    language: fr\n    orders:\n      - number: O1\n"
                       "        date: 2026-01-01\n        state: confirmed\n        lines:\n"
                       "          - { product: P, quantity: 1, unit_price: 1, taxes: [" +
                       tax + "] }\n";
        }
    }

    std::mt19937_64 random_;
    bool careful_ = false;
    size_t next_id_ = 0;
};

// What the whole import would have saved, as export text.
std::string whole_import_export(const std::vector<std::string>& paths,
                                const std::vector<Company>& stored) {
    Dataset data;
    SourceMap positions;
    Diagnostics diagnostics;
    for (const std::string& path : paths) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        read_yaml_source(text.str(), path, data, positions, diagnostics);
    }
    std::string seller = data.companies.size() == 1 ? data.companies.front().name
                         : data.companies.empty() && stored.size() == 1 ? stored.front().name
                                                                        : "";
    for (Customer& c : data.customers)
        if (c.seller.empty()) c.seller = seller;
    Database db(":memory:");
    db.save({stored, {}});
    db.save(data);
    return export_of(db);
}

}  // namespace

TEST_CASE("stream: random imports report and save what whole readings do") {
    ImportMaker maker(42);
    int clean = 0;
    for (int round = 0; round < 250; ++round) {
        Inputs inputs;
        std::vector<std::string> files = maker.files();
        for (size_t i = 0; i < files.size(); ++i)
            inputs.add("f" + std::to_string(i) + ".yaml", files[i]);
        std::vector<Company> stored = maker.stored();
        std::string expected = whole_import_errors(inputs.paths(), stored);
        std::string saved = expected.empty() ? whole_import_export(inputs.paths(), stored) : "";
        for (YamlParsers parsers : {YamlParsers::fast_first, YamlParsers::yaml_cpp_only}) {
            Database db(":memory:");
            db.save({stored, {}});
            const std::string before = export_of(db);
            std::string errors = streamed_import_errors(db, inputs.paths(), parsers);
            std::string all;
            for (const std::string& f : files) all += "----\n" + f;
            INFO(all);
            CHECK(errors == expected);
            CHECK(export_of(db) == (expected.empty() ? saved : before));
        }
        clean += expected.empty();
    }
    // Enough of them must import for the saved data to be compared.
    CHECK(clean > 20);
}
