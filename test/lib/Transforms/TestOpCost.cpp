//===- TestOpCost.cpp - computeOpCost the way a tiling heuristic uses it --===//
//
// test-cost-choose: in each function, the ops marked `test.candidate =
// "NAME"` are alternative implementations of one computation (an untiled op
// and a tiled loop, say). The pass costs each one alone with computeOpCost,
// as a tiling or fusion heuristic would before committing to a rewrite,
// and picks the one that moves the fewest bytes (then the fewest FLOPs).
// It says what it saw as remarks, which the lit test checks with
// -verify-diagnostics.
//
//===----------------------------------------------------------------------===//

#include "cost/Analysis/OpCost.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"

using namespace mlir;
using namespace mlir::cost;

namespace {
struct TestOpCostPass
    : public PassWrapper<TestOpCostPass, OperationPass<func::FuncOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestOpCostPass)
  StringRef getArgument() const override { return "test-cost-choose"; }
  StringRef getDescription() const override {
    return "Cost the ops marked test.candidate with computeOpCost and pick "
           "the one moving the fewest bytes";
  }

  void runOnOperation() override {
    struct Candidate {
      Operation *op;
      StringRef name;
      int64_t bytes, flops;
    };
    SmallVector<Candidate> candidates;
    WalkResult walk = getOperation().walk([&](Operation *op) {
      auto name = op->getAttrOfType<StringAttr>("test.candidate");
      if (!name)
        return WalkResult::advance();
      FailureOr<OpCost> cost = computeOpCost(op);
      if (failed(cost))
        return WalkResult::interrupt();
      if (cost->status != OpCostStatus::Costed) {
        op->emitRemark() << "candidate " << name.getValue()
                         << " cannot be compared: " << cost->reason;
        return WalkResult::skip();
      }
      std::optional<int64_t> read = cost->counts.bytesRead.getConstant();
      std::optional<int64_t> written = cost->counts.bytesWritten.getConstant();
      std::optional<int64_t> flops = cost->counts.flops.getConstant();
      std::optional<int64_t> macs = cost->counts.macs.getConstant();
      if (!read || !written || !flops || !macs) {
        op->emitRemark() << "candidate " << name.getValue()
                         << " costs a formula: "
                         << cost->counts.flops.toString() << " FLOPs";
        return WalkResult::skip();
      }
      op->emitRemark() << "candidate " << name.getValue() << ": " << *flops
                       << " FLOPs, " << *macs << " MACs, " << *read
                       << " bytes read, " << *written << " bytes written";
      candidates.push_back({op, name.getValue(), *read + *written, *flops});
      // A candidate's nested ops are part of its cost, not candidates.
      return WalkResult::skip();
    });
    if (walk.wasInterrupted())
      return signalPassFailure();
    if (candidates.empty())
      return;
    const Candidate *best = &candidates.front();
    for (const Candidate &candidate : candidates)
      if (std::make_pair(candidate.bytes, candidate.flops) <
          std::make_pair(best->bytes, best->flops))
        best = &candidate;
    best->op->emitRemark() << "chosen: " << best->name;
  }
};
} // namespace

namespace mlir::cost::test {
void registerTestOpCostPass() { PassRegistration<TestOpCostPass>(); }
} // namespace mlir::cost::test
