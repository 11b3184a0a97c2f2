// NumberingGaps: the numbers missing from each numbered series of the archive — a seller's
// numbers with the same text before their last run of digits ("INV/2026/" of "INV/2026/00031")
// — between its lowest and highest, neither archived nor recorded as cancelled.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "publish/manifest.h"

namespace portalgen {

class NumberingGaps {
  public:
    // Every row counts, an invoice's, a credit note's or a cancelled number's.
    void note(const ManifestRow& row);

    // One run of missing numbers: "INV-0003", or "INV-0003 to INV-0005", with its seller.
    struct Gap {
        std::string seller;
        std::string from;
        std::string to;  // empty when one number is missing
    };
    std::vector<Gap> gaps() const;

  private:
    // By (seller, prefix): each number's value and how many digits it is written with.
    std::map<std::pair<std::string, std::string>, std::set<std::pair<std::uint64_t, std::size_t>>>
        series_;
};

// "Nimbus: INV-0003 to INV-0005": a gap as the report and `verify` name it.
std::string describe(const NumberingGaps::Gap& gap);

// The gaps of the archive of `out_dir`, described, from every manifest part (none when there is
// no archive). Throws std::runtime_error when a part cannot be read.
std::vector<std::string> archive_numbering_gaps(const std::filesystem::path& out_dir);

}  // namespace portalgen
