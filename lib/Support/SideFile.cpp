//===- SideFile.cpp - Bounded, read-once reads of input files -------------===//

#include "cost/Support/SideFile.h"
#include "cost/Support/Limits.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Errc.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Process.h"

#include <mutex>

using namespace mlir;
using namespace mlir::cost;

/// "16 MiB" for a power-of-two multiple of a MiB, else the bytes.
static std::string describeBytes(uint64_t bytes) {
  if (bytes % (1u << 20) == 0)
    return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

std::unique_ptr<llvm::MemoryBuffer>
mlir::cost::readBoundedFile(llvm::StringRef path, uint64_t maxBytes,
                            std::string &error) {
  namespace fs = llvm::sys::fs;
  bool isStdin = path == "-";
  fs::file_t fd;
  if (isStdin) {
    fd = fs::getStdinHandle();
  } else {
    llvm::Expected<fs::file_t> opened = fs::openNativeFileForRead(path);
    if (!opened) {
      error = llvm::toString(opened.takeError());
      return nullptr;
    }
    fd = *opened;
  }
  auto closeFd = [&] {
    if (!isStdin)
      (void)fs::closeFile(fd);
  };
  fs::file_status status;
  if (std::error_code ec = fs::status(fd, status)) {
    error = ec.message();
    closeFd();
    return nullptr;
  }
  if (status.type() == fs::file_type::directory_file) {
    error = "it is a directory";
    closeFd();
    return nullptr;
  }
  if (status.type() == fs::file_type::regular_file) {
    if (maxBytes && status.getSize() > maxBytes) {
      error = "it is " + std::to_string(status.getSize()) +
              " bytes, over the limit of " + describeBytes(maxBytes);
      closeFd();
      return nullptr;
    }
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> buffer =
        llvm::MemoryBuffer::getOpenFile(fd, path, status.getSize());
    closeFd();
    if (!buffer) {
      error = buffer.getError().message();
      return nullptr;
    }
    return std::move(*buffer);
  }
  // A pipe, a device, a socket: read until its end, but not past the
  // limit (/dev/zero never ends).
  uint64_t limit = maxBytes ? maxBytes : kMaxStreamedInputBytes;
  llvm::SmallString<0> data;
  char chunk[1 << 16];
  while (true) {
    llvm::Expected<size_t> got =
        fs::readNativeFile(fd, llvm::MutableArrayRef<char>(chunk));
    if (!got) {
      error = llvm::toString(got.takeError());
      closeFd();
      return nullptr;
    }
    if (*got == 0)
      break;
    data.append(chunk, chunk + *got);
    if (data.size() > limit) {
      error = "it is not a regular file and gave more than " +
              describeBytes(limit) + " before its end";
      closeFd();
      return nullptr;
    }
  }
  closeFd();
  return llvm::MemoryBuffer::getMemBufferCopy(data, path);
}

std::optional<llvm::StringRef> mlir::cost::readSideFile(llvm::StringRef path,
                                                        std::string &error) {
  static std::mutex mutex;
  static llvm::StringMap<std::unique_ptr<llvm::MemoryBuffer>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(path);
  if (it != cache.end())
    return it->second->getBuffer();
  std::unique_ptr<llvm::MemoryBuffer> buffer =
      readBoundedFile(path, kMaxSideFileBytes, error);
  if (!buffer)
    return std::nullopt;
  llvm::StringRef text = buffer->getBuffer();
  cache[path] = std::move(buffer);
  return text;
}

std::unique_ptr<llvm::MemoryBuffer>
mlir::cost::readInputFile(llvm::StringRef path, std::string &error) {
  namespace fs = llvm::sys::fs;
  // Regular files have no limit: only the others are bounded.
  fs::file_status status;
  if (path != "-" && !fs::status(path, status) &&
      status.type() == fs::file_type::regular_file)
    return readBoundedFile(path, /*maxBytes=*/0, error);
  return readBoundedFile(path, kMaxStreamedInputBytes, error);
}
