#include "synth/identifiers.h"

#include "core/luhn.h"

namespace portalgen::synth {

namespace {

int digit(char c) {
    return c - '0';
}

char digit_char(int value) {
    return static_cast<char>('0' + value);
}

int mod_97(std::string_view digits) {
    int rest = 0;
    for (char c : digits) rest = (rest * 10 + digit(c)) % 97;
    return rest;
}

std::string two_digits(int value) {
    return {digit_char(value / 10), digit_char(value % 10)};
}

}  // namespace

std::string siren_from(std::string_view eight_digits) {
    std::string siren(eight_digits);
    siren.push_back('0');
    for (int last = 0; last < 10; ++last) {
        siren.back() = digit_char(last);
        if (passes_luhn(siren)) break;
    }
    return siren;
}

std::string french_vat_id(std::string_view siren) {
    return "FR" + two_digits((12 + 3 * mod_97(siren)) % 97) + std::string(siren);
}

std::string belgian_vat_id(std::string_view eight_digits) {
    return "BE" + std::string(eight_digits) + two_digits(97 - mod_97(eight_digits));
}

std::string german_vat_id(std::string_view eight_digits) {
    int product = 10;
    for (char c : eight_digits) {
        int sum = (digit(c) + product) % 10;
        if (sum == 0) sum = 10;
        product = 2 * sum % 11;
    }
    const int check = 11 - product;
    return "DE" + std::string(eight_digits) + digit_char(check == 10 ? 0 : check);
}

std::string spanish_vat_id(std::string_view seven_digits) {
    int sum = 0;
    for (size_t i = 0; i < seven_digits.size(); ++i) {
        const int d = digit(seven_digits[i]);
        // Positions 1, 3, 5, 7 (odd, from 1) doubled and their digits added.
        sum += i % 2 == 0 ? (2 * d) / 10 + (2 * d) % 10 : d;
    }
    return "ESB" + std::string(seven_digits) + digit_char((10 - sum % 10) % 10);
}

std::string greek_vat_id(std::string_view eight_digits) {
    int sum = 0;
    for (char c : eight_digits) sum = 2 * (sum + digit(c));
    return "EL" + std::string(eight_digits) + digit_char(sum % 11 % 10);
}

}  // namespace portalgen::synth
