//===- CostContextImpl.cpp - What the analysis answers a cost model -------===//

#include "FunctionCoster.h"
#include "TypeSizes.h"
#include "cost/Support/Limits.h"

#include "mlir/Interfaces/CallInterfaces.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::cost;
using namespace mlir::cost::detail;

CostContextImpl::CostContextImpl(Operation *func, const CostOptions &options,
                                 bool quiet)
    : func(func), options(options), layout(DataLayout::closest(func)),
      tracer(func, options), quiet(quiet) {}

int64_t CostContextImpl::getElementBytes(Type type) {
  return elementBytes(layout, type);
}

FailureOr<int64_t> CostContextImpl::getNumElements(Operation *op, Type type) {
  auto shaped = dyn_cast<ShapedType>(type);
  if (!shaped)
    return 1;
  if (!shaped.hasRank())
    return unresolved(op, "unranked type " + typeToString(type));
  if (auto vector = dyn_cast<VectorType>(type); vector && vector.isScalable())
    return unresolved(op, "the lanes of the scalable vector " +
                              typeToString(type) +
                              " are a multiple of vscale, not a number");
  int64_t count = 1;
  for (auto [dim, size] : llvm::enumerate(shaped.getShape())) {
    if (ShapedType::isDynamic(size))
      return unresolved(op, llvm::formatv("dynamic dimension {0} of {1}", dim,
                                          typeToString(type)));
    std::optional<int64_t> next = checkedMul(count, size);
    if (!next)
      return overflow(op, "element count of " + typeToString(type));
    count = *next;
  }
  return count;
}

FailureOr<int64_t> CostContextImpl::getMemoryBytes(Operation *op, Type type) {
  if (!isa<TensorType, BaseMemRefType>(type))
    return 0;
  FailureOr<int64_t> elements = getNumElements(op, type);
  if (failed(elements))
    return failure();
  std::optional<int64_t> bytes = bytesOfElements(
      layout, *elements, cast<ShapedType>(type).getElementType());
  if (!bytes)
    return overflow(op, "byte size of " + typeToString(type));
  return *bytes;
}

FailureOr<Polynomial> CostContextImpl::getMemoryBytes(Operation *op,
                                                      Value value) {
  if (!isa<TensorType, BaseMemRefType>(value.getType()))
    return Polynomial(0);
  FailureOr<Polynomial> elements = getNumElements(op, value);
  if (failed(elements))
    return failure();
  std::optional<Polynomial> bytes = bytesOfElements(
      layout, *elements, cast<ShapedType>(value.getType()).getElementType());
  if (!bytes)
    return overflow(op, "byte size of " + typeToString(value.getType()));
  return *bytes;
}

FailureOr<Polynomial> CostContextImpl::getDimSize(Operation *op, Value value,
                                                  unsigned dim) {
  std::string why;
  std::optional<Polynomial> size = tracer.getDimSize(value, dim, why);
  if (size && size->getConstant().value_or(0) < 0)
    return unresolved(op, llvm::formatv("dimension {0} has the negative "
                                        "size {1}",
                                        dim, *size->getConstant()));
  return traced(op, std::move(size), why);
}

static std::string withDetail(const std::string &why, const Twine &detail) {
  std::string text = detail.str();
  return text.empty() ? why : why + "; " + text;
}

FailureOr<Polynomial> CostContextImpl::getIndexValue(Operation *op, Value value,
                                                     const Twine &detail) {
  std::string why;
  std::optional<Polynomial> result = tracer.getIndexValue(value, why);
  return traced(op, std::move(result), withDetail(why, detail));
}

FailureOr<Polynomial> CostContextImpl::getAffineValue(Operation *op,
                                                      AffineMap map,
                                                      ValueRange operands,
                                                      const Twine &detail) {
  std::string why;
  std::optional<Polynomial> result = tracer.getAffineValue(map, operands, why);
  return traced(op, std::move(result), withDetail(why, detail));
}

LogicalResult CostContextImpl::unresolved(Operation *op, const Twine &reason) {
  if (unresolvedOps.insert(op).second)
    summary.unresolved.push_back(
        {op->getName().getStringRef().str(), op->getLoc(), reason.str()});
  return failure();
}

void CostContextImpl::recordBranches(Operation *op,
                                     ArrayRef<CostCounts> regions,
                                     unsigned counted) {
  if (payloadDepth != 0)
    return;
  std::vector<CostCounts> costs(regions.begin(), regions.end());
  branchCosts[op] = costs;
  std::vector<Polynomial> runs(regions.size(), 0);
  if (counted < runs.size())
    runs[counted] = 1;
  regionRuns[op] = std::move(runs);
  summary.branches.push_back(
      {op->getName().getStringRef().str(), op->getLoc(), costs, counted});
}

void CostContextImpl::recordRegionExecutions(Operation *op,
                                             ArrayRef<Polynomial> perRegion) {
  if (payloadDepth == 0)
    regionRuns[op].assign(perRegion.begin(), perRegion.end());
}

void CostContextImpl::recordNestExecutions(Operation *op,
                                           ArrayRef<Polynomial> perRootRun) {
  if (payloadDepth != 0)
    return;
  regionRuns[op].assign(perRootRun.begin(), perRootRun.end());
  nestMembers.insert(op);
}

LogicalResult CostContextImpl::overflow(Operation *op, StringRef what) {
  // A formula past kMaxFormulaTerms is not an overflow: the count is
  // unresolved, with the reason.
  if (Polynomial::takeTermLimitFailure())
    return unresolved(op, ("the formula of the " + what + " has more than " +
                           Twine(kMaxFormulaTerms) +
                           " terms; bind shape symbols (--bind) to get a "
                           "number")
                              .str());
  if (!hadError && !quiet)
    op->emitError() << "cost count overflows 64 bits: " << what << " exceeds "
                    << INT64_MAX;
  hadError = true;
  return failure();
}

const void *CostContextImpl::getSignatureValue(
    Operation *op, TypeID type,
    llvm::function_ref<std::shared_ptr<const void>()> make) {
  return memo.getSignatureValue(op, type, make);
}

void CostContextImpl::noteUncounted(Operation *op) {
  std::string fullName = op->getName().getStringRef().str();
  // A call to a declaration names its callee: "func.call @rtclock".
  if (auto call = dyn_cast<CallOpInterface>(op))
    if (auto symbol = call.getCallableForCallee().dyn_cast<SymbolRefAttr>())
      fullName += " " + llvm::formatv("{0}", symbol).str();
  StringRef name = fullName;
  auto [it, inserted] =
      uncountedIndex.try_emplace(name, summary.uncounted.size());
  if (inserted)
    summary.uncounted.push_back({name.str(), 0});
  ++summary.uncounted[it->second].count;
  summary.uncountedOps.push_back(op);
  ++uncountedOccurrences;
}

void CostContextImpl::noteInterfaceDefault(Operation *op, StringRef interface) {
  StringRef name = op->getName().getStringRef();
  auto it = llvm::find_if(
      summary.interfaceDefaults,
      [&](const InterfaceDefaultCount &entry) { return entry.name == name; });
  if (it == summary.interfaceDefaults.end())
    summary.interfaceDefaults.push_back({name.str(), interface.str(), 1});
  else
    ++it->count;
  summary.interfaceDefaultOps.push_back(op);
}

std::string CostContextImpl::reasonFor(Operation *op) const {
  for (const UnresolvedOp &entry : summary.unresolved)
    if (entry.loc == op->getLoc() && entry.name == op->getName().getStringRef())
      return entry.reason;
  return {};
}

FailureOr<Polynomial> CostContextImpl::traced(Operation *op,
                                              std::optional<Polynomial> size,
                                              const std::string &why) {
  if (size)
    return std::move(*size);
  if (tracer.overflowed())
    return overflow(op, why);
  return unresolved(op, why);
}
