//===- VectorPadding.cpp - Vector lanes that fall outside the data --------===//
//
// Two sources of padding lanes, both read from the IR and the per-op
// results of the analysis:
//  - a mask (vector.mask, or the mask operand of a transfer, maskedload,
//    gather, ...) of constant sizes: the lanes it turns off, not executed;
//  - a transfer not in bounds on a dimension whose index is a constant or
//    the induction variable of a loop with constant bounds (a loop op, or
//    a loop of a control-flow graph read from its header), over a buffer
//    dimension of static size: the lanes past its end, executed. The
//    elementwise vector ops computing on what such a read returns execute
//    the same lanes in vain, in the same proportion.
// A masked read holds data only on the lanes its mask enables: the
// elementwise ops computing on it (which the linalg vectorizer leaves
// unmasked) execute the others in vain.
// What cannot be read so is listed as unknown, never taken as no padding.
//
//===----------------------------------------------------------------------===//

#include "cost/Analysis/VectorPadding.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::cost;

namespace {
/// A value that holds padding lanes along one dimension of width `width`:
/// over the `trips` iterations of a loop, `padded` lanes of that dimension
/// (summed over the iterations) lie outside the data.
struct PaddedValue {
  int64_t padded = 0;
  int64_t trips = 1;
  int64_t width = 1;
};
} // namespace

/// The lanes of a fixed-size vector type; none for a scalable one, or for
/// one whose lanes do not fit 64 bits.
static std::optional<int64_t> getLanes(VectorType type) {
  if (type.isScalable())
    return std::nullopt;
  int64_t lanes = 1;
  for (int64_t size : type.getShape())
    if (llvm::MulOverflow(lanes, size, lanes))
      return std::nullopt;
  return lanes;
}

/// The lanes `mask` enables along each of its dimensions, when they are
/// constants.
static std::optional<SmallVector<int64_t>> getActiveSizes(Value mask) {
  auto type = cast<VectorType>(mask.getType());
  if (type.isScalable())
    return std::nullopt;
  Operation *def = mask.getDefiningOp();
  if (auto constant = dyn_cast_or_null<vector::ConstantMaskOp>(def))
    return llvm::to_vector(constant.getMaskDimSizes());
  if (auto create = dyn_cast_or_null<vector::CreateMaskOp>(def)) {
    SmallVector<int64_t> sizes;
    for (auto [operand, extent] :
         llvm::zip_equal(create.getOperands(), type.getShape())) {
      std::optional<int64_t> size = getConstantIntValue(operand);
      if (!size)
        return std::nullopt;
      sizes.push_back(std::clamp<int64_t>(*size, 0, extent));
    }
    return sizes;
  }
  DenseElementsAttr splat;
  if (matchPattern(mask, m_Constant(&splat)) && splat.isSplat())
    return splat.getSplatValue<bool>()
               ? llvm::to_vector(type.getShape())
               : SmallVector<int64_t>(type.getRank(), 0);
  return std::nullopt;
}

/// The product of `sizes`, each at most the matching extent of a vector
/// whose lanes fit 64 bits (getLanes), so it does too.
static int64_t product(ArrayRef<int64_t> sizes) {
  int64_t result = 1;
  for (int64_t size : sizes)
    result *= size;
  return result;
}

/// The lanes of the vector a masked transfer_read returns that hold data,
/// along each vector dimension: the mask's sizes (in the order of the
/// buffer's dimensions, broadcast dimensions left out) mapped through the
/// permutation map; a broadcast dimension holds data on every lane.
static std::optional<SmallVector<int64_t>>
getReadDataSizes(vector::TransferReadOp read, ArrayRef<int64_t> maskSizes) {
  VectorType type = read.getVectorType();
  AffineMap map = read.getPermutationMap();
  if (map.getNumResults() != type.getRank())
    return std::nullopt;
  SmallVector<unsigned> positions;
  for (AffineExpr expr : map.getResults())
    if (auto dim = dyn_cast<AffineDimExpr>(expr))
      positions.push_back(dim.getPosition());
  if (positions.size() != maskSizes.size())
    return std::nullopt;
  SmallVector<unsigned> order = positions;
  llvm::sort(order);
  SmallVector<int64_t> sizes = llvm::to_vector(type.getShape());
  for (auto [dim, expr] : llvm::enumerate(map.getResults()))
    if (auto position = dyn_cast<AffineDimExpr>(expr))
      sizes[dim] = std::min(
          sizes[dim],
          maskSizes[llvm::find(order, position.getPosition()) - order.begin()]);
  return sizes;
}

/// The mask of `op`: its own mask operand, or that of the vector.mask
/// around it (`op` may be the vector.mask).
static Value getMask(Operation *op) {
  if (auto masking = dyn_cast<vector::MaskOp>(op))
    return masking.getMask();
  return TypeSwitch<Operation *, Value>(op)
      .Case<vector::TransferReadOp, vector::TransferWriteOp,
            vector::MaskedLoadOp, vector::MaskedStoreOp, vector::GatherOp,
            vector::ScatterOp, vector::ExpandLoadOp, vector::CompressStoreOp>(
          [](auto access) -> Value { return access.getMask(); })
      .Default(Value());
}

/// The lanes a mask covers, enabled or not.
static std::optional<int64_t> getMaskLanes(Value mask) {
  return getLanes(cast<VectorType>(mask.getType()));
}

namespace {
/// A loop with constant bounds: lb, ub, step, and its trip count.
struct ConstantLoop {
  int64_t lb = 0, ub = 0, step = 1;
  /// In 128 bits: the range may not fit 64 bits while the count does.
  std::optional<int64_t> trips() const {
    if (ub <= lb)
      return 0;
    __int128 span = __int128(ub) - lb;
    __int128 count = (span + step - 1) / step;
    if (count > INT64_MAX)
      return std::nullopt;
    return static_cast<int64_t>(count);
  }
};
} // namespace

/// The loop of a control-flow graph (what convert-scf-to-cf makes of an
/// scf.for) whose induction variable `iv` is: an argument of a header block
/// that the loop enters with a constant, that a latch passes back
/// incremented by a constant, and whose `cf.cond_br` leaves on `iv < ub`
/// for a constant ub.
static std::optional<ConstantLoop> getGraphLoop(Value iv) {
  auto arg = dyn_cast<BlockArgument>(iv);
  if (!arg || arg.getOwner()->isEntryBlock())
    return std::nullopt;
  Block *header = arg.getOwner();
  std::optional<int64_t> lb, step;
  for (Block *pred : header->getPredecessors()) {
    auto branch = dyn_cast<BranchOpInterface>(pred->getTerminator());
    if (!branch)
      return std::nullopt;
    for (auto [i, succ] : llvm::enumerate(pred->getSuccessors())) {
      if (succ != header)
        continue;
      SuccessorOperands operands = branch.getSuccessorOperands(i);
      if (arg.getArgNumber() >= operands.size() ||
          !operands[arg.getArgNumber()])
        return std::nullopt;
      Value incoming = operands[arg.getArgNumber()];
      auto add = incoming.getDefiningOp<arith::AddIOp>();
      if (add && (add.getLhs() == arg || add.getRhs() == arg)) {
        std::optional<int64_t> by = getConstantIntValue(
            add.getLhs() == arg ? add.getRhs() : add.getLhs());
        if (!by || (step && *step != *by))
          return std::nullopt;
        step = by;
        continue;
      }
      std::optional<int64_t> init = getConstantIntValue(incoming);
      if (!init || (lb && *lb != *init))
        return std::nullopt;
      lb = init;
    }
  }
  auto exit = dyn_cast<cf::CondBranchOp>(header->getTerminator());
  auto compare =
      exit ? exit.getCondition().getDefiningOp<arith::CmpIOp>() : nullptr;
  if (!lb || !step || *step <= 0 || !compare ||
      compare.getPredicate() != arith::CmpIPredicate::slt ||
      compare.getLhs() != arg || exit.getTrueDest() == header)
    return std::nullopt;
  std::optional<int64_t> ub = getConstantIntValue(compare.getRhs());
  if (!ub)
    return std::nullopt;
  return ConstantLoop{*lb, *ub, *step};
}

/// The loop whose induction variable `iv` is, if its bounds are constants.
static std::optional<ConstantLoop> getConstantLoop(Value iv) {
  if (auto loop = affine::getForInductionVarOwner(iv)) {
    if (!loop.hasConstantBounds() || loop.getStepAsInt() <= 0)
      return std::nullopt;
    return ConstantLoop{loop.getConstantLowerBound(),
                        loop.getConstantUpperBound(), loop.getStepAsInt()};
  }
  if (auto loop = scf::getForInductionVarOwner(iv)) {
    std::optional<int64_t> lb = getConstantIntValue(loop.getLowerBound());
    std::optional<int64_t> ub = getConstantIntValue(loop.getUpperBound());
    std::optional<int64_t> step = getConstantIntValue(loop.getStep());
    if (!lb || !ub || !step || *step <= 0 || loop.getUnsignedCmp())
      return std::nullopt;
    return ConstantLoop{*lb, *ub, *step};
  }
  return getGraphLoop(iv);
}

/// Lanes of a `width`-lane access at index `index` of a dimension of
/// `extent` elements that lie past its end (in 128 bits: the sum may not
/// fit 64).
static int64_t lanesPast(__int128 index, int64_t width, int64_t extent) {
  __int128 past = index + width - extent;
  return past <= 0 ? 0 : past >= width ? width : static_cast<int64_t>(past);
}

/// Sum of lanesPast over the iterations of `loop` (the index its induction
/// variable): only the last iterations contribute. None when the loop's
/// trip count or the sum does not fit 64 bits.
static std::optional<int64_t>
lanesPastOverLoop(const ConstantLoop &loop, int64_t width, int64_t extent) {
  std::optional<int64_t> trips = loop.trips();
  if (!trips)
    return std::nullopt;
  __int128 sum = 0;
  // The first iteration whose access reaches past the end.
  __int128 first = 0;
  __int128 reach = __int128(extent) - width + 1;
  if (reach > loop.lb)
    first = (reach - loop.lb + loop.step - 1) / loop.step;
  // Only the iterations that straddle the end are visited one by one: at
  // most width / step + 1 of them.
  for (__int128 k = first; k < *trips; ++k) {
    __int128 index = __int128(loop.lb) + k * loop.step;
    if (index >= extent) {
      // Every later iteration is wholly past the end.
      sum += (*trips - k) * width;
      break;
    }
    sum += lanesPast(index, width, extent);
  }
  if (sum > INT64_MAX)
    return std::nullopt;
  return static_cast<int64_t>(sum);
}

/// `value` * numerator / denominator, if exact and in range.
static std::optional<int64_t> scaleExact(int64_t value, int64_t numerator,
                                         int64_t denominator) {
  __int128 product = static_cast<__int128>(value) * numerator;
  if (denominator <= 0 || product % denominator != 0)
    return std::nullopt;
  __int128 result = product / denominator;
  if (result > INT64_MAX)
    return std::nullopt;
  return static_cast<int64_t>(result);
}

/// `counts` * numerator / denominator field by field, if every field is a
/// constant and divides exactly.
static std::optional<CostCounts>
scaleCounts(const CostCounts &counts, int64_t numerator, int64_t denominator) {
  CostCounts result;
  for (const CostField &field : getCostFields()) {
    std::optional<int64_t> value = (counts.*field.member).getConstant();
    if (!value)
      return std::nullopt;
    std::optional<int64_t> scaled = scaleExact(*value, numerator, denominator);
    if (!scaled)
      return std::nullopt;
    result.*field.member = *scaled;
  }
  return result;
}

namespace {
class PaddingWalker {
public:
  explicit PaddingWalker(VectorPadding &padding) : padding(padding) {}

  void visit(const OpCostResult &result);

private:
  void unknown(Operation *op, const Twine &reason) {
    padding.unknown.push_back({op, reason.str()});
  }
  /// Records `lanes` lanes and `counts` of padding for `op`.
  void record(Operation *op, int64_t lanes, const CostCounts &counts);
  /// A transfer not in bounds: the lanes past the end of its buffer.
  template <typename OpTy>
  void visitTransfer(OpTy op, const OpCostResult &result, int64_t executions);

  VectorPadding &padding;
  llvm::DenseMap<Value, PaddedValue> padded;
  /// The lanes holding data along each dimension of a value read under a
  /// mask, and of the elementwise results computed from it.
  llvm::DenseMap<Value, SmallVector<int64_t>> dataSizes;
};
} // namespace

void PaddingWalker::record(Operation *op, int64_t lanes,
                           const CostCounts &counts) {
  if (lanes == 0)
    return;
  padding.ops.push_back({op, lanes, counts});
  padding.lanes += lanes;
  (void)padding.counts.add(counts);
}

template <typename OpTy>
void PaddingWalker::visitTransfer(OpTy op, const OpCostResult &result,
                                  int64_t executions) {
  VectorType type = op.getVectorType();
  ShapedType shaped = op.getShapedType();
  std::optional<int64_t> lanes = getLanes(type);
  if (!lanes)
    return unknown(op, "a scalable vector's padding lanes are not counted");
  AffineMap map = op.getPermutationMap();
  unsigned leading = type.getRank() - map.getNumResults();
  std::optional<PaddedValue> found;
  for (unsigned dim = 0, rank = map.getNumResults(); dim < rank; ++dim) {
    if (op.isDimInBounds(dim) || op.isBroadcastDim(dim))
      continue;
    unsigned position = cast<AffineDimExpr>(map.getResult(dim)).getPosition();
    int64_t extent = shaped.getDimSize(position);
    int64_t width = type.getDimSize(leading + dim);
    if (ShapedType::isDynamic(extent))
      return unknown(op, llvm::formatv("dimension {0} of the source is "
                                       "dynamic",
                                       position));
    Value index = op.getIndices()[position];
    PaddedValue value;
    value.width = width;
    if (std::optional<int64_t> constant = getConstantIntValue(index)) {
      value.padded = lanesPast(*constant, width, extent);
    } else if (std::optional<ConstantLoop> loop = getConstantLoop(index)) {
      std::optional<int64_t> padded = lanesPastOverLoop(*loop, width, extent);
      std::optional<int64_t> trips = loop->trips();
      if (!padded || !trips)
        return unknown(op, "its loop's trip count or padding lanes do not "
                           "fit 64 bits");
      value.padded = *padded;
      value.trips = *trips;
    } else {
      return unknown(
          op, llvm::formatv("the index of dimension {0} is neither a "
                            "constant nor the induction variable of a loop "
                            "with constant bounds",
                            position));
    }
    if (value.padded == 0)
      continue;
    if (found)
      return unknown(op, "lanes past the end along several dimensions");
    found = value;
  }
  if (!found)
    return;
  // Per execution of the loop: padded lanes of the dimension times the
  // lanes of the others; the op runs `executions / trips` such loops.
  std::optional<int64_t> numerator =
      checkedMul(found->padded, executions / found->trips);
  std::optional<int64_t> padLanes =
      numerator ? scaleExact(*lanes, *numerator, found->width) : std::nullopt;
  std::optional<CostCounts> counts =
      numerator ? scaleCounts(result.counts, *numerator, found->width)
                : std::nullopt;
  if (executions % found->trips || !padLanes || !counts)
    return unknown(op, "the padding does not divide the lanes evenly");
  record(op, *padLanes, *counts);
  if constexpr (std::is_same_v<OpTy, vector::TransferReadOp>)
    padded[op.getResult()] = *found;
}

void PaddingWalker::visit(const OpCostResult &result) {
  Operation *op = result.op;
  if (result.status != OpCostStatus::Costed || result.hasNestedResults)
    return;
  bool isVector = isa_and_nonnull<vector::VectorDialect>(op->getDialect()) ||
                  llvm::any_of(op->getResultTypes(), llvm::IsaPred<VectorType>);
  if (!isVector)
    return;
  std::optional<int64_t> executions =
      result.executions ? result.executions->getConstant() : std::nullopt;
  if (!executions) {
    if (getMask(op) || isa<vector::TransferReadOp, vector::TransferWriteOp>(op))
      unknown(op, "its number of executions is not a constant");
    return;
  }
  // Lanes a mask turns off: not executed, nothing counted on them.
  if (Value mask = getMask(op)) {
    std::optional<SmallVector<int64_t>> active = getActiveSizes(mask);
    std::optional<int64_t> lanes = getMaskLanes(mask);
    if (!lanes)
      return unknown(op, "its mask is scalable, or its lanes do not fit 64 "
                         "bits");
    if (!active)
      return unknown(op, "its mask sizes are not constants");
    std::optional<int64_t> off =
        scaleExact(*lanes - product(*active), *executions, 1);
    if (!off)
      return unknown(op, "too many padding lanes");
    record(op, *off, CostCounts());
    // What a masked read returns holds data only on the enabled lanes.
    auto masking = dyn_cast<vector::MaskOp>(op);
    auto read = dyn_cast<vector::TransferReadOp>(
        masking ? masking.getMaskableOp() : op);
    if (read && op->getNumResults() == 1)
      if (std::optional<SmallVector<int64_t>> sizes =
              getReadDataSizes(read, *active))
        dataSizes[op->getResult(0)] = std::move(*sizes);
    return;
  }
  if (auto read = dyn_cast<vector::TransferReadOp>(op))
    return visitTransfer(read, result, *executions);
  if (auto write = dyn_cast<vector::TransferWriteOp>(op))
    return visitTransfer(write, result, *executions);
  // An elementwise op on a padded value computes on its padding lanes.
  if (!op->hasTrait<OpTrait::Elementwise>() || op->getNumResults() != 1)
    return;
  auto type = dyn_cast<VectorType>(op->getResult(0).getType());
  if (!type || type.isScalable())
    return;
  // Operands that hold data on a box of lanes (masked reads): the result
  // holds data where they all do.
  std::optional<SmallVector<int64_t>> box;
  for (Value operand : op->getOperands()) {
    auto it = dataSizes.find(operand);
    if (it == dataSizes.end() || operand.getType() != type)
      continue;
    if (!box)
      box = it->second;
    for (auto [size, other] : llvm::zip_equal(*box, it->second))
      size = std::min(size, other);
  }
  if (box) {
    std::optional<int64_t> fixedLanes = getLanes(type);
    if (!fixedLanes)
      return unknown(op, "its lanes do not fit 64 bits");
    int64_t lanes = *fixedLanes;
    int64_t off = lanes - product(*box);
    std::optional<int64_t> padLanes = scaleExact(off, *executions, 1);
    std::optional<CostCounts> counts =
        padLanes ? scaleCounts(result.counts, *padLanes, lanes) : std::nullopt;
    if (!padLanes || !counts)
      return unknown(op, "the padding does not divide the lanes evenly");
    record(op, *padLanes, *counts);
    dataSizes[op->getResult(0)] = std::move(*box);
    return;
  }
  for (Value operand : op->getOperands()) {
    auto it = padded.find(operand);
    if (it == padded.end() || operand.getType() != type)
      continue;
    const PaddedValue &value = it->second;
    std::optional<int64_t> lanes = getLanes(type);
    std::optional<int64_t> numerator =
        checkedMul(value.padded, *executions / value.trips);
    std::optional<int64_t> padLanes =
        lanes && numerator ? scaleExact(*lanes, *numerator, value.width)
                           : std::nullopt;
    std::optional<CostCounts> counts =
        numerator ? scaleCounts(result.counts, *numerator, value.width)
                  : std::nullopt;
    if (*executions % value.trips || !padLanes || !counts)
      return unknown(op, "the padding does not divide the lanes evenly");
    record(op, *padLanes, *counts);
    padded[op->getResult(0)] = value;
    return;
  }
}

VectorPadding mlir::cost::computeVectorPadding(const CostAnalysis &analysis,
                                               const FunctionCost &fn) {
  VectorPadding padding;
  PaddingWalker walker(padding);
  for (const OpCostResult &result : analysis.getOpResults(fn))
    walker.visit(result);
  return padding;
}
