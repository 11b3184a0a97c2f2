// Portal link tokens: the random secret naming a customer's portal folder (site/<token>/).
#pragma once

#include <string>

namespace portalgen {

// 18 random bytes from OpenSSL's CSPRNG as 24 characters of base64url (A-Z a-z 0-9 - _), never
// derived from the customer. Throws std::runtime_error if no randomness is available.
std::string new_link_token();

}  // namespace portalgen
