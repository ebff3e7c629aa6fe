//===- Roofline.h - Compute- vs memory-bound time on a chip -----*- C++ -*-===//
//
// The roofline estimate of a CostAnalysis on a Target. It reads the
// analysis' counts (it never counts anything itself) and turns each op's
// work and bytes into a time: max(work / peak, bytes / bandwidth), the peak
// being the chip's dense peak for the op's precision.
//
// Times aggregate through the IR as counts do: a loop's time is its body's
// time times its trip count, a branching op's is its counted branch's, a
// call's is the callee's. A function's time is the sum over its ops: each
// op reads and writes its operands from memory (an unfused upper estimate).
// The fused lower bound is the function's total work at peak against the
// bytes of its arguments, results and weights, each moved once.
//
//===----------------------------------------------------------------------===//

#ifndef COST_ROOFLINE_ROOFLINE_H
#define COST_ROOFLINE_ROOFLINE_H

#include "cost/Analysis/CostAnalysis.h"
#include "cost/Roofline/Target.h"

#include "llvm/ADT/DenseMap.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace mlir {
namespace cost {

struct RooflineOptions {
  /// Fraction of the peak compute rate that is achievable, in [0.001, 1].
  double computeEfficiency = 1.0;
  /// Fraction of the peak memory bandwidth that is achievable, in [0.001,
  /// 1].
  double bandwidthEfficiency = 1.0;
  /// Run f32 contractions (ops with MACs) at the TF32 tensor-core peak.
  bool allowTF32 = false;
};

/// The work the roofline times against a peak: FLOPs + integer OPs +
/// transcendentals (as a double: an estimate's input, not a count).
double getWork(const CostCounts &counts);
/// Bytes read + bytes written.
double getBytesMoved(const CostCounts &counts);

enum class Bound { None, Compute, Memory };
/// "compute", "memory" or "none".
llvm::StringRef getBoundName(Bound bound);

/// The estimate for one execution of one op.
struct OpTime {
  /// False when the op has no time: it is unresolved or uncounted, it has
  /// work in a precision the chip has no peak for, or (for a loop or
  /// branch) an op inside it has none.
  bool estimated = false;
  /// max(compute, memory) for a leaf; for a region-holding op or a call,
  /// the sum over its ops (times their trip counts).
  double timeS = 0;
  /// `timeS` split by the bound of the leaf ops it is made of.
  double computeBoundS = 0;
  double memoryBoundS = 0;

  // For leaf ops (no op-granular ops nested in them, not calls):
  bool isLeaf = false;
  /// The precision of the op's element types, and the one whose peak it
  /// runs at (they differ for a fallback, or f32 -> tf32).
  std::optional<Precision> precision;
  std::optional<Precision> peakPrecision;
  double peak = 0; ///< achievable work/s (efficiency applied)
  double computeS = 0;
  double memoryS = 0;
  /// Work per byte moved (FLOPs + int OPs + transcendentals per byte);
  /// empty when no byte moves.
  std::optional<double> intensity;

  Bound getBound() const;
};

/// One op among the most expensive of a function.
struct TopOp {
  Operation *op = nullptr;
  std::string function;
  /// Time of all its executions per execution of the function.
  double timeS = 0;
  /// How many times it runs per execution of the function.
  double executions = 1;
  Bound bound = Bound::None;
};

/// The estimate of a function (or of the module).
struct RooflineEstimate {
  /// Sum of per-op times (unfused upper estimate), split by bound.
  double timeS = 0;
  double computeBoundS = 0;
  double memoryBoundS = 0;
  /// Work by the precision whose peak it runs at.
  std::array<double, kNumPrecisions> work{};
  /// Bytes the ops move (read + written), times their executions.
  double bytes = 0;
  /// Fused lower bound: max(total work at peak, bytes of arguments, results
  /// and weights once at the bandwidth, capped by the ops' own bytes); empty
  /// if a dynamic shape hides the arguments' size.
  std::optional<double> lowerComputeS;
  std::optional<double> lowerMemoryS;
  std::optional<double> lowerBoundS;
  /// Ops left out of `timeS` because no peak applies to them:
  /// "op-name (precision) at loc".
  std::vector<std::string> noPeak;
  /// Precisions whose ops ran at another's peak (a fallback, or f32 on
  /// TF32), each pair once.
  std::vector<std::pair<Precision, Precision>> substitutions;
  /// The 10 ops with the largest time, largest first.
  std::vector<TopOp> top;

  /// The bound of the larger share of `timeS`.
  Bound getBound() const;
};

/// Checks that both efficiencies are in [kMinEfficiency, 1]; writes a
/// diagnostic naming the option otherwise.
LogicalResult verifyRooflineOptions(const RooflineOptions &options,
                                    llvm::raw_ostream &diag);

/// What the passes' `target` / `target-file` options select, with `options`
/// verified: a chip, or none for the name "none". On error, emits one
/// diagnostic at `loc` (without dumping the IR) and fails.
FailureOr<std::optional<Target>> selectTargetAt(Location loc,
                                                llvm::StringRef name,
                                                llvm::StringRef file,
                                                const RooflineOptions &options);

/// A count as a double. Only for counts without unbound symbols (what a
/// Roofline is built from): asserts that `count` is a constant.
double countValue(const Polynomial &count);

class Roofline {
public:
  /// `analysis` must have no unbound shape symbols
  /// (CostAnalysis::getUnboundSymbols() empty): a time needs numbers.
  Roofline(const CostAnalysis &analysis, const Target &target,
           RooflineOptions options = {});

  const Target &getTarget() const { return target; }
  const RooflineOptions &getOptions() const { return options; }

  /// The estimate for one execution of `op`, or null if the analysis did
  /// not cost it at op granularity.
  const OpTime *lookup(Operation *op) const;
  /// The estimates of one function's ops, in the order of
  /// CostAnalysis::getOpResults(fn) (a time per result).
  ArrayRef<OpTime> getOpTimes(const FunctionCost &fn) const;
  /// Function `i` of the analysis: its own ops (calls cost nothing), and
  /// with each call costing the callee's inclusive time.
  const RooflineEstimate &getExclusive(size_t i) const { return exclusive[i]; }
  const RooflineEstimate &getInclusive(size_t i) const { return inclusive[i]; }
  /// The module: the root functions' inclusive estimates.
  const RooflineEstimate &getTotal() const { return total; }

private:
  const CostAnalysis &analysis;
  Target target;
  RooflineOptions options;
  /// Per function, a time per op result.
  std::vector<std::vector<OpTime>> opTimes;
  std::vector<RooflineEstimate> exclusive, inclusive;
  RooflineEstimate total;
};

} // namespace cost
} // namespace mlir

MLIR_DECLARE_EXPLICIT_TYPE_ID(mlir::cost::Roofline)

#endif // COST_ROOFLINE_ROOFLINE_H
