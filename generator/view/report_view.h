// The nightly report's page as a view model: report.json's content in the administrator's
// language — human labels from the report catalogue (templates/i18n/report-<lang>.yaml), money
// and dates formatted by ICU, links relative to the page, and the age charts' geometry.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "view/i18n_catalogue.h"
#include "view/view_model.h"

namespace portalgen {

struct ReportLabels {
    const Catalogue& report;    // templates/i18n/report-<lang>.yaml
    const Catalogue& statuses;  // templates/i18n/<lang>.yaml, for the documents' statuses
    std::string locale;         // "en" or "fr"
};

// `report`: report.json as written (run included). `page`: the page's path relative to OUT, for
// the links to the customers' portals.
MustacheData report_view(const nlohmann::ordered_json& report, const ReportLabels& labels,
                         const std::string& page);

}  // namespace portalgen
