// Shared by the import tests: the company part of a small valid file, up to "customers:".
// It is 7 lines long: the line numbers the tests expect count on it.
#pragma once

#include <string>

namespace portalgen::test {

inline const std::string kCompany = R"(company:
  name: Odotrack Inc.
  email: billing@odotrack.example
  currency: CAD
taxes:
  - { code: GST, name: { en: GST, fr: TPS }, rate: "5" }
customers:
)";

}  // namespace portalgen::test
