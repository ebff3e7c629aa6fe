//===- ArithMathModels.cpp - Cost models for arith and math ops -----------===//
//
// arith and math ops cost the same per element whether they act on a scalar
// (inside a linalg payload or a loop body), a vector or a tensor: the
// per-element cost is fixed by the op, and the element count by its result.
//
//===----------------------------------------------------------------------===//

#include "ModelUtils.h"
#include "cost/Models/Models.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Index/IR/IndexDialect.h"
#include "mlir/Dialect/Index/IR/IndexOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/DialectRegistry.h"

using namespace mlir;
using namespace mlir::cost;

namespace {
/// An op made of a fixed number of scalar operations per element.
template <typename OpTy, int64_t Flops, int64_t Transcendentals>
struct CompoundModel : public CostOpInterface::ExternalModel<
                           CompoundModel<OpTy, Flops, Transcendentals>, OpTy> {
  LogicalResult computeCost(Operation *op, CostContext &ctx,
                            CostCounts &counts) const {
    CostCounts perElement;
    perElement.flops = Flops;
    perElement.transcendentals = Transcendentals;
    return computeElementwiseCost(op, perElement, ctx, counts);
  }
};
/// An add, subtraction or fma: one elementwise operation (or two, fma) per
/// element, plus the MACs of a scalar accumulation in a loop nest
/// (countLoopAccumulatedMultiplies).
template <typename OpTy, ScalarKind Kind>
struct AccumulateModel
    : public CostOpInterface::ExternalModel<AccumulateModel<OpTy, Kind>, OpTy> {
  LogicalResult computeCost(Operation *op, CostContext &ctx,
                            CostCounts &counts) const {
    if (failed(computeElementwiseCost(
            op, getScalarCost(Kind, op->getResult(0).getType()), ctx, counts)))
      return failure();
    int64_t macs = countLoopAccumulatedMultiplies(op, &ctx);
    if (!macs)
      return success();
    // Per lane of a vector: a vector accumulation is one per lane.
    FailureOr<Polynomial> lanes = ctx.getNumElements(op, op->getResult(0));
    if (failed(lanes))
      return failure();
    std::optional<Polynomial> total = Polynomial::mul(*lanes, macs);
    if (!total)
      return ctx.overflow(op, "MACs");
    counts.macs = *total;
    // An accumulating fma is one MAC: under a convention that counts a MAC
    // as one operation, its add goes. (An add keeps its operation; the
    // multiplies it accumulates drop theirs, MultiplyModel.)
    if (Kind == ScalarKind::Fma && ctx.getOptions().convention.opsPerMac == 1)
      counts.flops = *lanes;
    return success();
  }
};

/// A multiply: one operation per element, none under a convention that
/// counts a MAC as one operation when a loop accumulation counts this
/// multiply's MAC (isLoopAccumulatedMultiply).
template <typename OpTy, ScalarKind Kind>
struct MultiplyModel
    : public CostOpInterface::ExternalModel<MultiplyModel<OpTy, Kind>, OpTy> {
  LogicalResult computeCost(Operation *op, CostContext &ctx,
                            CostCounts &counts) const {
    CostCounts perElement = getScalarCost(Kind, op->getResult(0).getType());
    if (ctx.getOptions().convention.opsPerMac == 1 &&
        isLoopAccumulatedMultiply(op, &ctx))
      perElement = CostCounts();
    return computeElementwiseCost(op, perElement, ctx, counts);
  }
};

template <ScalarKind Kind, typename... OpTys>
void attachAccumulate(MLIRContext *ctx) {
  (OpTys::template attachInterface<AccumulateModel<OpTys, Kind>>(*ctx), ...);
}
} // namespace

void mlir::cost::registerArithCostModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, arith::ArithDialect *) {
    arith::ConstantOp::attachInterface<ConstantWeightModel<arith::ConstantOp>>(
        *ctx);
    attachAccumulate<ScalarKind::Float, arith::AddFOp, arith::SubFOp>(ctx);
    attachAccumulate<ScalarKind::Int, arith::AddIOp, arith::SubIOp>(ctx);
    arith::MulFOp::attachInterface<
        MultiplyModel<arith::MulFOp, ScalarKind::Float>>(*ctx);
    arith::MulIOp::attachInterface<
        MultiplyModel<arith::MulIOp, ScalarKind::Int>>(*ctx);
    attachElementwise<ScalarKind::Float, arith::DivFOp, arith::RemFOp,
                      arith::NegFOp, arith::MaximumFOp, arith::MinimumFOp,
                      arith::MaxNumFOp, arith::MinNumFOp, arith::CmpFOp,
                      // Scaling conversions multiply by the scale.
                      arith::ScalingExtFOp, arith::ScalingTruncFOp>(ctx);
    attachElementwise<
        ScalarKind::Int, arith::DivSIOp, arith::DivUIOp, arith::CeilDivSIOp,
        arith::CeilDivUIOp, arith::FloorDivSIOp, arith::RemSIOp, arith::RemUIOp,
        arith::AndIOp, arith::OrIOp, arith::XOrIOp, arith::ShLIOp,
        arith::ShRSIOp, arith::ShRUIOp, arith::MaxSIOp, arith::MaxUIOp,
        arith::MinSIOp, arith::MinUIOp, arith::CmpIOp, arith::AddUIExtendedOp,
        arith::MulSIExtendedOp, arith::MulUIExtendedOp>(ctx);
    attachElementwise<ScalarKind::ByType, arith::SelectOp>(ctx);
    attachElementwise<ScalarKind::Free, arith::ExtFOp, arith::TruncFOp,
                      arith::ExtSIOp, arith::ExtUIOp, arith::TruncIOp,
                      arith::SIToFPOp, arith::UIToFPOp, arith::FPToSIOp,
                      arith::FPToUIOp, arith::BitcastOp, arith::IndexCastOp,
                      arith::IndexCastUIOp>(ctx);
  });
}

void mlir::cost::registerMathCostModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, math::MathDialect *) {
    attachElementwise<
        ScalarKind::Transcendental, math::ExpOp, math::Exp2Op, math::ExpM1Op,
        math::LogOp, math::Log2Op, math::Log10Op, math::Log1pOp, math::TanhOp,
        math::ErfOp, math::ErfcOp, math::SinOp, math::CosOp, math::TanOp,
        math::AsinOp, math::AcosOp, math::AtanOp, math::Atan2Op, math::SinhOp,
        math::CoshOp, math::AsinhOp, math::AcoshOp, math::AtanhOp, math::PowFOp,
        math::FPowIOp, math::SqrtOp, math::RsqrtOp, math::CbrtOp>(ctx);
    attachElementwise<ScalarKind::Float, math::AbsFOp, math::CeilOp,
                      math::FloorOp, math::RoundOp, math::RoundEvenOp,
                      math::TruncOp, math::CopySignOp, math::IsFiniteOp,
                      math::IsInfOp, math::IsNaNOp, math::IsNormalOp>(ctx);
    attachElementwise<ScalarKind::Int, math::AbsIOp, math::CountLeadingZerosOp,
                      math::CountTrailingZerosOp, math::CtPopOp, math::IPowIOp>(
        ctx);
    attachAccumulate<ScalarKind::Fma, math::FmaOp>(ctx);
    // clampf is a max and a min; sincos is two transcendentals.
    math::ClampFOp::attachInterface<CompoundModel<math::ClampFOp, 2, 0>>(*ctx);
    math::SincosOp::attachInterface<CompoundModel<math::SincosOp, 0, 2>>(*ctx);
  });
}

void mlir::cost::registerIndexCostModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, index::IndexDialect *) {
    attachElementwise<ScalarKind::Int, index::AddOp, index::SubOp, index::MulOp,
                      index::DivSOp, index::DivUOp, index::CeilDivSOp,
                      index::CeilDivUOp, index::FloorDivSOp, index::RemSOp,
                      index::RemUOp, index::MaxSOp, index::MaxUOp,
                      index::MinSOp, index::MinUOp, index::ShlOp, index::ShrSOp,
                      index::ShrUOp, index::AndOp, index::OrOp, index::XOrOp,
                      index::CmpOp>(ctx);
    attachElementwise<ScalarKind::Free, index::CastSOp, index::CastUOp,
                      index::ConstantOp, index::BoolConstantOp,
                      index::SizeOfOp>(ctx);
  });
}
