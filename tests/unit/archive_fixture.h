// A fresh, empty output folder per test, removed afterwards, and helpers to read files back.
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace portalgen::testing {

class TempOutput {
  public:
    TempOutput() {
        static std::atomic<int> counter{0};
        path_ = std::filesystem::temp_directory_path() /
                ("portalgen-archive-test-" + std::to_string(::getpid()) + "-" +
                 std::to_string(counter++));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TempOutput() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempOutput(const TempOutput&) = delete;
    TempOutput& operator=(const TempOutput&) = delete;

    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

inline std::string read_all(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void write_all(const std::filesystem::path& file, const std::string& bytes) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
}

// A small valid PDF (one empty page tree) whose bytes differ by `marker`: what verify reads as
// an archived PDF with no number and no Factur-X XML.
inline std::string tiny_pdf(const std::string& marker) {
    std::string pdf = "%PDF-1.4\n%" + marker + "\n";
    const std::size_t catalog = pdf.size();
    pdf += "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
    const std::size_t pages = pdf.size();
    pdf += "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
    const std::size_t xref = pdf.size();
    auto offset = [](std::size_t at) {
        std::string digits = std::to_string(at);
        return std::string(10 - digits.size(), '0') + digits + " 00000 n \n";
    };
    pdf += "xref\n0 3\n0000000000 65535 f \n" + offset(catalog) + offset(pages);
    pdf += "trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

}  // namespace portalgen::testing
