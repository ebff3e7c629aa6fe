//===- cost-fuzz.cpp - libFuzzer target: parse, analyse, report -----------===//
//
// Each input is an MLIR file. It is parsed (and verified) with the dialects
// cost-opt registers; if it parses, the cost report pass runs on it: the
// analysis, the roofline and the report, in the format and convention the
// input's length picks, so every renderer sees mutated IR. Diagnostics are
// swallowed: an error is a fine outcome, a crash or a sanitizer report is
// not. Built with -fsanitize=fuzzer,address,undefined by
// -DCOST_ENABLE_FUZZER=ON (clang only); scripts/fuzz.sh runs it.
//
//===----------------------------------------------------------------------===//

#include "cost/Models/Models.h"
#include "cost/Tools/CostOptMain.h"
#include "cost/Transforms/Passes.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cstddef>
#include <cstdint>

using namespace mlir;

static const DialectRegistry &getRegistry() {
  static DialectRegistry *registry = [] {
    auto *r = new DialectRegistry();
    cost::registerCostOptDialects(*r);
    cost::registerAllCostModels(*r);
    return r;
  }();
  return *registry;
}

/// Skips `text` from `pos` past spaces, tabs and newlines.
static size_t skipSpace(llvm::StringRef text, size_t pos) {
  while (pos < text.size() && llvm::isSpace(text[pos]))
    ++pos;
  return pos;
}

/// True if `text` at `pos` is a well-formed integer list `[1, -2, 3]`.
static bool isIntegerList(llvm::StringRef text, size_t pos) {
  if (pos >= text.size() || text[pos] != '[')
    return false;
  pos = skipSpace(text, pos + 1);
  if (pos < text.size() && text[pos] == ']')
    return true;
  while (true) {
    if (pos < text.size() && text[pos] == '-')
      ++pos;
    size_t digits = pos;
    while (pos < text.size() && llvm::isDigit(text[pos]))
      ++pos;
    if (pos == digits)
      return false;
    pos = skipSpace(text, pos);
    if (pos < text.size() && text[pos] == ']')
      return true;
    if (pos >= text.size() || text[pos] != ',')
      return false;
    pos = skipSpace(text, pos + 1);
  }
}

/// True if the input holds a construct that crashes MLIR 22.1's own parser
/// (docs/robustness.md has a reproducer for each). They are not cost-opt's
/// to fix; skipping them lets a run go on to find other crashes.
static bool hitsKnownParserCrash(llvm::StringRef text) {
  for (size_t pos = 0; (pos = text.find("array", pos)) != llvm::StringRef::npos;
       pos += 5) {
    // `array<index: ...>`: getIntOrFloatBitWidth() on index
    // (llvm/llvm-project#179045, fixed after 22.1.8).
    size_t at = skipSpace(text, pos + 5);
    if (at < text.size() && text[at] == '<' &&
        text.substr(skipSpace(text, at + 1)).starts_with("index"))
      return true;
  }
  for (llvm::StringRef keyword : {"dimensions", "permutation"}) {
    for (size_t pos = 0;
         (pos = text.find(keyword, pos)) != llvm::StringRef::npos;
         pos += keyword.size()) {
      // `) dimensions = <anything but an integer list>` in the custom form
      // of linalg.reduce, linalg.broadcast and linalg.transpose
      // (permutation): the parse error leaves a null attribute that is
      // stored anyway (llvm/llvm-project#132747).
      size_t before = pos;
      while (before > 0 && llvm::isSpace(text[before - 1]))
        --before;
      if (before == 0 || text[before - 1] != ')')
        continue;
      size_t at = skipSpace(text, pos + keyword.size());
      if (at < text.size() && text[at] == '=' &&
          !isIntegerList(text, skipSpace(text, at + 1)))
        return true;
    }
  }
  return false;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::StringRef text(reinterpret_cast<const char *>(data), size);
  if (hitsKnownParserCrash(text))
    return -1; // Not added to the corpus.
  // A context per input: types and attributes interned by one input never
  // accumulate over a million runs.
  MLIRContext context(getRegistry(), MLIRContext::Threading::DISABLED);
  ScopedDiagnosticHandler swallow(&context,
                                  [](Diagnostic &) { return success(); });
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(text, "fuzz.mlir"), llvm::SMLoc());
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!module)
    return 0;

  static const char *const formats[] = {"text", "json", "csv"};
  static const char *const conventions[] = {"default", "macs-as-flops", "xla",
                                            "exact"};
  cost::CostReportPassOptions options;
  options.format = formats[size % 3];
  options.convention = conventions[(size / 3) % 4];
  options.exact = size % 2;
  std::string report;
  llvm::raw_string_ostream stream(report);
  PassManager pm(&context, module->getOperationName());
  pm.addPass(cost::createCostReportPass(options, stream));
  (void)pm.run(*module);
  return 0;
}
