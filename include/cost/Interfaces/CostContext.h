//===- CostContext.h - What a cost model may ask the analysis ---*- C++ -*-===//
//
// Cost models (CostOpInterface implementations) receive a CostContext. It
// answers questions about types (element sizes, static element counts), costs
// nested regions with the same machinery as top-level ops, and records why an
// op could not be costed.
//
//===----------------------------------------------------------------------===//

#ifndef COST_INTERFACES_COSTCONTEXT_H
#define COST_INTERFACES_COSTCONTEXT_H

#include "cost/Interfaces/CostCounts.h"

#include "mlir/IR/AffineMap.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Operation.h"
#include "mlir/Support/TypeID.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/Twine.h"

#include <memory>
#include <string>
#include <vector>

namespace mlir {
class DataLayout;
namespace cost {
class CostRules;

/// The points where the counting conventions of tools differ
/// (docs/conventions.md). The defaults are cost-opt's own convention
/// (docs/units.md); getConvention() gives the presets.
struct CountingConvention {
  /// The preset this convention is (what reports print).
  llvm::StringRef name = "default";
  /// FLOPs (or integer OPs) one multiply-accumulate counts: 2, its multiply
  /// and its add; 1 where MACs are called FLOPs (thop, ptflops, fvcore).
  unsigned opsPerMac = 2;
  /// Count the add of the first product into each output of a dot product
  /// or convolution (K MACs per output are 2K operations). False: the
  /// textbook 2K - 1 (the first product needs no add).
  bool countFirstAccumulate = true;
  /// Count the first combine into each output of a plain reduction (sum,
  /// max, pooling): K per output. False: K - 1 (XLA's reduce and
  /// reduce-window, the textbook count).
  bool countFirstCombine = true;
  /// Count every kernel tap of a convolution, including the taps that land
  /// in padding (what the tosa-to-linalg lowering and the PyTorch-side
  /// tools count). False: only the taps inside the input (XLA).
  bool countPaddedTaps = true;
  /// The same for pooling windows. XLA's reduce-window counts every tap.
  bool countPaddedPoolTaps = true;
  /// An elementwise op is one operation per output element, whatever its
  /// definition expands to (XLA: a clamp, a sigmoid or an erf is one); a
  /// transcendental stays a transcendental.
  bool oneOpPerElement = false;

  bool operator==(const CountingConvention &other) const;
};

/// The preset `name` (default, macs-as-flops, xla, exact), or nothing.
std::optional<CountingConvention> getConvention(llvm::StringRef name);
/// The preset names, in documentation order.
llvm::ArrayRef<llvm::StringLiteral> getConventionNames();

/// Which diagnostics the analysis emits on ops (the cost-diagnostics
/// option): All (ops not costed or unresolved as warnings; ops costed by an
/// interface default or overridden by a rule as remarks), Warnings (no
/// remarks) or None.
enum class CostDiagnostics { All, Warnings, None };

/// The level named `name` ("all", "warnings", "none"), or nothing.
std::optional<CostDiagnostics> getCostDiagnostics(llvm::StringRef name);

/// Settings that change what is counted. Defaults are the documented
/// conventions of docs/units.md.
struct CostOptions {
  /// Where cost-opt's counts and other tools' differ (--convention).
  CountingConvention convention;
  /// Values of shape symbols (--bind N=8,S=128): a dynamic dimension traced
  /// to a bound symbol is that constant.
  llvm::StringMap<int64_t> bindings;
  /// The value of every symbol `bindings` leaves unbound (--default-dim).
  std::optional<int64_t> defaultDim;
  /// The root functions of the module total, by qualified name (--entry;
  /// getQualifiedName, a leading '@' allowed); empty: every function no
  /// other function calls.
  std::vector<std::string> entries;
  /// Costs by op name from a rules file (--cost-rules); asked before
  /// CostOpInterface.
  std::shared_ptr<const CostRules> rules;
  /// The diagnostics emitted on ops (--cost-diagnostics).
  CostDiagnostics diagnostics = CostDiagnostics::All;
};

/// The symbol of the runtime multiple of a scalable vector's size.
constexpr llvm::StringLiteral kVScaleSymbol = "vscale";

/// The services the analysis offers to a cost model while it costs one op.
/// Implemented by CostAnalysis; models see only this interface.
class CostContext {
public:
  virtual ~CostContext();

  virtual const CostOptions &getOptions() const = 0;

  /// Size in bytes of one element of `type` in memory (the DataLayout size,
  /// at least 1: an i1 or i4 element occupies a byte, as MLIR lays it out).
  virtual int64_t getElementBytes(Type type) = 0;

  /// Number of elements of `type`; 1 for a scalar. Fails, after recording
  /// `op` as unresolved, if a dimension is dynamic or scalable (a scalable
  /// vector's lanes are a formula: getNumElements(Operation *, Value)); fails
  /// with an error if the count exceeds INT64_MAX.
  virtual FailureOr<int64_t> getNumElements(Operation *op, Type type) = 0;

  /// Bytes `type` occupies in memory: elements x element bytes for tensors
  /// and memrefs, with sub-byte elements other than i1 (i4, f4, f6, ...)
  /// packed: ceil(elements x bits / 8). 0 for scalars and vectors (they live
  /// in registers).
  /// Fails like getNumElements.
  virtual FailureOr<int64_t> getMemoryBytes(Operation *op, Type type) = 0;

  /// Size of dimension `dim` of the ranked tensor or memref `value`: its
  /// static size, or, for a dynamic dimension, the polynomial of the shape
  /// symbols it traces back to (through tensor.empty, tensor.dim,
  /// affine.apply, arith on index values, destination-passing ops, casts,
  /// slices and reshapes; docs/symbolic.md), a bound symbol being its value.
  /// Fails, after recording `op` as unresolved with the dimension that could
  /// not be traced, otherwise.
  virtual FailureOr<Polynomial> getDimSize(Operation *op, Value value,
                                           unsigned dim) = 0;

  /// The value of the index or integer SSA value `value` (a loop bound, a
  /// size) as a polynomial of shape symbols. Fails like getDimSize; a
  /// non-empty `detail` is appended to the reason ("; <detail>").
  virtual FailureOr<Polynomial> getIndexValue(Operation *op, Value value,
                                              const Twine &detail = "") = 0;

  /// The single result of `map` applied to `operands` (an affine loop
  /// bound). Fails like getIndexValue, also for a map of several results.
  virtual FailureOr<Polynomial> getAffineValue(Operation *op, AffineMap map,
                                               ValueRange operands,
                                               const Twine &detail = "") = 0;

  /// Bytes `value` occupies in memory, as getMemoryBytes(Operation *, Type)
  /// counts them, with dynamic dimensions traced as getDimSize does.
  virtual FailureOr<Polynomial> getMemoryBytes(Operation *op, Value value) = 0;

  /// Every dimension of the ranked shaped `value` (getDimSize); a scalar has
  /// none. A scalable dimension of a vector (`vector<[4]xf32>`) is its size
  /// times getVScale().
  FailureOr<SmallVector<Polynomial>> getShape(Operation *op, Value value);

  /// The lanes along each dimension of a vector of `type`: its sizes, a
  /// scalable one times getVScale().
  FailureOr<SmallVector<Polynomial>> getVectorShape(Operation *op,
                                                    VectorType type);

  /// The lanes of a vector of `type`: the product of getVectorShape.
  FailureOr<Polynomial> getVectorLanes(Operation *op, VectorType type);

  /// The multiple of a scalable vector's base size that the hardware runs
  /// (`vector.vscale`): the symbol kVScaleSymbol, or its value where --bind
  /// (or --default-dim) gives one.
  Polynomial getVScale();

  /// Number of elements of `value`: the product of getShape; 1 for a
  /// scalar, the lane count for a vector (a polynomial in vscale for a
  /// scalable one).
  FailureOr<Polynomial> getNumElements(Operation *op, Value value);

  /// Cost of one execution of `block` as a scalar payload (a linalg body, a
  /// tensor.generate body, a reduction combiner): the sum of the costs of its
  /// ops. Ops without a cost model are listed as uncounted; the payload ops
  /// are not annotated.
  virtual FailureOr<CostCounts> getPayloadCost(Block &block) = 0;

  /// Cost of one execution of `region` (a loop body, a branch): every op in
  /// it is costed and annotated like a top-level op.
  virtual FailureOr<CostCounts> getRegionCost(Region &region) = 0;

  /// getRegionCost of the single-block `region`, op by op: the cost of one
  /// execution of each op of its block, in order (terminators and ops not
  /// costed are 0). For a model that multiplies the ops of a region by
  /// different counts (a loop nest whose bounds depend on outer induction
  /// variables: lib/Models/LoopNests.h).
  virtual FailureOr<SmallVector<CostCounts>>
  getRegionOpCosts(Region &region) = 0;

  /// Records that `op`'s cost cannot be determined statically (a dynamic
  /// dimension, an unknown trip count) and returns failure. The op is then
  /// reported as unresolved and left out of totals, never counted as 0.
  virtual LogicalResult unresolved(Operation *op, const Twine &reason) = 0;

  /// Records the cost of each region of a branching op (scf.if,
  /// tosa.cond_if, ...) and which one its own cost counts, so that reports
  /// can show every branch.
  virtual void recordBranches(Operation *op, ArrayRef<CostCounts> regions,
                              unsigned counted) = 0;

  /// Records how many times each region of `op` runs per execution of `op`
  /// (a loop model: its trip count), so that per-op estimates built on the
  /// counts (the roofline) can follow the same multiplication. Regions not
  /// recorded run once.
  virtual void recordRegionExecutions(Operation *op,
                                      ArrayRef<Polynomial> perRegion) = 0;

  /// Records that `op` is a loop inside a loop nest whose bounds depend on
  /// outer induction variables: its counts are those of all its executions
  /// during one execution of the nest's outermost loop, and its regions run
  /// `perRootRun` times per execution of that loop (not per execution of
  /// `op`, whose trip count varies).
  virtual void recordNestExecutions(Operation *op,
                                    ArrayRef<Polynomial> perRootRun) = 0;

  /// Emits an error that a count of `op` exceeds INT64_MAX and returns
  /// failure.
  virtual LogicalResult overflow(Operation *op, StringRef what) = 0;

  /// The call the function is being costed for, or null when it is costed
  /// on its own. A model asks only when the call can change the op's cost:
  /// a multiply accumulated into an element of a buffer the function's
  /// arguments address, with no loop of the function reducing into it, is
  /// a MAC where a loop around the call does (countLoopAccumulatedMultiplies).
  /// Asking makes the analysis cost the function again at each call.
  virtual Operation *getCallSite() { return nullptr; }

  /// A value a model derives from `op`'s signature alone: its name, operand
  /// and result types, attributes and properties; never its operands'
  /// values or its regions. It is computed (`compute`) for the first op of
  /// a signature in the analysed function and shared by the others. For
  /// what an op rebuilds on every query: a named linalg op builds and
  /// interns its indexing maps anew on each call, under the context's lock.
  /// `T` names the value: models use types of their own.
  template <typename T>
  const T &getSignatureValue(Operation *op, llvm::function_ref<T()> compute) {
    const void *value = getSignatureValue(op, TypeID::get<T>(), [&] {
      return std::shared_ptr<const void>(std::make_shared<T>(compute()));
    });
    return *static_cast<const T *>(value);
  }

  /// The value of type `type` for `op`'s signature, made with `make` if
  /// there is none yet. Values live as long as the context. (The typed
  /// template above is what models call; this is what a context forwards.)
  virtual const void *
  getSignatureValue(Operation *op, TypeID type,
                    llvm::function_ref<std::shared_ptr<const void>()> make) = 0;

  /// The points a model may still enumerate while this function is costed
  /// (kMaxNestEnumeration in all, shared by all its ops), for the
  /// iteration-domain counting of loop nests; null (the default) for a
  /// context that keeps no budget, where each count gets the whole limit.
  virtual int64_t *getEnumerationBudget() { return nullptr; }

  /// Where isFoldedConstant (Formulas.h) keeps its verdict for each op of
  /// the function, so that a chain of ops is walked once, not once per op;
  /// null (the default) for a context that keeps none.
  virtual llvm::DenseMap<Operation *, bool> *getFoldedConstantCache() {
    return nullptr;
  }
};

} // namespace cost
} // namespace mlir

#endif // COST_INTERFACES_COSTCONTEXT_H
