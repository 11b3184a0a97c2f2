#include "view/report_view.h"

#include <algorithm>
#include <stdexcept>

#include "core/join.h"  // join_non_empty
#include "view/locale_format_cache.h"
#include "view/output_paths.h"

namespace portalgen {

namespace {

using Json = nlohmann::ordered_json;

// The age buckets' codes in report.json, their label keys and their chart classes, in order.
struct Bucket {
    const char* code;
    const char* label;
    const char* css;  // coloured by meaning: not yet due is calm, the oldest debts the darkest
};
constexpr Bucket kBuckets[] = {{"current", "age.current", "age0"},
                               {"1_30", "age.days_1_30", "age1"},
                               {"31_60", "age.days_31_60", "age2"},
                               {"61_90", "age.days_61_90", "age3"},
                               {"over_90", "age.over_90", "age4"}};

std::size_t bucket_index(const Json& code) {
    for (std::size_t i = 0; i < std::size(kBuckets); ++i)
        if (code == kBuckets[i].code) return i;
    return std::size(kBuckets) - 1;
}

constexpr int kChartRow = 44;  // px per bucket: its label line, then its bar

// Formats for one page: ICU for money and dates, the catalogue for words.
class ReportText {
  public:
    ReportText(const ReportLabels& labels, std::string page) : l_(labels), page_(std::move(page)) {}

    const Catalogue& t() const { return l_.report; }
    const LocaleFormat& format(const std::string& currency = "EUR") const {
        return formats_.get(l_.locale, currency);
    }
    std::string money(const Json& amount, const std::string& currency) const {
        auto parsed = Decimal::parse_any(amount.get<std::string>());
        if (!parsed.value) throw std::runtime_error("report: bad amount: " + parsed.error);
        return format(currency).money(*parsed.value);
    }
    std::string date(const Json& text) const {
        auto parsed = Date::parse(text.get<std::string>());
        return parsed ? format().date(*parsed) : text.get<std::string>();
    }
    std::string plural(std::string_view key, long long n, LabelArgs args = {}) const {
        return l_.report.plural(key, n, format(), args);
    }
    std::string href(const Json& entry) const {
        return entry.contains("page") ? relative_link(page_, entry["page"].get<std::string>()) : "";
    }
    Date as_of() const { return as_of_; }
    void set_as_of(Date as_of) { as_of_ = as_of; }
    std::string status(const std::string& kind, const std::string& status) const {
        const std::string group = kind == "credit_note"      ? "invoice"
                                  : kind == "payment_method" ? "card"
                                                             : kind;
        const std::string key = "status." + group + "." + status;
        return l_.statuses.has(key) ? l_.statuses.text(key) : status;
    }
    // "6 déc. 2026, 21:26:02 UTC" of "2026-12-06T21:26:02Z".
    std::string time(const std::string& utc) const {
        const auto day = Date::parse(utc.substr(0, 10));
        if (!day || utc.size() < 19) return utc;
        return l_.report.format("run.time_utc",
                                {{"date", format().date(*day)}, {"time", utc.substr(11, 8)}});
    }

  private:
    const ReportLabels& l_;
    std::string page_;
    Date as_of_;
    mutable LocaleFormatCache formats_;
};

MustacheData flag(bool value) {
    return MustacheData(value);
}

// An item of a list of texts, as {{text}}.
MustacheData text_item(std::string text) {
    MustacheData item;
    item.set("text", std::move(text));
    return item;
}

// The customer and the document of a list's entry, linked to the customer's portal.
MustacheData entry_row(const ReportText& text, const Json& entry) {
    MustacheData row;
    row.set("customer", entry.value("customer", ""));
    row.set("name", entry.value("name", ""));
    const std::string number = entry.value("number", "");
    row.set("number", number);
    row.set("link", number.empty() ? text.t().text("changes.portal") : number);
    const std::string href = text.href(entry);
    row.set("href", href);
    row.set("has_href", flag(!href.empty()));
    return row;
}

// A list's title, rows (each made by `fill`) and the note when only the first are listed.
template <typename Fill>
MustacheData list_view(const ReportText& text, const Json& list, std::string title, Fill fill) {
    MustacheData view;
    const std::size_t count = list["count"].get<std::size_t>();
    view.set("title", std::move(title));
    view.set("count", text.format().integer(static_cast<long long>(count)));
    view.set("show", flag(count > 0));
    MustacheList rows;
    for (const Json& entry : list["listed"]) {
        MustacheData row = entry_row(text, entry);
        fill(row, entry);
        rows.push_back(std::move(row));
    }
    view.set("more", flag(count > rows.size()));
    view.set("more_text", text.t().format("action.more", {{"shown", std::to_string(rows.size())},
                                                          {"count", std::to_string(count)}}));
    view.set("rows", std::move(rows));
    return view;
}

MustacheData run_view(const ReportText& text, const Json& report) {
    const Json& run = report["run"];
    MustacheData view;
    view.set("as_of", text.date(report["as_of"]));
    view.set("started", text.time(run["started"]));
    view.set("finished", text.time(run["finished"]));
    const long long seconds = (run["duration_ms"].get<long long>() + 500) / 1000;
    view.set("duration",
             seconds < 60 ? text.t().format("run.seconds", {{"n", std::to_string(seconds)}})
                          : text.t().format("run.minutes", {{"m", std::to_string(seconds / 60)},
                                                            {"s", std::to_string(seconds % 60)}}));
    view.set("version", run["version"].get<std::string>());
    const std::string shard = run["shard"];
    if (shard == "whole") {
        view.set("shard", text.t().text("run.whole"));
    } else if (shard == "merged") {
        view.set("shard", text.plural("run.merged", run["shards"].get<int>()));
    } else {
        const auto of = shard.find("-of-");
        view.set("shard", text.t().format("run.shard_of", {{"k", shard.substr(0, of)},
                                                           {"n", shard.substr(of + 4)}}));
    }
    const int code = run["exit_status"];
    view.set("ok", flag(code == 0));
    view.set("exit", text.t().format(code == 0 ? "run.exit_ok" : "run.exit_failed",
                                     {{"code", std::to_string(code)}}));
    const Json& customers = run["customers"];
    view.set("customers",
             text.t().format("run.customers_text",
                             {{"built", text.format().integer(customers["built"])},
                              {"unchanged", text.format().integer(customers["unchanged"])},
                              {"failed", text.format().integer(customers["failed"])}}));
    std::vector<std::string> missing = run.value("missing_shards", std::vector<std::string>());
    view.set("has_missing", flag(!missing.empty()));
    view.set("missing",
             text.t().format("run.missing_shards", {{"list", join_non_empty(missing, ", ")}}));
    return view;
}

MustacheData failures_view(const ReportText& text, const Json& failures) {
    return list_view(text, failures, text.t().text("run.failures"),
                     [](MustacheData& row, const Json& entry) {
                         row.set("error", entry["error"].get<std::string>());
                     });
}

// One list of what needs action: its rows, or the sentence that says it is empty.
template <typename Fill>
MustacheData action_list(const ReportText& text, const Json& action, const std::string& name,
                         Fill fill) {
    const Json& list = action[name];
    const long long count = list["count"].get<long long>();
    MustacheData view = list_view(text, list, text.plural("action." + name, count), fill);
    view.set("empty", text.t().text("action." + name + "_none"));
    return view;
}

MustacheData action_view(const ReportText& text, const Json& action) {
    MustacheData view;
    view.set("overdue", action_list(text, action, "overdue", [&](MustacheData& row, const Json& e) {
                 row.set("amount", text.money(e["amount_due"], e["currency"]));
                 row.set("due", text.date(e["due"]));
                 row.set("late", text.plural("days.overdue", e["days_overdue"].get<long long>()));
                 row.set("late_class", "age" + std::to_string(bucket_index(e["age"])));
             }));
    view.set(
        "to_renew", action_list(text, action, "to_renew", [&](MustacheData& row, const Json& e) {
            row.set("deadline", text.date(e["deadline"]));
            const auto deadline = Date::parse(e["deadline"].get<std::string>());
            const long long left = deadline ? *deadline - text.as_of() : 0;
            row.set("left",
                    left > 0 ? text.plural("days.left", left) : text.t().text("days.last_day"));
        }));
    view.set("at_risk", action_list(text, action, "at_risk", [](MustacheData&, const Json&) {}));
    view.set("cards_expiring",
             action_list(text, action, "cards_expiring", [&](MustacheData& row, const Json& e) {
                 row.set("expires", text.date(e["expires"]));
             }));
    std::size_t total = 0;
    for (const auto& [name, list] : action.items()) total += list["count"].get<std::size_t>();
    view.set("nothing", flag(total == 0));
    return view;
}

// One currency's amounts due by age: a table row and a chart, whose bars are percentages of the
// largest so the SVG takes the width it is shown at and its text stays at its own size.
MustacheData currency_view(const ReportText& text, const std::string& currency,
                           const Json& buckets) {
    Decimal::Micros largest = 1;
    Decimal total;
    for (const Bucket& b : kBuckets) {
        const Decimal amount = *Decimal::parse_any(buckets[b.code].get<std::string>()).value;
        largest = std::max(largest, amount.micros());
        total += amount;
    }
    MustacheList bars;
    int y = 0;
    for (const Bucket& b : kBuckets) {
        const Decimal amount = *Decimal::parse_any(buckets[b.code].get<std::string>()).value;
        MustacheData bar;
        bar.set("label", text.t().text(b.label));
        bar.set("amount", text.money(buckets[b.code], currency));
        bar.set("css", b.css);
        // Per mille of the largest, at most 1000 × 10^33: inside 128 bits. A bar of nothing is
        // drawn as a hairline so the row still reads as a bar of zero.
        const Decimal::Micros per_mille =
            1000 * std::max<Decimal::Micros>(amount.micros(), 0) / largest;
        bar.set("width",
                int128_to_string(per_mille / 10) + "." + int128_to_string(per_mille % 10) + "%");
        bar.set("text_y", std::to_string(y + 16));
        bar.set("bar_y", std::to_string(y + 24));
        bars.push_back(std::move(bar));
        y += kChartRow;
    }
    MustacheData view;
    view.set("currency", currency);
    view.set("total", text.format(currency).money(total));
    view.set("chart_label", text.t().format("age.chart", {{"currency", currency}}));
    view.set("height", std::to_string(y));
    view.set("bars", std::move(bars));
    return view;
}

MustacheData age_view(const ReportText& text, const Json& due_by_age) {
    MustacheData view;
    MustacheList currencies;
    for (const auto& [currency, buckets] : due_by_age.items())
        currencies.push_back(currency_view(text, currency, buckets));
    MustacheList heads;
    for (const Bucket& b : kBuckets) heads.push_back(text_item(text.t().text(b.label)));
    view.set("nothing", flag(currencies.empty()));
    view.set("heads", std::move(heads));
    view.set("currencies", std::move(currencies));
    return view;
}

// What an entry of a change list says besides its customer and number.
std::string change_detail(const ReportText& text, const Json& e) {
    if (e.contains("days_overdue"))
        return text.money(e["amount_due"], e["currency"]) + " · " +
               text.plural("days.overdue", e["days_overdue"].get<long long>());
    if (e.contains("deadline")) return text.date(e["deadline"]);
    if (e.contains("amount_due")) return text.money(e["amount_due"], e["currency"]);
    return "";
}

MustacheData changes_view(const ReportText& text, const Json& report) {
    const Json& changes = report["changes"];
    const bool compared = !report["previous_as_of"].is_null();
    const std::string since = compared ? text.date(report["previous_as_of"]) : "";
    MustacheList lists;
    for (const auto& [name, list] : changes.items()) {
        if (list["count"].get<std::size_t>() == 0) continue;
        bool has_detail = false;  // no column of empty cells
        MustacheData view = list_view(text, list, text.t().text("changes." + name),
                                      [&](MustacheData& row, const Json& e) {
                                          std::string detail = change_detail(text, e);
                                          has_detail = has_detail || !detail.empty();
                                          row.set("detail", std::move(detail));
                                      });
        view.set("has_detail", flag(has_detail));
        lists.push_back(std::move(view));
    }
    MustacheData view;
    view.set("first", flag(!compared));
    view.set("nothing", flag(compared && lists.empty()));
    view.set("since", text.t().format("changes.since", {{"date", since}}));
    view.set("nothing_text", text.t().format("changes.nothing", {{"date", since}}));
    view.set("lists", std::move(lists));
    return view;
}

MustacheData outbox_view(const ReportText& text, const Json& outbox) {
    MustacheList reasons;
    for (const auto& [reason, n] : outbox["by_reason"].items()) {
        const std::string key = "outbox.reason." + reason;
        MustacheData row;
        const std::string& label =
            text.t().text(text.t().has(key) ? std::string_view(key) : "outbox.reason.other");
        row.set("line",
                text.t().format("outbox.line", {{"label", label},
                                                {"n", text.format().integer(n.get<long long>())}}));
        reasons.push_back(std::move(row));
    }
    const long long messages = outbox["messages"].get<long long>();
    MustacheData view;
    view.set("nothing", flag(messages == 0));
    view.set("written", text.plural("outbox.written", messages));
    view.set("reasons", std::move(reasons));
    return view;
}

MustacheData archive_view(const ReportText& text, const Json& archive) {
    const Json& conflicts = archive["conflicts"];
    MustacheList rows;
    for (const Json& conflict : conflicts["listed"])
        rows.push_back(text_item(conflict.get<std::string>()));
    MustacheData view;
    view.set("archived", text.plural("archive.archived", archive["archived"].get<long long>()));
    view.set("has_conflicts", flag(!rows.empty()));
    view.set("conflicts_text",
             text.plural("archive.conflicts", conflicts["count"].get<long long>()));
    view.set("conflicts", std::move(rows));
    const Json& gaps = archive["gaps"];
    MustacheList gap_rows;
    if (!gaps.is_null())
        for (const Json& gap : gaps["listed"])
            gap_rows.push_back(text_item(gap.get<std::string>()));
    view.set("gaps_unknown", flag(gaps.is_null()));
    view.set("has_gaps", flag(!gap_rows.empty()));
    view.set("gaps_text",
             gaps.is_null() ? "" : text.plural("archive.gaps", gaps["count"].get<long long>()));
    view.set("gaps", std::move(gap_rows));
    return view;
}

MustacheData documents_view(const ReportText& text, const Json& counts) {
    MustacheList kinds;
    for (const auto& [kind, statuses] : counts.items()) {
        std::vector<std::string> parts;
        for (const auto& [status, n] : statuses.items())
            parts.push_back(text.format().integer(n.get<long long>()) + " " +
                            text.status(kind, status));
        const std::string key = "documents.kind." + kind;
        MustacheData row;
        row.set("label",
                text.t().has(key) ? text.t().text(key) : text.t().text("documents.kind.other"));
        row.set("statuses", join_non_empty(parts, " · "));
        kinds.push_back(std::move(row));
    }
    return MustacheData(std::move(kinds));
}

}  // namespace

MustacheData report_view(const Json& report, const ReportLabels& labels, const std::string& page) {
    ReportText text(labels, page);
    const auto as_of = Date::parse(report.at("as_of").get<std::string>());
    if (!as_of) throw std::runtime_error("report: bad as-of date");
    text.set_as_of(*as_of);
    MustacheData view;
    view.set("lang", labels.locale);
    view.set("subtitle",
             labels.report.format("page.subtitle", {{"date", text.date(report["as_of"])}}));
    view.set("run", run_view(text, report));
    view.set("failures", failures_view(text, report["failures"]));
    view.set("action", action_view(text, report["action"]));
    view.set("age", age_view(text, report["due_by_age"]));
    view.set("changes", changes_view(text, report));
    view.set("outbox", outbox_view(text, report["outbox"]));
    view.set("archive", archive_view(text, report["archive"]));
    view.set("documents", documents_view(text, report["counts"]));
    return view;
}

}  // namespace portalgen
