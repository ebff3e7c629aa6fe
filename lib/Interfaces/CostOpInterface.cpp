//===- CostOpInterface.cpp - The one extension point of cost-opt ----------===//

#include "cost/Interfaces/CostOpInterface.h"

#include "llvm/ADT/StringSwitch.h"

using namespace mlir;
using namespace mlir::cost;

CostContext::~CostContext() = default;

bool CountingConvention::operator==(const CountingConvention &other) const {
  return opsPerMac == other.opsPerMac &&
         countFirstAccumulate == other.countFirstAccumulate &&
         countFirstCombine == other.countFirstCombine &&
         countPaddedTaps == other.countPaddedTaps &&
         countPaddedPoolTaps == other.countPaddedPoolTaps &&
         oneOpPerElement == other.oneOpPerElement;
}

static constexpr llvm::StringLiteral conventionNames[] = {
    "default", "macs-as-flops", "xla", "exact"};

ArrayRef<llvm::StringLiteral> mlir::cost::getConventionNames() {
  return conventionNames;
}

std::optional<CountingConvention>
mlir::cost::getConvention(llvm::StringRef name) {
  CountingConvention convention;
  auto it = llvm::find(conventionNames, name);
  if (it == std::end(conventionNames))
    return std::nullopt;
  convention.name = *it;
  if (name == "default")
    return convention;
  if (name == "macs-as-flops") {
    convention.opsPerMac = 1;
    return convention;
  }
  if (name == "xla") {
    convention.countFirstCombine = false;
    convention.countPaddedTaps = false;
    convention.oneOpPerElement = true;
    return convention;
  }
  if (name == "exact") {
    convention.countFirstAccumulate = false;
    convention.countFirstCombine = false;
    return convention;
  }
  llvm_unreachable("a preset without a definition");
}

std::optional<CostDiagnostics>
mlir::cost::getCostDiagnostics(llvm::StringRef name) {
  return llvm::StringSwitch<std::optional<CostDiagnostics>>(name)
      .Case("all", CostDiagnostics::All)
      .Case("warnings", CostDiagnostics::Warnings)
      .Case("none", CostDiagnostics::None)
      .Default(std::nullopt);
}

Polynomial CostContext::getVScale() {
  const CostOptions &options = getOptions();
  if (auto bound = options.bindings.find(kVScaleSymbol);
      bound != options.bindings.end())
    return Polynomial(bound->second);
  if (options.defaultDim)
    return Polynomial(*options.defaultDim);
  return Polynomial::symbol(kVScaleSymbol);
}

FailureOr<SmallVector<Polynomial>>
CostContext::getVectorShape(Operation *op, VectorType type) {
  // A scalable dimension holds its size times vscale lanes.
  SmallVector<Polynomial> shape;
  for (auto [size, scalable] :
       llvm::zip_equal(type.getShape(), type.getScalableDims())) {
    std::optional<Polynomial> lanes =
        scalable ? Polynomial::mul(getVScale(), size) : Polynomial(size);
    if (!lanes) {
      (void)overflow(op, "scalable vector size");
      return failure();
    }
    shape.push_back(std::move(*lanes));
  }
  return shape;
}

/// The product of the sizes of `shape`, or an overflow of `what` on `op`.
static FailureOr<Polynomial> getShapeProduct(CostContext &ctx, Operation *op,
                                             ArrayRef<Polynomial> shape,
                                             StringRef what) {
  Polynomial count = 1;
  for (const Polynomial &size : shape) {
    std::optional<Polynomial> next = Polynomial::mul(count, size);
    if (!next) {
      (void)ctx.overflow(op, what);
      return failure();
    }
    count = std::move(*next);
  }
  return count;
}

FailureOr<Polynomial> CostContext::getVectorLanes(Operation *op,
                                                  VectorType type) {
  FailureOr<SmallVector<Polynomial>> shape = getVectorShape(op, type);
  if (failed(shape))
    return failure();
  return getShapeProduct(*this, op, *shape, "vector lane count");
}

FailureOr<SmallVector<Polynomial>> CostContext::getShape(Operation *op,
                                                         Value value) {
  SmallVector<Polynomial> shape;
  auto shaped = dyn_cast<ShapedType>(value.getType());
  if (!shaped)
    return shape;
  if (!shaped.hasRank()) {
    (void)unresolved(op, "unranked operand");
    return failure();
  }
  if (auto vector = dyn_cast<VectorType>(shaped))
    return getVectorShape(op, vector);
  for (unsigned dim = 0, rank = shaped.getRank(); dim < rank; ++dim) {
    if (!shaped.isDynamicDim(dim)) {
      shape.push_back(shaped.getDimSize(dim));
      continue;
    }
    FailureOr<Polynomial> size = getDimSize(op, value, dim);
    if (failed(size))
      return failure();
    shape.push_back(std::move(*size));
  }
  return shape;
}

FailureOr<Polynomial> CostContext::getNumElements(Operation *op, Value value) {
  // A static shape needs no tracing (the common case, on every operand).
  if (auto shaped = dyn_cast<ShapedType>(value.getType());
      shaped && shaped.hasStaticShape() &&
      !(isa<VectorType>(shaped) && cast<VectorType>(shaped).isScalable())) {
    int64_t count = 1;
    for (int64_t size : shaped.getShape()) {
      std::optional<int64_t> next = checkedMul(count, size);
      if (!next) {
        (void)overflow(op, "element count");
        return failure();
      }
      count = *next;
    }
    return Polynomial(count);
  }
  FailureOr<SmallVector<Polynomial>> shape = getShape(op, value);
  if (failed(shape))
    return failure();
  return getShapeProduct(*this, op, *shape, "element count");
}

#include "cost/Interfaces/CostOpInterface.cpp.inc"
