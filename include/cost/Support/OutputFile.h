//===- OutputFile.h - Safe, all-or-nothing writes of output files -*- C++
//-*-===//
//
// A run's output files (the report, --report-file, --roofline-svg) are
// gathered in an OutputBatch and written together at the end, only if the
// run succeeded:
//  - '-' is standard output;
//  - a symbolic link is followed, and its target written;
//  - a FIFO, a character device (/dev/stdout, /dev/null) or a socket is
//    written directly, never replaced;
//  - a regular file with a single link is replaced atomically by renaming a
//    temporary file of the same directory over it, with the old file's
//    permissions; a regular file with several hard links is rewritten in
//    place, so that every link sees the new contents;
//  - every write and close error is reported.
// Before anything is written, every file is checked: two outputs naming one
// file, or an output naming an input, is an error.
//
//===----------------------------------------------------------------------===//

#ifndef COST_SUPPORT_OUTPUTFILE_H
#define COST_SUPPORT_OUTPUTFILE_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <optional>
#include <string>

namespace mlir {
namespace cost {

class OutputBatch {
public:
  /// Adds a file to write; `what` names it in messages ("report").
  void add(llvm::StringRef path, std::string contents, llvm::StringRef what);

  /// Names an input that no output may replace.
  void addInput(llvm::StringRef path);

  /// Checks every output (duplicates, inputs, directories) without writing.
  llvm::Error check() const;

  /// check(), then prepares every file (temporary files written and closed)
  /// and only then puts them in place. On error, nothing that was not
  /// written is changed and the temporary files are removed.
  llvm::Error commit();

  bool empty() const { return outputs.empty(); }

private:
  struct Output {
    std::string path, contents, what;
  };
  llvm::SmallVector<Output> outputs;
  llvm::SmallVector<std::string> inputs;
};

/// Checks a rendered JSON report (it parses: no inf or nan) or CSV report
/// (no field is inf or nan). Returns the problem, or std::nullopt.
std::optional<std::string> checkMachineOutput(llvm::StringRef text,
                                              bool isJson);

/// Writes one file as OutputBatch does.
llvm::Error writeOutputFile(llvm::StringRef path, llvm::StringRef contents);

} // namespace cost
} // namespace mlir

#endif // COST_SUPPORT_OUTPUTFILE_H
