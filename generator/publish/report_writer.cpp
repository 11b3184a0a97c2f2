#include "publish/report_writer.h"

#include "publish/atomic_file.h"
#include "render/html_template.h"
#include "render/html_theme.h"
#include "view/i18n_catalogue.h"
#include "view/output_paths.h"
#include "view/report_view.h"

namespace portalgen {

namespace {

using Json = nlohmann::ordered_json;

// Tells a report of this program from any other JSON (and from an older report).
constexpr const char* kReportFormat = "portalgen-report-2";

std::string render_page(const std::filesystem::path& templates, const std::string& language,
                        const Json& report, const std::string& page) {
    const Catalogue labels = Catalogue::load(templates / "i18n" / ("report-" + language + ".yaml"));
    const Catalogue statuses = Catalogue::load(templates / "i18n" / (language + ".yaml"));
    MustacheData globals;
    globals.set("t", catalogue_data(labels));
    const HtmlTemplate html = HtmlTemplate::load(templates, "report/index");
    return html.render(globals, report_view(report, {labels, statuses, language}, page));
}

}  // namespace

const char* report_json_format() {
    return kReportFormat;
}

Json report_json(const NightlyReport& report, const ReportRun& run) {
    Json json{{"format", kReportFormat}, {"run", to_json(run)}};
    Json body = report.to_json();
    for (auto& [key, value] : body.items()) json[key] = std::move(value);
    return json;
}

void write_report(const std::filesystem::path& out, const std::filesystem::path& templates,
                  const Shard& shard, const std::string& language, const Json& report) {
    // Rendered first: a template that fails leaves the previous report whole, both files.
    const std::string page = render_page(templates, language, report, report_page_path(shard));
    const std::string temp_tag = temporary_tag(shard);
    write_file_atomic_in(out, report_data_path(shard), report.dump(1) + "\n", Flush::to_disk,
                         temp_tag);
    write_file_atomic_in(out, report_page_path(shard), page, Flush::to_disk, temp_tag);
}

}  // namespace portalgen
