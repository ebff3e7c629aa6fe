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
#include "cost/Models/Models.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::cost;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// True unless `zeroPoint` is a constant zero: a zero point that must be
/// subtracted (a non-zero constant, or a value only known at run time).
static bool needsZeroPoint(Value zeroPoint) {
  Attribute attr;
  if (!matchPattern(zeroPoint, m_Constant(&attr)))
    return true;
  auto elements = dyn_cast<DenseElementsAttr>(attr);
  if (!elements || !elements.isSplat())
    return true;
  if (isa<FloatType>(elements.getElementType()))
    return !elements.getSplatValue<APFloat>().isZero();
  if (elements.getElementType().isIntOrIndex())
    return !elements.getSplatValue<APInt>().isZero();
  return true;
}

/// The sizes of the dimensions of `values`, each traced to shape symbols
/// where dynamic; false after `op` was recorded as unresolved.
static bool
getShapes(Operation *op, CostContext &ctx,
          ArrayRef<std::pair<Value, SmallVector<Polynomial> *>> values) {
  for (auto [value, shape] : values) {
    FailureOr<SmallVector<Polynomial>> traced = ctx.getShape(op, value);
    if (failed(traced))
      return false;
    *shape = std::move(*traced);
  }
  return true;
}

static Type elementTypeOf(Value value) {
  return getElementTypeOrSelf(value.getType());
}

/// The cost of one tap of a quantized or float convolution / matmul: one
/// multiply-accumulate, plus the two zero-point subtractions of the
/// quantized form when a zero point is not a constant zero (the lowering
/// then uses the `_q` linalg op, whose payload subtracts both).
static CostCounts getTapCost(Type elementType, Value inputZp, Value weightZp,
                             const CountingConvention &convention) {
  CostCounts perTap = getMacCost(elementType, convention);
  if (isa<IntegerType>(elementType) &&
      (needsZeroPoint(inputZp) || needsZeroPoint(weightZp)))
    perTap.intOps += 2;
  return perTap;
}

/// Under a convention that does not count the first combine into each
/// output (dropFirstCombines): `perCombine` once less per element of
/// `output`.
static LogicalResult dropFirstPerOutput(Operation *op, Value output,
                                        const CostCounts &perCombine,
                                        bool isAccumulate, CostContext &ctx,
                                        CostCounts &counts) {
  FailureOr<Polynomial> outputs = ctx.getNumElements(op, output);
  if (failed(outputs))
    return failure();
  return dropFirstCombines(op, *outputs, perCombine, isAccumulate, ctx, counts);
}

//===----------------------------------------------------------------------===//
// Convolutions and matmuls
//===----------------------------------------------------------------------===//

/// A convolution (any of the four) whose points are `domain`: one MAC per
/// point (see getTapCost); reads input, weight and bias, writes the output.
/// `outputsAccumulate`: every output accumulates taps (not so for a
/// transposed convolution, whose outputs receive different numbers of taps,
/// possibly none), so that the first accumulate of each can be dropped.
template <typename OpTy>
static LogicalResult costOfConvDomain(OpTy op, ArrayRef<Polynomial> domain,
                                      bool outputsAccumulate, CostContext &ctx,
                                      CostCounts &counts) {
  Type type = elementTypeOf(op.getInput());
  CostCounts perTap = getTapCost(type, op.getInputZp(), op.getWeightZp(),
                                 ctx.getOptions().convention);
  if (failed(computeDomainCost(op, domain, perTap, ctx, counts)) ||
      (outputsAccumulate &&
       failed(dropFirstPerOutput(op, op.getOutput(),
                                 getScalarCost(ScalarKind::ByType, type),
                                 /*isAccumulate=*/true, ctx, counts))))
    return failure();
  return copyCost(op, {op.getInput(), op.getWeight(), op.getBias()},
                  op.getOutput(), ctx, counts);
}

/// The shapes of a convolution's input, weight and output.
template <typename OpTy>
static bool getConvShapes(OpTy op, CostContext &ctx,
                          SmallVector<Polynomial> &input,
                          SmallVector<Polynomial> &weight,
                          SmallVector<Polynomial> &output) {
  return getShapes(op, ctx,
                   {{op.getInput(), &input},
                    {op.getWeight(), &weight},
                    {op.getOutput(), &output}});
}

/// Sliding-window convolutions (conv2d, conv3d, depthwise_conv2d): domain =
/// batch x output channels x window taps (x input channels); one MAC per
/// point. The window taps of each spatial dimension are output positions x
/// kernel taps, or only the taps inside the input (countWindowTaps). The
/// bias initialises the accumulator and costs no operation.
template <typename OpTy>
static LogicalResult costOfConv(OpTy op, CostContext &ctx, CostCounts &counts) {
  constexpr bool isDepthwise = std::is_same_v<OpTy, tosa::DepthwiseConv2DOp>;
  constexpr unsigned spatial = std::is_same_v<OpTy, tosa::Conv3DOp> ? 3 : 2;
  SmallVector<Polynomial> input, weight, output;
  if (!getConvShapes(op, ctx, input, weight, output))
    return failure();
  ArrayRef<int64_t> pad = op.getPad(), stride = op.getStride(),
                    dilation = op.getDilation();
  // Weights: conv [OC, K..., IC]; depthwise [KH, KW, C, M].
  SmallVector<Polynomial> domain = {output.front(), output.back()};
  for (unsigned d = 0; d < spatial; ++d) {
    const Polynomial &kernel = isDepthwise ? weight[d] : weight[d + 1];
    FailureOr<Polynomial> taps = countWindowTaps(
        op, output[d + 1], kernel, input[d + 1], stride[d], dilation[d],
        pad[2 * d], ctx.getOptions().convention.countPaddedTaps, ctx);
    if (failed(taps))
      return failure();
    domain.push_back(*taps);
  }
  if (!isDepthwise)
    domain.push_back(input.back());
  return costOfConvDomain(op, domain, /*outputsAccumulate=*/true, ctx, counts);
}

/// transpose_conv2d: every input element is multiplied by every kernel tap
/// and accumulated into one output element: domain = batch x input rows x
/// input columns x input channels x output channels x KH x KW. Only taps
/// that land inside the output (after out_pad) count when padded taps are
/// not counted.
static LogicalResult costOfTransposeConv(tosa::TransposeConv2DOp op,
                                         CostContext &ctx, CostCounts &counts) {
  SmallVector<Polynomial> input, weight, output;
  if (!getConvShapes(op, ctx, input, weight, output))
    return failure();
  ArrayRef<int64_t> outPad = op.getOutPad(), stride = op.getStride();
  SmallVector<Polynomial> domain = {input[0], input[3], weight[0]};
  for (unsigned d = 0; d < 2; ++d) {
    // Input position i, tap k writes output i * stride + k + out_pad.
    FailureOr<Polynomial> taps = countWindowTaps(
        op, input[d + 1], weight[d + 1], output[d + 1], stride[d],
        /*dilation=*/1, -outPad[2 * d],
        ctx.getOptions().convention.countPaddedTaps, ctx);
    if (failed(taps))
      return failure();
    domain.push_back(*taps);
  }
  return costOfConvDomain(op, domain, /*outputsAccumulate=*/false, ctx, counts);
}

/// matmul [N,H,C] x [N,C,W]: N*H*W*C MACs.
static LogicalResult costOfMatMul(tosa::MatMulOp op, CostContext &ctx,
                                  CostCounts &counts) {
  SmallVector<Polynomial> a, output;
  if (!getShapes(op, ctx, {{op.getA(), &a}, {op.getOutput(), &output}}))
    return failure();
  Type type = elementTypeOf(op.getA());
  CostCounts perTap =
      getTapCost(type, op.getAZp(), op.getBZp(), ctx.getOptions().convention);
  if (failed(computeDomainCost(op, {output[0], output[1], output[2], a[2]},
                               perTap, ctx, counts)) ||
      failed(dropFirstPerOutput(op, op.getOutput(),
                                getScalarCost(ScalarKind::ByType, type),
                                /*isAccumulate=*/true, ctx, counts)))
    return failure();
  return copyCost(op, {op.getA(), op.getB()}, op.getOutput(), ctx, counts);
}

/// matmul_t_block_scaled: A [N,H,C] by B [D,W,C] (B transposed), each in
/// blocks of BS values along C with one scale per block. Per output and
/// block: BS MACs for the block's dot product, then the block sum times the
/// product of the two scales accumulated (1 multiply + 1 MAC). FLOPs are
/// counted in the f32 accumulator.
static LogicalResult costOfBlockScaledMatMul(tosa::MatmulTBlockScaledOp op,
                                             CostContext &ctx,
                                             CostCounts &counts) {
  SmallVector<Polynomial> output, data, scale;
  if (!getShapes(op, ctx,
                 {{op.getOutputData(), &output},
                  {op.getAData(), &data},
                  {op.getAScale(), &scale}}))
    return failure();
  const Polynomial &c = data[2];
  const Polynomial &blocks = scale[2];
  Type f32 = Float32Type::get(op.getContext());
  const CountingConvention &convention = ctx.getOptions().convention;
  CostCounts perBlockTail = getMacCost(f32, convention);
  ++perBlockTail.flops;
  CostCounts dot, tail;
  if (failed(computeDomainCost(op, {output[0], output[1], output[2], c},
                               getMacCost(f32, convention), ctx, dot)) ||
      failed(computeDomainCost(op, {output[0], output[1], output[2], blocks},
                               perBlockTail, ctx, tail)))
    return failure();
  counts = dot;
  if (failed(counts.add(tail)))
    return ctx.overflow(op, "block-scaled matmul count");
  return copyCost(op, op->getOperands(), op.getOutputData(), ctx, counts);
}

/// fft2d / rfft2d, as the TOSA specification defines them: a direct 2-D DFT.
/// For each output point (n, oy, ox) and each input point (iy, ix):
///   ay = (iy*oy) % H, ax = (ix*ox) % W     2 int mul + 2 int rem
///   a  = k * (ay/H + ax/W)                  2 div + 1 add + 1 mul
///   cos(a), sin(a)                          2 transcendentals
///   fft2d:  real += vr*cos + vi*sin, imag += -vr*sin + vi*cos   4 MACs
///   rfft2d: real += vr*cos, imag += -vr*sin                     2 MACs
template <typename OpTy>
static LogicalResult costOfFft(OpTy op, CostContext &ctx, CostCounts &counts) {
  constexpr bool isComplexInput = std::is_same_v<OpTy, tosa::FFT2dOp>;
  SmallVector<Polynomial> input, output;
  if (!getShapes(op, ctx,
                 {{op.getInputReal(), &input}, {op.getOutputReal(), &output}}))
    return failure();
  Type type = elementTypeOf(op.getInputReal());
  CostCounts perPair = getMacCost(type, ctx.getOptions().convention);
  if (failed(perPair.scale(isComplexInput ? 4 : 2)))
    return ctx.overflow(op, "fft");
  perPair.flops += 4;
  perPair.intOps += 4;
  perPair.transcendentals += 2;
  if (failed(computeDomainCost(
          op, {output[0], output[1], output[2], input[1], input[2]}, perPair,
          ctx, counts)))
    return failure();
  return copyCost(op, op->getOperands(), op->getResults(), ctx, counts);
}

//===----------------------------------------------------------------------===//
// Pooling and reductions
//===----------------------------------------------------------------------===//

/// Window taps of a 2-D pooling op: N x C x taps(H) x taps(W).
template <typename OpTy>
static FailureOr<SmallVector<Polynomial>> getPoolDomain(OpTy op,
                                                        CostContext &ctx) {
  SmallVector<Polynomial> input, output;
  if (!getShapes(op, ctx, {{op.getInput(), &input}, {op.getOutput(), &output}}))
    return failure();
  ArrayRef<int64_t> kernel = op.getKernel(), stride = op.getStride(),
                    pad = op.getPad();
  SmallVector<Polynomial> domain = {output[0], output[3]};
  for (unsigned d = 0; d < 2; ++d) {
    FailureOr<Polynomial> taps = countWindowTaps(
        op, output[d + 1], kernel[d], input[d + 1], stride[d], /*dilation=*/1,
        pad[2 * d], ctx.getOptions().convention.countPaddedPoolTaps, ctx);
    if (failed(taps))
      return failure();
    domain.push_back(*taps);
  }
  return domain;
}

/// max_pool2d: one max per window tap.
static LogicalResult costOfMaxPool(tosa::MaxPool2dOp op, CostContext &ctx,
                                   CostCounts &counts) {
  Type type = elementTypeOf(op.getInput());
  FailureOr<SmallVector<Polynomial>> domain = getPoolDomain(op, ctx);
  if (failed(domain) ||
      failed(computeDomainCost(
          op, *domain, getScalarCost(ScalarKind::ByType, type), ctx, counts)) ||
      failed(dropFirstPerOutput(op, op.getOutput(),
                                getScalarCost(ScalarKind::ByType, type),
                                /*isAccumulate=*/false, ctx, counts)))
    return failure();
  return copyCost(op, op.getInput(), op.getOutput(), ctx, counts);
}

/// avg_pool2d: one add per window tap (and a zero-point subtraction for
/// quantized input with a zero point), then per output: float, one divide;
/// integer, the division as a fixed-point scale (multiply, round, shift:
/// 3 OPs), the output zero point (1 OP if not zero) and the clamp to the
/// output range (2 OPs).
static LogicalResult costOfAvgPool(tosa::AvgPool2dOp op, CostContext &ctx,
                                   CostCounts &counts) {
  Type type = elementTypeOf(op.getInput());
  bool isInt = isa<IntegerType>(type);
  CostCounts perTap = getScalarCost(ScalarKind::ByType, type);
  if (isInt && needsZeroPoint(op.getInputZp()))
    ++perTap.intOps;
  CostCounts perOutput;
  if (isInt)
    perOutput.intOps = 3 + 2 + (needsZeroPoint(op.getOutputZp()) ? 1 : 0);
  else
    perOutput.flops = 1;
  FailureOr<SmallVector<Polynomial>> domain = getPoolDomain(op, ctx);
  if (failed(domain) ||
      failed(computeDomainCost(op, *domain, perTap, ctx, counts)) ||
      failed(dropFirstPerOutput(op, op.getOutput(),
                                getScalarCost(ScalarKind::ByType, type),
                                /*isAccumulate=*/false, ctx, counts)))
    return failure();
  CostCounts divide;
  if (failed(computePerElementCost(op, op.getOutput(), perOutput, op.getInput(),
                                   op.getOutput(), ctx, divide)) ||
      failed(counts.add(divide)))
    return failure();
  return success();
}

/// reduce_*: one combine (add, mul, max, min, and, or) per input element
/// (per input element less one per output without the first combines).
template <typename OpTy, ScalarKind Kind>
static LogicalResult costOfReduce(OpTy op, CostContext &ctx,
                                  CostCounts &counts) {
  Value input = op.getInput();
  CostCounts perElement = getScalarCost(Kind, elementTypeOf(input));
  if (failed(computePerElementCost(op, input, perElement, input, op.getOutput(),
                                   ctx, counts)))
    return failure();
  return dropFirstPerOutput(op, op.getOutput(), perElement,
                            /*isAccumulate=*/false, ctx, counts);
}

/// argmax: per input element, a compare with the running maximum and a
/// select of the value and of its index; for floating point with NaN
/// propagation also the NaN test of the running maximum and its `and` with
/// the compare (1 FLOP + 1 int OP).
static LogicalResult costOfArgMax(tosa::ArgMaxOp op, CostContext &ctx,
                                  CostCounts &counts) {
  Type type = elementTypeOf(op.getInput());
  CostCounts perElement = getScalarCost(ScalarKind::ByType, type);
  if (failed(perElement.scale(2)))
    return failure();
  ++perElement.intOps;
  if (isa<FloatType>(type) &&
      op.getNanMode() == tosa::NanPropagationMode::PROPAGATE) {
    ++perElement.flops;
    ++perElement.intOps;
  }
  if (failed(computePerElementCost(op, op.getInput(), perElement, op.getInput(),
                                   op.getOutput(), ctx, counts)))
    return failure();
  return dropFirstPerOutput(op, op.getOutput(), perElement,
                            /*isAccumulate=*/false, ctx, counts);
}

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

/// table: int8, the lookup index is the input offset by 128 (1 OP); int16,
/// the 9.7 fixed-point input is split into index and fraction (add, shift,
/// and), the next entry addressed (add) and the two entries interpolated
/// (shift, subtract, multiply, add): 8 OPs.
static CostCounts tableCost(tosa::TableOp op) {
  CostCounts counts;
  counts.intOps = elementTypeOf(op.getInput1()).isInteger(8) ? 1 : 8;
  return counts;
}

/// The fixed-point scaling of apply_scale and rescale: multiply, add the
/// rounding constant, shift (3 OPs); DOUBLE_ROUND also adjusts the
/// rounding constant by the sign of the value (compare, add).
static int64_t applyScaleOps(tosa::RoundingMode mode) {
  return mode == tosa::RoundingMode::DOUBLE_ROUND ? 5 : 3;
}

static CostCounts applyScaleCost(tosa::ApplyScaleOp op) {
  CostCounts counts;
  counts.intOps = applyScaleOps(op.getRoundingMode());
  return counts;
}

/// rescale: subtract the input zero point, scale (see applyScaleOps), add
/// the output zero point, clamp to the output range (2 OPs), as the
/// specification and the lowering do even for zero points of 0. A
/// floating-point rescale does not exist in TOSA.
static CostCounts rescaleCost(tosa::RescaleOp op) {
  CostCounts counts;
  counts.intOps = 1 + applyScaleOps(op.getRoundingMode()) + 1 + 2;
  return counts;
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
    attachFunction<Conv2DOp, costOfConv<Conv2DOp>>(ctx);
    attachFunction<Conv3DOp, costOfConv<Conv3DOp>>(ctx);
    attachFunction<DepthwiseConv2DOp, costOfConv<DepthwiseConv2DOp>>(ctx);
    attachFunction<TransposeConv2DOp, costOfTransposeConv>(ctx);
    attachFunction<MatMulOp, costOfMatMul>(ctx);
    attachFunction<MatmulTBlockScaledOp, costOfBlockScaledMatMul>(ctx);
    attachFunction<FFT2dOp, costOfFft<FFT2dOp>>(ctx);
    attachFunction<RFFT2dOp, costOfFft<RFFT2dOp>>(ctx);
    attachFunction<MaxPool2dOp, costOfMaxPool>(ctx);
    attachFunction<AvgPool2dOp, costOfAvgPool>(ctx);
    attachFunction<ArgMaxOp, costOfArgMax>(ctx);

    attachFunction<ReduceSumOp, costOfReduce<ReduceSumOp, ScalarKind::ByType>>(
        ctx);
    attachFunction<ReduceProductOp,
                   costOfReduce<ReduceProductOp, ScalarKind::ByType>>(ctx);
    attachFunction<ReduceMaxOp, costOfReduce<ReduceMaxOp, ScalarKind::ByType>>(
        ctx);
    attachFunction<ReduceMinOp, costOfReduce<ReduceMinOp, ScalarKind::ByType>>(
        ctx);
    attachFunction<ReduceAllOp, costOfReduce<ReduceAllOp, ScalarKind::Int>>(
        ctx);
    attachFunction<ReduceAnyOp, costOfReduce<ReduceAnyOp, ScalarKind::Int>>(
        ctx);

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
    attachFunction<RescaleOp, costOfElementwise<RescaleOp, rescaleCost>>(ctx);
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
