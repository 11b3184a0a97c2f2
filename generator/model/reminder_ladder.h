// ReminderLadder: the company's reminder steps (SPEC 6 "Outbox"), in days: before an invoice's
// due date, after it, and before a card's expiry. The rule of a valid ladder, in one place for
// every input (YAML, SQLite) and for the database.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace portalgen {

enum class ReminderKind { before_due, after_due, card_expiry };

struct ReminderLadder {
    std::vector<int> before_due{7};
    std::vector<int> after_due{1, 7, 14, 30};
    std::vector<int> card_expiry{30};

    const std::vector<int>& steps(ReminderKind kind) const;
    std::vector<int>& steps(ReminderKind kind);
    friend bool operator==(const ReminderLadder&, const ReminderLadder&) = default;
};

// One step of one document's ladder, as recorded once dealt with: the invoice's number or the
// payment method's id, the kind and the step's days.
struct ReminderStep {
    std::string document;
    ReminderKind kind = ReminderKind::before_due;
    int days = 0;
    friend auto operator<=>(const ReminderStep&, const ReminderStep&) = default;
};

inline constexpr ReminderKind kReminderKinds[] = {ReminderKind::before_due, ReminderKind::after_due,
                                                  ReminderKind::card_expiry};
inline constexpr int kMaxReminderDays = 365;

// "before_due", "after_due", "card_expiry": the YAML key, and the kind recorded in the database.
std::string_view to_string(ReminderKind kind);
std::optional<ReminderKind> parse_reminder_kind(std::string_view name);

// The smallest day a step may have: an invoice is overdue from the day after its due date, so
// after_due starts at 1; before_due 0 and card_expiry 0 are the due or expiry day itself.
int first_reminder_day(ReminderKind kind);

// Why `days` is not a valid list of steps of `kind` (ascending, no duplicates, each from
// first_reminder_day(kind) to kMaxReminderDays), or nothing when it is.
std::optional<std::string> reminder_steps_problem(ReminderKind kind, const std::vector<int>& days);

// A list of steps as the database keeps it: a JSON array of integers, "[1,7,14,30]".
std::string day_list_text(const std::vector<int>& days);
// nullopt unless `text` is a JSON array of whole numbers (spaces allowed), each at most 9 digits.
std::optional<std::vector<int>> parse_day_list(std::string_view text);

}  // namespace portalgen
