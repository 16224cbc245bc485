// SPDX-License-Identifier: MIT
#include "common/atomic_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace cg {

namespace fs = std::filesystem;

Result<AtomicFile> AtomicFile::open(const std::string& path) {
  if (path == "-") return AtomicFile(path, {}, stdout);
  fs::path target(path);
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return unexpected(make_diagnostic(DiagKind::io, "cannot write: the folder " + dir.string() + " does not exist", path));
  if (fs::is_directory(target, ec))
    return unexpected(make_diagnostic(DiagKind::io, "cannot write: is a directory", path));
  std::string temp = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int fd = ::mkstemp(temp.data());
  if (fd < 0) return unexpected(make_diagnostic(DiagKind::io, std::string("cannot write: ") + std::strerror(errno), path));
  std::FILE* file = ::fdopen(fd, "wb");
  if (!file) {
    ::close(fd);
    ::unlink(temp.c_str());
    return unexpected(make_diagnostic(DiagKind::io, std::string("cannot write: ") + std::strerror(errno), path));
  }
  return AtomicFile(path, std::move(temp), file);
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : path_(std::move(other.path_)), temp_(std::move(other.temp_)), file_(other.file_) {
  other.file_ = nullptr;
  other.temp_.clear();
}

AtomicFile::~AtomicFile() {
  if (!temp_.empty()) {
    if (file_) std::fclose(file_);
    ::unlink(temp_.c_str());
  }
}

Result<void> AtomicFile::commit() {
  if (temp_.empty()) {
    if (file_ && std::fflush(file_) != 0)
      return unexpected(make_diagnostic(DiagKind::io, std::string("cannot write: ") + std::strerror(errno), path_));
    return {};
  }
  bool ok = std::fflush(file_) == 0 && ::fsync(::fileno(file_)) == 0;
  ok = (std::fclose(file_) == 0) && ok;
  file_ = nullptr;
  if (ok) {
    // mkstemp creates 0600; give the file the permissions a plain fopen would.
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(temp_.c_str(), 0666 & ~mask);
    ok = std::rename(temp_.c_str(), path_.c_str()) == 0;
  }
  if (!ok) {
    std::string why = std::strerror(errno);
    ::unlink(temp_.c_str());
    temp_.clear();
    return unexpected(make_diagnostic(DiagKind::io, "cannot write: " + why, path_));
  }
  temp_.clear();
  return {};
}

}  // namespace cg
