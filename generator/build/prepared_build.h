// PreparedBuild: the prepare stage of the nightly job — the lock, one snapshot of the database,
// the settings and the customers to build — and what it leaves for the stages after it.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "build/build_lock.h"
#include "model/model.h"
#include "publish/archive.h"
#include "publish/build_request.h"
#include "render/pdf_fonts.h"
#include "store/database.h"
#include "store/publish_state.h"
#include "store/publish_state_batch.h"

namespace portalgen {

// Members in the order they are made, so they are released in the reverse order.
struct PreparedBuild {
    BuildRequest request;  // `out` made absolute
    std::chrono::steady_clock::time_point started;
    std::string started_utc;           // the same moment, for the report
    std::string environment_hash;      // see CustomerBuilder
    std::unique_ptr<Database> writer;  // the build's only writing connection
    std::unique_ptr<BuildLock> lock;
    // One snapshot for the whole build: this thread's connection first, then one per worker.
    std::vector<std::unique_ptr<Database>> readers;
    std::optional<PdfFonts> fonts;
    std::map<std::string, Company> companies;
    std::map<std::string, SellerFacts> sellers;  // computed once, from every customer
    std::vector<std::string> all_ids;            // every customer in the database, sorted
    std::vector<std::string> ids;                // those this build builds, in order
    std::unique_ptr<PublishState> state;
    std::unique_ptr<PublishStateBatch> state_writes;
    std::optional<Date> previous_as_of;  // of the last build of this shard
    std::unique_ptr<Archive> archive;

    Database& snapshot() { return *readers.front(); }
};

// Checks what can be checked before anything is written (the database, the templates, the
// fonts), takes the lock and removes what an interrupted build left. Its errors read as they
// are: they are the user's to fix and tests pin them.
std::unique_ptr<PreparedBuild> prepare(const BuildRequest& request, std::ostream& log);

}  // namespace portalgen
