#include "publish/report_writer.h"

#include <algorithm>
#include <stdexcept>

#include "core/decimal.h"
#include "publish/atomic_file.h"
#include "render/html_template.h"
#include "view/output_paths.h"
#include "view/view_model.h"

namespace portalgen {

namespace {

using Json = nlohmann::ordered_json;

constexpr int kChartWidth = 320;  // px of the longest bar

// The statuses of one kind of document as chart bars, widths relative to the largest count.
MustacheList count_bars(const Json& statuses) {
    std::size_t largest = 1;
    for (const auto& [status, n] : statuses.items())
        largest = std::max(largest, n.get<std::size_t>());
    MustacheList bars;
    int y = 0;
    for (const auto& [status, n] : statuses.items()) {
        MustacheData bar;
        bar.set("label", status);
        bar.set("value", std::to_string(n.get<std::size_t>()));
        bar.set("width", std::to_string(kChartWidth * n.get<std::size_t>() / largest));
        bar.set("y", std::to_string(y));
        bar.set("text_y", std::to_string(y + 14));
        bars.push_back(std::move(bar));
        y += 22;
    }
    return bars;
}

// Amounts due by age for one currency, bars proportional to the exact amounts.
MustacheData age_chart(const std::string& currency, const Json& buckets) {
    // Report sums may exceed the input limit, hence parse_any; the report itself wrote them.
    auto micros_of = [](const Json& amount) {
        auto parsed = Decimal::parse_any(amount.get<std::string>());
        if (!parsed.value) throw std::runtime_error("report: bad amount: " + parsed.error);
        return parsed.value->micros();
    };
    Decimal::Micros largest = 1;
    for (const auto& [bucket, amount] : buckets.items())
        largest = std::max(largest, micros_of(amount));
    MustacheList bars;
    int y = 0;
    for (const auto& [bucket, amount] : buckets.items()) {
        const Decimal::Micros micros = micros_of(amount);
        MustacheData bar;
        bar.set("label", bucket);
        bar.set("value", amount.get<std::string>());
        // At most kChartWidth × 10^33: inside 128 bits.
        bar.set("width", int128_to_string(kChartWidth * micros / largest));
        bar.set("y", std::to_string(y));
        bar.set("text_y", std::to_string(y + 14));
        bars.push_back(std::move(bar));
        y += 22;
    }
    MustacheData chart;
    chart.set("currency", currency);
    chart.set("bars", bars);
    chart.set("height", std::to_string(y));
    return chart;
}

MustacheList change_lists(const Json& changes) {
    MustacheList lists;
    for (const auto& [name, list] : changes.items()) {
        MustacheData view;
        view.set("name", name);
        view.set("count", std::to_string(list["count"].get<std::size_t>()));
        MustacheList rows;
        for (const Json& entry : list["listed"]) {
            MustacheData row;
            row.set("customer", entry.value("customer", ""));
            row.set("name", entry.value("name", ""));
            row.set("number", entry.value("number", ""));
            std::string detail;
            if (entry.contains("amount_due"))
                detail = entry["amount_due"].get<std::string>() + " " +
                         entry["currency"].get<std::string>();
            if (entry.contains("days_overdue"))
                detail += ", " + std::to_string(entry["days_overdue"].get<int>()) + " days overdue";
            if (entry.contains("error")) detail = entry["error"].get<std::string>();
            row.set("detail", detail);
            rows.push_back(std::move(row));
        }
        view.set("rows", rows);
        view.set("has_rows", rows.empty() ? MustacheData(false) : MustacheData(true));
        view.set("more", list["count"].get<std::size_t>() > rows.size() ? MustacheData(true)
                                                                        : MustacheData(false));
        lists.push_back(std::move(view));
    }
    return lists;
}

MustacheData report_view(const Json& json, const Shard& shard) {
    MustacheData view;
    view.set("as_of", json["as_of"].get<std::string>());
    bool compared = !json["previous_as_of"].is_null();
    view.set("compared", compared ? MustacheData(true) : MustacheData(false));
    view.set("previous_as_of", compared ? json["previous_as_of"].get<std::string>() : "");
    view.set("shard", shard.is_whole() ? "" : shard.name());
    view.set("customers", std::to_string(json["customers"].get<std::size_t>()));
    MustacheList kinds;
    for (const auto& [kind, statuses] : json["counts"].items()) {
        MustacheData k;
        k.set("kind", kind);
        k.set("bars", count_bars(statuses));
        k.set("height", std::to_string(22 * statuses.size()));
        kinds.push_back(std::move(k));
    }
    view.set("kinds", kinds);
    MustacheList ages;
    for (const auto& [currency, buckets] : json["amount_due_by_age"].items())
        ages.push_back(age_chart(currency, buckets));
    view.set("ages", ages);
    view.set("has_ages", ages.empty() ? MustacheData(false) : MustacheData(true));
    view.set("changes", change_lists(json["changes"]));
    return view;
}

}  // namespace

void write_report(const std::filesystem::path& out, const std::filesystem::path& templates,
                  const Shard& shard, const NightlyReport& report) {
    Json json = report.to_json();
    const std::string temp_tag = temporary_tag(shard);
    write_file_atomic_in(out, report_data_path(shard), json.dump(1) + "\n", Flush::to_disk,
                         temp_tag);
    HtmlTemplate page = HtmlTemplate::load(templates, "report/index");
    write_file_atomic_in(out, report_page_path(shard),
                         page.render(MustacheData(), report_view(json, shard)), Flush::to_disk,
                         temp_tag);
}

}  // namespace portalgen
