#include "model/reminder_ladder.h"

#include <cctype>
#include <utility>

namespace portalgen {

const std::vector<int>& ReminderLadder::steps(ReminderKind kind) const {
    switch (kind) {
        case ReminderKind::before_due:
            return before_due;
        case ReminderKind::after_due:
            return after_due;
        case ReminderKind::card_expiry:
            break;
    }
    return card_expiry;
}

std::vector<int>& ReminderLadder::steps(ReminderKind kind) {
    return const_cast<std::vector<int>&>(std::as_const(*this).steps(kind));
}

std::string_view to_string(ReminderKind kind) {
    switch (kind) {
        case ReminderKind::before_due:
            return "before_due";
        case ReminderKind::after_due:
            return "after_due";
        case ReminderKind::card_expiry:
            break;
    }
    return "card_expiry";
}

std::optional<ReminderKind> parse_reminder_kind(std::string_view name) {
    for (ReminderKind kind : kReminderKinds)
        if (to_string(kind) == name) return kind;
    return std::nullopt;
}

int first_reminder_day(ReminderKind kind) {
    return kind == ReminderKind::after_due ? 1 : 0;
}

std::optional<std::string> reminder_steps_problem(ReminderKind kind, const std::vector<int>& days) {
    const int first = first_reminder_day(kind);
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (days[i] < first || days[i] > kMaxReminderDays)
            return std::string(to_string(kind)) + " steps must be whole numbers of days from " +
                   std::to_string(first) + " to " + std::to_string(kMaxReminderDays) + ", not " +
                   std::to_string(days[i]);
        if (i > 0 && days[i] <= days[i - 1])
            return std::string(to_string(kind)) +
                   " steps must be in ascending order without repeats: " + std::to_string(days[i]) +
                   " comes after " + std::to_string(days[i - 1]);
    }
    return std::nullopt;
}

std::string day_list_text(const std::vector<int>& days) {
    std::string text = "[";
    for (std::size_t i = 0; i < days.size(); ++i) text += (i ? "," : "") + std::to_string(days[i]);
    return text + "]";
}

std::optional<std::vector<int>> parse_day_list(std::string_view text) {
    auto skip_spaces = [&] {
        while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    };
    skip_spaces();
    if (text.empty() || text.front() != '[') return std::nullopt;
    text.remove_prefix(1);
    std::vector<int> days;
    skip_spaces();
    while (!text.empty() && text.front() != ']') {
        if (!days.empty()) {
            if (text.front() != ',') return std::nullopt;
            text.remove_prefix(1);
            skip_spaces();
        }
        std::size_t digits = 0;
        while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits])))
            ++digits;
        if (digits == 0 || digits > 9) return std::nullopt;
        days.push_back(std::stoi(std::string(text.substr(0, digits))));
        text.remove_prefix(digits);
        skip_spaces();
    }
    if (text.empty()) return std::nullopt;
    text.remove_prefix(1);
    skip_spaces();
    if (!text.empty()) return std::nullopt;
    return days;
}

}  // namespace portalgen
