//===- LoopNests.h - Iteration domains of loop nests ------------*- C++ -*-===//
//
// Private to lib/Models. A loop nest whose bounds depend on the induction
// variables of enclosing loops (tiles with affine.min bounds, triangular
// nests, scf.for over affine.min sizes) has no trip count per loop: the
// number of times a loop's body runs is the number of integer points of the
// iteration domain of the chain of loops from the nest's outermost loop to
// it. This file finds such nests and counts those points exactly
// (docs/ops.md, "Affine counting").
//
//===----------------------------------------------------------------------===//

#ifndef COST_LIB_MODELS_LOOPNESTS_H
#define COST_LIB_MODELS_LOOPNESTS_H

#include "cost/Interfaces/CostContext.h"
#include "cost/Support/Limits.h"

namespace mlir {
namespace cost {


/// True for the loops the nest counting knows: affine.for, affine.parallel,
/// scf.for, scf.parallel, scf.forall.
bool isNestLoop(Operation *op);

/// The nest of `loop`: the loops nested in one another's bodies directly
/// (through no other op), `root` the outermost. `dependent` is true if the
/// bounds of some loop of the nest use the induction variable of an
/// enclosing loop of the nest.
struct LoopNest {
  Operation *root = nullptr;
  bool dependent = false;
};
LoopNest getLoopNest(Operation *loop);

/// The number of points of the iteration domain of the chain of loops from
/// `root` to `loop` (every dimension of each), i.e. how many times `loop`'s
/// body runs per execution of `root`. Exact; a formula when only
/// independent dimensions depend on symbols. Fails, after recording `loop`
/// unresolved with the reason (the reason ends with the cost of one iteration),
/// when a bound cannot be read as an affine function of the chain's induction
/// variables, when dependent dimensions depend on symbols, or past
/// kMaxNestEnumeration; the reason ends with the cost of `oneIteration`
/// (describeIteration).
FailureOr<Polynomial> countNestIterations(Operation *root, Operation *loop,
                                          CostContext &ctx,
                                          const CostCounts &oneIteration);

/// The trip count of one loop dimension from `lb` to `ub` by `step` > 0:
/// ceil((ub - lb) / step), 0 if the range is empty. A formula must be >= 0
/// for every value of its symbols (non-negative coefficients); otherwise
/// `op` is unresolved, never given a negative count.
FailureOr<Polynomial> getRangeTrips(Operation *op, const Polynomial &lb,
                                    const Polynomial &ub, int64_t step,
                                    CostContext &ctx,
                                    const CostCounts &oneIteration);

} // namespace cost
} // namespace mlir

#endif // COST_LIB_MODELS_LOOPNESTS_H
