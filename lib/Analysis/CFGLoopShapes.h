//===- CFGLoopShapes.h - Counted loops of a control-flow graph -*- C++ -*-===//
//
// Private to lib/Analysis. Which natural loops of a control-flow graph have
// the shape convert-scf-to-cf gives scf.for (a header compare of an
// induction variable with a bound, latches adding a constant step), and
// which ops are their control (free, as scf.for's own control is).
//
//===----------------------------------------------------------------------===//

#ifndef COST_LIB_ANALYSIS_CFGLOOPSHAPES_H
#define COST_LIB_ANALYSIS_CFGLOOPSHAPES_H

#include "mlir/Analysis/CFGLoopInfo.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <optional>
#include <string>

namespace mlir {
namespace cost {
namespace detail {

/// A loop of the shape convert-scf-to-cf gives scf.for: its header branches
/// on `iv < bound` (cmp) into the loop or out of it, and is its only exit;
/// every edge from outside passes `lower` for iv, every latch `iv + step`
/// (the increments).
struct CountedLoop {
  arith::CmpIOp cmp;
  BlockArgument iv;
  bool isUnsigned = false;
  Value lower;
  int64_t step = 0;
  SmallVector<Operation *> increments;
};

/// What matchCountedLoop found for one loop: its shape, or why it has none.
struct LoopMatch {
  std::optional<CountedLoop> shape;
  std::string why;
};
using LoopMatches = llvm::DenseMap<CFGLoop *, LoopMatch>;

/// The counted-loop shape of `loop`, or nothing, with the reason in `why`.
std::optional<CountedLoop> matchCountedLoop(CFGLoop *loop, std::string &why);

/// Adds to `control` the ops that implement the counted loops of `loops`
/// (matchCountedLoop): the header's comparison of the induction variable
/// with its bound and each latch's increment of it, where nothing else uses
/// them. They are the loop's own control, which costs nothing in scf.for
/// form, so they cost nothing here either (a lowering must not change the
/// counts). Records every loop's match in `matches` for the solver.
void findLoopControl(CFGLoopInfo &loops, llvm::DenseSet<Operation *> &control,
                     LoopMatches &matches);

/// If `bound` (a bound of `loop`) is computed from the induction variable
/// of a loop enclosing `loop` (a tile's bound after convert-scf-to-cf), a
/// description of that variable; otherwise empty.
std::string describeEnclosingIVUse(CFGLoop *loop, Value bound);

} // namespace detail
} // namespace cost
} // namespace mlir

#endif // COST_LIB_ANALYSIS_CFGLOOPSHAPES_H
