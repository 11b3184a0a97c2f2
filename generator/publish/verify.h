// Archive verification (`portalgen verify`): every manifest row's PDF must exist with the listed
// size and SHA-256, and every PDF of the archive must be listed (SPEC section 5).
#pragma once

#include <filesystem>
#include <ostream>

#include "publish/archive_signature.h"

namespace portalgen {

// Checks OUT/archive against all its manifest parts. Each problem goes to `err` on a line of its
// own, naming the file ("archive/2026/C1001/INV-2026-00001.pdf: altered (sha256 …, expected
// …)"); a one-line summary goes to `out`. Returns 0 when every PDF is intact and listed, 1
// otherwise (also when there is no manifest at all). A row listing again a PDF that an earlier
// row lists (lists_same_pdf) is named as a warning and counted in the summary, not a failure.
struct VerifyOptions {
    // With a key, every signature of archive/signatures.csv must verify and sign the part's chain
    // at its row, and every row of every part must be signed; a row after the last one is named.
    const PublicKey* public_key = nullptr;
    // Gaps in a numbered series are problems (exit 1), not warnings.
    bool strict_numbering = false;
};

// Each part's rows are chained (manifest_chain): a broken link is named. Each intact PDF's own
// number and, for a Factur-X PDF, its XML totals must be its row's. Numbers missing from a series
// (neither archived nor recorded as cancelled) are named.
int verify_archive(const std::filesystem::path& out_dir, std::ostream& out, std::ostream& err,
                   const VerifyOptions& options = {});

// The same, for tools: one JSON object on `out` ({"ok", "summary", "problems", "warnings",
// "counts"}), each problem or warning a line verify_archive would print. Same exit status.
int verify_archive_json(const std::filesystem::path& out_dir, std::ostream& out,
                        const VerifyOptions& options = {});

}  // namespace portalgen
