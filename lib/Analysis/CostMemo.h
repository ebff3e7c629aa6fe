//===- CostMemo.h - Counts computed once, shared by equal ops ---*- C++ -*-===//
//
// Private to lib/Analysis. The ops of a model repeat: every layer's matmul
// has the same signature and payload. This layer keys an op by its
// signature and a payload by its ops and wiring, and keeps what was computed
// for the first of each: payload costs, values a model derives from a
// signature (CostContext::getSignatureValue), and the whole counts of ops
// whose model declares them signature-only
// (CostOpInterface::getCostSharingPayload), computed under a SharingContext
// that decides whether they may be shared.
//
//===----------------------------------------------------------------------===//

#ifndef COST_LIB_ANALYSIS_COSTMEMO_H
#define COST_LIB_ANALYSIS_COSTMEMO_H

#include "cost/Interfaces/CostContext.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Allocator.h"

#include <memory>

namespace mlir {
namespace cost {
namespace detail {

/// Keys of the memo maps: words (pointers, small numbers) folded by
/// multiply and xor-shift, cheaper than the general hash_combine_range of
/// DenseMapInfo<ArrayRef>, which showed in profiles.
struct KeyWordsInfo : llvm::DenseMapInfo<ArrayRef<uintptr_t>> {
  static unsigned getHashValue(ArrayRef<uintptr_t> words);
};

/// The memo of one function's costing. Not thread-safe: each function
/// costed in parallel has its own.
class CostMemo {
public:
  /// Appends to `words` what a payload's cost depends on: for each op, its
  /// name, result types and where each operand comes from (an argument of
  /// the block, with its type; a result of an earlier op of the block; a
  /// value from outside, by identity). False, with `words` in an unspecified
  /// state, for a payload whose cost could depend on more: an op with
  /// regions or outside arith, math, linalg.yield and linalg.index (those
  /// models read only types and the block's wiring).
  bool appendPayloadKey(Block &block, SmallVectorImpl<uintptr_t> &words);

  /// isSplatConstantInput's verdicts per memref.get_global.
  llvm::DenseMap<Operation *, bool> splatGlobals;

  /// The payload cost stored under `key`, or null.
  const CostCounts *lookupPayload(ArrayRef<uintptr_t> key) const;
  void storePayload(ArrayRef<uintptr_t> key, const CostCounts &counts);

  /// The key of `op`'s counts when its model declares them a function of
  /// its signature and `payload`: the signature words (properties by hash),
  /// then the payload's key. False if the payload cannot be keyed.
  bool getSharingKey(Operation *op, Block &payload,
                     SmallVectorImpl<uintptr_t> &key);
  /// The counts stored under `key` for an op with `op`'s properties, or
  /// null.
  const CostCounts *lookupShared(ArrayRef<uintptr_t> key, Operation *op) const;
  void storeShared(ArrayRef<uintptr_t> key, Operation *op,
                   const CostCounts &counts);

  /// CostContext::getSignatureValue: the value of type `type` for `op`'s
  /// signature, made with `make` if there is none yet.
  const void *
  getSignatureValue(Operation *op, TypeID type,
                    llvm::function_ref<std::shared_ptr<const void>()> make);

private:
  /// A copy of `key` in keyStorage, to key a map with.
  ArrayRef<uintptr_t> storeKey(ArrayRef<uintptr_t> key);
  bool isPlainScalarOp(OperationName name);

  llvm::BumpPtrAllocator keyStorage;
  llvm::DenseMap<OperationName, bool> plainScalarOps;
  llvm::DenseMap<ArrayRef<uintptr_t>, CostCounts, KeyWordsInfo> payloadCosts;
  /// Shared counts, with the op they were computed for (whose properties a
  /// hit compares).
  struct SharedCost {
    Operation *op;
    CostCounts counts;
  };
  llvm::DenseMap<ArrayRef<uintptr_t>, SharedCost, KeyWordsInfo> sharedCosts;
  /// Signature values; ops whose properties only hash alike have entries
  /// side by side.
  struct SignatureValue {
    Operation *op;
    std::shared_ptr<const void> value;
  };
  llvm::DenseMap<ArrayRef<uintptr_t>, SmallVector<SignatureValue, 1>,
                 KeyWordsInfo>
      signatureValues;
};

/// The context a signature-only model computes its counts in. It forwards
/// every question to the analysis' context and remembers whether one of
/// them depended on more than the op's signature and its declared payload:
/// a dimension, index or affine value traced through operands, a dynamic
/// shape, a region's cost, another block's payload cost, or a record (a
/// branch, region executions, an unresolved op, an error). Counts computed
/// without such a question are the same for every op of the signature and
/// payload; the analysis shares only those. Models cannot opt out of the
/// check: it is the context they are handed.
class SharingContext final : public CostContext {
public:
  SharingContext(CostContext &inner, Block &payload)
      : inner(inner), payload(payload) {}

  /// True if the counts depended on more than the signature and payload.
  bool dependsOnValues() const { return tainted; }

  const CostOptions &getOptions() const override { return inner.getOptions(); }
  int64_t getElementBytes(Type type) override {
    return inner.getElementBytes(type);
  }
  using CostContext::getMemoryBytes;
  using CostContext::getNumElements;
  FailureOr<int64_t> getNumElements(Operation *op, Type type) override;
  FailureOr<int64_t> getMemoryBytes(Operation *op, Type type) override;
  FailureOr<Polynomial> getDimSize(Operation *op, Value value,
                                   unsigned dim) override;
  FailureOr<Polynomial> getIndexValue(Operation *op, Value value,
                                      const Twine &detail) override;
  FailureOr<Polynomial> getAffineValue(Operation *op, AffineMap map,
                                       ValueRange operands,
                                       const Twine &detail) override;
  FailureOr<Polynomial> getMemoryBytes(Operation *op, Value value) override;
  FailureOr<CostCounts> getPayloadCost(Block &block) override;
  FailureOr<CostCounts> getRegionCost(Region &region) override;
  FailureOr<SmallVector<CostCounts>> getRegionOpCosts(Region &region) override;
  LogicalResult unresolved(Operation *op, const Twine &reason) override;
  void recordBranches(Operation *op, ArrayRef<CostCounts> regions,
                      unsigned counted) override;
  void recordRegionExecutions(Operation *op,
                              ArrayRef<Polynomial> perRegion) override;
  void recordNestExecutions(Operation *op,
                            ArrayRef<Polynomial> perRootRun) override;
  LogicalResult overflow(Operation *op, StringRef what) override;
  Operation *getCallSite() override {
    tainted = true;
    return inner.getCallSite();
  }
  const void *getSignatureValue(
      Operation *op, TypeID type,
      llvm::function_ref<std::shared_ptr<const void>()> make) override;

private:
  CostContext &inner;
  Block &payload;
  bool tainted = false;
};

} // namespace detail
} // namespace cost
} // namespace mlir

#endif // COST_LIB_ANALYSIS_COSTMEMO_H
