//===- OutputFile.cpp - Safe, all-or-nothing writes of output files -------===//

#include "cost/Support/OutputFile.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::cost;
namespace fs = llvm::sys::fs;

static llvm::Error makeError(const llvm::Twine &message) {
  return llvm::createStringError(std::make_error_code(std::errc::io_error),
                                 message);
}

namespace {
/// Where one output goes, once resolved.
struct Destination {
  enum Kind { Stdout, Direct, InPlace, Replace } kind = Replace;
  /// The path written: symbolic links resolved.
  std::string path;
  /// The permissions to keep, for Replace over an existing file.
  std::optional<fs::perms> permissions;
  /// Identity of an existing file, to find two outputs naming one file.
  std::optional<fs::UniqueID> id;
};
} // namespace

/// Resolves `path` (links followed) and decides how it is written.
static llvm::Expected<Destination> resolve(llvm::StringRef path) {
  Destination dest;
  if (path == "-") {
    dest.kind = Destination::Stdout;
    dest.path = "-";
    return dest;
  }
  if (path.empty())
    return makeError("an empty path");
  fs::file_status status;
  std::error_code statusError = fs::status(path, status, /*Follow=*/true);
  if (statusError == std::errc::no_such_file_or_directory) {
    // A dangling link would be replaced by a file: refuse it.
    fs::file_status linkStatus;
    if (!fs::status(path, linkStatus, /*Follow=*/false) &&
        linkStatus.type() == fs::file_type::symlink_file)
      return makeError("'" + path + "' is a symbolic link to nothing");
    llvm::SmallString<256> absolute(path);
    fs::make_absolute(absolute);
    dest.path = std::string(absolute);
    return dest;
  }
  if (statusError)
    return makeError("'" + path + "': " + statusError.message());
  dest.id = status.getUniqueID();
  switch (status.type()) {
  case fs::file_type::directory_file:
    return makeError("'" + path + "' is a directory");
  case fs::file_type::regular_file: {
    // The file the links lead to is the one replaced.
    llvm::SmallString<256> real;
    if (std::error_code ec = fs::real_path(path, real))
      return makeError("'" + path + "': " + ec.message());
    dest.path = std::string(real);
    dest.permissions = status.permissions();
    dest.kind =
        status.getLinkCount() > 1 ? Destination::InPlace : Destination::Replace;
    return dest;
  }
  default:
    // A FIFO, a character or block device, a socket (/dev/stdout may lead
    // to a pipe that has no path): opened by its own name, never replaced.
    dest.path = path.str();
    dest.kind = Destination::Direct;
    return dest;
  }
}

/// Writes `contents` to an open descriptor and closes it; every error
/// counts.
static llvm::Error writeAndClose(int fd, llvm::StringRef what,
                                 llvm::StringRef contents) {
  std::error_code error;
  {
    llvm::raw_fd_ostream os(fd, /*shouldClose=*/true, /*unbuffered=*/false);
    os << contents;
    os.close();
    error = os.error();
    os.clear_error();
  }
  if (error)
    return makeError("cannot write '" + what + "': " + error.message());
  return llvm::Error::success();
}

/// Writes directly (no temporary file): standard output, a device, a FIFO,
/// or a file with several links.
static llvm::Error writeDirect(const Destination &dest,
                               llvm::StringRef contents) {
  if (dest.kind == Destination::Stdout) {
    llvm::outs() << contents;
    llvm::outs().flush();
    if (std::error_code error = llvm::outs().error()) {
      llvm::outs().clear_error();
      return makeError("cannot write to standard output: " + error.message());
    }
    return llvm::Error::success();
  }
  int fd;
  fs::CreationDisposition disposition = dest.kind == Destination::InPlace
                                            ? fs::CD_CreateAlways
                                            : fs::CD_OpenExisting;
  if (std::error_code ec =
          fs::openFileForWrite(dest.path, fd, disposition, fs::OF_None))
    return makeError("cannot open '" + dest.path + "': " + ec.message());
  return writeAndClose(fd, dest.path, contents);
}

void OutputBatch::add(llvm::StringRef path, std::string contents,
                      llvm::StringRef what) {
  outputs.push_back({path.str(), std::move(contents), what.str()});
}

void OutputBatch::addInput(llvm::StringRef path) {
  inputs.push_back(path.str());
}

llvm::Error OutputBatch::check() const {
  llvm::SmallVector<std::pair<Destination, const Output *>> seen;
  for (const Output &output : outputs) {
    llvm::Expected<Destination> dest = resolve(output.path);
    if (!dest)
      return makeError("cannot write the " + output.what + ": " +
                       llvm::toString(dest.takeError()));
    for (const std::string &input : inputs) {
      if (input == "-" || dest->kind == Destination::Stdout)
        continue;
      bool same = false;
      if (fs::equivalent(input, dest->path, same) || !same)
        continue;
      return makeError("the " + output.what + " '" + output.path +
                       "' would overwrite the input '" + input + "'");
    }
    for (auto &[other, previous] : seen) {
      // Standard output, a device or a FIFO may take several outputs.
      if (dest->kind == Destination::Stdout ||
          dest->kind == Destination::Direct)
        break;
      bool same = other.path == dest->path ||
                  (other.id && dest->id && *other.id == *dest->id);
      if (same)
        return makeError("the " + previous->what + " and the " + output.what +
                         " both name '" + output.path + "'");
    }
    seen.push_back({*dest, &output});
  }
  return llvm::Error::success();
}

llvm::Error OutputBatch::commit() {
  if (llvm::Error error = check())
    return error;
  struct Prepared {
    Destination dest;
    const Output *output;
    std::string temporary;
  };
  llvm::SmallVector<Prepared> prepared;
  auto removeTemporaries = [&] {
    for (Prepared &p : prepared)
      if (!p.temporary.empty())
        (void)fs::remove(p.temporary);
  };
  // Phase 1: every replaced file is written whole next to its destination.
  for (const Output &output : outputs) {
    Destination dest = cantFail(resolve(output.path));
    Prepared p{dest, &output, ""};
    if (dest.kind == Destination::Replace) {
      llvm::SmallString<256> model(dest.path);
      model += ".tmp-%%%%%%%%";
      llvm::SmallString<256> temporary;
      int fd;
      unsigned mode = dest.permissions ? unsigned(*dest.permissions) : 0666;
      if (std::error_code ec =
              fs::createUniqueFile(model, fd, temporary, fs::OF_None, mode)) {
        removeTemporaries();
        return makeError("cannot write the " + output.what + " '" +
                         output.path + "': " + ec.message());
      }
      p.temporary = std::string(temporary);
      prepared.push_back(p);
      // The umask applies at creation: give back the old file's mode.
      if (dest.permissions)
        (void)fs::setPermissions(fd, *dest.permissions);
      if (llvm::Error error = writeAndClose(fd, output.path, output.contents)) {
        removeTemporaries();
        return error;
      }
      continue;
    }
    prepared.push_back(p);
  }
  // Phase 2: into place.
  for (Prepared &p : prepared) {
    if (p.dest.kind == Destination::Replace) {
      if (std::error_code ec = fs::rename(p.temporary, p.dest.path)) {
        removeTemporaries();
        return makeError("cannot write the " + p.output->what + " '" +
                         p.output->path + "': " + ec.message());
      }
      p.temporary.clear();
      continue;
    }
    if (llvm::Error error = writeDirect(p.dest, p.output->contents)) {
      removeTemporaries();
      return error;
    }
  }
  return llvm::Error::success();
}

llvm::Error mlir::cost::writeOutputFile(llvm::StringRef path,
                                        llvm::StringRef contents) {
  OutputBatch batch;
  batch.add(path, contents.str(), "output");
  return batch.commit();
}
