// Report writer: the nightly report for administrators, OUT/report/report.json and index.html
// (OUT/report/K-of-N/ for a shard), outside site/ so that publishing site/ never exposes it.
#pragma once

#include <filesystem>

#include "model/shard.h"
#include "publish/nightly_report.h"

namespace portalgen {

// Renders templates/report/index.mustache (strict keys) with the report and inline SVG charts.
void write_report(const std::filesystem::path& out, const std::filesystem::path& templates,
                  const Shard& shard, const NightlyReport& report);

}  // namespace portalgen
