//===- Target.h - Chip data for the roofline estimate -----------*- C++ -*-===//
//
// A target is one chip: its dense peak rate per precision, its memory
// bandwidth and capacity, each figure with the source it comes from. Targets
// are data (targets/*.yaml, format in docs/targets.md); the built-in ones are
// compiled in from those files and parsed like a user's --target-file.
//
//===----------------------------------------------------------------------===//

#ifndef COST_ROOFLINE_TARGET_H
#define COST_ROOFLINE_TARGET_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <array>
#include <map>
#include <optional>
#include <string>

namespace mlir {
namespace cost {

/// The precisions a chip publishes a peak for, in report order.
enum class Precision { FP64, FP32, TF32, BF16, FP16, FP8, INT8 };
inline constexpr size_t kNumPrecisions = 7;

/// "fp64", "fp32", ..., "int8": the keys of a target file and the report.
llvm::StringRef getPrecisionName(Precision precision);
std::optional<Precision> parsePrecision(llvm::StringRef name);
/// All precisions, in report order.
llvm::ArrayRef<Precision> getPrecisions();
/// True for int8: its peak is in OP/s, the others in FLOP/s.
inline bool isIntegerPrecision(Precision p) { return p == Precision::INT8; }

/// One number of a chip's data sheet, in base units (FLOP/s, OP/s, B/s, B).
struct Figure {
  double value = 0;
  /// The text of the source it was taken from (resolved from its id).
  std::string source;
  /// How it was derived, when it is not printed as such.
  std::string note;
};

/// The peak entry of one precision.
struct Peak {
  /// The dense peak; empty if the chip does not support the precision.
  std::optional<Figure> figure;
  /// For an unsupported precision: why, and which precision's peak ops of
  /// this one run at (none: they get no compute time).
  std::string unsupported;
  std::optional<Precision> fallback;
};

struct Target {
  std::string name;
  std::string description;
  std::string kind;
  std::array<Peak, kNumPrecisions> peaks;
  /// 2:4 structured-sparsity peaks: listed, never used by the estimate.
  std::array<std::optional<Figure>, kNumPrecisions> sparsePeaks;
  Figure bandwidth; ///< B/s
  Figure capacity;  ///< B
  /// Source id -> text, as given in the file.
  std::map<std::string, std::string> sources;

  const Peak &getPeak(Precision p) const {
    return peaks[static_cast<size_t>(p)];
  }

  /// The dense peak that ops of precision `p` run at (the fallback's for an
  /// unsupported precision), and the precision it belongs to; empty if
  /// there is none.
  std::optional<std::pair<double, Precision>>
  getEffectivePeak(Precision p) const;
};

/// Parses a target file. On error, returns failure after writing one
/// diagnostic "file:line:col: error: <field>: <what is wrong>" (with the
/// source line) to `diag`.
FailureOr<Target> parseTarget(llvm::StringRef text, llvm::StringRef fileName,
                              llvm::raw_ostream &diag);

/// Reads and parses a target file from disk.
FailureOr<Target> loadTargetFile(llvm::StringRef path, llvm::raw_ostream &diag);

/// The names of the built-in targets, sorted.
std::vector<std::string> getBuiltinTargetNames();

/// The built-in target `name`. Unknown names get a diagnostic that lists
/// the known ones.
FailureOr<Target> getBuiltinTarget(llvm::StringRef name,
                                   llvm::raw_ostream &diag);

/// The target a --target / --target-file pair selects: a file if `file` is
/// set, else the built-in `name`; empty for the name "none".
FailureOr<std::optional<Target>> selectTarget(llvm::StringRef name,
                                              llvm::StringRef file,
                                              llvm::raw_ostream &diag);

/// The name the report uses when --target is not given.
inline constexpr llvm::StringLiteral kDefaultTarget = "h100-sxm";

/// `--list-targets`: every built-in chip with its dense peaks and memory.
void printTargetList(llvm::raw_ostream &os);

} // namespace cost
} // namespace mlir

#endif // COST_ROOFLINE_TARGET_H
