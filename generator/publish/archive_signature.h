// Signatures of the archive (SPEC section 5): an Ed25519 key pair made by `portalgen keygen`, a
// build with --signing-key that appends its manifest part's chain head and its signature to
// OUT/archive/signatures.csv, and `verify --public-key` that checks them. A signature vouches for
// every row of its part up to the signed one: whoever rewrites the history must hold the key.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace portalgen {

// A key file that cannot be used: missing, unreadable, not an Ed25519 key, or badly placed. The
// command line exits 2 on it, before anything is written.
class KeyError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Writes a new private key to `private_file` (PEM PKCS#8, mode 0600) and its public key to
// `private_file` + ".pub" (PEM). Refuses to replace either file. Throws KeyError.
void generate_signing_key(const std::filesystem::path& private_file);

// What is signed: the part, how many rows it had, and the chain of the last one.
std::string signature_message(std::string_view part, std::size_t rows, std::string_view chain);

class SigningKey {
  public:
    // Throws KeyError naming the file.
    explicit SigningKey(const std::filesystem::path& private_file);
    ~SigningKey();
    SigningKey(const SigningKey&) = delete;
    SigningKey& operator=(const SigningKey&) = delete;
    // The signature of `message`, in base64.
    std::string sign(std::string_view message) const;

  private:
    struct Key;
    std::unique_ptr<Key> key_;
};

class PublicKey {
  public:
    // Throws KeyError naming the file.
    explicit PublicKey(const std::filesystem::path& public_file);
    ~PublicKey();
    PublicKey(const PublicKey&) = delete;
    PublicKey& operator=(const PublicKey&) = delete;
    bool verifies(std::string_view message, std::string_view signature_base64) const;

  private:
    struct Key;
    std::unique_ptr<Key> key_;
};

// One row of OUT/archive/signatures.csv.
struct SignatureRow {
    std::string part;       // "manifest.csv"
    std::size_t rows = 0;   // how many rows the part had
    std::string chain;      // the chain of its last row
    std::string signed_at;  // UTC time
    std::string signature;  // base64
    int line = 0;           // in the file, when read
};

inline constexpr std::string_view kSignaturesHeader = "part,rows,chain,signed_at,signature";

// Appends a signed row for `part` to OUT/archive/signatures.csv (created with its header), unless
// its last row for that part already signs the same chain. Flushed to disk.
void append_signature(const std::filesystem::path& archive_dir, const SigningKey& key,
                      const std::string& part, std::size_t rows, const std::string& chain,
                      const std::string& signed_at);

// The rows of OUT/archive/signatures.csv (none when it is missing); a malformed line is a
// problem "archive/signatures.csv:LINE: ...".
std::vector<SignatureRow> read_signatures(const std::filesystem::path& archive_dir,
                                          std::vector<std::string>& problems);

}  // namespace portalgen
