#include "compute/aging.h"

namespace portalgen {

AgeBucket age_bucket(Date due, Date as_of) {
    const int days_past_due = as_of - due;
    if (days_past_due <= 0) return AgeBucket::current;
    if (days_past_due <= 30) return AgeBucket::days_1_30;
    if (days_past_due <= 60) return AgeBucket::days_31_60;
    if (days_past_due <= 90) return AgeBucket::days_61_90;
    return AgeBucket::over_90;
}

std::string_view to_string(AgeBucket bucket) {
    switch (bucket) {
        case AgeBucket::current:
            return "current";
        case AgeBucket::days_1_30:
            return "1_30";
        case AgeBucket::days_31_60:
            return "31_60";
        case AgeBucket::days_61_90:
            return "61_90";
        case AgeBucket::over_90:
            return "over_90";
    }
    return "current";
}

}  // namespace portalgen
