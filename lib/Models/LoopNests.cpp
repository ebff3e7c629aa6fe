//===- LoopNests.cpp - Iteration domains of loop nests --------------------===//
//
// The iteration domain of a chain of loops root..L is the set of integer
// tuples (one per loop dimension) with lb_k <= i_k < ub_k and
// i_k = lb_k + step_k * t, where lb_k is the max of its lower bound
// expressions and ub_k the min of its upper ones, each an affine function
// of the outer induction variables: affine.for / affine.parallel bound maps
// (max / min of their results), scf loop bounds read through affine.min,
// affine.max, affine.apply, arith.minsi, arith.maxsi and index arithmetic.
//
// Its points are counted exactly. The dimensions split into groups that do
// not refer to one another (a tile loop and its point loop form a group;
// the three tiled dimensions of a matmul are three groups): the count is
// the product of the groups' counts. Within a group, the outer dimensions
// are enumerated and the innermost one is counted in closed form,
// ceil((ub - lb) / step) or 0, within kMaxNestEnumeration points. A group
// of one dimension that depends on no other may have symbolic bounds: its
// count is then a formula.
//
//===----------------------------------------------------------------------===//

#include "LoopNests.h"
#include "ModelUtils.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/AffineExprVisitor.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "llvm/ADT/EquivalenceClasses.h"
#include "llvm/Support/CheckedArithmetic.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace mlir::cost;

bool mlir::cost::isNestLoop(Operation *op) {
  return isa<affine::AffineForOp, affine::AffineParallelOp, scf::ForOp,
             scf::ParallelOp, scf::ForallOp>(op);
}

static SmallVector<Value> getInductionVars(Operation *loop) {
  if (auto parallel = dyn_cast<affine::AffineParallelOp>(loop))
    return SmallVector<Value>(parallel.getIVs());
  if (auto like = dyn_cast<LoopLikeOpInterface>(loop))
    if (std::optional<SmallVector<Value>> ivs = like.getLoopInductionVars())
      return *ivs;
  return {};
}

/// The SSA values a loop's bounds and steps are computed from.
static SmallVector<Value> getBoundValues(Operation *loop) {
  if (auto affineFor = dyn_cast<affine::AffineForOp>(loop))
    return SmallVector<Value>(affineFor.getControlOperands());
  if (auto parallel = dyn_cast<affine::AffineParallelOp>(loop))
    return SmallVector<Value>(parallel.getMapOperands());
  SmallVector<Value> values;
  auto like = cast<LoopLikeOpInterface>(loop);
  for (auto list : {like.getLoopLowerBounds(), like.getLoopUpperBounds(),
                    like.getLoopSteps()})
    if (list)
      for (OpFoldResult fold : *list)
        if (auto value = dyn_cast<Value>(fold))
          values.push_back(value);
  return values;
}

/// True if `value` is computed (inside `root`) from one of `ivs`.
static bool usesInductionVars(Value value, const DenseSet<Value> &ivs,
                              Operation *root) {
  SmallVector<Value> work{value};
  DenseSet<Value> seen;
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

LoopNest mlir::cost::getLoopNest(Operation *loop) {
  LoopNest nest;
  nest.root = loop;
  while (Operation *parent = nest.root->getParentOp()) {
    if (!isNestLoop(parent))
      break;
    nest.root = parent;
  }
  SmallVector<Operation *> loops;
  SmallVector<Operation *> work{nest.root};
  DenseSet<Value> ivs;
  while (!work.empty()) {
    Operation *op = work.pop_back_val();
    loops.push_back(op);
    for (Value iv : getInductionVars(op))
      ivs.insert(iv);
    for (Region &region : op->getRegions())
      for (Operation &inner : region.getOps())
        if (isNestLoop(&inner))
          work.push_back(&inner);
  }
  for (Operation *op : loops) {
    if (op == nest.root)
      continue;
    for (Value value : getBoundValues(op))
      if (usesInductionVars(value, ivs, nest.root)) {
        nest.dependent = true;
        return nest;
      }
  }
  return nest;
}

//===----------------------------------------------------------------------===//
// Bounds as affine expressions of the chain's induction variables
//===----------------------------------------------------------------------===//

namespace {

/// One dimension of the domain: max(lowers) <= i < min(uppers), by step.
/// Dimension d of an expression is dimension d of the domain; symbol s is
/// the s-th symbolic value.
struct Dimension {
  SmallVector<AffineExpr, 2> lowers, uppers;
  int64_t step = 1;
  /// The loop and which of its dimensions, for messages.
  Operation *loop = nullptr;
  unsigned loopDim = 0;
};

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

  SmallVector<Dimension> dims;
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
  bound.exprs.push_back(getAffineSymbolExpr(symbols.size(), context));
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

//===----------------------------------------------------------------------===//
// Counting
//===----------------------------------------------------------------------===//

/// The value of `expr` at the dimension values `values` (no symbols), or
/// nothing on overflow or a division by a non-positive value.
static std::optional<int64_t> evaluate(AffineExpr expr,
                                       ArrayRef<int64_t> values) {
  if (auto constant = dyn_cast<AffineConstantExpr>(expr))
    return constant.getValue();
  if (auto dim = dyn_cast<AffineDimExpr>(expr))
    return values[dim.getPosition()];
  auto binary = dyn_cast<AffineBinaryOpExpr>(expr);
  if (!binary)
    return std::nullopt;
  std::optional<int64_t> lhs = evaluate(binary.getLHS(), values);
  std::optional<int64_t> rhs = evaluate(binary.getRHS(), values);
  if (!lhs || !rhs)
    return std::nullopt;
  switch (expr.getKind()) {
  case AffineExprKind::Add:
    return llvm::checkedAdd(*lhs, *rhs);
  case AffineExprKind::Mul:
    return llvm::checkedMul(*lhs, *rhs);
  case AffineExprKind::FloorDiv:
  case AffineExprKind::CeilDiv:
  case AffineExprKind::Mod:
    // Divisions by -1 of INT64_MIN are the one overflow among them.
    if (*rhs <= 0)
      return std::nullopt;
    if (expr.getKind() == AffineExprKind::FloorDiv)
      return llvm::divideFloorSigned(*lhs, *rhs);
    if (expr.getKind() == AffineExprKind::CeilDiv)
      return llvm::divideCeilSigned(*lhs, *rhs);
    return llvm::mod(*lhs, *rhs);
  default:
    return std::nullopt;
  }
}

/// `expr` (no dimensions) as a polynomial of the symbol values.
static std::optional<Polynomial> toPolynomial(AffineExpr expr,
                                              ArrayRef<Polynomial> symbols) {
  if (auto constant = dyn_cast<AffineConstantExpr>(expr))
    return Polynomial(constant.getValue());
  if (auto symbol = dyn_cast<AffineSymbolExpr>(expr))
    return symbols[symbol.getPosition()];
  auto binary = dyn_cast<AffineBinaryOpExpr>(expr);
  if (!binary)
    return std::nullopt;
  std::optional<Polynomial> lhs = toPolynomial(binary.getLHS(), symbols);
  std::optional<Polynomial> rhs = toPolynomial(binary.getRHS(), symbols);
  if (!lhs || !rhs)
    return std::nullopt;
  std::optional<int64_t> divisor = rhs->getConstant();
  switch (expr.getKind()) {
  case AffineExprKind::Add:
    return Polynomial::add(*lhs, *rhs);
  case AffineExprKind::Mul:
    return Polynomial::mul(*lhs, *rhs);
  case AffineExprKind::FloorDiv:
    return divisor ? Polynomial::floorDiv(*lhs, *divisor) : std::nullopt;
  case AffineExprKind::CeilDiv:
    return divisor ? Polynomial::ceilDiv(*lhs, *divisor) : std::nullopt;
  case AffineExprKind::Mod: {
    std::optional<Polynomial> quotient =
        divisor ? Polynomial::floorDiv(*lhs, *divisor) : std::nullopt;
    std::optional<Polynomial> whole =
        quotient ? Polynomial::mul(*quotient, *divisor) : std::nullopt;
    return whole ? Polynomial::sub(*lhs, *whole) : std::nullopt;
  }
  default:
    return std::nullopt;
  }
}

namespace {
/// Counts the points of one group of dimensions by enumerating all but its
/// innermost dimension.
struct GroupCounter {
  ArrayRef<Dimension> dims;
  ArrayRef<unsigned> group;
  SmallVector<int64_t> values;
  int64_t visited = 0;
  enum { Ok, Overflow, Budget } status = Ok;

  /// The range [lb, ub) of dimension `d` at the current outer values.
  bool range(unsigned d, int64_t &lb, int64_t &ub) {
    lb = INT64_MIN;
    ub = INT64_MAX;
    for (AffineExpr expr : dims[d].lowers) {
      std::optional<int64_t> v = evaluate(expr, values);
      if (!v)
        return false;
      lb = std::max(lb, *v);
    }
    for (AffineExpr expr : dims[d].uppers) {
      std::optional<int64_t> v = evaluate(expr, values);
      if (!v)
        return false;
      ub = std::min(ub, *v);
    }
    return true;
  }

  std::optional<int64_t> count(unsigned k) {
    unsigned d = group[k];
    int64_t lb, ub;
    if (!range(d, lb, ub)) {
      status = Overflow;
      return std::nullopt;
    }
    if (ub <= lb)
      return 0;
    __int128 span = __int128(ub) - lb;
    int64_t step = dims[d].step;
    if (k + 1 == group.size()) {
      __int128 trips = span / step + (span % step != 0);
      if (trips > INT64_MAX) {
        status = Overflow;
        return std::nullopt;
      }
      return static_cast<int64_t>(trips);
    }
    int64_t total = 0;
    for (__int128 v = lb; v < ub; v += step) {
      if (++visited > kMaxNestEnumeration) {
        status = Budget;
        return std::nullopt;
      }
      values[d] = static_cast<int64_t>(v);
      std::optional<int64_t> inner = count(k + 1);
      std::optional<int64_t> sum =
          inner ? llvm::checkedAdd(total, *inner) : std::nullopt;
      if (!sum) {
        if (status == Ok)
          status = Overflow;
        return std::nullopt;
      }
      total = *sum;
    }
    return total;
  }
};
} // namespace

FailureOr<Polynomial>
mlir::cost::getRangeTrips(Operation *op, const Polynomial &lb,
                          const Polynomial &ub, int64_t step, CostContext &ctx,
                          const CostCounts &oneIteration) {
  std::optional<int64_t> lbValue = lb.getConstant();
  std::optional<int64_t> ubValue = ub.getConstant();
  if (lbValue && ubValue) {
    if (*ubValue <= *lbValue)
      return Polynomial(0);
    // The range may not fit 64 bits while the trip count does
    // (-2^63+1 to 2^63-1 by 2^62): count in 128 bits.
    __int128 span = __int128(*ubValue) - *lbValue;
    __int128 trips = span / step + (span % step != 0);
    if (trips > INT64_MAX)
      return ctx.overflow(op, "loop trip count");
    return Polynomial(static_cast<int64_t>(trips));
  }
  std::optional<Polynomial> span = Polynomial::sub(ub, lb);
  if (!span)
    return ctx.overflow(op, "loop range");
  // Symbols are >= 0. With the other coefficients >= 0 the count is least
  // where every symbol is 0: ceil(constant term / step), which must be >= 0.
  std::optional<Polynomial> variable =
      Polynomial::sub(*span, Polynomial(span->getConstantTerm()));
  if (!variable)
    return ctx.overflow(op, "loop range");
  if (!variable->hasNonNegativeCoefficients() ||
      llvm::divideCeilSigned(span->getConstantTerm(), step) < 0)
    return ctx.unresolved(
        op,
        llvm::formatv("the trip count ceil(({0})/{1}) is negative for "
                      "some values of its symbols (a loop from {2} to "
                      "{3}); bind them (--bind) to count it; {4}",
                      *span, step, lb, ub, describeIteration(oneIteration)));
  std::optional<Polynomial> quotient = Polynomial::ceilDiv(*span, step);
  if (!quotient)
    return ctx.overflow(op, "loop range");
  return std::move(*quotient);
}

FailureOr<Polynomial>
mlir::cost::countNestIterations(Operation *root, Operation *loop,
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
  ArrayRef<Dimension> dims = builder.dims;
  for (const Dimension &dim : dims)
    if (dim.step <= 0)
      return ctx.unresolved(loop, "a loop step is not positive; " +
                                      describeIteration(oneIteration));

  // Groups: dimensions joined when one's bounds use the other.
  llvm::EquivalenceClasses<unsigned> classes;
  SmallVector<bool> symbolic(dims.size(), false);
  for (unsigned d = 0; d < dims.size(); ++d) {
    classes.insert(d);
    for (const auto &list : {dims[d].lowers, dims[d].uppers})
      for (AffineExpr expr : list)
        expr.walk([&](AffineExpr sub) {
          if (auto dim = dyn_cast<AffineDimExpr>(sub))
            classes.unionSets(d, dim.getPosition());
          else if (isa<AffineSymbolExpr>(sub))
            symbolic[d] = true;
        });
  }
  Polynomial total = 1;
  SmallVector<bool> done(dims.size(), false);
  for (unsigned d = 0; d < dims.size(); ++d) {
    if (done[d])
      continue;
    SmallVector<unsigned> group;
    for (unsigned e = d; e < dims.size(); ++e)
      if (classes.isEquivalent(d, e)) {
        group.push_back(e);
        done[e] = true;
      }
    bool anySymbolic =
        llvm::any_of(group, [&](unsigned e) { return symbolic[e]; });
    std::optional<Polynomial> count;
    if (anySymbolic) {
      const Dimension &only = dims[d];
      if (group.size() != 1 || only.lowers.size() != 1 ||
          only.uppers.size() != 1) {
        std::string names;
        for (const Polynomial &symbol : builder.symbols)
          names += (names.empty() ? "" : ", ") + symbol.toString();
        return ctx.unresolved(
            loop, llvm::formatv("the iteration domain has dimensions whose "
                                "bounds depend on outer induction variables "
                                "or take a min or max, and on the symbolic "
                                "values {0}; bind them (--bind) to count it; "
                                "{1}",
                                names, describeIteration(oneIteration)));
      }
      std::optional<Polynomial> lb =
          toPolynomial(only.lowers.front(), builder.symbols);
      std::optional<Polynomial> ub =
          toPolynomial(only.uppers.front(), builder.symbols);
      if (!lb || !ub)
        return ctx.overflow(loop, "loop bound");
      FailureOr<Polynomial> trips =
          getRangeTrips(loop, *lb, *ub, only.step, ctx, oneIteration);
      if (failed(trips))
        return failure();
      count = std::move(*trips);
    } else {
      GroupCounter counter{dims, group, SmallVector<int64_t>(dims.size(), 0)};
      std::optional<int64_t> points = counter.count(0);
      if (!points) {
        if (counter.status == GroupCounter::Budget)
          return ctx.unresolved(
              loop, llvm::formatv("counting the iteration domain of this "
                                  "loop nest enumerates more than {0} "
                                  "points of its outer dimensions; {1}",
                                  kMaxNestEnumeration,
                                  describeIteration(oneIteration)));
        return ctx.overflow(loop, "iteration domain size");
      }
      count = Polynomial(*points);
    }
    std::optional<Polynomial> next = Polynomial::mul(total, *count);
    if (!next)
      return ctx.overflow(loop, "iteration domain size");
    total = std::move(*next);
  }
  return total;
}
