//===- CostAnalysis.cpp - Per-op and per-function cost results ------------===//

#include "cost/Analysis/CostAnalysis.h"
#include "cost/Analysis/CostRules.h"
#include "cost/Analysis/ShapeSymbols.h"
#include "cost/Interfaces/CostOpInterface.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/IR/Threading.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/DataLayoutInterfaces.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/FormatVariadic.h"

#include <atomic>
#include <mutex>

using namespace mlir;
using namespace mlir::cost;

MLIR_DEFINE_EXPLICIT_TYPE_ID(mlir::cost::CostAnalysis)

std::string mlir::cost::locationToString(Location loc) {
  std::string text;
  llvm::raw_string_ostream os(text);
  if (auto fileLoc = dyn_cast<FileLineColLoc>(loc))
    os << fileLoc.getFilename().getValue() << ":" << fileLoc.getLine() << ":"
       << fileLoc.getColumn();
  else if (auto fused = dyn_cast<FusedLoc>(loc);
           fused && !fused.getLocations().empty())
    return locationToString(fused.getLocations().front());
  else if (auto name = dyn_cast<NameLoc>(loc))
    return locationToString(name.getChildLoc());
  else if (auto callSite = dyn_cast<CallSiteLoc>(loc))
    return locationToString(callSite.getCallee());
  else
    loc.print(os);
  return text;
}

static std::string typeToString(Type type) {
  std::string text;
  llvm::raw_string_ostream os(text);
  type.print(os);
  return text;
}

/// Bytes one element of `type` occupies: its DataLayout size, at least 1 (an
/// i1 or i4 element takes a byte); a quantized type its storage type's size.
static int64_t elementBytes(const DataLayout &layout, Type type) {
  if (auto quant = dyn_cast<quant::QuantizedType>(type))
    type = quant.getStorageType();
  if (type.isIntOrIndexOrFloat() || isa<ComplexType, VectorType>(type) ||
      isa<DataLayoutTypeInterface>(type))
    return std::max<int64_t>(1, layout.getTypeSize(type).getFixedValue());
  // A type the data layout knows nothing about (an opaque dialect type):
  // count it as one byte rather than guessing a wider size.
  return 1;
}

/// Bytes `elements` values of `element` occupy in memory, or std::nullopt
/// if that exceeds INT64_MAX. Sub-byte types other than i1 (i2, i4, f4, f6
/// ...) are stored packed, as quantized weights are: ceil(elements * bits /
/// 8). i1 (bool) tensors take a byte per element, as frameworks store them.
static std::optional<int64_t>
bytesOfElements(const DataLayout &layout, int64_t elements, Type element) {
  if (auto quant = dyn_cast<quant::QuantizedType>(element))
    element = quant.getStorageType();
  unsigned bits = element.isIntOrFloat() ? element.getIntOrFloatBitWidth() : 0;
  if (bits > 1 && bits < 8) {
    std::optional<int64_t> totalBits = checkedMul(elements, bits);
    if (!totalBits)
      return std::nullopt;
    return *totalBits / 8 + (*totalBits % 8 != 0);
  }
  return checkedMul(elements, elementBytes(layout, element));
}

/// Appends `op`'s signature (what CostContext::getSignatureValue and
/// getSharedCost key on) to `words`: its name, attribute dictionary,
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

/// bytesOfElements for a count that may depend on symbols.
static std::optional<Polynomial> bytesOfElements(const DataLayout &layout,
                                                 const Polynomial &elements,
                                                 Type element) {
  if (std::optional<int64_t> constant = elements.getConstant()) {
    std::optional<int64_t> bytes = bytesOfElements(layout, *constant, element);
    if (!bytes)
      return std::nullopt;
    return Polynomial(*bytes);
  }
  if (auto quant = dyn_cast<quant::QuantizedType>(element))
    element = quant.getStorageType();
  unsigned bits = element.isIntOrFloat() ? element.getIntOrFloatBitWidth() : 0;
  if (bits > 1 && bits < 8) {
    std::optional<Polynomial> totalBits = Polynomial::mul(elements, bits);
    return totalBits ? Polynomial::ceilDiv(*totalBits, 8) : std::nullopt;
  }
  return Polynomial::mul(elements, elementBytes(layout, element));
}

//===----------------------------------------------------------------------===//
// FunctionCoster: the CostContext for one function
//===----------------------------------------------------------------------===//

namespace {
/// Keys of the payload and shared-cost maps: words (pointers, small
/// numbers) folded by multiply and xor-shift, cheaper than the general
/// hash_combine_range of DenseMapInfo<ArrayRef>, which showed in profiles.
struct KeyWordsInfo : llvm::DenseMapInfo<ArrayRef<uintptr_t>> {
  static unsigned getHashValue(ArrayRef<uintptr_t> words) {
    uint64_t hash = words.size();
    for (uintptr_t word : words) {
      hash = (hash ^ word) * 0x9e3779b97f4a7c15ULL;
      hash ^= hash >> 29;
    }
    return static_cast<unsigned>(hash ^ (hash >> 32));
  }
};

/// The call graph of the module's functions, shared by the functions costed
/// in parallel. The first run of every function finds the calls
/// (FunctionCoster::calledFunctions); `scc`, `inclusive` and `atCallSite`
/// are then filled in, each function's by its own task, callees first.
struct CallInfo {
  /// The index of the callee of `call` in the function list, or -1 when the
  /// callee has no body (a declaration) or cannot be resolved. Safe to call
  /// from several threads: the symbol tables are built and read under a
  /// lock (calls are few among ops).
  int resolve(CallOpInterface call) const {
    std::lock_guard<std::mutex> guard(mutex);
    Operation *callee = call.resolveCallableInTable(&symbolTables);
    auto it = callee ? funcIndex.find(callee) : funcIndex.end();
    return it == funcIndex.end() ? -1 : static_cast<int>(it->second);
  }
  mutable std::mutex mutex;
  mutable SymbolTableCollection symbolTables;
  /// Function -> its index in `funcs`.
  llvm::DenseMap<Operation *, unsigned> funcIndex;
  /// Strongly connected component of each function: a call within one is
  /// recursive. Empty during the first run, which does not know it yet.
  std::vector<unsigned> scc;
  /// Inclusive cost of each function, filled in callees-first order.
  std::vector<CostCounts> inclusive;
  /// What a call to each function costs before its arguments' sizes are
  /// known: the inclusive cost with the function's own symbols unbound
  /// (--bind values are for the function as a root, not for what a call
  /// passes). A call substitutes its operands' sizes. Empty if that cost
  /// overflows.
  std::vector<std::optional<CostCounts>> atCallSite;
  /// The functions, by index.
  ArrayRef<Operation *> funcs;
};

/// Costs the ops of one function (or, with `func` the module, answers the
/// type queries of module-level globals). Each function gets its own
/// instance, so functions can be analysed in parallel; nothing here is
/// shared but the call graph (CallInfo).
class FunctionCoster final : public CostContext {
public:
  /// `calls` (null for module-level globals) resolves func.call; with
  /// `exclusive`, a call to a function of the module costs nothing.
  FunctionCoster(Operation *func, const CostOptions &options,
                 const CallInfo *calls = nullptr, unsigned self = 0,
                 bool exclusive = false, bool quiet = false)
      : func(func), options(options), layout(DataLayout::closest(func)),
        tracer(func, options), calls(calls), self(self), exclusive(exclusive),
        quiet(quiet) {}

  /// True once a call to a function of the module (non-recursive) was
  /// costed.
  bool sawCallee = false;
  /// True once such a call was costed inside a payload (not recorded).
  bool sawCalleeInPayload = false;
  /// Every function of the module this one calls (indices, with repeats):
  /// the calls costed, and those in regions no model costed (an uncounted
  /// op's, a region a model skips), which the costing never reaches but
  /// which still make the callee a called function.
  std::vector<unsigned> calledFunctions;

  /// Costs the whole body into `summary` (the function's signature, its
  /// dimension names, is checked once before: verifyDimNames). Fails only
  /// if an error was emitted.
  LogicalResult run() { return summarize(costRegionOps(func->getRegion(0))); }

  /// Bytes of the function's tensor and buffer arguments and results, with
  /// dynamic sizes traced like operands'; empty if one cannot be traced to
  /// a number (an unbound symbol), is unranked, or the sum overflows.
  std::optional<int64_t> getInterfaceBytes() {
    Region &body = func->getRegion(0);
    SmallVector<Value> values(body.front().getArguments());
    for (Block &block : body)
      if (Operation *terminator = block.getTerminator();
          terminator && terminator->hasTrait<OpTrait::ReturnLike>())
        llvm::append_range(values, terminator->getOperands());
    int64_t total = 0;
    for (Value value : values) {
      if (!isa<TensorType, BaseMemRefType>(value.getType()))
        continue;
      auto shaped = cast<ShapedType>(value.getType());
      if (!shaped.hasRank())
        return std::nullopt;
      Polynomial elements = 1;
      for (unsigned d = 0, rank = shaped.getRank(); d < rank; ++d) {
        std::string why;
        std::optional<Polynomial> size = tracer.getDimSize(value, d, why);
        std::optional<Polynomial> next =
            size ? Polynomial::mul(elements, *size) : std::nullopt;
        if (!next)
          return std::nullopt;
        elements = std::move(*next);
      }
      // A negative traced size (tensor.empty of -5) has no byte size.
      std::optional<int64_t> count = elements.getConstant();
      std::optional<int64_t> bytes =
          count && *count >= 0
              ? bytesOfElements(layout, *count, shaped.getElementType())
              : std::nullopt;
      std::optional<int64_t> sum = bytes ? checkedAdd(total, *bytes) : bytes;
      if (!sum)
        return std::nullopt;
      total = *sum;
    }
    return total;
  }

  std::vector<OpCostResult> results;
  CostSummary summary;

  /// True once an error (an overflow) has been emitted.
  bool hadErrors() const { return hadError; }

  /// True if every result's parent, parentRegion and hasNestedResults were
  /// recorded as the ops were costed.
  bool hasParents() const { return parentsRecorded; }

  //===--------------------------------------------------------------------===//
  // CostContext
  //===--------------------------------------------------------------------===//

  const CostOptions &getOptions() const override { return options; }

  int64_t getElementBytes(Type type) override {
    return elementBytes(layout, type);
  }

  using CostContext::getMemoryBytes;
  using CostContext::getNumElements;

  FailureOr<int64_t> getNumElements(Operation *op, Type type) override {
    auto shaped = dyn_cast<ShapedType>(type);
    if (!shaped)
      return 1;
    if (!shaped.hasRank())
      return unresolved(op, "unranked type " + typeToString(type));
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

  FailureOr<int64_t> getMemoryBytes(Operation *op, Type type) override {
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

  FailureOr<Polynomial> getMemoryBytes(Operation *op, Value value) override {
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

  FailureOr<Polynomial> getDimSize(Operation *op, Value value,
                                   unsigned dim) override {
    ++valueQueries;
    std::string why;
    std::optional<Polynomial> size = tracer.getDimSize(value, dim, why);
    if (size && size->getConstant().value_or(0) < 0)
      return unresolved(op, llvm::formatv("dimension {0} has the negative "
                                          "size {1}",
                                          dim, *size->getConstant()));
    return traced(op, std::move(size), why);
  }

  FailureOr<Polynomial> getIndexValue(Operation *op, Value value,
                                      const Twine &detail) override {
    ++valueQueries;
    std::string why;
    std::optional<Polynomial> result = tracer.getIndexValue(value, why);
    return traced(op, std::move(result), withDetail(why, detail));
  }

  FailureOr<Polynomial> getAffineValue(Operation *op, AffineMap map,
                                       ValueRange operands,
                                       const Twine &detail) override {
    ++valueQueries;
    std::string why;
    std::optional<Polynomial> result =
        tracer.getAffineValue(map, operands, why);
    return traced(op, std::move(result), withDetail(why, detail));
  }

  FailureOr<CostCounts> getPayloadCost(Block &block) override {
    noteVisited(block.getParent());
    // The payloads of one function repeat (every matmul of a type has the
    // same one): a payload of scalar ops is costed once per shape.
    SmallVector<uintptr_t, 48> key;
    bool keyed = getPayloadKey(block, key);
    if (keyed)
      if (auto it = payloadCosts.find(key); it != payloadCosts.end())
        return it->second;
    int64_t uncounted = uncountedOccurrences;
    size_t unresolved = summary.unresolved.size();
    ++payloadDepth;
    FailureOr<CostCounts> result = costBlockOps(block);
    --payloadDepth;
    // Only a payload that left nothing behind (no op listed as uncounted or
    // unresolved) is the same every time.
    if (keyed && succeeded(result) && uncountedOccurrences == uncounted &&
        summary.unresolved.size() == unresolved)
      payloadCosts.try_emplace(storeKey(key), *result);
    else
      ++valueQueries;
    return result;
  }

  LogicalResult
  getSharedCost(Operation *op, Block &payload,
                llvm::function_ref<LogicalResult(CostCounts &)> compute,
                CostCounts &counts) override {
    // The key: the signature (the properties by hash, compared in full on
    // a hit), then the payload's key.
    SmallVector<uintptr_t, 64> key;
    appendSignature(op, key);
    if (!getPayloadKey(payload, key))
      return compute(counts);
    auto it = sharedCosts.find(key);
    if (it != sharedCosts.end()) {
      if (!haveSameProperties(it->second.op, op))
        return compute(counts); // Properties that only hash alike.
      // The payload counts as costed, as if `compute` had costed it. (A
      // `compute` that is run marks it itself, and only once it reaches it:
      // one that fails before leaves its calls to be found by a walk.)
      noteVisited(payload.getParent());
      counts = it->second.counts;
      return success();
    }
    int64_t queries = valueQueries;
    if (failed(compute(counts)))
      return failure();
    if (valueQueries == queries && !hadError)
      sharedCosts.try_emplace(storeKey(key), SharedCost{op, counts});
    return success();
  }

  FailureOr<CostCounts> getRegionCost(Region &region) override {
    ++valueQueries;
    noteVisited(&region);
    // The results of the region's ops have the op being costed (its
    // region `region`) as their parent. A model costing another op's region
    // leaves the parents to be found in the IR afterwards.
    int outerSlot = parentSlot;
    unsigned outerRegion = parentRegionNumber;
    if (!visitFrames.empty() && visitFrames.back().op == region.getParentOp()) {
      parentSlot = visitFrames.back().slot;
      parentRegionNumber = region.getRegionNumber();
    } else {
      parentsRecorded = false;
    }
    FailureOr<CostCounts> cost = costRegionOps(region);
    parentSlot = outerSlot;
    parentRegionNumber = outerRegion;
    return cost;
  }

  LogicalResult unresolved(Operation *op, const Twine &reason) override {
    ++valueQueries;
    if (unresolvedOps.insert(op).second)
      summary.unresolved.push_back(
          {op->getName().getStringRef().str(), op->getLoc(), reason.str()});
    return failure();
  }

  void recordBranches(Operation *op, ArrayRef<CostCounts> regions,
                      unsigned counted) override {
    ++valueQueries;
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

  void recordRegionExecutions(Operation *op,
                              ArrayRef<Polynomial> perRegion) override {
    ++valueQueries;
    if (payloadDepth == 0)
      regionRuns[op].assign(perRegion.begin(), perRegion.end());
  }

  const void *getSignatureValue(
      Operation *op, TypeID type,
      llvm::function_ref<std::shared_ptr<const void>()> make) override {
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

  LogicalResult overflow(Operation *op, StringRef what) override {
    ++valueQueries;
    if (!hadError && !quiet)
      op->emitError() << "cost count overflows 64 bits: " << what << " exceeds "
                      << INT64_MAX;
    hadError = true;
    return failure();
  }

private:
  /// What a payload's cost depends on, as words: for each op, its name,
  /// result types and where each operand comes from (an argument of the
  /// block, with its type; a result of an earlier op of the block; a value
  /// from outside, by identity). None for a payload whose cost could depend
  /// on more: an op with regions or outside arith, math, linalg.yield and
  /// linalg.index (those models read only types and the block's wiring),
  /// or any payload when a rules file is in use (rules count occurrences).
  /// Returns false for those, with `words` in an unspecified state.
  bool getPayloadKey(Block &block, SmallVectorImpl<uintptr_t> &words) {
    if (options.rules)
      return false;
    auto push = [&](const void *p) {
      words.push_back(reinterpret_cast<uintptr_t>(p));
    };
    for (BlockArgument arg : block.getArguments())
      push(arg.getType().getAsOpaquePointer());
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

  /// A copy of `key` in keyStorage, to key a map with.
  ArrayRef<uintptr_t> storeKey(ArrayRef<uintptr_t> key) {
    uintptr_t *stored = keyStorage.Allocate<uintptr_t>(key.size());
    llvm::copy(key, stored);
    return ArrayRef<uintptr_t>(stored, key.size());
  }

  bool isPlainScalarOp(OperationName name) {
    auto [it, inserted] = plainScalarOps.try_emplace(name, false);
    if (inserted) {
      StringRef dialect = name.getDialectNamespace();
      it->second = dialect == "arith" || dialect == "math" ||
                   name.getStringRef() == "linalg.yield" ||
                   name.getStringRef() == "linalg.index";
    }
    return it->second;
  }

  static std::string withDetail(const std::string &why, const Twine &detail) {
    std::string text = detail.str();
    return text.empty() ? why : why + "; " + text;
  }

  /// Why `op` was recorded as unresolved.
  std::string reasonFor(Operation *op) const {
    for (const UnresolvedOp &entry : summary.unresolved)
      if (entry.loc == op->getLoc() &&
          entry.name == op->getName().getStringRef())
        return entry.reason;
    return {};
  }

  /// A traced size, or failure: an overflow error, or `op` unresolved with
  /// the reason.
  FailureOr<Polynomial> traced(Operation *op, std::optional<Polynomial> size,
                               const std::string &why) {
    if (size)
      return std::move(*size);
    if (tracer.overflowed())
      return overflow(op, why);
    return unresolved(op, why);
  }

  FailureOr<CostCounts> costRegionOps(Region &region) {
    CostCounts sum;
    for (Block &block : region) {
      FailureOr<CostCounts> blockCost = costBlockOps(block);
      if (failed(blockCost))
        return failure();
      if (failed(sum.add(*blockCost)))
        return overflow(region.getParentOp(), "sum over the region");
    }
    return sum;
  }

  FailureOr<CostCounts> costBlockOps(Block &block) {
    CostCounts sum;
    for (Operation &op : block) {
      FailureOr<CostCounts> opCost = costOp(&op);
      if (failed(opCost))
        return failure();
      if (failed(sum.add(*opCost)))
        return overflow(&op, "running sum of the enclosing block");
    }
    return sum;
  }

  /// Costs one op. Returns its contribution to the enclosing sum: its cost if
  /// it was costed, zero if it is unresolved or uncounted (both are listed).
  /// Fails only after an error.
  FailureOr<CostCounts> costOp(Operation *op) {
    bool record = payloadDepth == 0;
    auto iface = dyn_cast<CostOpInterface>(op);
    // A rule of the rules file comes first, in place of the op's own model
    // if it has one (then listed as an override).
    const CostRule *rule =
        options.rules ? options.rules->lookup(op->getName().getStringRef())
                      : nullptr;
    if (rule) {
      StringRef name = op->getName().getStringRef();
      noteName(summary.costedByRule, name);
      if (iface)
        noteName(summary.ruleOverrides, name);
      // A call a rule costs still makes its callee a called function.
      if (findingCalls())
        if (auto call = dyn_cast<CallOpInterface>(op))
          if (int callee = calls->resolve(call); callee >= 0)
            calledFunctions.push_back(callee);
    } else if (!iface && calls) {
      if (auto call = dyn_cast<CallOpInterface>(op))
        if (int callee = calls->resolve(call); callee >= 0)
          return costCall(op, callee, record);
    }
    if (!rule && !iface) {
      // Terminators carry no work of their own: the values they yield were
      // produced (and costed) by other ops.
      if (op->hasTrait<OpTrait::IsTerminator>())
        return CostCounts();
      noteUncounted(op);
      findCallsIn(op->getRegions());
      if (record)
        recordResult(op, OpCostStatus::Uncounted);
      return CostCounts();
    }

    // Reserve the slot first so results stay in pre-order (parents before
    // the ops of their regions).
    size_t slot = record ? recordResult(op, OpCostStatus::Costed) : 0;
    if (record)
      results[slot].byRule = rule != nullptr;

    CostCounts counts;
    // Which of the op's regions the model costs (visited[r]); the calls in
    // the others are found by a walk.
    size_t frame = visitFrames.size();
    if (op->getNumRegions() && calls)
      visitFrames.push_back({op, SmallVector<bool, 2>(op->getNumRegions()),
                             record ? static_cast<int>(slot) : -1});
    llvm::scope_exit findSkippedCalls([&] {
      if (visitFrames.size() == frame)
        return;
      VisitFrame top = visitFrames.pop_back_val();
      for (auto [region, visited] : llvm::zip(op->getRegions(), top.visited))
        if (!visited)
          findCallsIn(region);
    });
    if (failed(rule ? CostRules::apply(*rule, op, *this, counts)
                    : iface.computeCost(*this, counts))) {
      if (hadError)
        return failure();
      // The model declined. Make sure the op itself is listed, even when the
      // unresolved value was found on a nested op.
      if (!unresolvedOps.contains(op))
        (void)unresolved(op, "depends on an op whose cost is unresolved");
      if (record) {
        results[slot].status = OpCostStatus::Unresolved;
        results[slot].getDetails().reason = reasonFor(op);
      }
      return CostCounts();
    }

    if (record) {
      results[slot].counts = counts;
      if (auto it = branchCosts.find(op); it != branchCosts.end())
        results[slot].getDetails().branches = std::move(it->second);
      if (auto it = regionRuns.find(op); it != regionRuns.end())
        results[slot].getDetails().regionExecutions = std::move(it->second);
      ++summary.opsCosted;
      if (iface && failed(summary.params.add(iface.getParamFootprint(*this))))
        return overflow(op, "parameter count");
    }
    return counts;
  }

  /// Adds one occurrence of `name` to `list` (by name, in order of first
  /// occurrence).
  static void noteName(std::vector<OpNameCount> &list, StringRef name) {
    auto it = llvm::find_if(
        list, [&](const OpNameCount &entry) { return entry.name == name; });
    if (it == list.end())
      list.push_back({name.str(), 1});
    else
      ++it->count;
  }

  /// A call to a function of the module: the callee's inclusive cost, or
  /// nothing in exclusive mode; unresolved if the call is recursive.
  FailureOr<CostCounts> costCall(Operation *op, unsigned callee, bool record) {
    size_t slot = record ? recordResult(op, OpCostStatus::Costed) : 0;
    StringRef calleeName =
        cast<SymbolOpInterface>(calls->funcs[callee]).getName();
    // The call is unresolved for `reason`; it adds nothing to the sum.
    auto unresolvedCall = [&](const Twine &reason) {
      (void)unresolved(op, reason);
      if (record) {
        results[slot].status = OpCostStatus::Unresolved;
        results[slot].getDetails().reason = reason.str();
      }
      return CostCounts();
    };
    calledFunctions.push_back(callee);
    // The first run does not know the recursion cycles yet: it costs every
    // call as nothing (exclusive), and a function with a recursive call is
    // costed again once they are known.
    if (!calls->scc.empty() && calls->scc[callee] == calls->scc[self])
      return unresolvedCall("recursive call to @" + calleeName +
                            ": the number of calls is data-dependent");
    sawCallee = true;
    if (!record)
      sawCalleeInPayload = true;
    if (!exclusive && !calls->atCallSite[callee])
      return unresolvedCall("the cost of @" + calleeName +
                            " as a formula of its argument sizes overflows "
                            "int64");
    CostCounts counts = exclusive ? CostCounts() : *calls->atCallSite[callee];
    if (!counts.isConstant()) {
      FailureOr<CostCounts> atCall = bindCalleeSymbols(op, callee, counts);
      if (failed(atCall)) {
        if (hadError)
          return failure();
        return unresolvedCall(reasonFor(op));
      }
      counts = std::move(*atCall);
    }
    if (record) {
      results[slot].counts = counts;
      results[slot].callee = static_cast<int>(callee);
      ++summary.opsCosted;
    }
    return counts;
  }

  /// The callee's counts at this call: each symbol of the callee (a
  /// dynamic dimension or index argument) replaced by what the call passes.
  FailureOr<CostCounts> bindCalleeSymbols(Operation *op, unsigned callee,
                                          const CostCounts &counts) {
    SmallVector<std::string> used;
    counts.getSymbols(used);
    llvm::StringSet<> wanted;
    for (const std::string &name : used)
      wanted.insert(name);
    auto fn = cast<FunctionOpInterface>(calls->funcs[callee]);
    auto call = cast<CallOpInterface>(op);
    ValueRange operands = call.getArgOperands();
    llvm::StringMap<Polynomial> values;
    for (const ArgumentSymbol &symbol : getArgumentSymbols(fn)) {
      if (symbol.argNumber >= operands.size() ||
          !wanted.contains(symbol.name) || values.contains(symbol.name))
        continue;
      Value passed = operands[symbol.argNumber];
      FailureOr<Polynomial> value = symbol.dim
                                        ? getDimSize(op, passed, *symbol.dim)
                                        : getIndexValue(op, passed, "");
      if (failed(value))
        return failure();
      values[symbol.name] = std::move(*value);
    }
    CostCounts bound;
    for (const CostField &field : getCostFields()) {
      std::optional<Polynomial> value =
          (counts.*field.member).substitute(values);
      if (!value)
        return overflow(op, "callee cost at the call site");
      // A formula assumes every loop range non-empty (ub >= lb); the sizes
      // a call passes may make one empty.
      if (value->getConstant().value_or(0) < 0)
        return unresolved(
            op, llvm::formatv("at this call the {0} of @{1} evaluate to {2}: "
                              "a loop range its formula takes as non-empty "
                              "is empty for these sizes",
                              field.key, fn.getName(), *value));
      bound.*field.member = std::move(*value);
    }
    return bound;
  }

  /// Records the symbols met and the counts of a run in `summary`.
  LogicalResult summarize(FailureOr<CostCounts> counts) {
    summary.symbols = tracer.getSymbols();
    if (failed(counts))
      return failure();
    summary.counts = std::move(*counts);
    return success();
  }

  /// Appends a result for `op`, whose parent is the innermost recorded op
  /// whose region is being costed; returns its slot.
  size_t recordResult(Operation *op, OpCostStatus status) {
    size_t slot = results.size();
    results.push_back({op, status, {}, {}});
    results[slot].parent = parentSlot;
    results[slot].parentRegion = parentRegionNumber;
    if (parentSlot >= 0)
      results[parentSlot].hasNestedResults = true;
    return slot;
  }

  /// True in the first run, which finds the call graph (CallInfo::scc is
  /// not known yet).
  bool findingCalls() const { return calls && calls->scc.empty(); }

  /// Marks `region` as costed by the model of the op being costed (its
  /// calls are found by costing them).
  void noteVisited(Region *region) {
    if (!visitFrames.empty() && visitFrames.back().op == region->getParentOp())
      visitFrames.back().visited[region->getRegionNumber()] = true;
  }

  /// Adds the functions of the module called in `regions` to
  /// calledFunctions, without costing anything.
  void findCallsIn(MutableArrayRef<Region> regions) {
    if (!findingCalls())
      return;
    for (Region &region : regions)
      region.walk([&](CallOpInterface call) {
        if (int callee = calls->resolve(call); callee >= 0)
          calledFunctions.push_back(callee);
      });
  }

  void noteUncounted(Operation *op) {
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
    ++uncountedOccurrences;
    ++valueQueries;
  }

  Operation *func;
  const CostOptions &options;
  DataLayout layout;
  ShapeTracer tracer;
  const CallInfo *calls;
  unsigned self;
  bool exclusive;
  /// Errors fail without a diagnostic.
  bool quiet;
  unsigned payloadDepth = 0;
  /// Payload costs by getPayloadKey (the keys' words live in keyStorage),
  /// and which op names may be in a keyed payload.
  llvm::DenseMap<ArrayRef<uintptr_t>, CostCounts, KeyWordsInfo> payloadCosts;
  llvm::BumpPtrAllocator keyStorage;
  llvm::DenseMap<OperationName, bool> plainScalarOps;
  /// getSharedCost's counts, by signature and payload key, with the op
  /// they were computed for (whose properties a hit compares).
  struct SharedCost {
    Operation *op;
    CostCounts counts;
  };
  llvm::DenseMap<ArrayRef<uintptr_t>, SharedCost, KeyWordsInfo> sharedCosts;
  /// Questions and records whose answer or effect depends on more than an
  /// op's signature and payload: counts computed while it changed are not
  /// shared (getSharedCost).
  int64_t valueQueries = 0;
  int64_t uncountedOccurrences = 0;
  bool hadError = false;
  llvm::DenseSet<Operation *> unresolvedOps;
  llvm::DenseMap<Operation *, std::vector<CostCounts>> branchCosts;
  llvm::DenseMap<Operation *, std::vector<Polynomial>> regionRuns;
  llvm::StringMap<unsigned> uncountedIndex;
  /// The ops being costed that have regions, innermost last, with which of
  /// their regions their model has costed.
  struct VisitFrame {
    Operation *op;
    SmallVector<bool, 2> visited;
    /// The op's result, or -1 if it has none (in a payload).
    int slot;
  };
  SmallVector<VisitFrame> visitFrames;
  /// The parent of the results recorded now (-1: the function), and which
  /// of its regions holds them; false once a parent could not be recorded.
  int parentSlot = -1;
  unsigned parentRegionNumber = 0;
  bool parentsRecorded = true;
  /// getSignatureValue's values, by value type and signature words; ops
  /// whose properties only hash alike have entries side by side.
  struct SignatureValue {
    /// The op the value was made for; others of its signature share it.
    Operation *op;
    std::shared_ptr<const void> value;
  };
  llvm::DenseMap<ArrayRef<uintptr_t>, SmallVector<SignatureValue, 1>,
                 KeyWordsInfo>
      signatureValues;
};

} // namespace

//===----------------------------------------------------------------------===//
// CostAnalysis
//===----------------------------------------------------------------------===//

/// Strongly connected components of the graph `edges` (Tarjan's algorithm,
/// iterative so that a long call chain cannot exhaust the stack). Returns
/// the component of each node; components are numbered in reverse
/// topological order: a node's successors are in components with smaller or
/// equal numbers.
static std::vector<unsigned>
computeSCCs(const std::vector<std::vector<unsigned>> &edges) {
  constexpr unsigned kUnvisited = ~0u;
  size_t n = edges.size();
  std::vector<unsigned> order(n, kUnvisited), low(n, 0), component(n, 0);
  std::vector<bool> onStack(n, false);
  std::vector<unsigned> stack;
  std::vector<std::pair<unsigned, size_t>> frames; // node, next edge
  unsigned counter = 0, components = 0;
  for (unsigned start = 0; start < n; ++start) {
    if (order[start] != kUnvisited)
      continue;
    auto visit = [&](unsigned v) {
      order[v] = low[v] = counter++;
      stack.push_back(v);
      onStack[v] = true;
      frames.push_back({v, 0});
    };
    visit(start);
    while (!frames.empty()) {
      unsigned v = frames.back().first;
      size_t &next = frames.back().second;
      if (next < edges[v].size()) {
        unsigned w = edges[v][next++];
        if (order[w] == kUnvisited)
          visit(w);
        else if (onStack[w])
          low[v] = std::min(low[v], order[w]);
        continue;
      }
      if (low[v] == order[v]) {
        unsigned w;
        do {
          w = stack.back();
          stack.pop_back();
          onStack[w] = false;
          component[w] = components;
        } while (w != v);
        ++components;
      }
      frames.pop_back();
      if (!frames.empty())
        low[frames.back().first] = std::min(low[frames.back().first], low[v]);
    }
  }
  return component;
}

/// Adds `from` into `into`, merging the uncounted lists by name.
static LogicalResult accumulate(CostSummary &into, const CostSummary &from,
                                bool addParams) {
  if (failed(into.counts.add(from.counts)))
    return failure();
  if (addParams && failed(into.params.add(from.params)))
    return failure();
  into.opsCosted += from.opsCosted;
  auto merge = [](std::vector<OpNameCount> &to,
                  const std::vector<OpNameCount> &entries) {
    for (const OpNameCount &entry : entries) {
      auto it = llvm::find_if(
          to, [&](const OpNameCount &e) { return e.name == entry.name; });
      if (it == to.end())
        to.push_back(entry);
      else
        it->count += entry.count;
    }
  };
  merge(into.uncounted, from.uncounted);
  merge(into.costedByRule, from.costedByRule);
  merge(into.ruleOverrides, from.ruleOverrides);
  llvm::append_range(into.unresolved, from.unresolved);
  llvm::append_range(into.branches, from.branches);
  for (const ShapeSymbol &symbol : from.symbols)
    if (llvm::none_of(into.symbols, [&](const ShapeSymbol &s) {
          return s.name == symbol.name;
        }))
      into.symbols.push_back(symbol);
  return success();
}

/// Finds each result's parent by walking up the IR from its op: for results
/// recorded while a model costed a region of an op other than its own
/// (FunctionCoster::hasParents() false). Results are in pre-order, so a
/// parent is always seen (and indexed) before the ops of its regions.
static void findParents(Operation *func, std::vector<OpCostResult> &results) {
  llvm::DenseMap<Operation *, unsigned> slots;
  slots.reserve(results.size());
  for (OpCostResult &result : results)
    result.hasNestedResults = false;
  for (auto [i, result] : llvm::enumerate(results)) {
    slots[result.op] = i;
    result.parent = -1;
    result.parentRegion = 0;
    Operation *child = result.op;
    for (Operation *p = child->getParentOp(); p && p != func;
         child = p, p = p->getParentOp()) {
      auto it = slots.find(p);
      if (it == slots.end())
        continue;
      result.parent = static_cast<int>(it->second);
      result.parentRegion = child->getParentRegion()->getRegionNumber();
      results[result.parent].hasNestedResults = true;
      break;
    }
  }
}

/// Fills in each result's executions (and its parent, if the costing could
/// not record it).
static void linkResults(Operation *func, const FunctionCoster &coster,
                        std::vector<OpCostResult> &results) {
  if (!coster.hasParents())
    findParents(func, results);
  for (OpCostResult &result : results) {
    if (result.parent < 0) {
      result.executions = 1;
      continue;
    }
    const OpCostResult &up = results[result.parent];
    if (up.status != OpCostStatus::Costed || !up.executions)
      continue;
    result.executions = Polynomial::mul(
        *up.executions, up.getRegionExecutions(result.parentRegion));
  }
}

/// A function's own cost (calls to functions of the module costing
/// nothing) from its inclusive cost: each call's counts, times the times it
/// runs, taken out. A call that added nothing (unresolved, or inside an op
/// that was not costed) has no executions. std::nullopt on overflow.
static std::optional<CostCounts>
subtractCalls(const CostCounts &inclusive,
              ArrayRef<OpCostResult> linkedResults) {
  CostCounts own = inclusive;
  for (const OpCostResult &result : linkedResults) {
    if (result.callee < 0 || result.status != OpCostStatus::Costed ||
        !result.executions)
      continue;
    CostCounts perCall = result.counts;
    if (failed(perCall.scale(*result.executions)))
      return std::nullopt;
    for (const CostField &field : getCostFields()) {
      std::optional<Polynomial> rest =
          Polynomial::sub(own.*field.member, perCall.*field.member);
      if (!rest)
        return std::nullopt;
      own.*field.member = std::move(*rest);
    }
  }
  return own;
}

/// About how many op results a function will have, to size its results
/// up front (a function of 100k ops would otherwise copy and page in its
/// growing results vector many times): the printed form has about one op
/// per line, so the lines from the function to its last op, at most 2^18
/// (42 MB of records; a larger function grows its vector from there).
/// 0 where its locations are not lines of one file.
static size_t getResultCountHint(Operation *fn) {
  auto first = dyn_cast<FileLineColLoc>(fn->getLoc());
  Region &body = fn->getRegion(0);
  if (!first || body.empty() || body.back().empty())
    return 0;
  auto last = dyn_cast<FileLineColLoc>(body.back().back().getLoc());
  if (!last || last.getFilename() != first.getFilename() ||
      last.getLine() <= first.getLine())
    return 0;
  return std::min<size_t>(last.getLine() - first.getLine(), size_t(1) << 18);
}

CostAnalysis::CostAnalysis(Operation *root, CostOptions opts)
    : options(std::move(opts)) {
  SmallVector<Operation *> funcs;
  if (isa<FunctionOpInterface>(root)) {
    funcs.push_back(root);
  } else {
    for (Region &region : root->getRegions())
      for (Operation &op : region.getOps())
        if (auto fn = dyn_cast<FunctionOpInterface>(&op);
            fn && !fn.isExternal())
          funcs.push_back(&op);
  }

  // Weights held by module-level ops (ml_program.global, memref.global),
  // counted once in the total and once in each function that uses them.
  llvm::StringMap<ParamFootprint> globals;
  ParamFootprint globalTotal;
  if (!isa<FunctionOpInterface>(root)) {
    // Globals are costed with the same context as functions' ops.
    FunctionCoster globalCtx(root, options);
    for (Region &region : root->getRegions())
      for (Operation &op : region.getOps()) {
        auto iface = dyn_cast<CostOpInterface>(&op);
        auto symbol =
            op.getAttrOfType<StringAttr>(SymbolTable::getSymbolAttrName());
        if (!iface || !symbol)
          continue;
        ParamFootprint params = iface.getParamFootprint(globalCtx);
        if (globalCtx.hadErrors())
          ok = false;
        if (params.elements == 0)
          continue;
        globals[symbol.getValue()] = params;
        if (failed(globalTotal.add(params))) {
          op.emitError("cost count overflows 64 bits: parameter count");
          ok = false;
        }
      }
  }

  CallInfo calls;
  calls.funcs = funcs;
  for (auto [i, fn] : llvm::enumerate(funcs))
    calls.funcIndex[fn] = i;
  calls.inclusive.resize(funcs.size());
  calls.atCallSite.resize(funcs.size());
  functions.resize(funcs.size());
  opResults.resize(funcs.size());
  MLIRContext *context = root->getContext();
  ParallelDiagnosticHandler diagHandler(context);

  // The first run: every function at once, each call to a function of the
  // module costing nothing. It gives each function's own cost and finds the
  // call graph as it goes (no separate walk over every op to find calls). A
  // function without such calls is then done: its inclusive cost is its own.
  struct FirstRun {
    LogicalResult result = failure();
    CostSummary summary;
    std::vector<OpCostResult> results;
    std::vector<unsigned> calledFunctions;
    bool calleeInPayload = false;
    std::optional<int64_t> interfaceBytes;
  };
  std::vector<FirstRun> firstRuns(funcs.size());
  auto firstRun = [&](size_t i) {
    diagHandler.setOrderIDForThread(i);
    llvm::scope_exit done([&] { diagHandler.eraseOrderIDForThread(); });
    FirstRun &run = firstRuns[i];
    if (failed(verifyDimNames(cast<FunctionOpInterface>(funcs[i]))))
      return run.result = failure();
    FunctionCoster coster(funcs[i], options, &calls, i, /*exclusive=*/true);
    coster.results.reserve(getResultCountHint(funcs[i]));
    run.result = coster.run();
    linkResults(funcs[i], coster, coster.results);
    run.summary = std::move(coster.summary);
    run.results = std::move(coster.results);
    run.calledFunctions = std::move(coster.calledFunctions);
    run.calleeInPayload = coster.sawCalleeInPayload;
    run.interfaceBytes = coster.getInterfaceBytes();
    return run.result;
  };
  // Every function gets its first run (and so its own diagnostics), even
  // after another one failed.
  std::atomic<bool> failedAny = false;
  parallelForEach(context, llvm::seq<size_t>(0, funcs.size()), [&](size_t i) {
    if (failed(firstRun(i)))
      failedAny = true;
  });

  // The call graph, its recursion cycles, and an order in which every
  // callee is costed before its callers.
  std::vector<std::vector<unsigned>> callees(funcs.size());
  for (auto [i, run] : llvm::enumerate(firstRuns))
    callees[i] = run.calledFunctions;
  calls.scc = computeSCCs(callees);
  std::vector<unsigned> outsideCallers(funcs.size(), 0);
  CostOptions unboundOptions = options;
  unboundOptions.bindings.clear();
  unboundOptions.defaultDim.reset();
  std::vector<unsigned> level(funcs.size(), 0);
  {
    // SCC ids are in reverse topological order: callees' SCCs have smaller
    // ids, so one pass in id order settles every level.
    unsigned numSCCs = 0;
    for (unsigned id : calls.scc)
      numSCCs = std::max(numSCCs, id + 1);
    std::vector<std::vector<unsigned>> members(numSCCs);
    for (auto [i, id] : llvm::enumerate(calls.scc))
      members[id].push_back(i);
    std::vector<unsigned> sccLevel(numSCCs, 0);
    for (unsigned id = 0; id < numSCCs; ++id)
      for (unsigned i : members[id])
        for (unsigned callee : callees[i])
          if (calls.scc[callee] != id) {
            sccLevel[id] =
                std::max(sccLevel[id], sccLevel[calls.scc[callee]] + 1);
            ++outsideCallers[callee];
          }
    for (auto [i, id] : llvm::enumerate(calls.scc))
      level[i] = sccLevel[id];
  }
  unsigned numLevels = 0;
  for (unsigned l : level)
    numLevels = std::max(numLevels, l + 1);
  callLevels.resize(numLevels);
  for (auto [i, l] : llvm::enumerate(level))
    callLevels[l].push_back(i);
  std::vector<ParamFootprint> localParams(funcs.size());

  // The first run's results with each call's cost filled in, if that is all
  // the inclusive cost needs: every call sits directly in the function's
  // body (runs once; no enclosing op's counts or branch choice depend on
  // it), is not recursive, and its callee costs a number. Returns the
  // inclusive counts, or nothing if the function must be costed again.
  auto fillInCalls = [&](size_t i, FirstRun &run) -> std::optional<CostCounts> {
    if (run.calleeInPayload)
      return std::nullopt;
    CostCounts inclusive = run.summary.counts;
    for (const OpCostResult &result : run.results) {
      if (result.callee < 0)
        continue;
      const std::optional<CostCounts> &callee = calls.atCallSite[result.callee];
      if (result.parent >= 0 || result.status != OpCostStatus::Costed ||
          calls.scc[result.callee] == calls.scc[i] || !callee ||
          !callee->isConstant() || failed(inclusive.add(*callee)))
        return std::nullopt;
    }
    for (OpCostResult &result : run.results)
      if (result.callee >= 0)
        result.counts = *calls.atCallSite[result.callee];
    return inclusive;
  };

  auto costFunction = [&](size_t i) {
    diagHandler.setOrderIDForThread(i);
    Operation *fn = funcs[i];
    FirstRun &run = firstRuns[i];
    LogicalResult result = run.result;
    CostSummary summary;
    std::vector<OpCostResult> results;
    CostCounts inclusive;
    bool hasCallees = false;
    std::optional<CostCounts> filledIn;
    if (run.calledFunctions.empty() || failed(result)) {
      // No call to cost (or an error already reported): the first run is
      // the function's cost.
      summary = std::move(run.summary);
      results = std::move(run.results);
      inclusive = summary.counts;
    } else if ((filledIn = fillInCalls(i, run))) {
      summary = std::move(run.summary);
      results = std::move(run.results);
      inclusive = std::move(*filledIn);
      hasCallees = llvm::any_of(
          results, [](const OpCostResult &r) { return r.callee >= 0; });
    } else {
      // Calls in loops, branches or payloads, recursive calls, callees
      // whose cost depends on what the call passes: cost the function
      // again with each call costing its callee's inclusive cost.
      FunctionCoster coster(fn, options, &calls, i);
      coster.results.reserve(run.results.size());
      result = coster.run();
      linkResults(fn, coster, coster.results);
      inclusive = coster.summary.counts;
      hasCallees = coster.sawCallee;
      if (mlir::succeeded(result) && hasCallees) {
        // The function's own cost: the calls' share taken out of this run,
        // so that own + callees = inclusive even where a branch holding a
        // call is the counted one. A call inside a payload has no result of
        // its own to take out.
        // The first run's cost is the own cost too (every call costing
        // nothing there), and cannot overflow where this run did not.
        std::optional<CostCounts> own =
            coster.sawCalleeInPayload
                ? std::nullopt
                : subtractCalls(coster.summary.counts, coster.results);
        coster.summary.counts = own ? std::move(*own) : run.summary.counts;
      }
      summary = std::move(coster.summary);
      results = std::move(coster.results);
    }
    localParams[i] = summary.params;
    calls.inclusive[i] = inclusive;
    calls.atCallSite[i] = inclusive;
    bool boundOwnSymbols =
        llvm::any_of(summary.symbols, [&](const ShapeSymbol &symbol) {
          return symbol.value &&
                 symbol.function == cast<SymbolOpInterface>(fn).getName();
        });
    if (mlir::succeeded(result) && boundOwnSymbols && outsideCallers[i] > 0) {
      // Calls pass their own sizes: cost the function again with its
      // symbols unbound, for the call sites to substitute into. Quiet: any
      // error it could find, the runs above reported.
      FunctionCoster generic(fn, unboundOptions, &calls, i,
                             /*exclusive=*/false, /*quiet=*/true);
      calls.atCallSite[i] = mlir::succeeded(generic.run())
                                ? std::optional(generic.summary.counts)
                                : std::nullopt;
    }
    // Globals this function uses, each once. Finding symbol uses reads
    // every op's attributes (for ops with properties, it builds them): only
    // when the module has globals.
    llvm::StringSet<> seen;
    std::optional<SymbolTable::UseRange> uses;
    if (!globals.empty())
      uses = SymbolTable::getSymbolUses(&fn->getRegion(0));
    if (uses) {
      for (const SymbolTable::SymbolUse &use : *uses) {
        StringRef name = use.getSymbolRef().getRootReference().getValue();
        auto it = globals.find(name);
        if (it != globals.end() && seen.insert(name).second &&
            failed(summary.params.add(it->second))) {
          fn->emitError("cost count overflows 64 bits: parameter count");
          result = failure();
        }
      }
    }
    functions[i] = {fn,
                    cast<SymbolOpInterface>(fn).getName().str(),
                    std::move(summary),
                    calls.inclusive[i],
                    hasCallees,
                    outsideCallers[i] == 0,
                    run.interfaceBytes};
    opResults[i] = std::move(results);
    diagHandler.eraseOrderIDForThread();
    return result;
  };
  // Level by level: the functions of one level call only functions of lower
  // levels, so they are costed in parallel once those are done. Without
  // calls everything is level 0.
  for (ArrayRef<size_t> batch : callLevels)
    parallelForEach(context, batch, [&](size_t i) {
      if (failed(costFunction(i)))
        failedAny = true;
    });
  if (failedAny)
    ok = false;

  // Function totals hold their own constants plus the globals they use;
  // the module total holds every constant and every global once. Its counts
  // are the root functions' inclusive counts: a function reached only
  // through calls is counted through its callers, as often as it runs.
  total.params = globalTotal;
  for (auto [fn, local] : llvm::zip(functions, localParams)) {
    CostSummary lists = fn.summary;
    lists.counts = fn.isRoot ? fn.inclusive : CostCounts();
    if (failed(accumulate(total, lists, /*addParams=*/false)) ||
        failed(total.params.add(local))) {
      fn.func->emitError("cost count overflows 64 bits: module total");
      ok = false;
    }
  }
}

std::optional<std::pair<unsigned, unsigned>>
CostAnalysis::getPosition(Operation *op) const {
  if (!indexed) {
    size_t count = 0;
    for (const std::vector<OpCostResult> &results : opResults)
      count += results.size();
    index.reserve(count);
    for (auto [i, results] : llvm::enumerate(opResults))
      for (auto [j, result] : llvm::enumerate(results))
        index[result.op] = {static_cast<unsigned>(i), static_cast<unsigned>(j)};
    indexed = true;
  }
  auto it = index.find(op);
  if (it == index.end())
    return std::nullopt;
  return it->second;
}

const OpCostResult *CostAnalysis::lookup(Operation *op) const {
  std::optional<std::pair<unsigned, unsigned>> position = getPosition(op);
  if (!position)
    return nullptr;
  return &opResults[position->first][position->second];
}

ArrayRef<OpCostResult>
CostAnalysis::getOpResults(const FunctionCost &fn) const {
  size_t i = &fn - functions.data();
  return opResults[i];
}

SmallVector<std::string> CostAnalysis::getUnboundSymbols() const {
  // The symbols the numbers depend on: an unbound symbol met while tracing
  // a size that then failed for another reason leaves no trace in them.
  SmallVector<std::string> names;
  // A symbol enters the counts only through a function's tracer, which
  // lists it; a bound one is replaced by its value. Without an unbound
  // symbol in any list, no count is a formula: nothing to scan.
  if (llvm::all_of(functions, [](const FunctionCost &fn) {
        return llvm::all_of(fn.summary.symbols, [](const ShapeSymbol &symbol) {
          return symbol.value.has_value();
        });
      }))
    return names;
  total.counts.getSymbols(names);
  for (const FunctionCost &fn : functions) {
    fn.summary.counts.getSymbols(names);
    fn.inclusive.getSymbols(names);
  }
  for (const std::vector<OpCostResult> &results : opResults)
    for (const OpCostResult &result : results) {
      result.counts.getSymbols(names);
      if (result.executions)
        result.executions->getSymbols(names);
    }
  return names;
}

SmallVector<std::string> CostAnalysis::getPossibleSymbols() const {
  SmallVector<std::string> names;
  for (const FunctionCost &fn : functions)
    for (ArgumentSymbol &symbol :
         getArgumentSymbols(cast<FunctionOpInterface>(fn.func)))
      names.push_back(std::move(symbol.name));
  llvm::sort(names);
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

LogicalResult CostAnalysis::verifyBindings(llvm::raw_ostream &diag) const {
  if (options.bindings.empty())
    return success();
  SmallVector<std::string> possible = getPossibleSymbols();
  SmallVector<StringRef> unknown;
  for (const auto &entry : options.bindings)
    if (!llvm::is_contained(possible, entry.getKey()))
      unknown.push_back(entry.getKey());
  if (unknown.empty())
    return success();
  llvm::sort(unknown);
  diag << "error: --bind: no dynamic dimension or index argument is named '"
       << llvm::join(unknown, "', '") << "'; ";
  if (possible.empty())
    diag << "the module has none";
  else
    diag << "the symbols are: " << llvm::join(possible, ", ");
  diag << "\n";
  return failure();
}
