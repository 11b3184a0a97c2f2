#include "publish/finish_mark.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "publish/atomic_file.h"
#include "view/output_paths.h"

namespace portalgen {

bool take_finish_mark(const std::filesystem::path& out) {
    const std::filesystem::path mark = out / finish_mark_path();
    if (::unlink(mark.c_str()) != 0) {
        if (errno == ENOENT) return false;
        throw std::runtime_error("cannot remove " + mark.string() + ": " + std::strerror(errno));
    }
    // Gone for good before the build writes its first temporary file.
    if (const int error = flush_folder(out); error != 0)
        throw std::runtime_error("cannot flush " + out.string() + ": " + std::strerror(error));
    return true;
}

void leave_finish_mark(const std::filesystem::path& out) {
    write_file_atomic_in(out, finish_mark_path(), "", Flush::none);
}

}  // namespace portalgen
