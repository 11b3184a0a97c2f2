// HaruDocument: libharu handle, fonts and error checks.
#include "render/pdf_haru.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <stdexcept>

namespace portalgen {

namespace {

// Called by libharu, from C: records the first error and returns; never throws.
void record_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) noexcept {
    auto* record = static_cast<HaruError*>(user_data);
    if (record->error == HPDF_OK) {
        record->error = error;
        record->detail = detail;
    }
}

// A file descriptor closed when it goes out of scope.
class FileDescriptor {
  public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }

  private:
    int fd_;
};

}  // namespace

HaruDocument::HaruDocument(const std::string& regular, const std::string& bold)
    : error_(std::make_unique<HaruError>()) {
    doc_.reset(HPDF_New(record_error, error_.get()));
    if (!doc_) throw std::runtime_error("pdf: cannot create a libharu document");
    // Compression first: only what is created after this call is compressed.
    HPDF_SetCompressionMode(doc(), HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(doc());
    check("set up UTF-8");
    regular_ = load_font(regular);
    bold_ = bold.empty() ? regular_ : load_font(bold);
}

std::string HaruDocument::load_font(const std::string& bytes) {
    // libharu 2.3 reads fonts from files only: this one lives in an anonymous memory file, which
    // libharu opens by its /proc name and keeps open as long as it needs it.
    FileDescriptor file(::memfd_create("portalgen-font", MFD_CLOEXEC));
    if (file.get() < 0) throw std::runtime_error("pdf: cannot make a font file in memory");
    for (std::size_t written = 0; written < bytes.size();) {
        const ssize_t n = ::write(file.get(), bytes.data() + written, bytes.size() - written);
        if (n <= 0) throw std::runtime_error("pdf: cannot write a font file in memory");
        written += static_cast<std::size_t>(n);
    }
    const std::string path = "/proc/self/fd/" + std::to_string(file.get());
    const char* name = HPDF_LoadTTFontFromFile(doc(), path.c_str(), HPDF_TRUE);
    check("load a font");
    if (name == nullptr) throw std::runtime_error("pdf: load a font: no font");
    return name;
}

HaruDocument::Fonts HaruDocument::start(bool winansi) {
    const char* encoding = winansi ? "WinAnsiEncoding" : "UTF-8";
    Fonts fonts;
    fonts.regular = HPDF_GetFont(doc(), regular_.c_str(), encoding);
    fonts.bold = HPDF_GetFont(doc(), bold_.c_str(), encoding);
    check("start a document");
    return fonts;
}

std::string HaruDocument::save() {
    HPDF_SaveToStream(doc());
    check("save");
    const HPDF_UINT32 size = HPDF_GetStreamSize(doc());
    std::string bytes(size, '\0');
    HPDF_ResetStream(doc());
    HPDF_UINT32 read = size;
    HPDF_ReadFromStream(doc(), reinterpret_cast<HPDF_BYTE*>(bytes.data()), &read);
    // Reading to the very end reports "end of stream", which is not a failure here.
    if (error_->error == HPDF_STREAM_EOF && read == size) {
        HPDF_ResetError(doc());
        *error_ = HaruError{};
    }
    check("read the saved document");
    if (read != size) throw std::runtime_error("pdf: short read of the saved document");
    return bytes;
}

void HaruDocument::check(const char* what) {
    if (error_->error == HPDF_OK) return;
    char codes[64];
    std::snprintf(codes, sizeof codes, "libharu error 0x%04X, detail %u",
                  static_cast<unsigned>(error_->error), static_cast<unsigned>(error_->detail));
    *error_ = HaruError{};
    HPDF_ResetError(doc());
    throw std::runtime_error(std::string("pdf: ") + what + ": " + codes);
}

}  // namespace portalgen
