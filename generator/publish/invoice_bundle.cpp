#include "publish/invoice_bundle.h"

#include <zip.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "core/sha256.h"
#include "publish/site_writer.h"
#include "view/output_paths.h"

namespace portalgen {

namespace {

struct ZipDeleter {
    void operator()(zip_t* zip) const { zip_discard(zip); }
};
struct SourceDeleter {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};

[[noreturn]] void fail(const std::string& what, zip_error_t* error) {
    const std::string message = "zip: " + what + ": " + zip_error_strerror(error);
    zip_error_fini(error);
    throw std::runtime_error(message);
}

std::string read_whole(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) throw std::runtime_error("zip: cannot read " + file.string());
    return bytes.str();
}

// The MS-DOS date of `date` (the time is midnight): (year − 1980) << 9 | month << 5 | day.
zip_uint16_t dos_date(Date date) {
    return static_cast<zip_uint16_t>(((date.year() - 1980) << 9) | (date.month() << 5) |
                                     date.day());
}

// The bytes the in-memory source holds once the archive is closed.
std::string source_bytes(zip_source_t* source) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(source, &stat) != 0 || zip_source_open(source) != 0)
        throw std::runtime_error("zip: cannot read the archive made");
    std::string bytes(stat.size, '\0');
    const zip_int64_t read = zip_source_read(source, bytes.data(), stat.size);
    zip_source_close(source);
    if (read != static_cast<zip_int64_t>(stat.size))
        throw std::runtime_error("zip: short read of the archive made");
    return bytes;
}

void add_entry(zip_t* zip, const BundledPdf& pdf, const std::string& bytes) {
    zip_source_t* source = zip_source_buffer(zip, bytes.data(), bytes.size(), 0);
    if (source == nullptr) throw std::runtime_error("zip: " + std::string(zip_strerror(zip)));
    const zip_int64_t index = zip_file_add(zip, pdf.name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        throw std::runtime_error("zip: add " + pdf.name + ": " + zip_strerror(zip));
    }
    const auto i = static_cast<zip_uint64_t>(index);
    // Stored as they are: a PDF's streams are compressed already, and deflating it again took a
    // millisecond per PDF to save a tenth of its size.
    if (zip_file_set_dostime(zip, i, 0, dos_date(pdf.date), 0) != 0 ||
        zip_set_file_compression(zip, i, ZIP_CM_STORE, 0) != 0)
        throw std::runtime_error("zip: " + pdf.name + ": " + zip_strerror(zip));
}

}  // namespace

std::string bundle_key(const std::vector<BundledPdf>& pdfs) {
    std::string text;
    for (const BundledPdf& pdf : pdfs)
        text.append(pdf.name).append(" ").append(pdf.sha256).append("\n");
    return "portalgen-bundle-v1 " + sha256_hex(text);
}

std::string make_bundle(const std::vector<BundledPdf>& pdfs, const std::string& key,
                        const std::filesystem::path& out) {
    // libzip keeps pointers to the entries' bytes until the archive is closed: the PDFs at hand
    // are used where they are (a year of a customer's PDFs is megabytes), the others read.
    std::vector<std::string> read;
    read.reserve(pdfs.size());
    std::vector<const std::string*> bytes;
    for (const BundledPdf& pdf : pdfs) {
        if (!pdf.bytes) read.push_back(read_whole(out / pdf.portal_path));
        bytes.push_back(pdf.bytes ? &*pdf.bytes : &read.back());
    }
    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, SourceDeleter> buffer(
        zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) fail("make a buffer", &error);
    zip_source_keep(buffer.get());  // still ours once the archive closes
    std::unique_ptr<zip_t, ZipDeleter> zip(
        zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
    if (!zip) {
        zip_source_free(buffer.get());  // the reference zip_open_from_source did not take
        fail("open the buffer", &error);
    }
    zip_error_fini(&error);
    for (std::size_t i = 0; i < pdfs.size(); ++i) add_entry(zip.get(), pdfs[i], *bytes[i]);
    if (zip_set_archive_comment(zip.get(), key.data(), static_cast<zip_uint16_t>(key.size())) != 0)
        throw std::runtime_error("zip: comment: " + std::string(zip_strerror(zip.get())));
    if (zip_close(zip.get()) != 0)
        throw std::runtime_error("zip: close: " + std::string(zip_strerror(zip.get())));
    zip.release();  // closed: freed by zip_close
    return source_bytes(buffer.get());
}

std::optional<std::string> bundle_comment(const std::filesystem::path& file) {
    int error = 0;
    zip_t* zip = zip_open(file.c_str(), ZIP_RDONLY, &error);
    if (zip == nullptr) return std::nullopt;
    int length = 0;
    const char* comment = zip_get_archive_comment(zip, &length, ZIP_FL_ENC_RAW);
    std::optional<std::string> result;
    if (comment != nullptr) result.emplace(comment, static_cast<std::size_t>(length));
    zip_discard(zip);
    return result;
}

void publish_bundles(const std::filesystem::path& out, const std::string& token,
                     const std::map<int, std::vector<BundledPdf>>& years, PortalWriter& portal) {
    for (const auto& [year, pdfs] : years) {
        const std::string path = invoice_bundle(token, year);
        const std::string key = bundle_key(pdfs);
        if (bundle_comment(out / path) == key)
            portal.keep(path);
        else
            portal.write(path, make_bundle(pdfs, key, out));
    }
}

}  // namespace portalgen
