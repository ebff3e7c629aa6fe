//===- CostCounts.cpp - Exact, overflow-checked cost counters -------------===//

#include "cost/Analysis/CostCounts.h"

#include "llvm/Support/MathExtras.h"

#include <algorithm>
#include <cassert>

using namespace mlir;
using namespace mlir::cost;

std::optional<int64_t> mlir::cost::checkedMul(int64_t a, int64_t b) {
  assert(a >= 0 && b >= 0 && "counts are never negative");
  int64_t product;
  if (llvm::MulOverflow(a, b, product))
    return std::nullopt;
  return product;
}

std::optional<int64_t> mlir::cost::checkedAdd(int64_t a, int64_t b) {
  assert(a >= 0 && b >= 0 && "counts are never negative");
  int64_t sum;
  if (llvm::AddOverflow(a, b, sum))
    return std::nullopt;
  return sum;
}

static const CostField kFields[] = {
    {"flops", "cost.flops", &CostCounts::flops},
    {"macs", "cost.macs", &CostCounts::macs},
    {"int_ops", "cost.int_ops", &CostCounts::intOps},
    {"transcendentals", "cost.transcendentals", &CostCounts::transcendentals},
    {"bytes_read", "cost.bytes_read", &CostCounts::bytesRead},
    {"bytes_written", "cost.bytes_written", &CostCounts::bytesWritten},
};

ArrayRef<CostField> mlir::cost::getCostFields() { return kFields; }

LogicalResult CostCounts::add(const CostCounts &other) {
  // Plain numbers (every static shape) add in place.
  if (isConstant() && other.isConstant()) {
    int64_t sums[std::size(kFields)];
    for (auto [i, field] : llvm::enumerate(kFields)) {
      int64_t a = *(this->*field.member).getConstant();
      int64_t b = *(other.*field.member).getConstant();
      if (llvm::AddOverflow(a, b, sums[i]))
        return failure();
    }
    for (auto [i, field] : llvm::enumerate(kFields))
      this->*field.member = sums[i];
    return success();
  }
  CostCounts sum;
  for (const CostField &field : kFields) {
    std::optional<Polynomial> value =
        Polynomial::add(this->*field.member, other.*field.member);
    if (!value)
      return failure();
    sum.*field.member = *value;
  }
  *this = sum;
  return success();
}

LogicalResult CostCounts::scale(const Polynomial &factor) {
  if (std::optional<int64_t> by = factor.getConstant(); by && isConstant()) {
    int64_t products[std::size(kFields)];
    for (auto [i, field] : llvm::enumerate(kFields))
      if (llvm::MulOverflow(*(this->*field.member).getConstant(), *by,
                            products[i]))
        return failure();
    for (auto [i, field] : llvm::enumerate(kFields))
      this->*field.member = products[i];
    return success();
  }
  CostCounts product;
  for (const CostField &field : kFields) {
    std::optional<Polynomial> value =
        Polynomial::mul(this->*field.member, factor);
    if (!value)
      return failure();
    product.*field.member = *value;
  }
  *this = product;
  return success();
}

bool CostCounts::isZero() const {
  return llvm::all_of(kFields, [&](const CostField &field) {
    return this->*field.member == Polynomial(0);
  });
}

bool CostCounts::isConstant() const {
  return llvm::all_of(kFields, [&](const CostField &field) {
    return (this->*field.member).isConstant();
  });
}

void CostCounts::getSymbols(SmallVectorImpl<std::string> &symbols) const {
  for (const CostField &field : kFields)
    (this->*field.member).getSymbols(symbols);
  llvm::sort(symbols);
  symbols.erase(std::unique(symbols.begin(), symbols.end()), symbols.end());
}

bool CostCounts::operator==(const CostCounts &other) const {
  return llvm::all_of(kFields, [&](const CostField &field) {
    return this->*field.member == other.*field.member;
  });
}

LogicalResult ParamFootprint::add(const ParamFootprint &other) {
  std::optional<int64_t> e = checkedAdd(elements, other.elements);
  std::optional<int64_t> b = checkedAdd(bytes, other.bytes);
  if (!e || !b)
    return failure();
  elements = *e;
  bytes = *b;
  return success();
}
