//===- VectorArithModels.cpp - Cost models for vector arithmetic ----------===//
//
// The vector ops that compute: vector.contract (an iteration domain from its
// indexing maps, as a linalg op), vector.outerproduct, vector.fma and the
// reductions. Each counts the lanes it executes (a masked op, the lanes its
// mask enables) with the formulas linalg and tosa use (Formulas.h): a
// multiply accumulated by an add is a MAC (getMacCost), any other combining
// kind one scalar operation of its type.
//
//===----------------------------------------------------------------------===//

#include "ModelUtils.h"
#include "VectorModels.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Interfaces/CastInterfaces.h"

using namespace mlir;
using namespace mlir::cost;

/// One multiply-and-combine of `kind` on elements of `elementType`: a MAC for
/// an add, a multiply and a combining operation otherwise.
static CostCounts getMultiplyCombineCost(vector::CombiningKind kind,
                                         Type elementType,
                                         const CountingConvention &convention) {
  if (kind == vector::CombiningKind::ADD)
    return getMacCost(elementType, convention);
  CostCounts counts = getScalarCost(ScalarKind::ByType, elementType);
  (void)counts.add(getScalarCost(ScalarKind::ByType, elementType));
  return counts;
}

/// True if `value` is a product (through casts): the source of a reduction
/// that accumulates multiplies.
static bool isProduct(Value value) {
  while (Operation *def = value.getDefiningOp()) {
    if (isa<arith::MulFOp, arith::MulIOp>(def))
      return true;
    if (!isa<CastOpInterface>(def) || def->getNumOperands() != 1)
      return false;
    value = def->getOperand(0);
  }
  return false;
}

/// One combine of a reduction of `kind` on elements of `elementType`. An add
/// of products (the multiplies counted by their own ops) is a MAC: its add,
/// and under a convention that counts a MAC as one operation, nothing more.
static CostCounts getCombineCost(vector::CombiningKind kind, Type elementType,
                                 bool ofProducts,
                                 const CountingConvention &convention) {
  CostCounts counts = getScalarCost(ScalarKind::ByType, elementType);
  if (kind != vector::CombiningKind::ADD || !ofProducts)
    return counts;
  counts.flops *= convention.opsPerMac - 1;
  counts.intOps *= convention.opsPerMac - 1;
  counts.macs = 1;
  return counts;
}

/// The domain sizes, or the sizes `mask` enables.
static FailureOr<SmallVector<Polynomial>>
maskDomain(Operation *op, Value mask, FailureOr<SmallVector<Polynomial>> full,
           CostContext &ctx) {
  if (!mask || failed(full))
    return full;
  FailureOr<SmallVector<Polynomial>> sizes = getMaskSizes(op, mask, ctx);
  if (succeeded(sizes) && sizes->size() != full->size())
    return ctx.unresolved(op, "its mask does not have the rank of its "
                              "iteration domain");
  return sizes;
}

/// The product of the sizes of the dimensions `keep` selects.
static FailureOr<Polynomial> getKeptSize(Operation *op,
                                         ArrayRef<Polynomial> sizes,
                                         ArrayRef<bool> keep,
                                         CostContext &ctx) {
  SmallVector<Polynomial> kept;
  for (auto [size, isKept] : llvm::zip_equal(sizes, keep))
    if (isKept)
      kept.push_back(size);
  return getDomainSize(op, kept, ctx);
}

LogicalResult mlir::cost::costOfContract(vector::ContractionOp op, Value mask,
                                         CostContext &ctx, CostCounts &counts) {
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  FailureOr<SmallVector<Polynomial>> domain =
      maskDomain(op, mask, getIndexingDomain(op, maps, ctx), ctx);
  if (failed(domain))
    return failure();
  const CountingConvention &convention = ctx.getOptions().convention;
  Type accType = getElementTypeOrSelf(op.getAccType());
  vector::CombiningKind kind = op.getKind();
  if (failed(computeDomainCost(
          op, *domain, getMultiplyCombineCost(kind, accType, convention), ctx,
          counts)))
    return failure();
  // The first combine into each output, under a convention that does not
  // count it (as for a linalg contraction).
  SmallVector<bool> parallel;
  for (vector::IteratorType type : op.getIteratorTypesArray())
    parallel.push_back(type == vector::IteratorType::parallel);
  FailureOr<Polynomial> outputs = getKeptSize(op, *domain, parallel, ctx);
  if (failed(outputs))
    return failure();
  return dropFirstCombines(op, *outputs,
                           getScalarCost(ScalarKind::ByType, accType),
                           kind == vector::CombiningKind::ADD, ctx, counts);
}

LogicalResult mlir::cost::costOfOuterProduct(vector::OuterProductOp op,
                                             Value mask, CostContext &ctx,
                                             CostCounts &counts) {
  VectorType type = op.getResultVectorType();
  FailureOr<SmallVector<Polynomial>> lanes =
      maskDomain(op, mask, ctx.getVectorShape(op, type), ctx);
  if (failed(lanes))
    return failure();
  // Without an accumulator one multiply per lane; with one, a multiply and
  // a combine (an FMA for the add kind: a MAC).
  Type elementType = type.getElementType();
  CostCounts perLane = op.getAcc()
                           ? getMultiplyCombineCost(op.getKind(), elementType,
                                                    ctx.getOptions().convention)
                           : getScalarCost(ScalarKind::ByType, elementType);
  return computeDomainCost(op, *lanes, perLane, ctx, counts);
}

/// vector.fma: a fused multiply-add per lane, a MAC by definition.
static LogicalResult costOfFma(vector::FMAOp op, CostContext &ctx,
                               CostCounts &counts) {
  FailureOr<SmallVector<Polynomial>> lanes =
      ctx.getVectorShape(op, op.getVectorType());
  if (failed(lanes))
    return failure();
  return computeDomainCost(op, *lanes,
                           getMacCost(op.getVectorType().getElementType(),
                                      ctx.getOptions().convention),
                           ctx, counts);
}

LogicalResult mlir::cost::costOfMultiReduction(vector::MultiDimReductionOp op,
                                               Value mask, CostContext &ctx,
                                               CostCounts &counts) {
  VectorType type = op.getSourceVectorType();
  FailureOr<SmallVector<Polynomial>> domain =
      maskDomain(op, mask, ctx.getVectorShape(op, type), ctx);
  if (failed(domain))
    return failure();
  // Every lane of the source combines into its group's accumulator: n - 1
  // combines per group of n, and one more with the accumulator.
  bool ofProducts =
      op.getKind() == vector::CombiningKind::ADD && isProduct(op.getSource());
  CostCounts perLane = getCombineCost(op.getKind(), type.getElementType(),
                                      ofProducts, ctx.getOptions().convention);
  if (failed(computeDomainCost(op, *domain, perLane, ctx, counts)))
    return failure();
  SmallVector<bool> kept = llvm::map_to_vector(
      op.getReductionMask(), [](bool reduced) { return !reduced; });
  FailureOr<Polynomial> groups = getKeptSize(op, *domain, kept, ctx);
  if (failed(groups))
    return failure();
  return dropFirstCombines(op, *groups, perLane, ofProducts, ctx, counts);
}

LogicalResult mlir::cost::costOfReduction(vector::ReductionOp op, Value mask,
                                          CostContext &ctx,
                                          CostCounts &counts) {
  FailureOr<SmallVector<Polynomial>> domain = maskDomain(
      op, mask, ctx.getVectorShape(op, op.getSourceVectorType()), ctx);
  if (failed(domain))
    return failure();
  FailureOr<Polynomial> lanes = getDomainSize(op, *domain, ctx);
  if (failed(lanes))
    return failure();
  // n - 1 combines of n lanes, plus one with the accumulator; none for an
  // empty (fully masked) vector.
  std::optional<Polynomial> steps = op.getAcc()
                                        ? std::optional<Polynomial>(*lanes)
                                        : Polynomial::sub(*lanes, 1);
  if (!steps)
    return ctx.overflow(op, "reduction steps");
  if (steps->getConstant().value_or(0) < 0)
    steps = Polynomial(0);
  bool ofProducts =
      op.getKind() == vector::CombiningKind::ADD && isProduct(op.getVector());
  counts = getCombineCost(op.getKind(), op.getDest().getType(), ofProducts,
                          ctx.getOptions().convention);
  if (failed(counts.scale(*steps)))
    return ctx.overflow(op, "reduction steps");
  // Every product is a MAC, the first one too when there is no accumulator
  // (its add is the one a lowered contraction makes after the reduction),
  // as K products into an output are K MACs.
  if (ofProducts)
    counts.macs = *lanes;
  return success();
}

void mlir::cost::registerVectorArithCostModels(MLIRContext *ctx) {
  attachFunction<vector::ContractionOp,
                 costUnmasked<vector::ContractionOp, costOfContract>>(ctx);
  attachFunction<vector::OuterProductOp,
                 costUnmasked<vector::OuterProductOp, costOfOuterProduct>>(ctx);
  attachFunction<
      vector::MultiDimReductionOp,
      costUnmasked<vector::MultiDimReductionOp, costOfMultiReduction>>(ctx);
  attachFunction<vector::ReductionOp,
                 costUnmasked<vector::ReductionOp, costOfReduction>>(ctx);
  attachFunction<vector::FMAOp, costOfFma>(ctx);
}
