//===- cost-fuzz-sidefiles.cpp - libFuzzer target: side files, options ----===//
//
// The files and strings cost-opt reads besides the MLIR input. The first
// byte of an input picks the reader, the rest is its text:
//   'T' a chip YAML (--target-file): parseTarget, then the physical ranges;
//   'R' a rules file, YAML or JSON (--cost-rules): CostRules::parse;
//   'B' a baseline JSON (--baseline): the nesting check, llvm::json, the
//       gate against a fixed current report;
//   'O' option strings: --bind items (comma-separated), --default-dim,
//       the efficiencies and --max-increase as numbers.
// Any other first byte is ignored. COST_FUZZ_KIND=T (or R, B, O) makes
// every input go to one reader, for a run of that reader alone. Errors are fine outcomes; a crash, a
// hang or a sanitizer report is not. scripts/fuzz.sh builds and runs it
// with seeds made from the tests (tools/cost-fuzz-sidefiles/make-seeds.sh).
//
//===----------------------------------------------------------------------===//

#include "cost/Analysis/CostRules.h"
#include "cost/Analysis/ShapeSymbols.h"
#include "cost/Report/Baseline.h"
#include "cost/Roofline/PhysicalRanges.h"
#include "cost/Roofline/Roofline.h"
#include "cost/Roofline/Target.h"
#include "cost/Support/Limits.h"
#include "cost/Support/SideFile.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

using namespace mlir;
using namespace mlir::cost;

/// A current report for the gate: two functions and the total.
static const char kCurrentReport[] = R"({
  "schema": "cost-opt-report/1",
  "functions": [
    {"name": "f", "flops": 1024, "bytes_read": 896, "bytes_written": 256,
     "roofline": {"time_s": 3.4e-10},
     "op_kinds": [{"op": "linalg.matmul", "count": 1, "flops": 1024,
                   "bytes": 1152, "time_s": 3.4e-10}]},
    {"name": "g", "flops": 0, "bytes_read": 0, "bytes_written": 0}
  ],
  "total": {"flops": 1024, "bytes_read": 896, "bytes_written": 256}
})";

static void fuzzTarget(llvm::StringRef text) {
  std::string ignored;
  llvm::raw_string_ostream diag(ignored);
  FailureOr<Target> target = parseTarget(text, "fuzz.yaml", diag);
  if (failed(target))
    return;
  // A chip that loads must give finite numbers to the roofline.
  for (Precision p : getPrecisions())
    if (std::optional<std::pair<double, Precision>> peak =
            target->getEffectivePeak(p))
      if (!(peak->first > 0) || std::isinf(peak->first))
        __builtin_trap();
}

static void fuzzRules(llvm::StringRef text) {
  (void)CostRules::parse("fuzz.yaml", text,
                         [](unsigned, unsigned, const llvm::Twine &) {});
}

static void fuzzBaseline(llvm::StringRef text) {
  if (findNestingBeyond(text, kMaxJsonNesting, /*mlirSyntax=*/false))
    return;
  llvm::Expected<llvm::json::Value> before = llvm::json::parse(text);
  if (!before) {
    llvm::consumeError(before.takeError());
    return;
  }
  static const llvm::json::Value current =
      cantFail(llvm::json::parse(kCurrentReport));
  std::string ignored;
  llvm::raw_string_ostream os(ignored);
  for (double maxIncrease : {0.0, 5.0})
    (void)compareWithBaseline(*before, current, maxIncrease, "fuzz.json", os);
}

static void fuzzOptions(llvm::StringRef text) {
  std::string ignored;
  llvm::raw_string_ostream diag(ignored);
  // --bind NAME=V,... as llvm::cl splits it.
  llvm::SmallVector<llvm::StringRef> parts;
  text.split(parts, ',');
  std::vector<std::string> items(parts.begin(), parts.end());
  llvm::StringMap<int64_t> bindings;
  (void)parseBindings(items, bindings, diag);
  // The numbers of the other options.
  for (llvm::StringRef part : parts) {
    int64_t integer;
    if (!part.getAsInteger(10, integer))
      (void)verifyDefaultDim(integer, diag);
    double number;
    if (!part.getAsDouble(number)) {
      (void)checkEfficiency(number);
      for (int quantity = 0; quantity < 4; ++quantity)
        (void)checkPhysicalRange(number, quantity);
    }
  }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1 || size > kMaxSideFileBytes)
    return 0;
  // COST_FUZZ_KIND=T|R|B|O fuzzes one reader only (every execution counts
  // for it); the first byte then stays part of the input's kind byte.
  static const char *const onlyKind = getenv("COST_FUZZ_KIND");
  char kind = onlyKind && *onlyKind ? *onlyKind : static_cast<char>(data[0]);
  llvm::StringRef text(reinterpret_cast<const char *>(data) + 1, size - 1);
  // The parsers take text as a file holds it: one copy with a terminator.
  std::string owned = text.str();
  switch (kind) {
  case 'T':
    fuzzTarget(owned);
    break;
  case 'R':
    fuzzRules(owned);
    break;
  case 'B':
    fuzzBaseline(owned);
    break;
  case 'O':
    fuzzOptions(owned);
    break;
  default:
    break;
  }
  return 0;
}
