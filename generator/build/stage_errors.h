// in_stage: runs one stage of the nightly job so that an error escaping it names the stage.
#pragma once

#include <SQLiteCpp/Exception.h>

#include <stdexcept>
#include <string>
#include <string_view>

#include "core/diagnostics.h"
#include "core/run_errors.h"
#include "store/database.h"

namespace portalgen {

// "build: record: cannot write OUT/archive/...". The errors the command line tells apart by type
// (another build holds the lock, the database is locked or unusable, invalid data) pass as they
// are: their exit status and their text are the contract.
template <class Stage>
auto in_stage(std::string_view name, Stage&& stage) -> decltype(stage()) {
    try {
        return stage();
    } catch (const TemporaryFailure&) {
        throw;
    } catch (const UnusableDatabase&) {
        throw;
    } catch (const InvalidInput&) {
        throw;
    } catch (const SQLite::Exception&) {
        throw;
    } catch (const std::exception& e) {
        throw std::runtime_error("build: " + std::string(name) + ": " + e.what());
    }
}

}  // namespace portalgen
