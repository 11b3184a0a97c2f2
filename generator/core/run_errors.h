// Errors that say what a scheduler should do next (SPEC section 6, exit status).
#pragma once

#include <stdexcept>

namespace portalgen {

// A condition that goes away by itself: the database or the output folder is locked by another
// run. The command line exits 4 on it, so a scheduler (Kubernetes podFailurePolicy, a Slurm
// requeue, a cron wrapper) may retry later, whereas an error of the data (exit 3) it must not.
class TemporaryFailure : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

}  // namespace portalgen
