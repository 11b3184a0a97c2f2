#include "publish/site_writer.h"

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

// Removes folders left empty under `root` (deepest first), keeping `root` itself.
void remove_empty_folders(const std::filesystem::path& root) {
    std::vector<std::filesystem::path> folders;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
        if (entry.is_directory()) folders.push_back(entry.path());
    for (auto it = folders.rbegin(); it != folders.rend(); ++it)
        if (std::filesystem::is_empty(*it)) std::filesystem::remove(*it);
}

// Refuses a portal folder that is, or holds, a symbolic link: what is read, written or removed
// in it must be inside OUT.
void check_no_links(const std::filesystem::path& out, const std::string& folder) {
    const std::filesystem::path root = out / folder;
    try {
        if (!RealFolder(out, folder, false).exists()) return;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
            if (entry.is_symlink())
                throw std::runtime_error(entry.path().string() +
                                         " is a symbolic link (nothing is written outside " +
                                         out.string() + ")");
    } catch (const std::runtime_error& e) {
        throw std::runtime_error("cannot publish " + root.string() + ": " + e.what());
    }
}

}  // namespace

PublishStats write_portal(const std::filesystem::path& out, const std::string& token,
                          const OutputFiles& files) {
    const std::string folder = portal_folder(token);
    std::set<std::filesystem::path> wanted;
    for (const auto& file : files) check_path(file.path, folder);
    check_no_links(out, folder);
    PublishStats stats;
    FolderCache folders(out);
    for (const auto& file : files) {
        const std::filesystem::path target = out / file.path;
        wanted.insert(target);
        if (file.keep || file_has_content(target, file.bytes)) {
            ++stats.unchanged;
            continue;
        }
        folders.write(file.path, file.bytes, Flush::none);
        ++stats.written;
    }
    const std::filesystem::path root = out / folder;
    std::vector<std::filesystem::path> stale;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
        if (!entry.is_directory() && !wanted.contains(entry.path())) stale.push_back(entry.path());
    for (const auto& path : stale) {
        std::filesystem::remove(path);
        if (!is_temporary_file_name(path.filename().string())) ++stats.removed;
    }
    remove_empty_folders(root);
    return stats;
}

size_t remove_stale_portals(const std::filesystem::path& out, const std::set<std::string>& tokens) {
    const std::filesystem::path site = out / site_folder();
    // A link in place of OUT/site is refused: the folders removed below must be OUT's own.
    if (!RealFolder(out, site_folder(), false).exists()) return 0;
    std::vector<std::filesystem::path> stale;
    for (const auto& entry : std::filesystem::directory_iterator(site)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_directory() && !name.starts_with(".") && !tokens.contains(name))
            stale.push_back(entry.path());
    }
    for (const auto& path : stale) std::filesystem::remove_all(path);
    return stale.size();
}

}  // namespace portalgen
