//===- CFGLoopShapes.cpp - Counted loops of a control-flow graph ---------===//
//
// The natural loops of a region that convert-scf-to-cf made from scf.for,
// read from their headers and latches (docs/ops.md, "Control-flow graphs").
//
//===----------------------------------------------------------------------===//

#include "CFGLoopShapes.h"

#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::cost;

std::optional<mlir::cost::detail::CountedLoop>
mlir::cost::detail::matchCountedLoop(CFGLoop *loop,
                                                    std::string &why) {
  Block *header = loop->getHeader();
  Operation *terminator = header->getTerminator();
  auto cmp = terminator && terminator->getNumOperands()
                 ? terminator->getOperand(0).getDefiningOp<arith::CmpIOp>()
                 : nullptr;
  if (!cmp || !isa<BranchOpInterface>(terminator) ||
      terminator->getNumSuccessors() != 2 ||
      !loop->contains(terminator->getSuccessor(0)) ||
      loop->contains(terminator->getSuccessor(1))) {
    why = "its header does not end in a branch on a comparison that enters "
          "the loop or leaves it";
    return std::nullopt;
  }
  SmallVector<Block *> exiting;
  loop->getExitingBlocks(exiting);
  if (exiting.size() != 1) {
    why = "it is left from a block other than its header (a break)";
    return std::nullopt;
  }
  mlir::cost::detail::CountedLoop shape;
  shape.cmp = cmp;
  shape.iv = dyn_cast<BlockArgument>(cmp.getLhs());
  shape.isUnsigned = cmp.getPredicate() == arith::CmpIPredicate::ult;
  if (!shape.iv || shape.iv.getOwner() != header ||
      (cmp.getPredicate() != arith::CmpIPredicate::slt && !shape.isUnsigned)) {
    why = "its header does not compare a block argument (< or unsigned <) "
          "with a bound";
    return std::nullopt;
  }
  // Every edge into the header: from outside, the same initial value; from
  // a latch, the induction variable plus one positive constant step.
  unsigned number = shape.iv.getArgNumber();
  for (Block *pred : header->getPredecessors()) {
    auto branch = dyn_cast<BranchOpInterface>(pred->getTerminator());
    if (!branch) {
      why = "a predecessor's terminator is not a branch";
      return std::nullopt;
    }
    for (auto [i, succ] : llvm::enumerate(pred->getSuccessors())) {
      if (succ != header)
        continue;
      SuccessorOperands operands = branch.getSuccessorOperands(i);
      Value passed = number < operands.size() ? operands[number] : Value();
      if (!passed) {
        why = "a predecessor passes no induction variable";
        return std::nullopt;
      }
      if (!loop->contains(pred)) {
        if (shape.lower && shape.lower != passed) {
          why = "it is entered with two initial values";
          return std::nullopt;
        }
        shape.lower = passed;
        continue;
      }
      auto add = passed.getDefiningOp<arith::AddIOp>();
      std::optional<int64_t> step;
      if (add && add.getLhs() == shape.iv)
        step = getConstantIntValue(add.getRhs());
      else if (add && add.getRhs() == shape.iv)
        step = getConstantIntValue(add.getLhs());
      if (!step || *step <= 0 || (shape.step && shape.step != *step)) {
        why = "a latch does not add one positive constant step to the "
              "induction variable";
        return std::nullopt;
      }
      shape.step = *step;
      shape.increments.push_back(add);
    }
  }
  if (!shape.lower || !shape.step) {
    why = "it has no entry or no latch";
    return std::nullopt;
  }
  return shape;
}

void mlir::cost::detail::findLoopControl(CFGLoopInfo &loops,
                             llvm::DenseSet<Operation *> &control,
                             LoopMatches &matches) {
  for (CFGLoop *loop : loops.getLoopsInPreorder()) {
    LoopMatch &match = matches[loop];
    match.shape = matchCountedLoop(loop, match.why);
    const std::optional<CountedLoop> &shape = match.shape;
    if (!shape)
      continue;
    if (shape->cmp->hasOneUse())
      control.insert(shape->cmp);
    for (Operation *increment : shape->increments)
      if (increment->hasOneUse())
        control.insert(increment);
  }
}

std::string mlir::cost::detail::describeEnclosingIVUse(CFGLoop *loop, Value bound) {
  // The induction variables of the enclosing loops: their headers' block
  // arguments.
  llvm::DenseSet<Block *> outerHeaders;
  for (CFGLoop *outer = loop->getParentLoop(); outer;
       outer = outer->getParentLoop())
    outerHeaders.insert(outer->getHeader());
  SmallVector<Value> worklist{bound};
  llvm::DenseSet<Value> seen{bound};
  while (!worklist.empty() && seen.size() < 64) {
    Value value = worklist.pop_back_val();
    if (auto arg = dyn_cast<BlockArgument>(value)) {
      if (outerHeaders.contains(arg.getOwner()))
        return llvm::formatv("block argument #{0} of the enclosing loop "
                             "header",
                             arg.getArgNumber())
            .str();
      continue;
    }
    Operation *def = value.getDefiningOp();
    if (!def || def->getNumRegions())
      continue;
    for (Value operand : def->getOperands())
      if (seen.insert(operand).second)
        worklist.push_back(operand);
  }
  return "";
}
