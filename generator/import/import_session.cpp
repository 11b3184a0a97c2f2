#include "import/import_session.h"

#include <optional>

#include "core/slug.h"
#include "import/field_reader.h"
#include "import/sqlite_source.h"
#include "import/yaml_records.h"
#include "store/company_rows.h"
#include "store/customer_writer.h"

namespace portalgen {

namespace {

// Whether two readings of an input agree on what its customers are checked against.
bool same_header(const InputHeader& a, const InputHeader& b) {
    if (a.companies.size() != b.companies.size()) return false;
    for (size_t i = 0; i < a.companies.size(); ++i) {
        const Company& x = a.companies[i];
        const Company& y = b.companies[i];
        if (x.name != y.name || x.currency != y.currency || x.taxes.size() != y.taxes.size())
            return false;
        for (size_t k = 0; k < x.taxes.size(); ++k)
            if (x.taxes[k].code != y.taxes[k].code || x.taxes[k].rate != y.taxes[k].rate)
                return false;
    }
    return true;
}

// Where `imported` changes a setting that `stored` customers were checked against (currency,
// a tax's rate, terms that compute dates), or nothing. Taxes are never removed by an import.
std::optional<std::string> changed_setting(const Company& imported, const Company& stored) {
    if (imported.currency != stored.currency) return "currency";
    for (size_t i = 0; i < imported.taxes.size(); ++i) {
        const Tax& tax = imported.taxes[i];
        for (const Tax& old : stored.taxes)
            if (old.code == tax.code && old.rate != tax.rate)
                return "taxes." + std::to_string(i) + ".rate";
    }
    if (imported.payment_terms_days != stored.payment_terms_days) return "payment_terms_days";
    if (imported.grace_days != stored.grace_days) return "grace_days";
    // The e-invoice rules its customers' documents must then meet (SPEC 8).
    if (imported.e_invoice != stored.e_invoice) return "e_invoice";
    if (imported.address.country != stored.address.country) return "address";
    for (size_t i = 0; i < imported.taxes.size(); ++i)
        for (const Tax& old : stored.taxes)
            if (old.code == imported.taxes[i].code && old.category != imported.taxes[i].category)
                return "taxes." + std::to_string(i) + ".category";
    return std::nullopt;
}

}  // namespace

// The top level of one YAML input, read as in read_yaml_source() but a piece at a time.
class ImportSession::YamlInput : public YamlTopLevel {
  public:
    YamlInput(ImportSession& session, size_t input)
        : session_(session),
          input_(input),
          file_(session.names_[input]),
          problems_(session.diagnostics_),
          problems_before_(session.diagnostics_.size()) {
        const auto& known = session_.headers_[input].companies;
        seller_ = known.empty() ? "" : known.front().name;
        customers_before_ = session_.customers_;
        saved_before_ = session_.saved_;
        restart_state();
    }

    void root(const YamlNode& stub) override {
        ReadContext context{file_, header_positions_, problems_};
        if (stub.kind == YamlNode::Kind::null) {
            context.error(stub, "the file is empty: expected company, taxes or customers");
            return;
        }
        // Reports a root that is not a mapping, as reading the whole file would.
        FieldReader top(context, stub, "file:" + file_, "the file");
    }

    void entry(YamlNode key, YamlNode value) override {
        ReadContext context{file_, header_positions_, problems_};
        const std::string& name = key.value;
        bool present = value.kind != YamlNode::Kind::null;
        if (name == "company") {
            if (!present) return;
            size_t before = problems_.size();
            {
                FieldReader fields(context, value, company_path_, "company");
                if (fields.ok()) company_ = read_company(context, fields);
            }
            header_clean_ = header_clean_ && problems_.size() == before;
        } else if (name == "taxes") {
            if (!present) return;
            // Taxes belong to the file's company, which may come after them.
            if (seller_.empty() && !company_)
                late_taxes_ = std::move(value);
            else
                read_taxes(value, company_ ? company_->name : seller_);
        } else if (name == "customers") {
            if (!present) return;
            if (value.kind != YamlNode::Kind::sequence)
                context.error(value, "customers must be a list");
        } else {
            context.error(key, "unknown key \"" + name + "\" in the file");
        }
    }

    void read_taxes(const YamlNode& value, const std::string& seller) {
        ReadContext context{file_, header_positions_, problems_};
        size_t before = problems_.size();
        if (value.kind != YamlNode::Kind::sequence) {
            context.error(value, "taxes must be a list");
        } else if (seller.empty()) {
            context.error(value, "taxes belong to a company: put them in the file of its company");
        } else {
            for (const YamlNode& item : value.items) {
                FieldReader tax(context, item,
                                company_path_ + ".taxes." + std::to_string(taxes_.size()), "a tax");
                if (tax.ok()) taxes_.push_back(read_tax(tax));
            }
        }
        header_clean_ = header_clean_ && problems_.size() == before;
    }

    void customer(YamlNode item) override {
        if (session_.headers_changed_) return;  // it will all be read again
        take(session_.checks_.check_yaml(input_, std::move(item), file_, seller_reported_));
    }

    void take(CheckedCustomer checked) {
        if (session_.headers_changed_) return;
        if (!checked.customer) {
            for (Diagnostic& d : checked.before) problems_.error(d.loc, std::move(d.message));
            return;
        }
        session_.customer(input_, checked, problems_);
    }

    void restart() override {
        session_.forget_customers_of(input_, true);
        restart_state();
    }

    void end(const YamlFileResult& result) {
        InputHeader observed;
        if (!result.errors.empty()) {
            // The file counts for nothing but its YAML problems.
            session_.forget_problems_after(problems_before_);
            for (const Diagnostic& d : result.errors) session_.diagnostics_.error(d.loc, d.message);
            session_.forget_customers_of(input_, false);
            session_.customers_ = customers_before_;
            session_.saved_ = saved_before_;
            if (!session_.headers_[input_].companies.empty() && session_.names_.size() > 1)
                session_.headers_changed_ = true;
            observed.clean = false;
        } else {
            if (late_taxes_) read_taxes(*late_taxes_, company_ ? company_->name : "");
            if (company_) {
                company_->taxes = std::move(taxes_);
                session_.company(*company_, company_path_, header_positions_, problems_);
                observed.companies.push_back(std::move(*company_));
            }
            observed.clean = header_clean_;
            // A company or taxes after the customers: they were checked without them.
            if (!same_header(observed, session_.headers_[input_])) session_.headers_changed_ = true;
        }
        session_.observed_[input_] = std::move(observed);
    }

  private:
    void restart_state() {
        session_.customers_ = customers_before_;
        session_.saved_ = saved_before_;
        session_.forget_problems_after(problems_before_);
        header_positions_.clear();
        company_path_ = "companies." + std::to_string(session_.companies_);
        company_.reset();
        taxes_.clear();
        late_taxes_.reset();
        header_clean_ = true;
        seller_reported_ = false;
    }

    ImportSession& session_;
    size_t input_;
    const std::string& file_;
    std::string seller_;  // the file's own company, as its header says
    size_t customers_before_ = 0;
    size_t saved_before_ = 0;

    // The session's problems, this file's from problems_before_ on (YAML problems found later in
    // the file void them).
    Diagnostics& problems_;
    size_t problems_before_;
    SourceMap header_positions_;
    std::string company_path_;
    std::optional<Company> company_;
    std::vector<Tax> taxes_;
    std::optional<YamlNode> late_taxes_;  // before any company: kept until the file ends
    bool header_clean_ = true;
    bool seller_reported_ = false;
};

ImportSession::ImportSession(SQLite::Database& db, const std::vector<Company>& stored,
                             const std::vector<std::string>& names,
                             const std::vector<InputHeader>& headers)
    : db_(db),
      names_(names),
      headers_(headers),
      observed_(headers),
      checks_(stored, headers),
      stored_customers_(read_customer_list(db)),
      stored_companies_(stored) {
    for (const InputHeader& header : headers_) headers_clean_ = headers_clean_ && header.clean;
    for (size_t i = 0; i < stored_customers_.size(); ++i)
        stored_keys_.emplace(slug_key(stored_customers_[i].id), i);
    company_writer_ = std::make_unique<CompanyWriter>(db_);
    customer_writer_ = std::make_unique<CustomerWriter>(db_);
}

ImportSession::~ImportSession() = default;

void ImportSession::save_companies() {
    if (!headers_clean_) return;
    for (const InputHeader& header : headers_)
        for (const Company& company : header.companies) company_writer_->write(company);
}

YamlTopLevel& ImportSession::begin_yaml(size_t input) {
    yaml_ = std::make_unique<YamlInput>(*this, input);
    return *yaml_;
}

void ImportSession::yaml_customer(CheckedCustomer customer) {
    yaml_->take(std::move(customer));
}

void ImportSession::end_yaml(size_t, const YamlFileResult& result) {
    yaml_->end(result);
    yaml_.reset();
}

void ImportSession::sqlite_input(size_t input, const std::string& path) {
    Dataset data;
    SourceMap positions;
    Diagnostics problems;
    read_sqlite_source(path, data, positions, problems);
    const bool values_parsed = problems.empty();
    for (size_t i = 0; i < data.companies.size(); ++i)
        company(data.companies[i], "companies." + std::to_string(i), positions, problems);
    bool seller_reported = false;
    if (!headers_changed_) {
        for (size_t i = 0; i < data.customers.size(); ++i) {
            CheckedCustomer checked;
            checks_.check(data.customers[i], "customers." + std::to_string(i), positions,
                          values_parsed, seller_reported, checked);
            checked.customer = std::move(data.customers[i]);
            customer(input, checked, problems);
        }
    }
    observed_[input] = {std::move(data.companies), problems.empty()};
    for (const Diagnostic& d : problems.items()) diagnostics_.error(d.loc, d.message);
}

void ImportSession::company(const Company& company, const std::string& path,
                            const SourceMap& positions, Diagnostics& problems) {
    const size_t problems_before = problems.size();
    if (!company_names_.insert(company.name).second)
        problems.error(positions.at(path + ".name"),
                       "company \"" + company.name + "\" given twice");
    check_company(company, path, positions, problems);
    ++companies_;
    // A company with problems of its own: its customers' follow-on problems would be noise.
    if (problems.size() == problems_before) note_changed_settings(company, path, positions);
}

void ImportSession::note_changed_settings(const Company& company, const std::string& path,
                                          const SourceMap& positions) {
    for (const Company& stored : stored_companies_) {
        if (stored.name != company.name) continue;
        if (auto setting = changed_setting(company, stored))
            changed_settings_.emplace(company.name, positions.at(path + "." + *setting));
    }
}

void ImportSession::check_stored_id(const std::string& id, const std::string& key, const Loc& at,
                                    Diagnostics& problems) const {
    auto [first, last] = stored_keys_.equal_range(key);
    for (auto it = first; it != last; ++it) {
        const std::string& stored = stored_customers_[it->second].id;
        if (stored == id) continue;  // the same customer, replaced
        problems.error(at, "customer \"" + id + "\" and \"" + stored +
                               "\", already in the database, " + slug_clash(id, stored));
        return;
    }
}

uint32_t ImportSession::loc_file(const std::string& file) {
    // Customers come input by input: the last file is nearly always the one.
    for (size_t i = loc_files_.size(); i-- > 0;)
        if (loc_files_[i] == file) return static_cast<uint32_t>(i);
    loc_files_.push_back(file);
    return static_cast<uint32_t>(loc_files_.size() - 1);
}

bool ImportSession::is_imported(const std::string& id) const {
    auto it = customer_ids_.find(slug_key(id));
    return it != customer_ids_.end() && it->second.id == id;
}

void ImportSession::check_stored_customers() {
    if (changed_settings_.empty() || headers_changed_) return;
    CustomerReader reader(db_);
    for (const StoredCustomer& stored : stored_customers_) {
        auto changed = changed_settings_.find(stored.seller);
        if (changed == changed_settings_.end() || is_imported(stored.id)) continue;
        const Sellers::Seller* seller = checks_.sellers().find(stored.seller);
        std::optional<Customer> customer = reader.read(stored.id);
        if (seller && customer)
            check_stored_customer(*customer, *seller, changed->second, diagnostics_);
    }
}

void ImportSession::customer(size_t input, CheckedCustomer& checked, Diagnostics& problems) {
    ++customers_;
    const Customer& c = *checked.customer;
    for (Diagnostic& d : checked.before) problems.error(d.loc, std::move(d.message));
    FirstSeen* seen = nullptr;
    if (!c.id.empty()) {
        std::string key = slug_key(c.id);
        auto [first, inserted] = customer_ids_.try_emplace(
            key, FirstSeen{c.id, static_cast<uint32_t>(input), loc_file(checked.at.file),
                           checked.at.line, checked.at.column, false});
        if (inserted) {
            seen = &first->second;
            check_stored_id(c.id, key, checked.id_at, problems);
        } else {
            const FirstSeen& earlier = first->second;
            Loc there{loc_files_[earlier.file], earlier.line, earlier.column};
            problems.error(checked.id_at, customer_id_clash(c.id, earlier.id, there));
        }
    }
    for (Diagnostic& d : checked.after) problems.error(d.loc, std::move(d.message));
    if (!may_save(problems)) return;
    // A failure here (a locked or full database) ends the import at once.
    customer_writer_->write(c);
    ++saved_;
    if (seen) seen->saved = true;
    if (!to_save_again_.empty()) to_save_again_.erase(c.id);
}

bool ImportSession::may_save(const Diagnostics& problems) const {
    return headers_clean_ && !headers_changed_ && diagnostics_.empty() && problems.empty();
}

void ImportSession::forget_problems_after(size_t count) {
    if (diagnostics_.size() == count) return;
    Diagnostics kept;
    for (size_t i = 0; i < count; ++i)
        kept.error(diagnostics_.items()[i].loc, diagnostics_.items()[i].message);
    diagnostics_ = std::move(kept);
}

void ImportSession::forget_customers_of(size_t input, bool read_again) {
    for (auto it = customer_ids_.begin(); it != customer_ids_.end();) {
        if (it->second.input == input) {
            if (read_again && it->second.saved) to_save_again_.insert(it->second.id);
            it = customer_ids_.erase(it);
            continue;
        }
        ++it;
    }
}

void ImportSession::check_saved() const {
    // The readers of a file disagreed: never keep what only one of them read.
    if (!to_save_again_.empty())
        throw std::logic_error("import: customer " + *to_save_again_.begin() +
                               " was read differently by the two YAML readers");
    if (saved_ != customers_)
        throw std::logic_error("import: " + std::to_string(customers_ - saved_) +
                               " valid customers were not saved");
}

}  // namespace portalgen
