//===- CostAnnotate.cpp - Write the cost analysis onto the IR -------------===//

#include "PassOptions.h"
#include "cost/Analysis/CostAnalysis.h"
#include "cost/Roofline/Roofline.h"
#include "cost/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"

namespace mlir {
namespace cost {
#define GEN_PASS_DEF_COSTANNOTATEPASS
#include "cost/Transforms/Passes.h.inc"
} // namespace cost
} // namespace mlir

using namespace mlir;
using namespace mlir::cost;

/// True if `op` touches tensors or buffers: the ops a reader of annotated IR
/// looks at. Scalar ops with no work (index constants) are left bare.
static bool touchesMemory(Operation *op) {
  auto isShaped = [](Type type) {
    return isa<TensorType, BaseMemRefType>(type);
  };
  return llvm::any_of(op->getOperandTypes(), isShaped) ||
         llvm::any_of(op->getResultTypes(), isShaped);
}

/// A count as an attribute: an i64 integer, or, when it depends on unbound
/// shape symbols, its formula as a string ("4718592*N").
static Attribute getCountAttr(Builder &builder, const Polynomial &count) {
  if (std::optional<int64_t> value = count.getConstant())
    return builder.getI64IntegerAttr(*value);
  return builder.getStringAttr(count.toString());
}

/// `[{flops = ..., macs = ..., ...}, ...]`: the cost of each region of a
/// branching op, in region order.
static ArrayAttr getBranchesAttr(Builder &builder, const OpCostResult &result) {
  SmallVector<Attribute> branches;
  for (const CostCounts &branch : result.getBranches()) {
    SmallVector<NamedAttribute> fields;
    for (const CostField &field : getCostFields())
      fields.push_back(builder.getNamedAttr(
          field.key, getCountAttr(builder, branch.*field.member)));
    branches.push_back(builder.getDictionaryAttr(fields));
  }
  return builder.getArrayAttr(branches);
}

namespace {
struct CostAnnotatePass
    : public cost::impl::CostAnnotatePassBase<CostAnnotatePass> {
  using Base::Base;

  void getDependentDialects(DialectRegistry &registry) const override {
    addCostModelDependencies(registry);
  }

  void runOnOperation() override {
    RooflineOptions rooflineOptions;
    rooflineOptions.computeEfficiency = computeEfficiency;
    rooflineOptions.bandwidthEfficiency = bandwidthEfficiency;
    rooflineOptions.allowTF32 = allowTF32;
    FailureOr<std::optional<Target>> chip = selectTargetAt(
        getOperation()->getLoc(), target, targetFile, rooflineOptions);
    if (failed(chip))
      return signalPassFailure();

    FailureOr<CostOptions> costOptions =
        buildCostOptions(getOperation()->getLoc(), convention, countPaddedTaps,
                         bind, defaultDim, costRules, costDiagnostics, entry);
    if (failed(costOptions))
      return signalPassFailure();
    std::optional<CostAnalysis> computed;
    const CostAnalysis *found = getCostAnalysis(
        getAnalysisManager(), getOperation(), *costOptions, computed);
    if (!found || failed(verifyBindingsAt(getOperation()->getLoc(), *found)))
      return signalPassFailure();
    const CostAnalysis &analysis = *found;
    emitCostDiagnostics(analysis, costOptions->diagnostics);
    // A time needs numbers. Without a value for every shape symbol there
    // is none; that is worth a warning only to a user who asked for times
    // (the target is on by default).
    std::optional<Roofline> roofline;
    bool targetGiven = target.hasValue() || targetFile.hasValue();
    if (SmallVector<std::string> unbound = analysis.getUnboundSymbols();
        *chip && !unbound.empty()) {
      if (targetGiven)
        getOperation()->emitWarning()
            << "no cost.time_ns: the counts depend on shape symbols without "
               "a value ("
            << llvm::join(unbound, ", ") << "); give them with bind=NAME=VALUE";
    } else if (*chip) {
      roofline.emplace(constructAnalysis<Roofline>(
          getAnalysisManager(), getOperation(), "Roofline", analysis, **chip,
          rooflineOptions));
    }

    Builder builder(&getContext());
    for (const FunctionCost &fn : analysis.getFunctions()) {
      for (const OpCostResult &result : analysis.getOpResults(fn)) {
        Operation *op = result.op;
        switch (result.status) {
        case OpCostStatus::Uncounted:
          op->setAttr("cost.uncounted", builder.getUnitAttr());
          break;
        case OpCostStatus::Unresolved:
          op->setAttr("cost.unresolved",
                      builder.getStringAttr(result.getReason()));
          break;
        case OpCostStatus::Costed:
          if (result.counts.isZero() && !touchesMemory(op))
            break;
          for (const CostField &field : getCostFields())
            op->setAttr(field.attrName,
                        getCountAttr(builder, result.counts.*field.member));
          if (result.byRule)
            op->setAttr("cost.rule", builder.getUnitAttr());
          if (!result.getBranches().empty())
            op->setAttr("cost.branches", getBranchesAttr(builder, result));
          if (const OpTime *time = roofline ? roofline->lookup(op) : nullptr;
              time && time->estimated && time->getBound() != Bound::None) {
            op->setAttr("cost.time_ns",
                        builder.getF64FloatAttr(time->timeS * 1e9));
            op->setAttr("cost.bound",
                        builder.getStringAttr(getBoundName(time->getBound())));
          }
          break;
        }
      }
    }
    // Only discardable attributes were added.
    markAllAnalysesPreserved();
  }
};
} // namespace
