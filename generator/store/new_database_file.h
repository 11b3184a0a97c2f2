// NewDatabaseFile: the database that `import` creates when --db names no file yet.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace portalgen {

class Database;

// The database is made under a temporary name beside PATH and takes the name PATH only when
// keep() is called, once the import has succeeded: a failed or killed import leaves no database
// behind (a later command would take it for a real, empty one), and the folders it had to create
// are removed again.
class NewDatabaseFile {
  public:
    explicit NewDatabaseFile(const std::string& path);
    ~NewDatabaseFile();
    NewDatabaseFile(const NewDatabaseFile&) = delete;
    NewDatabaseFile& operator=(const NewDatabaseFile&) = delete;

    Database& database() { return *database_; }
    // Closes the database and renames it to PATH; throws if PATH was created meanwhile.
    void keep();

  private:
    std::filesystem::path path_;
    std::filesystem::path temporary_;
    std::vector<std::filesystem::path> created_folders_;  // deepest first
    std::unique_ptr<Database> database_;
    bool kept_ = false;
};

}  // namespace portalgen
