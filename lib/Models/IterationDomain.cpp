//===- IterationDomain.cpp - Loop bounds as affine expressions ------------===//
//
// Reads the bounds of a chain of loops as affine expressions of the outer
// induction variables (IterationDomain.h), for LoopNests.cpp to count.
//
//===----------------------------------------------------------------------===//

#include "IterationDomain.h"
#include "LoopNests.h"
#include "ModelUtils.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::cost;

SmallVector<Value> mlir::cost::getInductionVars(Operation *loop) {
  if (auto parallel = dyn_cast<affine::AffineParallelOp>(loop))
    return SmallVector<Value>(parallel.getIVs());
  if (auto like = dyn_cast<LoopLikeOpInterface>(loop))
    if (std::optional<SmallVector<Value>> ivs = like.getLoopInductionVars())
      return *ivs;
  return {};
}

/// True if `value` is computed (inside `root`) from one of `ivs`.
bool mlir::cost::usesInductionVars(Value value, const DenseSet<Value> &ivs,
                                   Operation *root) {
  // Most bounds are an induction variable or a value from outside.
  if (ivs.contains(value))
    return true;
  Operation *first = value.getDefiningOp();
  if (!first || !root->isProperAncestor(first))
    return false;
  SmallVector<Value> work{value};
  llvm::SmallDenseSet<Value, 8> seen;
  while (!work.empty()) {
    Value v = work.pop_back_val();
    if (!seen.insert(v).second)
      continue;
    if (ivs.contains(v))
      return true;
    Operation *def = v.getDefiningOp();
    if (def && root->isProperAncestor(def))
      llvm::append_range(work, def->getOperands());
  }
  return false;
}

namespace {

/// A bound: one expression, or the min or max of several.
struct Bound {
  enum Kind { Single, Min, Max } kind = Single;
  SmallVector<AffineExpr, 2> exprs;
};

class DomainBuilder {
public:
  DomainBuilder(Operation *root, Operation *loop, CostContext &ctx,
                const CostCounts &body)
      : context(loop->getContext()), root(root), loop(loop), ctx(ctx),
        body(body) {}

  LogicalResult addLoop(Operation *op);

  SmallVector<DomainDimension> dims;
  SmallVector<Polynomial> symbols;

private:
  LogicalResult fail(const Twine &why) {
    return ctx.unresolved(loop, why + "; " + describeIteration(body));
  }
  FailureOr<Bound> trace(Value value, unsigned depth = 0);
  FailureOr<AffineExpr> traceSingle(Value value, unsigned depth);
  FailureOr<Bound> traceFold(OpFoldResult fold);
  FailureOr<SmallVector<AffineExpr, 2>>
  applyMap(AffineMap map, ValueRange operands, unsigned depth);
  LogicalResult addScfDimension(Operation *op, unsigned dim, OpFoldResult lb,
                                OpFoldResult ub, OpFoldResult step);

  MLIRContext *context;
  Operation *root;
  Operation *loop;
  CostContext &ctx;
  /// One iteration of the loop, for the reasons.
  const CostCounts &body;
  DenseMap<Value, unsigned> ivDims;
};

} // namespace

FailureOr<SmallVector<AffineExpr, 2>>
DomainBuilder::applyMap(AffineMap map, ValueRange operands, unsigned depth) {
  SmallVector<AffineExpr> dimRepl, symRepl;
  for (auto [i, operand] : llvm::enumerate(operands)) {
    FailureOr<AffineExpr> expr = traceSingle(operand, depth + 1);
    if (failed(expr))
      return failure();
    (i < map.getNumDims() ? dimRepl : symRepl).push_back(*expr);
  }
  SmallVector<AffineExpr, 2> results;
  for (AffineExpr result : map.getResults())
    results.push_back(result.replaceDimsAndSymbols(dimRepl, symRepl));
  return results;
}

FailureOr<AffineExpr> DomainBuilder::traceSingle(Value value, unsigned depth) {
  FailureOr<Bound> bound = trace(value, depth);
  if (failed(bound))
    return failure();
  if (bound->exprs.size() != 1)
    return fail("a loop bound uses the min or max of several values inside "
                "an expression, which is not an affine function of the "
                "induction variables");
  return bound->exprs.front();
}

FailureOr<Bound> DomainBuilder::trace(Value value, unsigned depth) {
  Bound bound;
  if (auto it = ivDims.find(value); it != ivDims.end()) {
    bound.exprs.push_back(getAffineDimExpr(it->second, context));
    return bound;
  }
  if (std::optional<int64_t> constant = getConstantIntValue(value)) {
    bound.exprs.push_back(getAffineConstantExpr(*constant, context));
    return bound;
  }
  Operation *def = value.getDefiningOp();
  // Index arithmetic nests shallowly; a deep chain is read as a value.
  if (def && depth < 32) {
    auto fromMap = [&](AffineMap map, ValueRange operands,
                       Bound::Kind kind) -> FailureOr<Bound> {
      FailureOr<SmallVector<AffineExpr, 2>> exprs =
          applyMap(map, operands, depth);
      if (failed(exprs))
        return failure();
      bound.exprs = std::move(*exprs);
      bound.kind = bound.exprs.size() == 1 ? Bound::Single : kind;
      return bound;
    };
    if (auto min = dyn_cast<affine::AffineMinOp>(def))
      return fromMap(min.getMap(), min.getMapOperands(), Bound::Min);
    if (auto max = dyn_cast<affine::AffineMaxOp>(def))
      return fromMap(max.getMap(), max.getMapOperands(), Bound::Max);
    if (auto apply = dyn_cast<affine::AffineApplyOp>(def))
      return fromMap(apply.getMap(), apply.getMapOperands(), Bound::Single);
    // Integer arithmetic narrower than 64 bits wraps (i + 100 on i8 is
    // negative from i = 28), which the exact affine expressions below do not.
    if (isa<arith::MinSIOp, arith::MaxSIOp, arith::AddIOp, arith::SubIOp,
            arith::MulIOp>(def)) {
      Type type = def->getResult(0).getType();
      if (!type.isIndex() && type.getIntOrFloatBitWidth() < 64)
        return fail(llvm::formatv("a loop bound is computed in {0}, where "
                                  "it may wrap around",
                                  type));
    }
    if (isa<arith::MinSIOp, arith::MaxSIOp>(def)) {
      Bound::Kind kind = isa<arith::MinSIOp>(def) ? Bound::Min : Bound::Max;
      for (Value operand : def->getOperands()) {
        FailureOr<Bound> side = trace(operand, depth + 1);
        if (failed(side))
          return failure();
        if (side->kind != Bound::Single && side->kind != kind)
          return fail("a loop bound mixes min and max");
        llvm::append_range(bound.exprs, side->exprs);
      }
      bound.kind = kind;
      return bound;
    }
    if (isa<arith::AddIOp, arith::SubIOp, arith::MulIOp>(def)) {
      FailureOr<AffineExpr> lhs = traceSingle(def->getOperand(0), depth + 1);
      if (failed(lhs))
        return failure();
      FailureOr<AffineExpr> rhs = traceSingle(def->getOperand(1), depth + 1);
      if (failed(rhs))
        return failure();
      bound.exprs.push_back(isa<arith::AddIOp>(def)   ? *lhs + *rhs
                            : isa<arith::SubIOp>(def) ? *lhs - *rhs
                                                      : *lhs * *rhs);
      return bound;
    }
    if (isa<arith::IndexCastOp>(def))
      return trace(def->getOperand(0), depth + 1);
  }
  // Not an induction variable nor read through the ops above: a value of
  // shape symbols, or unresolved.
  if (def) {
    DenseSet<Value> ivs;
    for (auto &entry : ivDims)
      ivs.insert(entry.first);
    if (usesInductionVars(value, ivs, root))
      return fail(llvm::formatv("a loop bound uses an induction variable "
                                "through {0}, which the iteration domain "
                                "counting does not read",
                                def->getName()));
  }
  FailureOr<Polynomial> known =
      ctx.getIndexValue(loop, value, describeIteration(body));
  if (failed(known))
    return failure();
  if (std::optional<int64_t> constant = known->getConstant()) {
    bound.exprs.push_back(getAffineConstantExpr(*constant, context));
    return bound;
  }
  // One symbol per formula, so that equal bounds compare equal.
  auto *same = llvm::find(symbols, *known);
  bound.exprs.push_back(getAffineSymbolExpr(same - symbols.begin(), context));
  if (same == symbols.end())
    symbols.push_back(std::move(*known));
  return bound;
}

FailureOr<Bound> DomainBuilder::traceFold(OpFoldResult fold) {
  if (auto value = dyn_cast<Value>(fold))
    return trace(value);
  Bound bound;
  std::optional<int64_t> constant = getConstantIntValue(fold);
  if (!constant) {
    (void)fail("a loop bound attribute is not an integer");
    return failure();
  }
  bound.exprs.push_back(getAffineConstantExpr(*constant, context));
  return bound;
}

LogicalResult DomainBuilder::addScfDimension(Operation *op, unsigned dim,
                                             OpFoldResult lb, OpFoldResult ub,
                                             OpFoldResult step) {
  std::optional<int64_t> stepValue = getConstantIntValue(step);
  if (!stepValue || *stepValue <= 0)
    return fail(llvm::formatv("step of loop dimension {0} is not a positive "
                              "constant",
                              dim));
  FailureOr<Bound> lower = traceFold(lb);
  if (failed(lower))
    return failure();
  FailureOr<Bound> upper = traceFold(ub);
  if (failed(upper))
    return failure();
  if (lower->kind == Bound::Min || upper->kind == Bound::Max)
    return fail("a lower bound that is a min, or an upper bound that is a "
                "max, makes the iteration domain a union, which the "
                "counting does not split");
  dims.push_back({lower->exprs, upper->exprs, *stepValue, op, dim});
  return success();
}

LogicalResult DomainBuilder::addLoop(Operation *op) {
  if (auto affineFor = dyn_cast<affine::AffineForOp>(op)) {
    FailureOr<SmallVector<AffineExpr, 2>> lowers = applyMap(
        affineFor.getLowerBoundMap(), affineFor.getLowerBoundOperands(), 0);
    if (failed(lowers))
      return failure();
    FailureOr<SmallVector<AffineExpr, 2>> uppers = applyMap(
        affineFor.getUpperBoundMap(), affineFor.getUpperBoundOperands(), 0);
    if (failed(uppers))
      return failure();
    ivDims[affineFor.getInductionVar()] = dims.size();
    dims.push_back({*lowers, *uppers, affineFor.getStepAsInt(), op, 0});
    return success();
  }
  if (auto parallel = dyn_cast<affine::AffineParallelOp>(op)) {
    SmallVector<int64_t> steps = parallel.getSteps();
    size_t first = dims.size();
    for (unsigned d = 0, e = parallel.getNumDims(); d < e; ++d) {
      FailureOr<SmallVector<AffineExpr, 2>> lowers = applyMap(
          parallel.getLowerBoundMap(d), parallel.getLowerBoundsOperands(), 0);
      if (failed(lowers))
        return failure();
      FailureOr<SmallVector<AffineExpr, 2>> uppers = applyMap(
          parallel.getUpperBoundMap(d), parallel.getUpperBoundsOperands(), 0);
      if (failed(uppers))
        return failure();
      dims.push_back({*lowers, *uppers, steps[d], op, d});
    }
    for (auto [d, iv] : llvm::enumerate(parallel.getIVs()))
      ivDims[iv] = first + d;
    return success();
  }
  if (auto scfFor = dyn_cast<scf::ForOp>(op); scfFor && scfFor.getUnsignedCmp())
    return fail("an unsigned scf.for in a loop nest whose bounds depend on "
                "outer induction variables");
  auto like = cast<LoopLikeOpInterface>(op);
  std::optional<SmallVector<OpFoldResult>> lbs = like.getLoopLowerBounds();
  std::optional<SmallVector<OpFoldResult>> ubs = like.getLoopUpperBounds();
  std::optional<SmallVector<OpFoldResult>> steps = like.getLoopSteps();
  if (!lbs || !ubs || !steps)
    return fail("loop bounds are not known");
  size_t first = dims.size();
  for (unsigned d = 0, e = lbs->size(); d < e; ++d)
    if (failed(addScfDimension(op, d, (*lbs)[d], (*ubs)[d], (*steps)[d])))
      return failure();
  for (auto [d, iv] : llvm::enumerate(getInductionVars(op)))
    ivDims[iv] = first + d;
  return success();
}

FailureOr<IterationDomain>
mlir::cost::buildIterationDomain(Operation *root, Operation *loop,
                                 CostContext &ctx,
                                 const CostCounts &oneIteration) {
  SmallVector<Operation *> chain;
  for (Operation *op = loop; op; op = op->getParentOp()) {
    chain.push_back(op);
    if (op == root)
      break;
  }
  std::reverse(chain.begin(), chain.end());
  DomainBuilder builder(root, loop, ctx, oneIteration);
  for (Operation *op : chain)
    if (failed(builder.addLoop(op)))
      return failure();
  return IterationDomain{std::move(builder.dims), std::move(builder.symbols)};
}
