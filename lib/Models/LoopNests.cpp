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
// count is then a formula; so may a tile loop and its point loop, whose
// tiles partition the tile loop's range (matchTiles). The bounds are read
// by IterationDomain.cpp.
//
//===----------------------------------------------------------------------===//

#include "LoopNests.h"
#include "IterationDomain.h"
#include "ModelUtils.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
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
  ArrayRef<DomainDimension> dims;
  ArrayRef<unsigned> group;
  SmallVector<int64_t> values;
  /// Points left to enumerate: the function's budget, or this count's own.
  int64_t *left;
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
      if (--*left < 0) {
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

/// A tile loop and its point loop: `outer` from L to U by s (one bound
/// each, on symbols only) and `inner`, by 1, over a range of length
/// min(s, U - o) at outer value o (from o to min(o + s, U), or from 0 to
/// min(s, U - o)). The tiles partition [L, U): the group has
/// max(0, U - L) points, whatever U is. Returns {L, U} for that case.
static std::optional<std::pair<AffineExpr, AffineExpr>>
matchTiles(const DomainDimension &outer, unsigned outerPos,
           const DomainDimension &inner, unsigned numDims,
           unsigned numSymbols) {
  if (outer.lowers.size() != 1 || outer.uppers.size() != 1 ||
      inner.lowers.size() != 1 || inner.uppers.size() != 2 || inner.step != 1)
    return std::nullopt;
  auto simplify = [&](AffineExpr e) {
    return simplifyAffineExpr(e, numDims, numSymbols);
  };
  AffineExpr o = getAffineDimExpr(outerPos, outer.lowers.front().getContext());
  AffineExpr lower = inner.lowers.front();
  AffineExpr rest = simplify(outer.uppers.front() - o);
  for (unsigned first : {0u, 1u}) {
    auto full =
        dyn_cast<AffineConstantExpr>(simplify(inner.uppers[first] - lower));
    if (full && full.getValue() == outer.step &&
        simplify(inner.uppers[1 - first] - lower) == rest)
      return std::make_pair(outer.lowers.front(), outer.uppers.front());
  }
  return std::nullopt;
}

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
  FailureOr<IterationDomain> domain =
      buildIterationDomain(root, loop, ctx, oneIteration);
  if (failed(domain))
    return failure();
  ArrayRef<DomainDimension> dims = domain->dims;
  for (const DomainDimension &dim : dims)
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
    std::optional<std::pair<AffineExpr, AffineExpr>> tiles;
    if (anySymbolic && group.size() == 2)
      tiles = matchTiles(dims[group[0]], group[0], dims[group[1]], dims.size(),
                         domain->symbols.size());
    if (tiles) {
      std::optional<Polynomial> lb =
          toPolynomial(tiles->first, domain->symbols);
      std::optional<Polynomial> ub =
          toPolynomial(tiles->second, domain->symbols);
      if (!lb || !ub)
        return ctx.overflow(loop, "loop bound");
      FailureOr<Polynomial> points =
          getRangeTrips(loop, *lb, *ub, 1, ctx, oneIteration);
      if (failed(points))
        return failure();
      count = std::move(*points);
    } else if (anySymbolic) {
      const DomainDimension &only = dims[d];
      if (group.size() != 1 || only.lowers.size() != 1 ||
          only.uppers.size() != 1) {
        std::string names;
        for (const Polynomial &symbol : domain->symbols)
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
          toPolynomial(only.lowers.front(), domain->symbols);
      std::optional<Polynomial> ub =
          toPolynomial(only.uppers.front(), domain->symbols);
      if (!lb || !ub)
        return ctx.overflow(loop, "loop bound");
      FailureOr<Polynomial> trips =
          getRangeTrips(loop, *lb, *ub, only.step, ctx, oneIteration);
      if (failed(trips))
        return failure();
      count = std::move(*trips);
    } else {
      int64_t ownBudget = kMaxNestEnumeration;
      int64_t *budget = ctx.getEnumerationBudget();
      GroupCounter counter{dims, group, SmallVector<int64_t>(dims.size(), 0),
                           budget ? budget : &ownBudget};
      std::optional<int64_t> points = counter.count(0);
      if (!points) {
        if (counter.status == GroupCounter::Budget)
          return ctx.unresolved(
              loop, llvm::formatv("counting the iteration domains of this "
                                  "function's loop nests enumerates more "
                                  "than {0} points of their outer "
                                  "dimensions; {1}",
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
