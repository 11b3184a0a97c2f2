#include "import/input_header.h"

#include <optional>

#include "import/field_reader.h"
#include "import/sqlite_source.h"
#include "import/yaml_records.h"

namespace portalgen {

namespace {

// Keeps the company and taxes of a file's top level, and stops at its customers.
class HeaderReader : public YamlTopLevel {
  public:
    void root(const YamlNode& stub) override {
        if (stub.kind != YamlNode::Kind::map) throw StopReading();
    }
    void entry(YamlNode key, YamlNode value) override {
        if (key.value == "company")
            company_ = std::move(value);
        else if (key.value == "taxes")
            taxes_ = std::move(value);
        else if (key.value == "customers" && value.kind == YamlNode::Kind::sequence)
            throw StopReading();
    }
    void customer(YamlNode) override { throw StopReading(); }
    void restart() override {
        company_.reset();
        taxes_.reset();
    }

    // The same reading as the import's, its problems left to the import to report.
    InputHeader header(const std::string& file) const {
        InputHeader out;
        Diagnostics problems;
        SourceMap positions;
        ReadContext context{file, positions, problems};
        std::string seller;
        if (company_ && company_->kind != YamlNode::Kind::null) {
            FieldReader fields(context, *company_, "companies.0", "company");
            if (fields.ok()) {
                out.companies.push_back(read_company(context, fields));
                seller = out.companies.back().name;
            }
        }
        if (taxes_ && taxes_->kind == YamlNode::Kind::sequence && !seller.empty()) {
            for (const YamlNode& item : taxes_->items) {
                FieldReader tax(context, item, "companies.0.taxes", "a tax");
                if (tax.ok()) out.companies.back().taxes.push_back(read_tax(tax));
            }
        }
        out.clean = problems.empty();
        return out;
    }

  private:
    std::optional<YamlNode> company_;
    std::optional<YamlNode> taxes_;
};

}  // namespace

InputHeader read_yaml_header(const std::string& path, YamlParsers parsers) {
    HeaderReader reader;
    YamlFileResult result =
        stream_yaml([&] { return LineReader(path, path); }, path, reader, parsers);
    if (!result.errors.empty()) return {{}, false};
    return reader.header(path);
}

InputHeader read_sqlite_header(const std::string& path) {
    Dataset data;
    SourceMap positions;
    Diagnostics problems;
    read_sqlite_source(path, data, positions, problems);
    return {std::move(data.companies), problems.empty()};
}

}  // namespace portalgen
