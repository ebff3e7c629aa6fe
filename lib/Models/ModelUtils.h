//===- ModelUtils.h - Templates the dialect models are made of --*- C++ -*-===//
//
// Private to lib/Models. A dialect model file defines, for each op, an
// overload `costOf(OpTy, CostContext &, CostCounts &)` and attaches
// `OverloadModel<OpTy>`; ops that share a formula share a template.
//
//===----------------------------------------------------------------------===//

#ifndef COST_LIB_MODELS_MODELUTILS_H
#define COST_LIB_MODELS_MODELUTILS_H

#include "cost/Interfaces/CostOpInterface.h"
#include "cost/Models/Formulas.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/TypeUtilities.h"

namespace mlir {
namespace cost {

/// The MACs of one iteration of the payload of `op`, a structured op with a
/// reduction loop; the first `numInputs` block arguments are the inputs'
/// (MacCounting.cpp).
int64_t countPayloadMacs(linalg::LinalgOp op, unsigned numInputs);

/// Number of ops of the payload of `op` that read an accumulator (an output
/// block argument, through casts) and so combine into an output
/// (MacCounting.cpp).
int64_t countAccumulatorUses(linalg::LinalgOp op, unsigned numInputs);

/// Whether `op`, an integer op on `index`, only computes positions, sizes,
/// loop bounds and branch conditions: address arithmetic, free like
/// affine.apply (AddressArithmetic.cpp).
bool isAddressArithmetic(Operation *op);

/// An elementwise op whose every element costs getScalarCost(Kind, type).
template <typename OpTy, ScalarKind Kind>
struct ElementwiseModel
    : public CostOpInterface::ExternalModel<ElementwiseModel<OpTy, Kind>,
                                            OpTy> {
  LogicalResult computeCost(Operation *op, CostContext &ctx,
                            CostCounts &counts) const {
    // Compares decide by their operand type, everything else by the result.
    Type type = op->getNumOperands() ? op->getOperand(0).getType()
                                     : op->getResult(0).getType();
    if (Kind == ScalarKind::ByType && op->getNumResults())
      if (!getElementTypeOrSelf(op->getResult(0).getType()).isInteger(1))
        type = op->getResult(0).getType();
    return computeElementwiseCost(op, getScalarCost(Kind, type), ctx, counts);
  }
};

/// An op that does no arithmetic and moves no data: views, metadata,
/// allocation, assertions.
template <typename OpTy>
struct FreeModel
    : public CostOpInterface::ExternalModel<FreeModel<OpTy>, OpTy> {
  LogicalResult computeCost(Operation *, CostContext &, CostCounts &) const {
    return success();
  }
};

/// An op costed by a `costOf(OpTy, CostContext &, CostCounts &)` overload
/// found by argument-dependent lookup in the defining file.
template <typename OpTy, LogicalResult (*Fn)(OpTy, CostContext &, CostCounts &)>
struct FunctionModel
    : public CostOpInterface::ExternalModel<FunctionModel<OpTy, Fn>, OpTy> {
  LogicalResult computeCost(Operation *op, CostContext &ctx,
                            CostCounts &counts) const {
    return Fn(cast<OpTy>(op), ctx, counts);
  }
};

template <ScalarKind Kind, typename... OpTys>
void attachElementwise(MLIRContext *ctx) {
  (OpTys::template attachInterface<ElementwiseModel<OpTys, Kind>>(*ctx), ...);
}

template <typename... OpTys>
void attachFree(MLIRContext *ctx) {
  (OpTys::template attachInterface<FreeModel<OpTys>>(*ctx), ...);
}

template <typename OpTy, LogicalResult (*Fn)(OpTy, CostContext &, CostCounts &)>
void attachFunction(MLIRContext *ctx) {
  OpTy::template attachInterface<FunctionModel<OpTy, Fn>>(*ctx);
}

/// The sum of the costs of every region of `op`, each run once (each op in
/// them costed and annotated).
FailureOr<CostCounts> sumRegionCosts(Operation *op, CostContext &ctx);

/// A constant (arith.constant, tosa.const): no work; a tensor constant is a
/// weight, counted from its type, never from its value (dense, splat,
/// dense_resource, elided).
template <typename OpTy>
struct ConstantWeightModel
    : public CostOpInterface::ExternalModel<ConstantWeightModel<OpTy>, OpTy> {
  LogicalResult computeCost(Operation *, CostContext &, CostCounts &) const {
    return success();
  }
  ParamFootprint getParamFootprint(Operation *op, CostContext &ctx) const;
};

/// "one iteration costs ...": the cost of a loop body, for the reason of an
/// unresolved trip count.
std::string describeIteration(const CostCounts &body);

/// A loop whose trip count depends on data (scf.while, tosa.while_loop):
/// costs (and annotates) every region once, then records the op as
/// unresolved with the cost of one iteration in the reason. Always fails.
LogicalResult costDataDependentLoop(Operation *op, CostContext &ctx);

/// scf.if, scf.index_switch, affine.if, tosa.cond_if: every branch is costed
/// (and its ops annotated); the larger counts.
template <typename OpTy>
struct BranchModel
    : public CostOpInterface::ExternalModel<BranchModel<OpTy>, OpTy> {
  LogicalResult computeCost(Operation *op, CostContext &ctx,
                            CostCounts &counts) const {
    SmallVector<CostCounts> branches;
    unsigned counted = 0;
    bool ordered = true;
    for (Region &region : op->getRegions()) {
      FailureOr<CostCounts> branch = ctx.getRegionCost(region);
      if (failed(branch))
        return failure();
      if (!branches.empty()) {
        std::optional<bool> costlier = isCostlier(*branch, branches[counted]);
        ordered &= costlier.has_value();
        if (costlier.value_or(false))
          counted = branches.size();
      }
      branches.push_back(*branch);
    }
    if (!ordered)
      return ctx.unresolved(op, "which branch costs more depends on the "
                                "values of shape symbols (bind them with "
                                "--bind)");
    if (!branches.empty())
      counts = branches[counted];
    ctx.recordBranches(op, branches, counted);
    return success();
  }
};

/// The weights a value of `type` holds, if it is a ranked tensor or a memref
/// (the type of a constant or a global), counted from the type; none
/// otherwise.
ParamFootprint tensorParams(Operation *op, Type type, CostContext &ctx);

template <typename OpTy>
ParamFootprint
ConstantWeightModel<OpTy>::getParamFootprint(Operation *op,
                                             CostContext &ctx) const {
  return tensorParams(op, op->getResult(0).getType(), ctx);
}

/// Reads everything `readFrom` holds and writes everything `writeTo` holds:
/// the cost of a copy.
LogicalResult copyCost(Operation *op, ValueRange readFrom, ValueRange writeTo,
                       CostContext &ctx, CostCounts &counts);

/// Bytes of one element of the shaped `type`, as a memory access of one
/// element costs (memref.load, tensor.extract, ...).
LogicalResult elementAccessBytes(Operation *op, Type shapedType,
                                 CostContext &ctx, Polynomial &bytes);

/// Adds the bytes of a whole vector value of `type` (elements x element
/// bytes) to `bytes`: what a vector load or store moves.
LogicalResult vectorBytes(Operation *op, VectorType type, CostContext &ctx,
                          Polynomial &bytes);

/// Adds `lanes` elements of `elementType` to `bytes` (an overflow is
/// reported on `op`).
LogicalResult addLaneBytes(Operation *op, const Polynomial &lanes,
                           Type elementType, CostContext &ctx,
                           Polynomial &bytes);

/// Attaches the models of the linalg winograd transform ops.
void registerWinogradCostModels(MLIRContext *ctx);

} // namespace cost
} // namespace mlir

#endif // COST_LIB_MODELS_MODELUTILS_H
