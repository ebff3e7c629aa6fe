//===- Formulas.h - Cost formulas shared by the dialect models --*- C++ -*-===//
//
// The formulas every dialect model is built from. linalg, arith/math, tensor
// and tosa models call these rather than restating the arithmetic, so that
// an op and its lowering are costed by the same code.
//
//===----------------------------------------------------------------------===//

#ifndef COST_MODELS_FORMULAS_H
#define COST_MODELS_FORMULAS_H

#include "cost/Analysis/CostContext.h"
#include "cost/Analysis/CostCounts.h"

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

/// Cost of an elementwise op: `perElement` times the number of elements of
/// its first result (1 for scalars); bytes read are the tensor/memref
/// operands, bytes written the tensor/memref results.
LogicalResult computeElementwiseCost(Operation *op, const CostCounts &perElement,
                                     CostContext &ctx, CostCounts &counts);

/// Adds the memory bytes of `values` to `bytes`.
LogicalResult addMemoryBytes(Operation *op, ValueRange values, CostContext &ctx,
                             int64_t &bytes);

/// Number of points of a static iteration domain (the product of `sizes`).
/// Fails, recording `op` as unresolved, on a dynamic size.
FailureOr<int64_t> getDomainSize(Operation *op, ArrayRef<int64_t> sizes,
                                 CostContext &ctx);

/// Cost of a linalg structured op: the size of its iteration domain times
/// the cost of one execution of its payload, plus the MACs found in the
/// payload (see countAccumulatingMultiplies), plus the bytes of every operand
/// the payload reads and of every init it writes.
LogicalResult computeStructuredOpCost(linalg::LinalgOp op, CostContext &ctx,
                                      CostCounts &counts);

/// Number of multiply-accumulates in one execution of the payload of `op`:
/// a multiply (arith.mulf / arith.muli, through any casts) feeding an add
/// whose other operand is an output block argument, or a math.fma whose
/// addend is one, in an op with at least one reduction loop.
int64_t countAccumulatingMultiplies(linalg::LinalgOp op);

} // namespace cost
} // namespace mlir

#endif // COST_MODELS_FORMULAS_H
