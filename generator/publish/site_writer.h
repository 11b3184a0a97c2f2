// Site writer: publishes customers' portals under OUT/site/ — the only code that writes there.
// Files are written atomically and only when their content changed; files and folders that no
// longer belong to the site are removed.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "publish/atomic_file.h"
#include "publish/file_records.h"

namespace portalgen {

struct PublishStats {
    size_t written = 0;    // files created or replaced
    size_t unchanged = 0;  // files already holding the same bytes
    size_t removed = 0;    // files of the portal that are no longer part of it
};

// Publishes one customer's portal under OUT/site/<token>/. Each file given is compared with the
// published one and, when it differs, written under a temporary name at once (memory holds one
// file, not the portal); finish() gives them all their names, then removes the files of the
// folder that were neither written nor kept. Not finished (the customer failed), it leaves the
// portal as it was. Throws std::runtime_error for a path outside the customer's folder, or a
// folder holding a symbolic link (found before anything is written).
class PortalWriter {
  public:
    // `previous`: the records of the files the last build published here, if any. `temp_tag`:
    // see temporary_tag(). `remover`, if given, removes the files replaced (FolderCache).
    PortalWriter(const std::filesystem::path& out, const std::string& token,
                 FileRecords previous = {}, std::string temp_tag = {},
                 BackgroundRemove* remover = nullptr);
    ~PortalWriter();
    PortalWriter(const PortalWriter&) = delete;
    PortalWriter& operator=(const PortalWriter&) = delete;

    // A file of the portal (a path from view/output_paths.h), written unless it holds these bytes;
    // `source`, if given, is recorded with it (no space in it).
    void write(const std::string& path, std::string_view bytes, const std::string& source = {});
    // The source recorded for `path` by the last build, if the file is as that build left it
    // (same size and modification time); else "".
    std::string source_of(const std::string& path);
    // A file of the portal that is the file `from_name` of the open folder `from` (an archived
    // PDF), which holds `bytes`: staged as a hard link to it (a copy where a link cannot be made)
    // unless the portal's file holds these bytes already.
    void link(const std::string& path, std::string_view bytes, int from,
              const std::string& from_name);
    // A file of the portal left as it is (an unchanged PDF that was not rendered again, a page
    // whose source is unchanged).
    void keep(const std::string& path);
    // Whether every file the last build recorded is there as that build left it (same size and
    // modification time): its records then stand for the files.
    bool last_build_as_left();
    // Keeps every file the last build recorded that has been neither written nor kept, but
    // `except` (a path as written).
    void keep_rest_of_last_build(const std::string& except);
    // Removes what is no longer part of the portal: other files, then folders left empty.
    PublishStats finish();
    // The records of the files written, found unchanged or kept (those with a record before).
    const FileRecords& records() const { return records_; }

  private:
    // Whether the published `path` holds `bytes` (its record spares reading it); if so, counted
    // and recorded as unchanged, with `source`.
    bool unchanged(const std::string& path, std::string_view bytes, const std::string& hash,
                   const std::string& source);
    // The published `path`'s size and modification time, if it is a regular file that was there
    // when the writer started.
    std::optional<FileRecord> on_disk(const std::string& path);

    std::filesystem::path out_;
    std::string folder_;                        // "site/<token>/"
    std::unordered_set<std::string> existing_;  // files found in the folder, paths as written
    bool root_existed_ = false;                 // whether the portal's folder was there
    std::vector<std::string> folders_;          // its subfolders, paths relative to OUT
    std::unordered_set<std::string> occupied_;  // the folders that held something, as folders_
    std::unordered_set<std::string> wanted_;    // files written or kept
    FileRecords previous_;                      // by path inside the folder, as records_
    FileRecords records_;
    std::unique_ptr<FolderCache> writer_;
    struct StagedFile {
        FolderCache::Staged file;
        FileRecord record;
    };
    std::vector<StagedFile> staged_;  // written, waiting for finish() to take their names
    PublishStats stats_;
};

// Makes the portal's file `path` (relative to OUT) the file `source` (relative to OUT, an archived
// PDF): replaced at once by a hard link to it, or a copy where a link cannot be made; left alone
// when it is that file already. False, and nothing done, when `source` is missing.
bool serve_file(const std::filesystem::path& out, const std::string& path,
                const std::string& source, const std::string& temp_tag);

// Removes the folders of OUT/site/ whose name is not a customer's token (customers deleted,
// links rotated). Hidden folders (".well-known") are left alone. Returns how many were removed.
size_t remove_stale_portals(const std::filesystem::path& out,
                            const std::function<bool(const std::string& name)>& is_token);

}  // namespace portalgen
