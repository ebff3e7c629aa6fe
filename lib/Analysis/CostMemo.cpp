//===- CostMemo.cpp - Counts computed once, shared by equal ops -----------===//

#include "CostMemo.h"

#include "cost/Models/Formulas.h"

#include "mlir/IR/Operation.h"

using namespace mlir;
using namespace mlir::cost;
using namespace mlir::cost::detail;

unsigned KeyWordsInfo::getHashValue(ArrayRef<uintptr_t> words) {
  uint64_t hash = words.size();
  for (uintptr_t word : words) {
    hash = (hash ^ word) * 0x9e3779b97f4a7c15ULL;
    hash ^= hash >> 29;
  }
  return static_cast<unsigned>(hash ^ (hash >> 32));
}

/// Appends `op`'s signature to `words`: its name, attribute dictionary,
/// operand and result types, and its properties by hash. Two ops with the
/// same words have the same signature if haveSameProperties also holds.
static void appendSignature(Operation *op, SmallVectorImpl<uintptr_t> &words) {
  auto push = [&](const void *p) {
    words.push_back(reinterpret_cast<uintptr_t>(p));
  };
  push(op->getName().getAsOpaquePointer());
  push(op->getRawDictionaryAttrs().getAsOpaquePointer());
  words.push_back(static_cast<uintptr_t>(op->hashProperties()));
  words.push_back(op->getNumOperands());
  for (Type type : op->getOperandTypes())
    push(type.getAsOpaquePointer());
  words.push_back(op->getNumResults());
  for (Type type : op->getResultTypes())
    push(type.getAsOpaquePointer());
}

/// True if ops `a` and `b`, of one name, have equal properties.
static bool haveSameProperties(Operation *a, Operation *b) {
  return a->getName().compareOpProperties(a->getPropertiesStorage(),
                                          b->getPropertiesStorage());
}

//===----------------------------------------------------------------------===//
// CostMemo
//===----------------------------------------------------------------------===//

ArrayRef<uintptr_t> CostMemo::storeKey(ArrayRef<uintptr_t> key) {
  uintptr_t *stored = keyStorage.Allocate<uintptr_t>(key.size());
  llvm::copy(key, stored);
  return ArrayRef<uintptr_t>(stored, key.size());
}

bool CostMemo::isPlainScalarOp(OperationName name) {
  auto [it, inserted] = plainScalarOps.try_emplace(name, false);
  if (inserted) {
    StringRef dialect = name.getDialectNamespace();
    it->second = dialect == "arith" || dialect == "math" ||
                 name.getStringRef() == "linalg.yield" ||
                 name.getStringRef() == "linalg.index";
  }
  return it->second;
}

bool CostMemo::appendPayloadKey(Block &block,
                                SmallVectorImpl<uintptr_t> &words) {
  auto push = [&](const void *p) {
    words.push_back(reinterpret_cast<uintptr_t>(p));
  };
  // An argument fed by a splat constant makes the ops on it fold
  // (isSplatConstantInput): part of the key.
  for (BlockArgument arg : block.getArguments()) {
    push(arg.getType().getAsOpaquePointer());
    words.push_back(isSplatConstantInput(arg, &splatGlobals));
  }
  SmallVector<Operation *, 8> ops;
  for (Operation &op : block) {
    if (op.getNumRegions() || !isPlainScalarOp(op.getName()))
      return false;
    push(op.getName().getAsOpaquePointer());
    words.push_back(op.getNumOperands());
    for (Value operand : op.getOperands()) {
      if (auto arg = dyn_cast<BlockArgument>(operand);
          arg && arg.getOwner() == &block) {
        words.push_back(1);
        words.push_back(arg.getArgNumber());
        continue;
      }
      Operation *def = operand.getDefiningOp();
      auto it =
          def && def->getBlock() == &block ? llvm::find(ops, def) : ops.end();
      if (it != ops.end()) {
        words.push_back(2);
        words.push_back(it - ops.begin());
        words.push_back(cast<OpResult>(operand).getResultNumber());
      } else {
        words.push_back(3);
        push(operand.getAsOpaquePointer());
      }
    }
    for (Type type : op.getResultTypes())
      push(type.getAsOpaquePointer());
    ops.push_back(&op);
  }
  return true;
}

const CostCounts *CostMemo::lookupPayload(ArrayRef<uintptr_t> key) const {
  auto it = payloadCosts.find(key);
  return it == payloadCosts.end() ? nullptr : &it->second;
}

void CostMemo::storePayload(ArrayRef<uintptr_t> key, const CostCounts &counts) {
  if (!payloadCosts.contains(key))
    payloadCosts.try_emplace(storeKey(key), counts);
}

bool CostMemo::getSharingKey(Operation *op, Block &payload,
                             SmallVectorImpl<uintptr_t> &key) {
  appendSignature(op, key);
  return appendPayloadKey(payload, key);
}

const CostCounts *CostMemo::lookupShared(ArrayRef<uintptr_t> key,
                                         Operation *op) const {
  auto it = sharedCosts.find(key);
  // Properties that only hash alike are not the same signature.
  if (it == sharedCosts.end() || !haveSameProperties(it->second.op, op))
    return nullptr;
  return &it->second.counts;
}

void CostMemo::storeShared(ArrayRef<uintptr_t> key, Operation *op,
                           const CostCounts &counts) {
  if (!sharedCosts.contains(key))
    sharedCosts.try_emplace(storeKey(key), SharedCost{op, counts});
}

const void *CostMemo::getSignatureValue(
    Operation *op, TypeID type,
    llvm::function_ref<std::shared_ptr<const void>()> make) {
  SmallVector<uintptr_t, 16> key = {
      reinterpret_cast<uintptr_t>(type.getAsOpaquePointer())};
  appendSignature(op, key);
  if (auto it = signatureValues.find(key); it != signatureValues.end())
    for (const SignatureValue &entry : it->second)
      if (haveSameProperties(entry.op, op))
        return entry.value.get();
  // `make` may add values (and so move the map's entries): the entry for
  // `key` is looked up again after it.
  std::shared_ptr<const void> value = make();
  auto it = signatureValues.find(key);
  if (it == signatureValues.end())
    it = signatureValues.try_emplace(storeKey(key)).first;
  it->second.push_back({op, value});
  return value.get();
}

//===----------------------------------------------------------------------===//
// SharingContext
//===----------------------------------------------------------------------===//

FailureOr<int64_t> SharingContext::getNumElements(Operation *op, Type type) {
  // A dynamic dimension makes the op unresolved: a record.
  if (auto shaped = dyn_cast<ShapedType>(type);
      shaped && !shaped.hasStaticShape())
    tainted = true;
  return inner.getNumElements(op, type);
}

FailureOr<int64_t> SharingContext::getMemoryBytes(Operation *op, Type type) {
  if (auto shaped = dyn_cast<ShapedType>(type);
      shaped && !shaped.hasStaticShape())
    tainted = true;
  return inner.getMemoryBytes(op, type);
}

FailureOr<Polynomial> SharingContext::getDimSize(Operation *op, Value value,
                                                 unsigned dim) {
  tainted = true;
  return inner.getDimSize(op, value, dim);
}

FailureOr<Polynomial> SharingContext::getIndexValue(Operation *op, Value value,
                                                    const Twine &detail) {
  tainted = true;
  return inner.getIndexValue(op, value, detail);
}

FailureOr<Polynomial> SharingContext::getAffineValue(Operation *op,
                                                     AffineMap map,
                                                     ValueRange operands,
                                                     const Twine &detail) {
  tainted = true;
  return inner.getAffineValue(op, map, operands, detail);
}

FailureOr<Polynomial> SharingContext::getMemoryBytes(Operation *op,
                                                     Value value) {
  // A static shape is part of the signature; a dynamic one is traced
  // through the operand's producers.
  if (auto shaped = dyn_cast<ShapedType>(value.getType());
      shaped && !shaped.hasStaticShape())
    tainted = true;
  return inner.getMemoryBytes(op, value);
}

FailureOr<CostCounts> SharingContext::getPayloadCost(Block &block) {
  // The declared payload is part of the key; any other block is not.
  if (&block != &payload)
    tainted = true;
  return inner.getPayloadCost(block);
}

FailureOr<CostCounts> SharingContext::getRegionCost(Region &region) {
  tainted = true;
  return inner.getRegionCost(region);
}

FailureOr<SmallVector<CostCounts>>
SharingContext::getRegionOpCosts(Region &region) {
  tainted = true;
  return inner.getRegionOpCosts(region);
}

LogicalResult SharingContext::unresolved(Operation *op, const Twine &reason) {
  tainted = true;
  return inner.unresolved(op, reason);
}

void SharingContext::recordBranches(Operation *op, ArrayRef<CostCounts> regions,
                                    unsigned counted) {
  tainted = true;
  inner.recordBranches(op, regions, counted);
}

void SharingContext::recordRegionExecutions(Operation *op,
                                            ArrayRef<Polynomial> perRegion) {
  tainted = true;
  inner.recordRegionExecutions(op, perRegion);
}

void SharingContext::recordNestExecutions(Operation *op,
                                          ArrayRef<Polynomial> perRootRun) {
  tainted = true;
  inner.recordNestExecutions(op, perRootRun);
}

LogicalResult SharingContext::overflow(Operation *op, StringRef what) {
  tainted = true;
  return inner.overflow(op, what);
}

const void *SharingContext::getSignatureValue(
    Operation *op, TypeID type,
    llvm::function_ref<std::shared_ptr<const void>()> make) {
  return inner.getSignatureValue(op, type, make);
}
