//===- SideFile.h - Bounded, read-once reads of input files -----*- C++ -*-===//
//
// Side files (the chip YAML, the rules file, the baseline JSON) are read
// through readSideFile: at most kMaxSideFileBytes, whatever kind of file the
// path names, and once per process, so that a pipe (--target-file=<(...))
// gives the same text to the driver's early check and to the pass.
//
//===----------------------------------------------------------------------===//

#ifndef COST_SUPPORT_SIDEFILE_H
#define COST_SUPPORT_SIDEFILE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"

#include <memory>
#include <string>

namespace mlir {
namespace cost {

/// Reads `path` whole, refusing directories, files over `maxBytes` and
/// non-regular files that give more than `maxBytes` before their end. On
/// failure returns null and sets `error` to a sentence without the path.
std::unique_ptr<llvm::MemoryBuffer>
readBoundedFile(llvm::StringRef path, uint64_t maxBytes, std::string &error);

/// readBoundedFile with kMaxSideFileBytes, cached for the life of the
/// process: every later call with the same path returns the same text. The
/// returned text stays valid until exit. On failure returns std::nullopt
/// and sets `error`.
std::optional<llvm::StringRef> readSideFile(llvm::StringRef path,
                                            std::string &error);

/// The MLIR input ('-' is standard input): a regular file of any size,
/// anything else up to kMaxStreamedInputBytes.
std::unique_ptr<llvm::MemoryBuffer> readInputFile(llvm::StringRef path,
                                                  std::string &error);

/// Checks that the brackets of `text` ('{', '[', '(', '<', outside string
/// literals and comments) nest at most `maxDepth` deep. On failure returns
/// the offset of the first bracket too deep.
std::optional<size_t> findNestingBeyond(llvm::StringRef text, unsigned maxDepth,
                                        bool mlirSyntax);

/// 1-based line and column of `offset` in `text`.
std::pair<unsigned, unsigned> getLineAndColumn(llvm::StringRef text,
                                               size_t offset);

} // namespace cost
} // namespace mlir

#endif // COST_SUPPORT_SIDEFILE_H
