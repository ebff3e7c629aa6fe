//===- CostCounts.cpp - Exact, overflow-checked cost counters -------------===//

#include "cost/Analysis/CostCounts.h"

#include "llvm/Support/CheckedArithmetic.h"

#include <algorithm>
#include <cassert>

using namespace mlir;
using namespace mlir::cost;

std::optional<int64_t> mlir::cost::checkedMul(int64_t a, int64_t b) {
  assert(a >= 0 && b >= 0 && "counts are never negative");
  return llvm::checkedMul<int64_t>(a, b);
}

std::optional<int64_t> mlir::cost::checkedAdd(int64_t a, int64_t b) {
  assert(a >= 0 && b >= 0 && "counts are never negative");
  return llvm::checkedAdd<int64_t>(a, b);
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
  CostCounts sum;
  for (const CostField &field : kFields) {
    std::optional<int64_t> value =
        checkedAdd(this->*field.member, other.*field.member);
    if (!value)
      return failure();
    sum.*field.member = *value;
  }
  *this = sum;
  return success();
}

LogicalResult CostCounts::scale(int64_t factor) {
  CostCounts product;
  for (const CostField &field : kFields) {
    std::optional<int64_t> value = checkedMul(this->*field.member, factor);
    if (!value)
      return failure();
    product.*field.member = *value;
  }
  *this = product;
  return success();
}

void CostCounts::maxWith(const CostCounts &other) {
  for (const CostField &field : kFields)
    this->*field.member = std::max(this->*field.member, other.*field.member);
}

bool CostCounts::isZero() const {
  return llvm::all_of(kFields, [&](const CostField &field) {
    return this->*field.member == 0;
  });
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
