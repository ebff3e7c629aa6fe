//===- TosaModels.cpp - Cost models for tosa ops --------------------------===//
//
// Every op of the tosa dialect of MLIR 22, costed directly from its
// semantics with the helpers the linalg models use (Formulas.h): a
// convolution is its domain (outputs x taps x input channels) times one
// multiply-accumulate, an elementwise op its broadcast output times a scalar
// cost, a reduction its input times one combine. The per-element costs are
// those of the upstream tosa-to-linalg lowering where it computes what the
// specification defines; docs/tosa.md derives each formula and lists where
// the lowering does other work, and test/Tosa pins both.
//
//===----------------------------------------------------------------------===//

#include "ModelUtils.h"
#include "TosaUtils.h"
#include "cost/Models/Models.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/DialectRegistry.h"

using namespace mlir;
using namespace mlir::cost;

//===----------------------------------------------------------------------===//
// Elementwise ops with more than one operation per element
//===----------------------------------------------------------------------===//

/// An elementwise op costing `perElement(op)` per element of its result.
template <typename OpTy, CostCounts (*PerElement)(OpTy)>
static LogicalResult costOfElementwise(OpTy op, CostContext &ctx,
                                       CostCounts &counts) {
  return computeElementwiseCost(op, PerElement(op), ctx, counts);
}

/// `flops` per element if `value` holds floating-point elements, `intOps`
/// if it holds integers.
static CostCounts floatOrIntCost(Value value, int64_t flops, int64_t intOps) {
  CostCounts counts;
  if (isa<IntegerType>(elementTypeOf(value)))
    counts.intOps = intOps;
  else
    counts.flops = flops;
  return counts;
}

/// clamp: a max with the lower bound and a min with the upper bound.
static CostCounts clampCost(tosa::ClampOp op) {
  CostCounts counts =
      getScalarCost(ScalarKind::ByType, elementTypeOf(op.getInput()));
  (void)counts.scale(2);
  return counts;
}

/// sigmoid: 1 / (1 + exp(-x)): negate, add, divide and one exp.
static CostCounts sigmoidCost(tosa::SigmoidOp) {
  CostCounts counts;
  counts.flops = 3;
  counts.transcendentals = 1;
  return counts;
}

/// mul: one multiply; an i32 multiply with a shift that is not a constant
/// zero also rounds and shifts the product (2 more OPs).
static CostCounts mulCost(tosa::MulOp op) {
  Type type = elementTypeOf(op.getOutput());
  CostCounts counts = getScalarCost(ScalarKind::ByType, type);
  if (type.isInteger(32) && needsZeroPoint(op.getShift()))
    counts.intOps += 2;
  return counts;
}

/// negate: floating point, one negation; integer, the subtraction of the
/// value from the zero points' sum and the clamp of the result to the
/// output range (3 OPs; the lowering computes in a wider type and clamps
/// even when the zero points are zero).
static CostCounts negateCost(tosa::NegateOp op) {
  return floatOrIntCost(op.getOutput(), /*flops=*/1, /*intOps=*/3);
}

/// abs: floating point, one op (clear the sign bit); integer, the negation
/// and a max with the value (2 OPs).
static CostCounts absCost(tosa::AbsOp op) {
  return floatOrIntCost(op.getOutput(), /*flops=*/1, /*intOps=*/2);
}

/// arithmetic_right_shift: one shift; with `round`, the last bit shifted
/// out is added when the shift is positive: shift - 1, the shift by it, the
/// and with 1, the compare of the shift with 0, the select and the add (6
/// more OPs).
static CostCounts shiftCost(tosa::ArithmeticRightShiftOp op) {
  CostCounts counts;
  counts.intOps = op.getRound() ? 7 : 1;
  return counts;
}

/// table: int8, a lookup: its index, the input offset by 128, is address
/// arithmetic (free, as in the lowered form, where it is an `index` add
/// feeding tensor.extract); int16, the 9.7 fixed-point input is split into
/// index and fraction (add, shift, and), the next entry addressed (add) and
/// the two entries interpolated (shift, subtract, multiply, add), all in
/// i32: 8 OPs.
static CostCounts tableCost(tosa::TableOp op) {
  CostCounts counts;
  counts.intOps = elementTypeOf(op.getInput1()).isInteger(8) ? 0 : 8;
  return counts;
}

/// The fixed-point scaling of apply_scale and rescale: multiply, add the
/// rounding constant, shift (3 OPs). DOUBLE_ROUND also adjusts the rounding
/// constant by the sign of the value (compare, add: 2 OPs), but only for a
/// shift above 31 (apply_scale_32 of the specification): with a smaller
/// shift it is SINGLE_ROUND.
static constexpr int64_t kApplyScaleOps = 3;
static constexpr int64_t kDoubleRoundOps = 2;

/// True if DOUBLE_ROUND's adjustment runs for the shift `value`.
static bool roundsTwice(const APInt &value) { return value.sgt(31); }

/// apply_scale: a shift known at compile time decides whether DOUBLE_ROUND
/// adds its rounding; a shift known only at run time makes the code compute
/// the adjustment and select it by the shift, so it counts.
static CostCounts applyScaleCost(tosa::ApplyScaleOp op) {
  CostCounts counts;
  counts.intOps = kApplyScaleOps;
  APInt shift;
  if (op.getRoundingMode() == tosa::RoundingMode::DOUBLE_ROUND &&
      (!matchPattern(op.getShift(), m_ConstantInt(&shift)) ||
       roundsTwice(shift)))
    counts.intOps += kDoubleRoundOps;
  return counts;
}

/// rescale: per element, subtract the input zero point, scale (see
/// kApplyScaleOps), add the output zero point, clamp to the output range
/// (2 OPs), as the specification and the lowering do even for zero points
/// of 0: 7 OPs. DOUBLE_ROUND adds kDoubleRoundOps per element whose shift
/// exceeds 31: with a constant shift tensor, per channel (the last
/// dimension) when `per_channel`, else for all elements or none; with a
/// shift known only at run time, for every element (the code computes the
/// adjustment and selects it by the shift). A floating-point rescale does
/// not exist in TOSA.
static LogicalResult costOfRescale(tosa::RescaleOp op, CostContext &ctx,
                                   CostCounts &counts) {
  CostCounts perElement;
  perElement.intOps = 1 + kApplyScaleOps + 1 + 2;
  if (op.getRoundingMode() != tosa::RoundingMode::DOUBLE_ROUND)
    return computeElementwiseCost(op, perElement, ctx, counts);
  DenseIntElementsAttr shifts;
  if (!matchPattern(op.getShift(), m_Constant(&shifts)) ||
      shifts.getNumElements() == 0) {
    perElement.intOps += kDoubleRoundOps;
    return computeElementwiseCost(op, perElement, ctx, counts);
  }
  int64_t twice = llvm::count_if(shifts.getValues<APInt>(), roundsTwice);
  if (twice == 0 || twice == shifts.getNumElements()) {
    if (twice)
      perElement.intOps += kDoubleRoundOps;
    return computeElementwiseCost(op, perElement, ctx, counts);
  }
  // Per channel, some shifts above 31: the elements of those channels, the
  // channel being the last dimension (one shift per channel).
  if (failed(computeElementwiseCost(op, perElement, ctx, counts)))
    return failure();
  FailureOr<SmallVector<Polynomial>> shape = ctx.getShape(op, op.getOutput());
  if (failed(shape))
    return failure();
  if (shape->empty())
    return ctx.unresolved(op, "a per-channel rescale of a rank-0 tensor");
  Polynomial rows = 1;
  for (const Polynomial &size : ArrayRef<Polynomial>(*shape).drop_back()) {
    std::optional<Polynomial> next = Polynomial::mul(rows, size);
    if (!next)
      return ctx.overflow(op, "elements per channel");
    rows = std::move(*next);
  }
  CostCounts extra;
  extra.intOps = kDoubleRoundOps * twice;
  if (failed(extra.scale(rows)) || failed(counts.add(extra)))
    return ctx.overflow(op, "DOUBLE_ROUND adjustments");
  return success();
}

/// cast_from_block_scaled: each value times its block's scale.
static CostCounts castFromBlockScaledCost(tosa::CastFromBlockScaledOp) {
  CostCounts counts;
  counts.flops = 1;
  return counts;
}

/// cast_to_block_scaled: per element, its magnitude (abs) folded into the
/// block maximum (max) and the division by the block scale: 3 FLOPs; per
/// block, the shared exponent floor(log2(max)) - emax: 1 transcendental
/// and 2 FLOPs.
static LogicalResult costOfCastToBlockScaled(tosa::CastToBlockScaledOp op,
                                             CostContext &ctx,
                                             CostCounts &counts) {
  CostCounts perElement, perBlock, blocks;
  perElement.flops = 3;
  perBlock.flops = 2;
  perBlock.transcendentals = 1;
  if (failed(computePerElementCost(op, op.getInputData(), perElement,
                                   op.getInputData(), op->getResults(), ctx,
                                   counts)) ||
      failed(computePerElementCost(op, op.getOutputScale(), perBlock, {}, {},
                                   ctx, blocks)))
    return failure();
  if (failed(counts.add(blocks)))
    return ctx.overflow(op, "block-scaled cast");
  return success();
}

/// resize: NEAREST_NEIGHBOR only copies; BILINEAR weighs the four nearest
/// input values per output element as the specification writes it,
/// v00*(1-dy)*(1-dx) + v01*(1-dy)*dx + v10*dy*(1-dx) + v11*dy*dx:
/// 8 multiplies + 3 adds + 2 subtractions = 13 operations. The sample
/// coordinates are address arithmetic and not counted (docs/tosa.md).
static LogicalResult costOfResize(tosa::ResizeOp op, CostContext &ctx,
                                  CostCounts &counts) {
  CostCounts perElement;
  if (op.getMode() == tosa::ResizeMode::BILINEAR) {
    perElement =
        getScalarCost(ScalarKind::ByType, elementTypeOf(op.getOutput()));
    (void)perElement.scale(13);
  }
  return computePerElementCost(op, op.getOutput(), perElement, op.getInput(),
                               op.getOutput(), ctx, counts);
}

//===----------------------------------------------------------------------===//
// Data movement
//===----------------------------------------------------------------------===//

/// An op that reads its first operand and writes its result.
template <typename OpTy>
static LogicalResult costOfCopy(OpTy op, CostContext &ctx, CostCounts &counts) {
  return copyCost(op, op->getOperand(0), op->getResults(), ctx, counts);
}

/// slice: reads the slice, writes it.
static LogicalResult costOfSlice(tosa::SliceOp op, CostContext &ctx,
                                 CostCounts &counts) {
  return copyCost(op, op.getOutput(), op.getOutput(), ctx, counts);
}

static LogicalResult costOfConcat(tosa::ConcatOp op, CostContext &ctx,
                                  CostCounts &counts) {
  return copyCost(op, op.getInput1(), op.getOutput(), ctx, counts);
}

/// gather: reads the indices and the gathered rows (as many values as the
/// output holds), writes the output.
static LogicalResult costOfGather(tosa::GatherOp op, CostContext &ctx,
                                  CostCounts &counts) {
  return copyCost(op, {op.getIndices(), op.getOutput()}, op.getOutput(), ctx,
                  counts);
}

/// scatter: in place, like tensor.scatter: reads the indices and the new
/// rows, writes the rows.
static LogicalResult costOfScatter(tosa::ScatterOp op, CostContext &ctx,
                                   CostCounts &counts) {
  return copyCost(op, {op.getIndices(), op.getInput()}, op.getInput(), ctx,
                  counts);
}

static LogicalResult costOfVariableWrite(tosa::VariableWriteOp op,
                                         CostContext &ctx, CostCounts &counts) {
  return copyCost(op, {}, op->getOperands(), ctx, counts);
}

namespace {
/// tosa.variable: module-level state, counted as parameters like
/// ml_program.global.
struct VariableModel
    : public CostOpInterface::ExternalModel<VariableModel, tosa::VariableOp> {
  LogicalResult computeCost(Operation *, CostContext &, CostCounts &) const {
    return success();
  }
  ParamFootprint getParamFootprint(Operation *op, CostContext &ctx) const {
    auto variable = cast<tosa::VariableOp>(op);
    SmallVector<int64_t> shape =
        llvm::to_vector(variable.getVarShape().getValues<int64_t>());
    return tensorParams(op, RankedTensorType::get(shape, variable.getType()),
                        ctx);
  }
};
} // namespace

static LogicalResult costOfWhileLoop(tosa::WhileOp op, CostContext &ctx,
                                     CostCounts &) {
  return costDataDependentLoop(op, ctx);
}

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

void mlir::cost::registerTosaCostModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, tosa::TosaDialect *) {
    using namespace tosa;
    // Convolutions, matmuls, FFTs, pooling and reductions
    // (TosaContractionModels.cpp).
    registerTosaContractionCostModels(ctx);

    // One operation per element, floating-point or integer by type.
    attachElementwise<ScalarKind::ByType, AddOp, SubOp, MaximumOp, MinimumOp,
                      SelectOp, EqualOp, GreaterOp, GreaterEqualOp>(ctx);
    attachElementwise<ScalarKind::Float, CeilOp, FloorOp, ReciprocalOp>(ctx);
    attachElementwise<ScalarKind::Int, IntDivOp, BitwiseAndOp, BitwiseOrOp,
                      BitwiseXorOp, BitwiseNotOp, LogicalAndOp, LogicalOrOp,
                      LogicalXorOp, LogicalNotOp, LogicalLeftShiftOp,
                      LogicalRightShiftOp, ClzOp>(ctx);
    attachElementwise<ScalarKind::Transcendental, ErfOp, TanhOp, ExpOp, LogOp,
                      SinOp, CosOp, RsqrtOp, PowOp>(ctx);
    // A cast converts; see docs/tosa.md for what the lowering adds.
    attachElementwise<ScalarKind::Free, CastOp>(ctx);
    attachFunction<ClampOp, costOfElementwise<ClampOp, clampCost>>(ctx);
    attachFunction<SigmoidOp, costOfElementwise<SigmoidOp, sigmoidCost>>(ctx);
    attachFunction<MulOp, costOfElementwise<MulOp, mulCost>>(ctx);
    attachFunction<NegateOp, costOfElementwise<NegateOp, negateCost>>(ctx);
    attachFunction<AbsOp, costOfElementwise<AbsOp, absCost>>(ctx);
    attachFunction<ArithmeticRightShiftOp,
                   costOfElementwise<ArithmeticRightShiftOp, shiftCost>>(ctx);
    attachFunction<TableOp, costOfElementwise<TableOp, tableCost>>(ctx);
    attachFunction<ApplyScaleOp,
                   costOfElementwise<ApplyScaleOp, applyScaleCost>>(ctx);
    attachFunction<RescaleOp, costOfRescale>(ctx);
    attachFunction<
        CastFromBlockScaledOp,
        costOfElementwise<CastFromBlockScaledOp, castFromBlockScaledCost>>(ctx);
    attachFunction<CastToBlockScaledOp, costOfCastToBlockScaled>(ctx);
    attachFunction<ResizeOp, costOfResize>(ctx);

    // Data movement.
    attachFunction<ConcatOp, costOfConcat>(ctx);
    attachFunction<PadOp, costOfCopy<PadOp>>(ctx);
    attachFunction<ReverseOp, costOfCopy<ReverseOp>>(ctx);
    attachFunction<TileOp, costOfCopy<TileOp>>(ctx);
    attachFunction<TransposeOp, costOfCopy<TransposeOp>>(ctx);
    attachFunction<SliceOp, costOfSlice>(ctx);
    attachFunction<GatherOp, costOfGather>(ctx);
    attachFunction<ScatterOp, costOfScatter>(ctx);
    // Views, metadata and shape arithmetic (!tosa.shape values are compile
    // time values, not data).
    attachFree<ReshapeOp, IdentityOp, ConstShapeOp, AddShapeOp, ConcatShapeOp,
               DimOp, DivCeilShapeOp, DivFloorShapeOp, Exp2ShapeOp,
               Log2CeilShapeOp, Log2FloorShapeOp, MaxShapeOp, MinShapeOp,
               ModShapeOp, MulShapeOp, SliceShapeOp, SubShapeOp>(ctx);
    ConstOp::attachInterface<ConstantWeightModel<ConstOp>>(*ctx);

    // State.
    VariableOp::attachInterface<VariableModel>(*ctx);
    // A read names the variable's value; the ops that use it count bytes.
    attachFree<VariableReadOp>(ctx);
    attachFunction<VariableWriteOp, costOfVariableWrite>(ctx);

    // Control flow. tosa.custom has no model on purpose: it is listed as
    // uncounted unless a rule covers it.
    IfOp::attachInterface<BranchModel<IfOp>>(*ctx);
    attachFunction<WhileOp, costOfWhileLoop>(ctx);
  });
}
