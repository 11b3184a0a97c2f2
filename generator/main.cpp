// portalgen: the command line. One function per command; the only place that reads "today".
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <thread>

#include "build/build_job.h"
#include "build/night_report.h"
#include "compute/account.h"
#include "core/diagnostics.h"
#include "core/run_errors.h"
#include "core/terminal_text.h"
#include "import/importer.h"
#include "model/customer_selection.h"
#include "model/shard_environment.h"
#include "publish/archive_signature.h"
#include "publish/verify.h"
#include "store/database.h"
#include "store/new_database_file.h"
#include "store/yaml_export.h"
#include "synth/synthetic.h"
#include "view/status_report.h"

using namespace portalgen;

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr int kExitInvalidInput = 3;
constexpr int kExitTemporary = 4;

// The exit statuses, for schedulers (SPEC section 6); shown at the end of every --help.
constexpr const char* kExitStatusHelp =
    "Exit status:\n"
    "  0  success\n"
    "  1  the run failed, or some customers could not be built (the others are published),\n"
    "     or an archived invoice would change, or (report) a shard's report is missing\n"
    "  2  bad usage (an unknown option, an impossible --as-of, the scheduler's shard\n"
    "     variables half set or inconsistent)\n"
    "  3  invalid input data: nothing was imported (do not retry: fix the data)\n"
    "  4  a temporary condition: the database or the output folder is locked by another run,\n"
    "     or the output is built with another number of shards (retry later)";

Date today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return *Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

Date parse_as_of(const std::string& text) {
    if (text.empty()) return today();
    auto date = Date::parse(text);
    if (!date) throw CLI::ValidationError("--as-of", "expected a date YYYY-MM-DD, got " + text);
    return *date;
}

int run_import(const std::string& db_path, const std::vector<std::string>& files) {
    ImportSummary summary;
    std::error_code error;
    if (std::filesystem::exists(std::filesystem::symlink_status(db_path, error))) {
        Database db(db_path, DatabaseAccess::import);
        summary = import_files(db, files);
    } else {
        NewDatabaseFile created(db_path);
        summary = import_files(created.database(), files);
        created.keep();
    }
    std::cerr << "portalgen: imported " << summary.customers << " customers and "
              << summary.companies << " companies from " << summary.files << " files into "
              << escape_controls(std::filesystem::absolute(db_path).string()) << "\n";
    return 0;
}

int run_status(const std::string& db_path, const std::string& as_of_text,
               const std::vector<std::string>& wanted, const std::string& format) {
    Date as_of = parse_as_of(as_of_text);
    Database db(db_path, DatabaseAccess::read);
    const std::map<std::string, Company> companies = db.companies_by_name();
    std::vector<Customer> customers;
    for (const auto& id : select_customers(db.customer_ids(), wanted))
        customers.push_back(*db.load_customer(id));
    std::vector<AccountWithToken> accounts;
    for (const Customer& c : customers)
        accounts.push_back({compute_account(c, companies.at(c.seller), as_of), db.token(c.id)});
    std::cout << (format == "json" ? status_json(as_of, accounts) : status_table(as_of, accounts));
    return 0;
}

// The templates folder: --templates, else the project's own, else ./templates.
std::filesystem::path templates_folder(const std::string& chosen) {
    if (!chosen.empty()) return chosen;
    std::filesystem::path project = std::filesystem::path(PORTALGEN_SOURCE_DIR) / "templates";
    return std::filesystem::is_directory(project) ? project : std::filesystem::path("templates");
}

// The signing key, read before anything is written; never one kept under the output folder,
// which is published.
std::shared_ptr<const SigningKey> load_signing_key(const std::string& file,
                                                   const std::filesystem::path& out) {
    if (file.empty()) return nullptr;
    const auto key = std::filesystem::weakly_canonical(file);
    const auto folder = std::filesystem::weakly_canonical(out);
    const auto [end, rest] = std::mismatch(folder.begin(), folder.end(), key.begin(), key.end());
    if (end == folder.end())
        throw KeyError("--signing-key " + file + " is inside the output folder " + out.string() +
                       ": keep the private key out of what is published");
    return std::make_shared<const SigningKey>(file);
}

// The process's environment, as choose_shard reads it.
Environment process_environment() {
    Environment environment;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string_view text(*entry);
        if (auto equals = text.find('='); equals != std::string_view::npos)
            environment.emplace(text.substr(0, equals), text.substr(equals + 1));
    }
    return environment;
}

int run_build(BuildRequest request, const std::string& as_of_text, const std::string& shard_text,
              const std::string& templates, const std::string& signing_key) {
    request.signing_key = load_signing_key(signing_key, request.out);
    request.as_of = parse_as_of(as_of_text);
    request.templates = templates_folder(templates);
    if (auto choice = choose_shard(shard_text, process_environment())) {
        request.shard = choice->shard;
        request.shard_origin = choice->origin;
    }
    request.terminal = ::isatty(STDERR_FILENO) != 0;
    return run_build_job(request, std::cerr);
}

int run_export(const std::string& db_path, const std::vector<std::string>& wanted) {
    Database db(db_path, DatabaseAccess::read);
    std::vector<std::string> ids = select_customers(db.customer_ids(), wanted);
    bool first = true;
    for (const Company& company : db.load_companies()) {
        std::vector<Customer> customers;
        for (const auto& id : ids)
            if (auto c = db.load_customer(id); c && c->seller == company.name)
                customers.push_back(std::move(*c));
        if (!wanted.empty() && customers.empty()) continue;
        // Several companies: one YAML document each, as `import` reads one file per company.
        if (!first) std::cout << "---\n";
        std::cout << export_yaml(company, customers);
        first = false;
    }
    return 0;
}

int run_rotate_link(const std::string& db_path, const std::string& customer) {
    Database db(db_path, DatabaseAccess::update);
    db.rotate_token(customer);
    std::cerr << "portalgen: customer " << customer
              << " has a new portal link; the old folder is removed at the next build\n";
    return 0;
}

// Every command's options, as the command line gives them.
struct Options {
    std::string db_path = "data/portal.db";
    std::string as_of;
    std::vector<std::string> customers;
    std::string templates;
    std::vector<std::string> files;                  // import
    std::string status_format = "table";             // status
    BuildRequest build;                              // build
    std::string shard, signing_key;                  // build
    std::string verify_out = "output";               // verify
    std::string public_key, verify_format = "text";  // verify
    bool strict_numbering = false;                   // verify
    std::string report_out = "output";               // report
    std::string report_language = "en";              // report
    std::string keygen_out;                          // keygen
    std::string rotate_customer;                     // rotate-link
    SynthOptions synth;                              // synth
};

// The subcommands, each set when it is the one given.
struct Commands {
    CLI::App *import, *status, *build, *verify, *report, *keygen, *export_yaml, *rotate, *synth;
};

const auto kReportLanguages = CLI::IsMember({"en", "fr"});

void add_database(CLI::App* command, Options& o) {
    command->add_option("--db", o.db_path, "Local database")->capture_default_str();
}

CLI::App* add_import(CLI::App& app, Options& o) {
    auto* c = app.add_subcommand("import", "Import YAML or SQLite sources (all or nothing)");
    add_database(c, o);
    c->add_option("FILE", o.files, "YAML (.yaml, .yml) or SQLite (.db, .sqlite, .sqlite3) files")
        ->required();
    return c;
}

CLI::App* add_status(CLI::App& app, Options& o) {
    auto* c = app.add_subcommand("status", "Print every document's status as of a date");
    add_database(c, o);
    c->add_option("--as-of", o.as_of, "Date YYYY-MM-DD (default: today)");
    c->add_option("--customer", o.customers, "Only these customers (repeatable)");
    c->add_option("--format", o.status_format, "table or json")
        ->check(CLI::IsMember({"table", "json"}))
        ->capture_default_str();
    return c;
}

CLI::App* add_build(CLI::App& app, Options& o) {
    auto* c = app.add_subcommand("build", "Build every customer's portal under OUT/site/");
    o.build.jobs = std::max(1u, std::thread::hardware_concurrency());
    add_database(c, o);
    c->add_option("--out", o.build.out, "Output folder")->capture_default_str();
    c->add_option("--as-of", o.as_of, "Date YYYY-MM-DD (default: today)");
    c->add_option("--jobs", o.build.jobs, "Threads (default: the cores)")
        ->check(CLI::Range(1, 1024))
        ->capture_default_str();
    c->add_option("--shard", o.shard,
                  "K/N: build only the customers of shard K of N (default: from "
                  "JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID or AWS_BATCH_JOB_ARRAY_INDEX)");
    c->add_option("--customer", o.customers, "Only these customers (repeatable)");
    c->add_option("--templates", o.templates,
                  "Templates folder (default: the project's templates/)");
    c->add_flag("--force", o.build.force, "Rebuild every customer and PDF");
    c->add_option("--signing-key", o.signing_key,
                  "Ed25519 private key (portalgen keygen): sign the archive's chain head");
    c->add_option("--report-language", o.build.report_language,
                  "Language of the nightly report: en or fr")
        ->check(kReportLanguages)
        ->capture_default_str();
    return c;
}

CLI::App* add_verify(CLI::App& app, Options& o) {
    auto* c = app.add_subcommand("verify", "Check the archive against its manifest");
    c->add_option("--out", o.verify_out, "Output folder")
        ->capture_default_str()
        ->check(CLI::ExistingDirectory);  // a mistyped folder is bad usage, not a broken archive
    c->add_option("--public-key", o.public_key,
                  "Ed25519 public key: check the archive's signatures");
    c->add_flag("--strict-numbering", o.strict_numbering,
                "A gap in a numbered series fails the check (by default a warning)");
    c->add_option("--format", o.verify_format, "text or json")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    return c;
}

CLI::App* add_report(CLI::App& app, Options& o) {
    auto* c = app.add_subcommand("report", "Merge the shards' reports into the night's report");
    c->add_option("--out", o.report_out, "Output folder")
        ->capture_default_str()
        ->check(CLI::ExistingDirectory);
    c->add_option("--report-language", o.report_language, "en or fr")
        ->check(kReportLanguages)
        ->capture_default_str();
    c->add_option("--templates", o.templates,
                  "Templates folder (default: the project's templates/)");
    return c;
}

CLI::App* add_keygen(CLI::App& app, Options& o) {
    auto* c = app.add_subcommand("keygen", "Make an Ed25519 key pair to sign the archive");
    c->add_option("--out", o.keygen_out, "Private key file (the public key: FILE.pub)")->required();
    return c;
}

CLI::App* add_export(CLI::App& app, Options& o) {
    auto* c = app.add_subcommand("export", "Write the database as YAML on standard output");
    add_database(c, o);
    c->add_option("--customer", o.customers, "Only these customers (repeatable)");
    return c;
}

CLI::App* add_rotate_link(CLI::App& app, Options& o) {
    auto* c = app.add_subcommand("rotate-link", "Give a customer a new portal link");
    add_database(c, o);
    c->add_option("CUSTOMER", o.rotate_customer, "Customer id")->required();
    return c;
}

CLI::App* add_synth(CLI::App& app, Options& o) {
    auto* c = app.add_subcommand("synth", "Write realistic synthetic YAML on standard output");
    c->add_option("--customers", o.synth.customers, "How many customers")
        ->required()
        ->check(CLI::Range(0, 10'000'000));
    c->add_option("--seed", o.synth.seed, "Seed: the same seed gives the same file")
        ->capture_default_str();
    c->add_flag("--factur-x", o.synth.factur_x,
                "A French seller issuing Factur-X e-invoices, and customers (F000001...) with "
                "what those need");
    return c;
}

int run_verify(const Options& o) {
    const std::unique_ptr<PublicKey> key =
        o.public_key.empty() ? nullptr : std::make_unique<PublicKey>(o.public_key);
    const VerifyOptions options{key.get(), o.strict_numbering};
    if (o.verify_format == "json") return verify_archive_json(o.verify_out, std::cout, options);
    return verify_archive(o.verify_out, std::cout, std::cerr, options);
}

int run_keygen(const std::string& out) {
    generate_signing_key(out);
    std::cout << "portalgen: keygen: private key " << out << " (keep it secret, "
              << "outside the output folder), public key " << out << ".pub\n";
    return 0;
}

int run_synth(const SynthOptions& options) {
    std::ios::sync_with_stdio(false);
    write_synthetic_yaml(std::cout, options);
    return 0;
}

// Runs the command given; its errors go to exit_status().
int run_command(const Commands& c, Options& o) {
    if (*c.import) return run_import(o.db_path, o.files);
    if (*c.status) return run_status(o.db_path, o.as_of, o.customers, o.status_format);
    if (*c.build) {
        o.build.db_path = o.db_path;
        o.build.customers = o.customers;
        return run_build(o.build, o.as_of, o.shard, o.templates, o.signing_key);
    }
    if (*c.verify) return run_verify(o);
    if (*c.report)
        return merge_night_report(o.report_out, templates_folder(o.templates), o.report_language,
                                  std::cerr);
    if (*c.keygen) return run_keygen(o.keygen_out);
    if (*c.export_yaml) return run_export(o.db_path, o.customers);
    if (*c.rotate) return run_rotate_link(o.db_path, o.rotate_customer);
    if (*c.synth) return run_synth(o.synth);
    return kExitUsage;
}

// The exit status of the exception being handled (SPEC section 6), its message on stderr.
int exit_status(const std::string& db_path) {
    try {
        throw;
    } catch (const CLI::ValidationError& e) {
        std::cerr << "portalgen: " << escape_controls(e.what()) << "\n";
        return kExitUsage;
    } catch (const ShardChoiceError& e) {
        std::cerr << "portalgen: build: " << escape_controls(e.what()) << "\n";
        return kExitUsage;
    } catch (const KeyError& e) {
        std::cerr << "portalgen: " << escape_controls(e.what()) << "\n";
        return kExitUsage;
    } catch (const UnusableDatabase& e) {
        std::cerr << "portalgen: " << escape_controls(e.what()) << "\n";
        return kExitUsage;
    } catch (const InvalidInput& e) {
        std::cerr << e.what() << "portalgen: invalid input, nothing imported\n";
        return kExitInvalidInput;
    } catch (const TemporaryFailure& e) {
        std::cerr << "portalgen: " << escape_controls(e.what()) << "\n";
        return kExitTemporary;
    } catch (const SQLite::Exception& e) {
        // Errors of the files being imported are reported as input errors: this is --db.
        std::cerr << "portalgen: " << database_error_message(db_path, e) << "\n";
        return is_database_locked(e) ? kExitTemporary : kExitFailure;
    } catch (const std::exception& e) {
        // Messages quote data ("unknown customer \"...\""): never raw on a terminal.
        std::cerr << "portalgen: " << escape_controls(e.what()) << "\n";
        return kExitFailure;
    }
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"portalgen: publishes static, bilingual customer portals and invoice PDFs"};
    app.set_version_flag("--version", std::string("portalgen ") + PORTALGEN_VERSION);
    app.require_subcommand(1);
    app.set_help_all_flag("--help-all", "Show the help of every command");
    app.footer(kExitStatusHelp);
    Options options;
    const Commands commands{
        add_import(app, options), add_status(app, options),      add_build(app, options),
        add_verify(app, options), add_report(app, options),      add_keygen(app, options),
        add_export(app, options), add_rotate_link(app, options), add_synth(app, options)};
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : kExitUsage;
    }
    try {
        return run_command(commands, options);
    } catch (...) {
        return exit_status(options.db_path);
    }
}
