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

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"portalgen: publishes static, bilingual customer portals and invoice PDFs"};
    app.set_version_flag("--version", std::string("portalgen ") + PORTALGEN_VERSION);
    app.require_subcommand(1);
    app.set_help_all_flag("--help-all", "Show the help of every command");
    app.footer(kExitStatusHelp);

    std::string db_path = "data/portal.db";
    std::string as_of;
    std::vector<std::string> customers;

    auto* import = app.add_subcommand("import", "Import YAML or SQLite sources (all or nothing)");
    std::vector<std::string> files;
    import->add_option("--db", db_path, "Local database")->capture_default_str();
    import->add_option("FILE", files, "YAML (.yaml, .yml) or SQLite (.db, .sqlite, .sqlite3) files")
        ->required();

    auto* status = app.add_subcommand("status", "Print every document's status as of a date");
    std::string format = "table";
    status->add_option("--db", db_path, "Local database")->capture_default_str();
    status->add_option("--as-of", as_of, "Date YYYY-MM-DD (default: today)");
    status->add_option("--customer", customers, "Only these customers (repeatable)");
    status->add_option("--format", format, "table or json")
        ->check(CLI::IsMember({"table", "json"}))
        ->capture_default_str();

    auto* build = app.add_subcommand("build", "Build every customer's portal under OUT/site/");
    BuildRequest build_request;
    build_request.jobs = std::max(1u, std::thread::hardware_concurrency());
    std::string shard, templates;
    build->add_option("--db", db_path, "Local database")->capture_default_str();
    build->add_option("--out", build_request.out, "Output folder")->capture_default_str();
    build->add_option("--as-of", as_of, "Date YYYY-MM-DD (default: today)");
    build->add_option("--jobs", build_request.jobs, "Threads (default: the cores)")
        ->check(CLI::Range(1, 1024))
        ->capture_default_str();
    build->add_option("--shard", shard,
                      "K/N: build only the customers of shard K of N (default: from "
                      "JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID or AWS_BATCH_JOB_ARRAY_INDEX)");
    build->add_option("--customer", customers, "Only these customers (repeatable)");
    build->add_option("--templates", templates,
                      "Templates folder (default: the project's templates/)");
    build->add_flag("--force", build_request.force, "Rebuild every customer and PDF");
    std::string signing_key;
    build->add_option("--signing-key", signing_key,
                      "Ed25519 private key (portalgen keygen): sign the archive's chain head");
    const auto report_languages = CLI::IsMember({"en", "fr"});
    build
        ->add_option("--report-language", build_request.report_language,
                     "Language of the nightly report: en or fr")
        ->check(report_languages)
        ->capture_default_str();

    auto* verify = app.add_subcommand("verify", "Check the archive against its manifest");
    std::string verify_out = "output";
    verify->add_option("--out", verify_out, "Output folder")
        ->capture_default_str()
        ->check(CLI::ExistingDirectory);  // a mistyped folder is bad usage, not a broken archive
    std::string public_key, verify_format = "text";
    verify->add_option("--public-key", public_key,
                       "Ed25519 public key: check the archive's signatures");
    bool strict_numbering = false;
    verify->add_flag("--strict-numbering", strict_numbering,
                     "A gap in a numbered series fails the check (by default a warning)");
    verify->add_option("--format", verify_format, "text or json")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();

    auto* report =
        app.add_subcommand("report", "Merge the shards' reports into the night's report");
    std::string report_out = "output", report_language = "en";
    report->add_option("--out", report_out, "Output folder")
        ->capture_default_str()
        ->check(CLI::ExistingDirectory);
    report->add_option("--report-language", report_language, "en or fr")
        ->check(report_languages)
        ->capture_default_str();
    report->add_option("--templates", templates,
                       "Templates folder (default: the project's templates/)");

    auto* keygen = app.add_subcommand("keygen", "Make an Ed25519 key pair to sign the archive");
    std::string keygen_out;
    keygen->add_option("--out", keygen_out, "Private key file (the public key: FILE.pub)")
        ->required();

    auto* export_command =
        app.add_subcommand("export", "Write the database as YAML on standard output");
    export_command->add_option("--db", db_path, "Local database")->capture_default_str();
    export_command->add_option("--customer", customers, "Only these customers (repeatable)");

    auto* rotate = app.add_subcommand("rotate-link", "Give a customer a new portal link");
    std::string rotate_customer;
    rotate->add_option("--db", db_path, "Local database")->capture_default_str();
    rotate->add_option("CUSTOMER", rotate_customer, "Customer id")->required();

    auto* synth = app.add_subcommand("synth", "Write realistic synthetic YAML on standard output");
    SynthOptions synth_options;
    synth->add_option("--customers", synth_options.customers, "How many customers")
        ->required()
        ->check(CLI::Range(0, 10'000'000));
    synth->add_option("--seed", synth_options.seed, "Seed: the same seed gives the same file")
        ->capture_default_str();
    synth->add_flag("--factur-x", synth_options.factur_x,
                    "A French seller issuing Factur-X e-invoices, and customers (F000001...) with "
                    "what those need");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : kExitUsage;
    }

    try {
        if (*import) return run_import(db_path, files);
        if (*status) return run_status(db_path, as_of, customers, format);
        if (*build) {
            build_request.db_path = db_path;
            build_request.customers = customers;
            return run_build(build_request, as_of, shard, templates, signing_key);
        }
        if (*verify) {
            const std::unique_ptr<PublicKey> key =
                public_key.empty() ? nullptr : std::make_unique<PublicKey>(public_key);
            const VerifyOptions options{key.get(), strict_numbering};
            if (verify_format == "json") return verify_archive_json(verify_out, std::cout, options);
            return verify_archive(verify_out, std::cout, std::cerr, options);
        }
        if (*report)
            return merge_night_report(report_out, templates_folder(templates), report_language,
                                      std::cerr);
        if (*keygen) {
            generate_signing_key(keygen_out);
            std::cout << "portalgen: keygen: private key " << keygen_out << " (keep it secret, "
                      << "outside the output folder), public key " << keygen_out << ".pub\n";
            return 0;
        }
        if (*export_command) return run_export(db_path, customers);
        if (*rotate) return run_rotate_link(db_path, rotate_customer);
        if (*synth) {
            std::ios::sync_with_stdio(false);
            write_synthetic_yaml(std::cout, synth_options);
            return 0;
        }
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
    return kExitUsage;
}
