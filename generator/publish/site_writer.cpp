#include "publish/site_writer.h"

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <vector>

#include "publish/atomic_file.h"
#include "view/output_paths.h"

namespace portalgen {

namespace {

// Only plain relative paths inside the customer's folder: no "..", no absolute path, no "."
// part, so that nothing is ever written outside it.
void check_path(const std::string& path, const std::string& folder) {
    bool inside = path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0;
    size_t start = 0;
    while (inside && start <= path.size()) {
        size_t slash = path.find('/', start);
        std::string part = path.substr(start, slash == std::string::npos ? slash : slash - start);
        if (part.empty() || part == "." || part == "..") inside = false;
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    if (!inside) throw std::runtime_error("refusing to write " + path + " outside " + folder);
}

}  // namespace

PortalWriter::PortalWriter(const std::filesystem::path& out, const std::string& token)
    : out_(out), folder_(portal_folder(token)), writer_(std::make_unique<FolderCache>(out)) {
    const std::filesystem::path root = out / folder_;
    // One listing of the folder serves both to refuse symbolic links before anything is written
    // and to find, at the end, what is no longer part of the portal.
    try {
        if (!RealFolder(out, folder_, false).exists()) return;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
            if (entry.is_symlink())
                throw std::runtime_error(entry.path().string() +
                                         " is a symbolic link (nothing is written outside " +
                                         out.string() + ")");
            std::string relative = folder_ + entry.path().string().substr(root.string().size());
            if (entry.is_directory())
                folders_.push_back(std::move(relative));
            else
                existing_.insert(std::move(relative));
        }
    } catch (const std::runtime_error& e) {
        throw std::runtime_error("cannot publish " + root.string() + ": " + e.what());
    }
}

PortalWriter::~PortalWriter() = default;

void PortalWriter::write(const std::string& path, std::string_view bytes) {
    check_path(path, folder_);
    wanted_.insert(path);
    // A file not there before needs no reading to know it differs.
    if (existing_.contains(path) && file_has_content(out_ / path, bytes)) {
        ++stats_.unchanged;
        return;
    }
    writer_->write(path, bytes, Flush::none);
    ++stats_.written;
}

void PortalWriter::keep(const std::string& path) {
    check_path(path, folder_);
    wanted_.insert(path);
    ++stats_.unchanged;
}

PublishStats PortalWriter::finish() {
    for (const std::string& path : existing_) {
        if (wanted_.contains(path)) continue;
        std::filesystem::remove(out_ / path);
        if (!is_temporary_file_name(std::filesystem::path(path).filename().string()))
            ++stats_.removed;
    }
    // Deepest first, so that a folder whose subfolders go is empty in its turn.
    std::sort(folders_.begin(), folders_.end(), std::greater<>());
    for (const std::string& folder : folders_)
        if (std::filesystem::is_empty(out_ / folder)) std::filesystem::remove(out_ / folder);
    return stats_;
}

PublishStats write_portal(const std::filesystem::path& out, const std::string& token,
                          const OutputFiles& files) {
    const std::string folder = portal_folder(token);
    for (const auto& file : files) check_path(file.path, folder);
    PortalWriter writer(out, token);
    for (const auto& file : files) {
        if (file.keep)
            writer.keep(file.path);
        else
            writer.write(file.path, file.bytes);
    }
    return writer.finish();
}

size_t remove_stale_portals(const std::filesystem::path& out,
                            const std::function<bool(const std::string& name)>& is_token) {
    const std::filesystem::path site = out / site_folder();
    // A link in place of OUT/site is refused: the folders removed below must be OUT's own.
    if (!RealFolder(out, site_folder(), false).exists()) return 0;
    std::vector<std::filesystem::path> stale;
    for (const auto& entry : std::filesystem::directory_iterator(site)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_directory() && !name.starts_with(".") && !is_token(name))
            stale.push_back(entry.path());
    }
    for (const auto& path : stale) std::filesystem::remove_all(path);
    return stale.size();
}

}  // namespace portalgen
