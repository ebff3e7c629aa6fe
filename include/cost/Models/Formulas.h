//===- Formulas.h - Cost formulas shared by the dialect models --*- C++ -*-===//
//
// The formulas every dialect model is built from. linalg, arith/math, tensor
// and tosa models call these rather than restating the arithmetic, so that
// an op and its lowering are costed by the same code.
//
//===----------------------------------------------------------------------===//

#ifndef COST_MODELS_FORMULAS_H
#define COST_MODELS_FORMULAS_H

#include "cost/Interfaces/CostContext.h"
#include "cost/Interfaces/CostCounts.h"

#include "mlir/IR/Operation.h"

namespace mlir {
namespace linalg {
class LinalgOp;
} // namespace linalg

namespace cost {

/// What one scalar application of an elementwise op costs.
enum class ScalarKind {
  /// One floating-point operation (add, mul, div, max, compare, ...).
  Float,
  /// One integer or index operation.
  Int,
  /// One operation, floating-point or integer by the element type of the
  /// result (select) or of the first operand (compares).
  ByType,
  /// A fused multiply-add: 2 FLOPs.
  Fma,
  /// One transcendental (exp, log, tanh, erf, sin, pow, sqrt, rsqrt, ...).
  Transcendental,
  /// No arithmetic: type conversions, bit casts.
  Free,
};

/// The per-element cost of an op of `kind` whose element type is
/// `elementType` (used by ScalarKind::ByType).
CostCounts getScalarCost(ScalarKind kind, Type elementType);

/// `perElement` times the number of elements of `domain` (1 for a scalar),
/// plus the memory bytes of `reads` (read) and `writes` (written).
LogicalResult computePerElementCost(Operation *op, Value domain,
                                    const CostCounts &perElement,
                                    ValueRange reads, ValueRange writes,
                                    CostContext &ctx, CostCounts &counts);

/// True if `op` computes a compile-time constant that every pipeline folds
/// away: it has no memory effects and no regions,
/// operands and results of scalar or vector type, at least one operand,
/// and every operand is a constant (a ConstantLike op) or the result of
/// such an op whose own operands are constants, up to kMaxFoldedChain ops
/// back (a longer chain is counted). `math.sqrt` of a constant, or
/// `%c + 0.0` with a constant `%c`, is one; computeElementwiseCost costs it
/// nothing, so a linalg payload counts what its loop form counts once
/// lowering has folded it (docs/ops.md). With `cache` (a context's
/// getFoldedConstantCache), verdicts are kept per op: the ops of a function
/// costed in order then cost a look at their operands each, and the chain
/// limit only bounds what is not yet known.
bool isFoldedConstant(Operation *op,
                      llvm::DenseMap<Operation *, bool> *cache = nullptr);

/// Whether `value` is an input block argument of a structured op's payload
/// fed by a splat constant (a dense splat `arith.constant`, or after
/// bufferization a `memref.get_global` of a constant splat global): one
/// constant scalar, which convert-linalg-to-loops and -affine-loops put in
/// the loops as that scalar. Ops on it then fold on every form. `cache`
/// keeps the verdict per get_global op (one symbol lookup each).
bool isSplatConstantInput(Value value,
                          llvm::DenseMap<Operation *, bool> *cache);

/// How many ops back isFoldedConstant follows a chain of such ops.
inline constexpr unsigned kMaxFoldedChain = 16;

/// Cost of an elementwise op: `perElement` times the number of elements of
/// its first result (1 for scalars); bytes read are the tensor/memref
/// operands, bytes written the tensor/memref results. Under a convention
/// with CountingConvention::oneOpPerElement, a `perElement` of several
/// operations counts one (a transcendental if it has one). Nothing for an op
/// that isFoldedConstant.
LogicalResult computeElementwiseCost(Operation *op,
                                     const CostCounts &perElement,
                                     CostContext &ctx, CostCounts &counts);

/// Adds the memory bytes of `values` to `bytes`.
LogicalResult addMemoryBytes(Operation *op, ValueRange values, CostContext &ctx,
                             Polynomial &bytes);

/// Number of points of an iteration domain (the product of `sizes`).
FailureOr<Polynomial> getDomainSize(Operation *op, ArrayRef<Polynomial> sizes,
                                    CostContext &ctx);

/// The cost of one multiply-accumulate on elements of `elementType`: 1 MAC,
/// and 2 FLOPs (floating point) or 2 integer OPs (integers); 1 under a
/// convention that calls MACs FLOPs (CountingConvention::opsPerMac).
CostCounts getMacCost(Type elementType, const CountingConvention &convention);

/// Under a convention that does not count the first combine into each
/// output of a reduction (CountingConvention::countFirstAccumulate for a
/// dot product or convolution, `isAccumulate`; countFirstCombine for a plain
/// reduction such as a sum, a max or a pooling window), removes `outputs` x
/// `perCombine` from `counts`: K combines per output become K - 1. Does
/// nothing under a convention that counts them.
LogicalResult dropFirstCombines(Operation *op, const Polynomial &outputs,
                                const CostCounts &perCombine, bool isAccumulate,
                                CostContext &ctx, CostCounts &counts);

/// True if the multiply `op` (arith.mulf / arith.muli) computes a product
/// that a scalar add, subtraction or math.fma accumulates in a loop nest
/// (countLoopAccumulatedMultiplies, with `ctx` for the loops around the
/// call): that accumulation counts its MAC.
bool isLoopAccumulatedMultiply(Operation *op, CostContext *ctx = nullptr);

/// Cost of `perPoint` at every point of an iteration domain whose dimension
/// sizes are `domain` (MACs included).
LogicalResult computeDomainCost(Operation *op, ArrayRef<Polynomial> domain,
                                const CostCounts &perPoint, CostContext &ctx,
                                CostCounts &counts);

/// Number of (position, kernel tap) pairs along one dimension of a sliding
/// window: `positions` positions p, each visiting `kernel` taps k at index
/// p * stride + k * dilation - padBefore of a dimension of size `extent`.
/// With `countPadded` every pair counts (positions x kernel); otherwise only
/// pairs whose index lies in [0, extent). For a convolution the positions
/// are the outputs and the extent the input; for a transposed convolution
/// the positions are the inputs and the extent the output. Sizes that
/// depend on symbols are allowed when every pair counts; counting only the
/// pairs inside needs their values (--bind), else `op` is unresolved.
/// The taps of a 1-D window that land inside its input, over `positions`
/// output positions of a `kernel`-tap window with the given stride,
/// dilation and padding before: closed form, O(log) time whatever the sizes
/// (positions, kernel > 0; stride, dilation > 0).
__int128 countInBoundsTaps(int64_t positions, int64_t kernel, int64_t extent,
                           int64_t stride, int64_t dilation, int64_t padBefore);

FailureOr<Polynomial> countWindowTaps(Operation *op,
                                      const Polynomial &positions,
                                      const Polynomial &kernel,
                                      const Polynomial &extent, int64_t stride,
                                      int64_t dilation, int64_t padBefore,
                                      bool countPadded, CostContext &ctx);

/// The iteration domain of a linalg structured op: each loop's size is the
/// size of an operand dimension its indexing maps read it from
/// (getShapesToLoopsMap), traced through symbols where dynamic.
FailureOr<SmallVector<Polynomial>> getLoopRanges(linalg::LinalgOp op,
                                                 CostContext &ctx);

/// The iteration domain of any op with one indexing map per operand
/// (IndexingMapOpInterface: a linalg op, vector.contract), as getLoopRanges
/// reads it; a scalable vector dimension is its size times vscale.
FailureOr<SmallVector<Polynomial>>
getIndexingDomain(Operation *op, ArrayRef<AffineMap> maps, CostContext &ctx);

/// Cost of a linalg structured op: the size of its iteration domain times
/// the cost of one execution of its payload, plus the MACs found in the
/// payload (see countAccumulatingMultiplies), plus the bytes of every operand
/// the payload reads and of every init it writes.
LogicalResult computeStructuredOpCost(linalg::LinalgOp op, CostContext &ctx,
                                      CostCounts &counts);

/// Number of multiply-accumulates in one execution of the payload of `op`,
/// an op with at least one reduction loop: each multiply (arith.mulf /
/// arith.muli, through any casts) whose product reaches, through adds and
/// subtractions only, an add to (or subtraction from) an output block
/// argument; and each math.fma whose addend is one.
int64_t countAccumulatingMultiplies(linalg::LinalgOp op);

/// The scalar form of countAccumulatingMultiplies, for the loop nests a
/// linalg op lowers to (per lane for a vector `op`: its caller multiplies by
/// the lanes): the multiplies (through adds, subtractions and
/// casts) that a scalar add, subtraction or math.fma `op` accumulates into a
/// loop-carried value (an scf.for iteration argument) or into a buffer
/// element it loads and stores back at the same indices inside a loop that
/// does not index that element. 0 for anything else; so that a matmul
/// counts the same MACs before and after convert-linalg-to-loops. With
/// `ctx`, where the element's buffer and indices are the function's
/// arguments, the loops around the call the function is costed for count
/// too (CostContext::getCallSite): a statement function called in a loop
/// nest counts the MACs its inlined body would.
int64_t countLoopAccumulatedMultiplies(Operation *op,
                                       CostContext *ctx = nullptr);

} // namespace cost
} // namespace mlir

#endif // COST_MODELS_FORMULAS_H
