//===- TosaContractionModels.cpp - Cost models for tosa's heavy ops -------===//
//
// The tosa ops that do most of a model's work: convolutions, matmuls, FFTs,
// pooling and reductions, costed as their domain times one
// multiply-accumulate or combine (docs/tosa.md). The rest of the dialect is
// in TosaModels.cpp.
//
//===----------------------------------------------------------------------===//

#include "ModelUtils.h"
#include "TosaUtils.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"

using namespace mlir;
using namespace mlir::cost;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

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

void mlir::cost::registerTosaContractionCostModels(MLIRContext *ctx) {
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
  attachFunction<ReduceAllOp, costOfReduce<ReduceAllOp, ScalarKind::Int>>(ctx);
  attachFunction<ReduceAnyOp, costOfReduce<ReduceAnyOp, ScalarKind::Int>>(ctx);
}
