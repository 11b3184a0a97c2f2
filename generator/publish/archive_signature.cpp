#include "publish/archive_signature.h"

#include <fcntl.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "publish/atomic_file.h"

namespace portalgen {

namespace {

struct PkeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using Bio = std::unique_ptr<BIO, BioFree>;

struct MdFree {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdContext = std::unique_ptr<EVP_MD_CTX, MdFree>;

std::string read_key_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw KeyError(file.string() + ": cannot be read (" + std::strerror(errno) + ")");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Loads a PEM key; `is_private` chooses the reader. Only Ed25519 keys are taken.
Pkey load_key(const std::filesystem::path& file, bool is_private) {
    const std::string text = read_key_file(file);
    Bio bio(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
    Pkey key(is_private ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)
                        : PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        throw KeyError(file.string() + ": not an Ed25519 " +
                       (is_private ? "private key" : "public key") +
                       " in PEM (make one with portalgen keygen)");
    return key;
}

std::string pem_text(EVP_PKEY* key, bool is_private) {
    Bio bio(BIO_new(BIO_s_mem()));
    const int written =
        is_private ? PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
                   : PEM_write_bio_PUBKEY(bio.get(), key);
    if (written != 1) throw KeyError("cannot write the key");
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(size));
}

// Writes a new file with `mode`; never replaces one.
void write_new_file(const std::filesystem::path& file, const std::string& text, mode_t mode) {
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0)
        throw KeyError(file.string() + ": " +
                       (errno == EEXIST ? std::string("exists already (not replaced)")
                                        : std::string(std::strerror(errno))));
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
                    ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) throw KeyError(file.string() + ": cannot be written");
}

std::string base64(const unsigned char* bytes, std::size_t size) {
    std::string out(4 * ((size + 2) / 3) + 1, '\0');
    const int length = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), bytes,
                                       static_cast<int>(size));
    out.resize(static_cast<std::size_t>(length));
    return out;
}

// The decoded bytes; empty when `text` is not base64.
std::string unbase64(std::string_view text) {
    if (text.empty() || text.size() % 4 != 0) return {};
    std::string out(text.size() / 4 * 3, '\0');
    const int length = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                       reinterpret_cast<const unsigned char*>(text.data()),
                                       static_cast<int>(text.size()));
    if (length < 0) return {};
    std::size_t padding = 0;
    for (std::size_t i = text.size(); i > 0 && text[i - 1] == '='; --i) ++padding;
    out.resize(static_cast<std::size_t>(length) - padding);
    return out;
}

std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream in(line);
    while (std::getline(in, cell, ',')) cells.push_back(cell);
    if (!line.empty() && line.back() == ',') cells.emplace_back();
    return cells;
}

}  // namespace

void generate_signing_key(const std::filesystem::path& private_file) {
    Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key) throw KeyError("cannot make an Ed25519 key");
    std::filesystem::path public_file = private_file;
    public_file += ".pub";
    if (std::filesystem::exists(public_file))
        throw KeyError(public_file.string() + ": exists already (not replaced)");
    write_new_file(private_file, pem_text(key.get(), true), 0600);
    write_new_file(public_file, pem_text(key.get(), false), 0644);
}

std::string signature_message(std::string_view part, std::size_t rows, std::string_view chain) {
    return "portalgen archive signature 1\n" + std::string(part) + "\n" + std::to_string(rows) +
           "\n" + std::string(chain) + "\n";
}

struct SigningKey::Key {
    Pkey pkey;
};

SigningKey::SigningKey(const std::filesystem::path& private_file)
    : key_(std::make_unique<Key>(Key{load_key(private_file, true)})) {}
SigningKey::~SigningKey() = default;

std::string SigningKey::sign(std::string_view message) const {
    MdContext ctx(EVP_MD_CTX_new());
    unsigned char signature[64];
    std::size_t size = sizeof signature;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key_->pkey.get()) != 1 ||
        EVP_DigestSign(ctx.get(), signature, &size,
                       reinterpret_cast<const unsigned char*>(message.data()), message.size()) != 1)
        throw std::runtime_error("archive: cannot sign");
    return base64(signature, size);
}

struct PublicKey::Key {
    Pkey pkey;
};

PublicKey::PublicKey(const std::filesystem::path& public_file)
    : key_(std::make_unique<Key>(Key{load_key(public_file, false)})) {}
PublicKey::~PublicKey() = default;

bool PublicKey::verifies(std::string_view message, std::string_view signature_base64) const {
    const std::string signature = unbase64(signature_base64);
    if (signature.size() != 64) return false;
    MdContext ctx(EVP_MD_CTX_new());
    return ctx &&
           EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key_->pkey.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                            signature.size(),
                            reinterpret_cast<const unsigned char*>(message.data()),
                            message.size()) == 1;
}

void append_signature(const std::filesystem::path& archive_dir, const SigningKey& key,
                      const std::string& part, std::size_t rows, const std::string& chain,
                      const std::string& signed_at) {
    std::vector<std::string> problems;
    const std::vector<SignatureRow> signed_rows = read_signatures(archive_dir, problems);
    for (auto it = signed_rows.rbegin(); it != signed_rows.rend(); ++it) {
        if (it->part != part) continue;
        if (it->chain == chain && it->rows == rows) return;  // signed already
        break;
    }
    const std::filesystem::path file = archive_dir / "signatures.csv";
    const int fd =
        ::open(file.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) throw std::runtime_error(file.string() + ": " + std::strerror(errno));
    std::string text;
    if (::lseek(fd, 0, SEEK_END) == 0) text = std::string(kSignaturesHeader) + "\r\n";
    text += part + "," + std::to_string(rows) + "," + chain + "," + signed_at + "," +
            key.sign(signature_message(part, rows, chain)) + "\r\n";
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
                    ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) throw std::runtime_error(file.string() + ": cannot be written");
}

std::vector<SignatureRow> read_signatures(const std::filesystem::path& archive_dir,
                                          std::vector<std::string>& problems) {
    std::vector<SignatureRow> rows;
    std::ifstream in(archive_dir / "signatures.csv", std::ios::binary);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const std::string where = "archive/signatures.csv:" + std::to_string(number) + ": ";
        if (number == 1) {
            if (line != kSignaturesHeader) problems.push_back(where + "not the signatures header");
            continue;
        }
        const std::vector<std::string> cells = split(line);
        SignatureRow row;
        if (cells.size() != 5) {
            problems.push_back(where + "expected 5 fields, found " + std::to_string(cells.size()));
            continue;
        }
        row.part = cells[0];
        try {
            std::size_t used = 0;
            row.rows = std::stoul(cells[1], &used);
            if (used != cells[1].size()) throw std::invalid_argument("rows");
        } catch (const std::exception&) {
            problems.push_back(where + "bad rows \"" + cells[1] + "\"");
            continue;
        }
        row.chain = cells[2];
        row.signed_at = cells[3];
        row.signature = cells[4];
        row.line = number;
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace portalgen
