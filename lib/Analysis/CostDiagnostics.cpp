//===- CostDiagnostics.cpp - What the analysis could not cost, on the ops -===//
//
// The report lists ops that could not be costed; these diagnostics put the
// same facts on the ops' locations, where -verify-diagnostics, editors and
// the MLIR language server see them. The texts are documented in
// docs/diagnostics.md; tests match them.
//
//===----------------------------------------------------------------------===//

#include "cost/Analysis/CostAnalysis.h"
#include "cost/Models/InterfaceDefaults.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/Interfaces/CallInterfaces.h"

using namespace mlir;
using namespace mlir::cost;

/// The op's name as the report lists it: a call to a declaration names its
/// callee ("func.call @rtclock").
static std::string getListedName(Operation *op) {
  std::string name = op->getName().getStringRef().str();
  if (auto call = dyn_cast<CallOpInterface>(op))
    if (auto symbol = call.getCallableForCallee().dyn_cast<SymbolRefAttr>()) {
      llvm::raw_string_ostream os(name);
      os << " " << symbol;
    }
  return name;
}

void mlir::cost::emitCostDiagnostics(const CostAnalysis &analysis,
                                     CostDiagnostics level) {
  if (level == CostDiagnostics::None || !analysis.claimDiagnostics())
    return;
  for (Operation *op : analysis.getUnreachedFunctionHolders())
    mlir::emitWarning(op->getLoc())
        << "'" << op->getName()
        << "' not costed: it holds functions, but its dialect is not "
           "registered, so it is no symbol table and they are not costed";
  for (const FunctionCost &fn : analysis.getFunctions()) {
    const CostSummary &summary = fn.summary;
    for (Operation *op : summary.uncountedOps)
      mlir::emitWarning(op->getLoc())
          << "'" << getListedName(op) << "' not costed: no cost model";
    for (const UnresolvedOp &op : summary.unresolved)
      mlir::emitWarning(op.loc)
          << "'" << op.name << "' cost unresolved: " << op.reason;
    if (level != CostDiagnostics::All)
      continue;
    for (Operation *op : summary.ruleOverrideOps)
      mlir::emitRemark(op->getLoc())
          << "'" << op->getName() << "' costed by a rule of the rules file, "
          << "in place of its own cost model";
    for (Operation *op : summary.interfaceDefaultOps)
      mlir::emitRemark(op->getLoc())
          << "'" << op->getName() << "' costed by interface default ("
          << getInterfaceDefaultName(getInterfaceDefault(op)) << ")";
  }
}

void mlir::cost::emitEncodingWarnings(Operation *root, CostDiagnostics level) {
  if (level == CostDiagnostics::None)
    return;
  root->walk([](Operation *op) {
    // Terminators only pass values on: the op that made them is warned.
    if (op->hasTrait<OpTrait::IsTerminator>())
      return;
    auto encoded = [](Type type) {
      auto tensor = dyn_cast<RankedTensorType>(type);
      return tensor && tensor.getEncoding() ? tensor : RankedTensorType();
    };
    RankedTensorType found;
    for (Type type : op->getOperandTypes())
      if (!found)
        found = encoded(type);
    for (Type type : op->getResultTypes())
      if (!found)
        found = encoded(type);
    if (found)
      mlir::emitWarning(op->getLoc())
          << "'" << op->getName() << "' has a tensor with an encoding ("
          << found << "): costed as a dense tensor, every element counted";
  });
}
