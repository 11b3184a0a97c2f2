// Report writer: the nightly report for administrators, OUT/report/report.json and index.html
// (OUT/report/K-of-N/ for a shard), outside site/ so that publishing site/ never exposes it.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "model/shard.h"
#include "publish/nightly_report.h"
#include "publish/report_run.h"

namespace portalgen {

// The "format" of report.json, telling a report of this program from any other JSON.
const char* report_json_format();

// report.json's content: a format tag, the run, then the report.
nlohmann::ordered_json report_json(const NightlyReport& report, const ReportRun& run);

// Writes `report` (report_json) as report.json, and as index.html rendered from
// templates/report/index.mustache with the labels of templates/i18n/report-<language>.yaml,
// into report_folder(shard). `language`: "en" or "fr".
void write_report(const std::filesystem::path& out, const std::filesystem::path& templates,
                  const Shard& shard, const std::string& language,
                  const nlohmann::ordered_json& report);

}  // namespace portalgen
