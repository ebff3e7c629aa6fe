//===- AddressArithmetic.cpp - Index math that only addresses data --------===//
//
// `affine.apply`, `affine.min` and the maps of `affine.load` are address
// arithmetic, free (docs/units.md). `lower-affine` turns them into
// `arith.addi`, `arith.muli`, `arith.minsi`, ... on `index`: the same index
// math, which must stay free or the loop form after lowering would count
// integer OPs the affine form does not. An integer op on `index` (or a
// compare of `index` values) is address arithmetic when every use of its
// results, directly or through more such ops, is an index, an offset, a
// size, a loop bound or a branch condition; a value that becomes data (a
// cast to an integer, a stored element, a yielded or returned value, a call
// operand) keeps its cost.
//
//===----------------------------------------------------------------------===//

#include "ModelUtils.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Index/IR/IndexDialect.h"
#include "mlir/Dialect/Index/IR/IndexOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Interfaces/CastInterfaces.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace mlir;
using namespace mlir::cost;

/// At most this many ops are followed from one op; past it the op is taken
/// as data arithmetic (counted), as it was before this rule.
static constexpr unsigned kMaxFollowedOps = 64;

static bool allResultsIndex(Operation *op) {
  return op->getNumResults() &&
         llvm::all_of(op->getResultTypes(),
                      [](Type type) { return isa<IndexType>(type); });
}

/// An integer op of arith or index whose results are all `index`, or a
/// compare of `index` values (which a lowered `floordiv` feeds into a
/// select): a candidate for address arithmetic. Casts are not (their result
/// is data or they only rename a value).
static bool isIndexMath(Operation *op) {
  if (op->getNumRegions() != 0 || isa<CastOpInterface, arith::ConstantOp>(op))
    return false;
  Dialect *dialect = op->getDialect();
  if (!dialect || !isa<arith::ArithDialect, index::IndexDialect>(dialect))
    return false;
  if (isa<arith::CmpIOp, index::CmpOp>(op))
    return llvm::all_of(op->getOperandTypes(),
                        [](Type type) { return isa<IndexType>(type); });
  return allResultsIndex(op);
}

/// Index math to follow through: arith and index ops as above, and the
/// affine dialect's own address arithmetic (free in any case).
static bool isFollowedIndexMath(Operation *op) {
  return isIndexMath(op) ||
         isa<affine::AffineApplyOp, affine::AffineMinOp, affine::AffineMaxOp,
             affine::AffineLinearizeIndexOp,
             affine::AffineDelinearizeIndexOp>(op);
}

/// Whether a shaped type holds `index` elements: then an index operand of
/// an op on it may be an element (data), not a position.
static bool holdsIndexElements(Type type) {
  auto shaped = dyn_cast<ShapedType>(type);
  return shaped && isa<IndexType>(shaped.getElementType());
}

/// Whether operand `use` of a memory, tensor or vector op is a position,
/// offset or size: the op works on memrefs, tensors or vectors none of which
/// holds index elements, so an index operand cannot be one of its elements.
static bool isShapedOpPosition(OpOperand &use) {
  Operation *user = use.getOwner();
  Dialect *dialect = user->getDialect();
  if (!dialect || !isa<memref::MemRefDialect, tensor::TensorDialect,
                       vector::VectorDialect, affine::AffineDialect>(dialect))
    return false;
  bool shaped = false;
  for (Type type :
       llvm::concat<const Type>(user->getOperandTypes(), user->getResultTypes())) {
    if (holdsIndexElements(type))
      return false;
    shaped |= isa<ShapedType>(type);
  }
  return shaped;
}

/// Whether operand `use` is a bound or step of a loop (not an initial value
/// of its iteration arguments).
static bool isLoopBound(OpOperand &use) {
  Operation *user = use.getOwner();
  unsigned index = use.getOperandNumber();
  if (isa<scf::ForOp>(user))
    return index < 3;
  if (auto loop = dyn_cast<scf::ParallelOp>(user))
    return index < loop.getNumOperands() - loop.getInitVals().size();
  if (auto loop = dyn_cast<scf::ForallOp>(user))
    return index < loop.getNumOperands() - loop.getOutputs().size();
  if (auto loop = dyn_cast<affine::AffineForOp>(user))
    return index < loop.getNumOperands() - loop.getInits().size();
  // affine.parallel and affine.if take map operands only.
  return isa<affine::AffineParallelOp, affine::AffineIfOp>(user);
  return false;
}

/// Whether operand `use` is the condition of a branch: an index compare
/// deciding control (a loop's exit after convert-scf-to-cf, a bounds check)
/// is control, as scf.for's own compare is.
static bool isCondition(OpOperand &use) {
  return use.getOperandNumber() == 0 &&
         isa<cf::CondBranchOp, scf::IfOp>(use.getOwner());
}

bool mlir::cost::isAddressArithmetic(Operation *op) {
  if (!isIndexMath(op))
    return false;
  SmallVector<Operation *> worklist{op};
  llvm::SmallPtrSet<Operation *, 16> seen{op};
  while (!worklist.empty()) {
    Operation *current = worklist.pop_back_val();
    for (OpOperand &use : current->getUses()) {
      Operation *user = use.getOwner();
      if (isLoopBound(use) || isShapedOpPosition(use) || isCondition(use))
        continue;
      if (!isFollowedIndexMath(user))
        return false;
      if (seen.insert(user).second) {
        if (seen.size() > kMaxFollowedOps)
          return false;
        worklist.push_back(user);
      }
    }
  }
  return true;
}
