//===- IterationDomain.h - Loop bounds as affine expressions ----*- C++ -*-===//
//
// Private to lib/Models. The iteration domain of a chain of loops (the
// loops from a nest's root down to one loop, LoopNests.h): one dimension
// per loop dimension, each with its lower and upper bounds as affine
// expressions of the outer dimensions and of symbolic values.
//
//===----------------------------------------------------------------------===//

#ifndef COST_LIB_MODELS_ITERATIONDOMAIN_H
#define COST_LIB_MODELS_ITERATIONDOMAIN_H

#include "cost/Interfaces/CostContext.h"

#include "llvm/ADT/DenseSet.h"

namespace mlir {
namespace cost {

/// One dimension of an iteration domain: max(lowers) <= i < min(uppers),
/// i = max(lowers) + step * t. Dimension d of an expression is dimension d
/// of the domain (an outer one); symbol s is IterationDomain::symbols[s].
struct DomainDimension {
  SmallVector<AffineExpr, 2> lowers, uppers;
  int64_t step = 1;
  /// The loop and which of its dimensions.
  Operation *loop = nullptr;
  unsigned loopDim = 0;
};

struct IterationDomain {
  /// Outermost first.
  SmallVector<DomainDimension> dims;
  /// The values of the symbols: formulas of shape symbols, not constants.
  SmallVector<Polynomial> symbols;
};

/// The domain of the chain of loops from `root` down to `loop`: bounds
/// of affine.for / affine.parallel maps (a lower map the max of its
/// results, an upper map the min), and for scf loops values read through
/// affine.min / affine.max / affine.apply, arith.minsi / maxsi, addi, subi,
/// muli and index_cast down to induction variables, constants and traced
/// sizes. Fails, after recording `loop` unresolved with the reason (ending
/// with the cost of `oneIteration`), on a bound it cannot read or a domain
/// that is a union (a lower min, an upper max).
FailureOr<IterationDomain> buildIterationDomain(Operation *root,
                                                Operation *loop,
                                                CostContext &ctx,
                                                const CostCounts &oneIteration);

/// The induction variables of a loop (every dimension's).
SmallVector<Value> getInductionVars(Operation *loop);

/// True if `value` is computed (by ops inside `root`) from one of `ivs`.
bool usesInductionVars(Value value, const DenseSet<Value> &ivs,
                       Operation *root);

} // namespace cost
} // namespace mlir

#endif // COST_LIB_MODELS_ITERATIONDOMAIN_H
