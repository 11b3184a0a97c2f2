#include "synth/yaml_writer.h"

#include <array>
#include <charconv>
#include <stdexcept>

namespace portalgen {

namespace {

bool is_ascii_letter(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// Multi-byte characters that YAML 1.1 parsers read as breaks or that hide as spaces: C1
// controls and NEL, no-break space (U+00A0), U+2000..U+200F (spaces, zero widths), U+2028..U+202F
// (line and paragraph separators, direction marks, narrow no-break space) and the byte order
// mark (U+FEFF). Dashes, quotes and bullets in between are ordinary. Returns the byte length of
// such a character at `i`, else 0.
size_t special_sequence(std::string_view text, size_t i) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    if (byte(i) == 0xC2 && i + 1 < text.size() && byte(i + 1) <= 0xA0) return 2;
    if (byte(i) == 0xE2 && i + 2 < text.size() && byte(i + 1) == 0x80 &&
        (byte(i + 2) <= 0x8F || (byte(i + 2) >= 0xA8 && byte(i + 2) <= 0xAF)))
        return 3;
    if (byte(i) == 0xEF && i + 2 < text.size() && byte(i + 1) == 0xBB && byte(i + 2) == 0xBF)
        return 3;
    return 0;
}

bool is_keyword(std::string_view value) {
    if (value.size() > 5) return false;
    char lower[6] = {};
    for (size_t i = 0; i < value.size(); ++i) {
        char c = value[i];
        lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    std::string_view word(lower, value.size());
    for (std::string_view keyword : {"y", "n", "yes", "no", "true", "false", "on", "off", "null"})
        if (word == keyword) return true;
    return false;
}

// The four code points of a \uXXXX escape of the UTF-8 sequence at `i` (2 or 3 bytes).
uint32_t code_point(std::string_view text, size_t i, size_t length) {
    auto byte = [&](size_t k) {
        return static_cast<uint32_t>(static_cast<unsigned char>(text[k]));
    };
    if (length == 2) return ((byte(i) & 0x1F) << 6) | (byte(i + 1) & 0x3F);
    return ((byte(i) & 0x0F) << 12) | ((byte(i + 1) & 0x3F) << 6) | (byte(i + 2) & 0x3F);
}

constexpr char kHex[] = "0123456789ABCDEF";

// Days since 1970-01-01 to a civil date (the proleptic Gregorian calendar), integers only.
void civil_from_days(int64_t z, int& year, int& month, int& day) {
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

void append_digits(std::string& out, int value, int width) {
    char digits[12];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0 || n < width);
    while (n > 0) out.push_back(digits[--n]);
}

}  // namespace

bool is_plain_safe(std::string_view value) {
    if (value.empty() || is_keyword(value)) return false;
    const auto first = static_cast<unsigned char>(value.front());
    if (!is_ascii_letter(first) && first < 0xC2) return false;
    if (value.back() == ' ') return false;
    for (size_t i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (c >= 0x80) {
            if (special_sequence(value, i) != 0) return false;
            continue;
        }
        bool ok = is_ascii_letter(c) || (c >= '0' && c <= '9') || c == ' ' || c == '.' ||
                  c == '-' || c == '_' || c == '/' || c == '(' || c == ')' || c == '&' ||
                  c == '+' || c == '\'' || c == '@';
        if (!ok) return false;
    }
    return true;
}

YamlWriter::YamlWriter(std::ostream& out) : out_(out) {
    buffer_.reserve(kFlushBytes + 64 * 1024);
}

YamlWriter::~YamlWriter() {
    try {
        flush();
    } catch (...) {  // NOLINT(bugprone-empty-catch): a destructor must not throw
    }
}

void YamlWriter::flush() {
    if (!buffer_.empty()) {
        out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
    }
    if (!out_) throw std::runtime_error("cannot write the synthetic data");
}

void YamlWriter::text(std::string_view value) {
    if (is_plain_safe(value))
        raw(value);
    else
        quoted(value);
}

void YamlWriter::quoted(std::string_view value) {
    buffer_.push_back('"');
    for (size_t i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (c == '"' || c == '\\') {
            buffer_.push_back('\\');
            buffer_.push_back(static_cast<char>(c));
        } else if (c == '\n') {
            buffer_.append("\\n");
        } else if (c == '\t') {
            buffer_.append("\\t");
        } else if (c < 0x20 || c == 0x7F) {
            buffer_.append("\\x");
            buffer_.push_back(kHex[c >> 4]);
            buffer_.push_back(kHex[c & 0xF]);
        } else if (size_t length = c >= 0x80 ? special_sequence(value, i) : 0; length != 0) {
            // Escaped so that no reader sees a line break or an invisible space.
            uint32_t point = code_point(value, i, length);
            buffer_.append("\\u");
            for (int shift = 12; shift >= 0; shift -= 4)
                buffer_.push_back(kHex[(point >> shift) & 0xF]);
            i += length - 1;
        } else {
            buffer_.push_back(static_cast<char>(c));
        }
    }
    buffer_.push_back('"');
}

void YamlWriter::integer(int64_t value) {
    char digits[24];
    auto result = std::to_chars(digits, digits + sizeof digits, value);
    buffer_.append(digits, result.ptr);
}

void YamlWriter::date(Date value) {
    int year, month, day;
    civil_from_days(value.days(), year, month, day);
    append_digits(buffer_, year, 4);
    buffer_.push_back('-');
    append_digits(buffer_, month, 2);
    buffer_.push_back('-');
    append_digits(buffer_, day, 2);
}

void YamlWriter::month(Month value) {
    append_digits(buffer_, value.year, 4);
    buffer_.push_back('-');
    append_digits(buffer_, value.month, 2);
}

void YamlWriter::decimal(Decimal value) {
    Decimal::Micros micros = value.micros();
    if (micros < 0) {
        buffer_.push_back('-');
        micros = -micros;
    }
    integer(checked_int64(micros / Decimal::kScale));
    int64_t fraction = static_cast<int64_t>(micros % Decimal::kScale);
    if (fraction == 0) return;
    char digits[Decimal::kScaleDigits];
    for (int i = Decimal::kScaleDigits - 1; i >= 0; --i) {
        digits[i] = static_cast<char>('0' + fraction % 10);
        fraction /= 10;
    }
    int length = Decimal::kScaleDigits;
    while (digits[length - 1] == '0') --length;
    buffer_.push_back('.');
    buffer_.append(digits, static_cast<size_t>(length));
}

void YamlWriter::money(Decimal value, int digits) {
    Decimal::Micros micros = value.micros();
    buffer_.push_back('"');
    if (micros < 0) {
        buffer_.push_back('-');
        micros = -micros;
    }
    integer(checked_int64(micros / Decimal::kScale));
    if (digits > 0) {
        buffer_.push_back('.');
        int64_t fraction = static_cast<int64_t>(micros % Decimal::kScale);
        char all[Decimal::kScaleDigits];
        for (int i = Decimal::kScaleDigits - 1; i >= 0; --i) {
            all[i] = static_cast<char>('0' + fraction % 10);
            fraction /= 10;
        }
        buffer_.append(all, static_cast<size_t>(digits));
    }
    buffer_.push_back('"');
}

}  // namespace portalgen
