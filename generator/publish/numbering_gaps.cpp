#include "publish/numbering_gaps.h"

#include <cctype>
#include <fstream>
#include <stdexcept>

#include "view/output_paths.h"

namespace portalgen {

namespace {

std::string padded(std::uint64_t value, std::size_t width) {
    std::string digits = std::to_string(value);
    return std::string(width > digits.size() ? width - digits.size() : 0, '0') + digits;
}

}  // namespace

void NumberingGaps::note(const ManifestRow& row) {
    std::size_t digits = row.number.size();
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(row.number[digits - 1]))) --digits;
    const std::size_t width = row.number.size() - digits;
    if (width == 0 || width > 18) return;  // no number, or one too long to count
    series_[{row.seller, row.number.substr(0, digits)}].emplace(
        std::stoull(row.number.substr(digits)), width);
}

std::vector<NumberingGaps::Gap> NumberingGaps::gaps() const {
    std::vector<Gap> gaps;
    for (const auto& [series, numbers] : series_) {
        const auto& [seller, prefix] = series;
        std::uint64_t previous = 0;
        bool first = true;
        for (const auto& [value, width] : numbers) {
            if (!first && value > previous + 1)
                gaps.push_back({seller, prefix + padded(previous + 1, width),
                                value > previous + 2 ? prefix + padded(value - 1, width) : ""});
            previous = value;
            first = false;
        }
    }
    return gaps;
}

std::string describe(const NumberingGaps::Gap& gap) {
    return (gap.seller.empty() ? "" : gap.seller + ": ") + gap.from +
           (gap.to.empty() ? "" : " to " + gap.to);
}

std::vector<std::string> archive_numbering_gaps(const std::filesystem::path& out_dir) {
    NumberingGaps numbering;
    for (const auto& part : manifest_parts(out_dir / archive_folder())) {
        std::ifstream in(part, std::ios::binary);
        if (!in) throw std::runtime_error(part.string() + ": cannot read the manifest part");
        read_manifest(in, archive_folder() + "/" + part.filename().string(),
                      [&](ManifestRow&& row, int) { numbering.note(row); });
    }
    std::vector<std::string> gaps;
    for (const NumberingGaps::Gap& gap : numbering.gaps()) gaps.push_back(describe(gap));
    return gaps;
}

}  // namespace portalgen
