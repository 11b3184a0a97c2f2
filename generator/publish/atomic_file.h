// Atomic file writes: a reader (or a web server) sees the old file or the new one, never a part
// of one, even when the run is killed midway (SPEC section 6, "Atomic"). Writes into the output
// folder go through real folders only, so nothing is written outside it (SPEC section 7).
#pragma once

#include <sys/stat.h>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/shard.h"

namespace portalgen {

class BackgroundRemove;

// How far a write goes before the rename. A killed process loses nothing the kernel already has,
// so pages need no flush; a flush to disk also survives a power cut, at a cost of milliseconds
// per file (the archive and the report pay it; a night's hundred thousand pages would not).
enum class Flush { none, to_disk };

// An open folder `root`/`relative` reached through real folders only: each part of `relative`
// must be a folder, not a symbolic link nor a file, so that what is written in it stays inside
// `root` whatever was put there (a link to elsewhere is refused, not followed). `root` itself may
// be a link: it is the user's choice. Missing folders are created, or with `create` false left
// missing (exists() is then false).
class RealFolder {
  public:
    // Throws std::runtime_error "PATH is a symbolic link (nothing is written outside ROOT)",
    // "PATH is not a folder", or naming the failed system call.
    RealFolder(const std::filesystem::path& root, const std::filesystem::path& relative,
               bool create = true);
    // The folder `name` of `parent`, reached as the constructor above would, with one system
    // call instead of one per folder of the path (missing if `parent` is).
    RealFolder(const RealFolder& parent, const std::string& name, bool create = true);
    ~RealFolder();
    RealFolder(const RealFolder&) = delete;
    RealFolder& operator=(const RealFolder&) = delete;

    bool exists() const { return fd_ >= 0; }
    int fd() const { return fd_; }
    const std::filesystem::path& path() const { return path_; }
    // The folders it created, outermost first: each is durable once its parent is flushed.
    const std::vector<std::filesystem::path>& made() const { return made_; }

  private:
    int fd_ = -1;
    std::filesystem::path root_;  // for messages
    std::filesystem::path path_;
    std::vector<std::filesystem::path> made_;
};

// Writes `bytes` to ROOT/`relative`: a temporary file in the same folder, optionally flushed to
// disk, then renamed over the file. The file's folder is reached as a RealFolder (created if
// missing): a symbolic link where a folder of `relative` must be fails the write ("cannot write
// ROOT/RELATIVE: ..."). A link in the file's own place is replaced, as any file is. Throws
// std::runtime_error naming the file on failure (and leaves no temporary file behind).
// `temp_tag`: see temporary_tag().
void write_file_atomic_in(const std::filesystem::path& root, const std::filesystem::path& relative,
                          std::string_view bytes, Flush flush = Flush::to_disk,
                          std::string_view temp_tag = {});

// write_file_atomic_in() for a file written once: false, and nothing written, when ROOT/`relative`
// exists already. Of two processes writing it at once, exactly one succeeds. `temp_tag`: see
// temporary_tag().
bool write_file_once_in(const std::filesystem::path& root, const std::filesystem::path& relative,
                        std::string_view bytes, std::string_view temp_tag);

// Flushes the folder to disk, making the names made in it durable: 0, or the errno of the open or
// fsync that failed.
int flush_folder(const std::filesystem::path& folder);

// Gives the file `temp` of the open folder `from` the name `name` in the open folder `to` unless
// that name exists (false, `temp` left as it is). Never replaces a file. Throws
// std::runtime_error naming `shown` on failure.
bool rename_no_replace(int from, const std::string& temp, int to, const std::string& name,
                       const std::filesystem::path& shown);

// Writes `bytes` in the open folder `dir` under a temporary name for `name`, which it returns:
// the first half of an atomic write. `shown` names the file in messages. Leaves nothing behind
// when it fails. `written`, if given, receives the file's fstat once written. `temp_tag`: see
// temporary_tag().
std::string stage_in_folder(int dir, const std::filesystem::path& name, std::string_view bytes,
                            Flush flush, const std::filesystem::path& shown,
                            std::string_view temp_tag, struct stat* written = nullptr);

// write_file_atomic_in() for many files under one root: each folder is reached (and checked)
// once, then kept open.
class FolderCache {
  public:
    // `temp_tag`: see temporary_tag(). `remover`, if given, removes the files commit() replaces.
    explicit FolderCache(std::filesystem::path root, std::string temp_tag = {},
                         BackgroundRemove* remover = nullptr);
    ~FolderCache();
    FolderCache(const FolderCache&) = delete;
    FolderCache& operator=(const FolderCache&) = delete;

    void write(const std::filesystem::path& relative, std::string_view bytes, Flush flush);

    // The two halves of write(), so that a set of files appears together once all are written:
    // stage() writes the bytes under a temporary name next to `relative` (not flushed to disk);
    // commit() gives the file its name; discard() removes a staged file that is not wanted.
    struct Staged {
        std::filesystem::path relative;
        std::string temp;             // the temporary name, in the same folder
        struct timespec modified {};  // its modification time once written (kept by rename)
    };
    Staged stage(const std::filesystem::path& relative, std::string_view bytes);
    // stage() for a file that is the file `from_name` of the open folder `from`, whose bytes are
    // `bytes`: a hard link to it, so both names share one copy; where the file system refuses a
    // link (another file system, EXDEV; a policy, EPERM; too many links) a copy of `bytes`.
    Staged stage_link(const std::filesystem::path& relative, int from, const std::string& from_name,
                      std::string_view bytes);
    // `replacing`: the file has a name already (a regular file). With a remover, the two files
    // then swap names (atomically, as a rename) and the old one goes to the remover: the thread
    // does not wait for its blocks to be freed, nor (ext4) for the new file's to be written.
    void commit(const Staged& file, bool replacing = false);
    void discard(const Staged& file) noexcept;

    // The lstat of ROOT/`relative`, through its folder opened as for a write (once); false when
    // there is no such file.
    bool status(const std::filesystem::path& relative, struct stat& info);

  private:
    int folder_of(const std::filesystem::path& relative);  // its folder, opened once
    // ROOT/`folder`, opened once, through its parent opened once.
    RealFolder& open_folder(const std::filesystem::path& folder);

    std::filesystem::path root_;
    const std::string temp_tag_;
    BackgroundRemove* remover_;
    std::map<std::filesystem::path, std::unique_ptr<RealFolder>> folders_;
};

// The bytes of the regular file `name` of the open folder `dir` (not a symbolic link); nullopt
// when there is none. Throws std::runtime_error naming `shown` when it cannot be read.
std::optional<std::string> read_file_at(int dir, const std::string& name,
                                        const std::filesystem::path& shown);

// True when `path` is a regular file (not a symbolic link to one) holding exactly `bytes`, so
// rewriting it can be skipped.
bool file_has_content(const std::filesystem::path& path, std::string_view bytes);

// The tag of the temporary names a build of `shard` makes: "" for a whole build, the shard's
// name ("1-of-8") for a shard build. Shard builds share an output folder, so each tags its files
// with its shard: its next build can then remove what it left when killed without touching the
// files of the shards still running. Each writer is given the tag of the build it writes for.
std::string temporary_tag(const Shard& shard);

// A temporary name for `name` that no other writer uses (the process id and a counter shared by
// all threads), starting with ".portalgen-tmp-" and `tag`, if any:
// ".portalgen-tmp-1-of-8.4242-17-index.html".
std::string temporary_name(const std::filesystem::path& name, std::string_view tag = {});

// Temporary files of the writes above start with this prefix: ".portalgen-tmp-".
bool is_temporary_file_name(const std::string& file_name);

// Removes the temporary files a killed run left anywhere under `root`; returns how many. Only
// safe while holding the build lock (no other run is writing).
std::size_t remove_temporary_files(const std::filesystem::path& root);
// Removes the temporary files tagged `tag` (not "") directly in `folder`, if it exists; returns how
// many. Only safe while holding the lock of the build that tags them so.
std::size_t remove_tagged_temporary_files(const std::filesystem::path& folder,
                                          const std::string& tag);

}  // namespace portalgen
