//===- MachineOutput.cpp - Last check of JSON and CSV reports -------------===//
//
// JSON and CSV are read by programs: a value printed as 'inf' or 'nan'
// breaks them. The chip values and efficiencies are range-checked so that
// every number is finite; this check, run on each rendered report before
// it is written, makes a slip an error instead of a damaged file.
//
//===----------------------------------------------------------------------===//

#include "cost/Support/OutputFile.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"

using namespace mlir;
using namespace mlir::cost;

static bool isNonFiniteToken(llvm::StringRef token) {
  token = token.trim().trim('"');
  token.consume_front("-");
  token.consume_front("+");
  return token.equals_insensitive("inf") || token.equals_insensitive("nan") ||
         token.equals_insensitive("infinity");
}

std::optional<std::string> mlir::cost::checkMachineOutput(llvm::StringRef text,
                                                          bool isJson) {
  if (isJson) {
    llvm::Expected<llvm::json::Value> parsed = llvm::json::parse(text);
    if (!parsed)
      return "the JSON report is not valid JSON (" +
             llvm::toString(parsed.takeError()) + ")";
    return std::nullopt;
  }
  llvm::SmallVector<llvm::StringRef> lines;
  text.split(lines, '\n');
  for (auto [index, line] : llvm::enumerate(lines)) {
    llvm::SmallVector<llvm::StringRef> fields;
    line.split(fields, ',');
    for (llvm::StringRef field : fields)
      if (isNonFiniteToken(field))
        return "line " + std::to_string(index + 1) +
               " of the CSV report holds a non-finite number";
  }
  return std::nullopt;
}
