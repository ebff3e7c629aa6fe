//===- Roofline.cpp - Per-op, per-function and module time estimates ------===//

#include "cost/Roofline/Roofline.h"
#include "cost/Roofline/PhysicalRanges.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Threading.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"

#include <algorithm>

using namespace mlir;
using namespace mlir::cost;

MLIR_DEFINE_EXPLICIT_TYPE_ID(mlir::cost::Roofline)

/// The roofline is only built when every shape symbol has a value
/// (CostAnalysis::getUnboundSymbols is empty), so every count is a constant.
double mlir::cost::countValue(const Polynomial &count) {
  std::optional<int64_t> value = count.getConstant();
  assert(value && "the roofline needs counts without unbound symbols");
  return static_cast<double>(value.value_or(0));
}

double mlir::cost::getWork(const CostCounts &c) {
  return countValue(c.flops) + countValue(c.intOps) +
         countValue(c.transcendentals);
}

double mlir::cost::getBytesMoved(const CostCounts &c) {
  return countValue(c.bytesRead) + countValue(c.bytesWritten);
}

StringRef mlir::cost::getBoundName(Bound bound) {
  switch (bound) {
  case Bound::None:
    return "none";
  case Bound::Compute:
    return "compute";
  case Bound::Memory:
    return "memory";
  }
  llvm_unreachable("bound");
}

static Bound largerShare(double computeS, double memoryS) {
  if (computeS == 0 && memoryS == 0)
    return Bound::None;
  return computeS >= memoryS ? Bound::Compute : Bound::Memory;
}

Bound OpTime::getBound() const {
  if (isLeaf)
    return largerShare(computeS, memoryS);
  return largerShare(computeBoundS, memoryBoundS);
}

Bound RooflineEstimate::getBound() const {
  return largerShare(computeBoundS, memoryBoundS);
}

/// The precision whose peak an element type runs at. Integers wider than 8
/// bits and index run on the vector units: the FP32 rate stands in for them
/// (docs/roofline.md).
static Precision getPrecision(Type type) {
  if (auto shaped = dyn_cast<ShapedType>(type))
    type = shaped.getElementType();
  if (auto complex = dyn_cast<ComplexType>(type))
    type = complex.getElementType();
  if (auto quantized = dyn_cast<quant::QuantizedType>(type))
    type = quantized.getStorageType();
  if (isa<FloatTF32Type>(type))
    return Precision::TF32;
  if (type.isBF16())
    return Precision::BF16;
  if (type.isF16())
    return Precision::FP16;
  if (type.isF64())
    return Precision::FP64;
  if (auto floatType = dyn_cast<FloatType>(type))
    return floatType.getWidth() <= 8 ? Precision::FP8 : Precision::FP32;
  if (auto integer = dyn_cast<IntegerType>(type);
      integer && integer.getWidth() <= 8 && integer.getWidth() > 1)
    return Precision::INT8;
  return Precision::FP32;
}

/// The element type that decides an op's precision: its first tensor or
/// buffer operand (the multiplied operands of a contraction come first),
/// else its first shaped result, else its first operand or result.
static Precision getOpPrecision(Operation *op) {
  auto isShaped = [](Type t) { return isa<ShapedType>(t); };
  for (Type t : op->getOperandTypes())
    if (isShaped(t))
      return getPrecision(t);
  for (Type t : op->getResultTypes())
    if (isShaped(t))
      return getPrecision(t);
  if (op->getNumOperands())
    return getPrecision(op->getOperand(0).getType());
  if (op->getNumResults())
    return getPrecision(op->getResult(0).getType());
  return Precision::FP32;
}

static void addSubstitution(RooflineEstimate &e, Precision from, Precision to) {
  if (!llvm::is_contained(e.substitutions, std::make_pair(from, to)))
    e.substitutions.push_back({from, to});
}

/// How many ops the lists of largest estimated times hold.
static constexpr size_t kTopOps = 10;

Roofline::Roofline(const CostAnalysis &analysis, const Target &target,
                   RooflineOptions opts)
    : analysis(analysis), target(target), options(opts) {
  ArrayRef<FunctionCost> functions = analysis.getFunctions();
  const double bandwidth = target.bandwidth.value * options.bandwidthEfficiency;
  exclusive.resize(functions.size());
  inclusive.resize(functions.size());
  opTimes.resize(functions.size());
  // Each function's callees, each once (the calls of its results).
  std::vector<SmallVector<unsigned>> callees(functions.size());
  for (auto [fi, fn] : llvm::enumerate(functions)) {
    for (const OpCostResult &result : analysis.getOpResults(fn))
      if (result.callee >= 0)
        callees[fi].push_back(result.callee);
    llvm::sort(callees[fi]);
    callees[fi].erase(llvm::unique(callees[fi]), callees[fi].end());
  }

  // Leaf ops: their own time. Region-holding ops and calls: filled below.
  auto leafTime = [&](const OpCostResult &result) {
    OpTime time;
    time.isLeaf = true;
    const CostCounts &c = result.counts;
    double work = getWork(c);
    double bytes = getBytesMoved(c);
    Precision precision = getOpPrecision(result.op);
    if (precision == Precision::FP32 && options.allowTF32 &&
        countValue(c.macs) > 0)
      precision = Precision::TF32;
    time.precision = precision;
    if (bytes > 0)
      time.intensity = work / bytes;
    time.memoryS = bytes / bandwidth;
    if (work > 0) {
      std::optional<std::pair<double, Precision>> peak =
          target.getEffectivePeak(precision);
      if (!peak)
        return time; // Not estimated: no peak for this precision.
      time.peakPrecision = peak->second;
      time.peak = peak->first * options.computeEfficiency;
      time.computeS = work / time.peak;
    }
    time.estimated = true;
    time.timeS = std::max(time.computeS, time.memoryS);
    (time.getBound() == Bound::Compute ? time.computeBoundS
                                       : time.memoryBoundS) = time.timeS;
    return time;
  };

  // The fused lower bound: all the work at peak, against `movedOnce` bytes
  // (arguments, results and weights; unknown for a dynamic shape) capped by
  // the ops' own bytes: data no op reads in full (an embedding table that is
  // only gathered from) need not move.
  auto setLowerBound = [&](RooflineEstimate &e,
                           std::optional<double> movedOnce) {
    double computeS = 0;
    for (Precision p : getPrecisions())
      if (auto peak = target.getEffectivePeak(p);
          peak && e.work[static_cast<size_t>(p)] > 0)
        computeS += e.work[static_cast<size_t>(p)] /
                    (peak->first * options.computeEfficiency);
    e.lowerComputeS = computeS;
    if (!movedOnce)
      return;
    e.lowerMemoryS = std::min(*movedOnce, e.bytes) / bandwidth;
    e.lowerBoundS = std::max(computeS, *e.lowerMemoryS);
  };

  // Each function: times bottom-up, executions top-down. A call's time is
  // its callee's inclusive time, so callees are done first: by the
  // analysis' levels of the call graph, the functions of one level in
  // parallel.
  auto estimate = [&](size_t fi) {
    const FunctionCost &fn = functions[fi];
    ArrayRef<OpCostResult> results = analysis.getOpResults(fn);

    // Times, bottom-up: a parent's time is the sum of its children's times
    // their region's executions.
    std::vector<OpTime> &times = opTimes[fi];
    times.resize(results.size());
    for (size_t i = 0; i < results.size(); ++i) {
      const OpCostResult &result = results[i];
      if (result.status != OpCostStatus::Costed)
        continue;
      if (result.callee >= 0) {
        const RooflineEstimate &callee = inclusive[result.callee];
        times[i].estimated = callee.noPeak.empty();
        times[i].timeS = callee.timeS;
        times[i].computeBoundS = callee.computeBoundS;
        times[i].memoryBoundS = callee.memoryBoundS;
      } else if (!result.hasNestedResults) {
        times[i] = leafTime(result);
      } else {
        times[i].estimated = true;
      }
    }
    for (size_t i = results.size(); i-- > 0;) {
      int p = results[i].parent;
      if (p < 0 || results[i].status != OpCostStatus::Costed)
        continue;
      double factor = results[i].isPerNestRoot()
                          ? 1.0
                          : countValue(results[p].getRegionExecutions(
                                results[i].parentRegion));
      OpTime &up = times[p];
      up.timeS += factor * times[i].timeS;
      up.computeBoundS += factor * times[i].computeBoundS;
      up.memoryBoundS += factor * times[i].memoryBoundS;
      if (!times[i].estimated && factor != 0)
        up.estimated = false;
    }

    // Function estimates: top-level ops for the times, leaves (with their
    // executions) for work and the list of most expensive ops.
    RooflineEstimate &own = exclusive[fi];
    RooflineEstimate &all = inclusive[fi];
    std::vector<TopOp> candidates;
    llvm::SmallPtrSet<Operation *, 8> callCandidates;
    for (auto [i, result] : llvm::enumerate(results)) {
      OpTime &time = times[i];
      if (result.status != OpCostStatus::Costed || !result.executions)
        continue;
      bool isCall = result.callee >= 0;
      double n = countValue(*result.executions);
      if (result.parent < 0) {
        for (RooflineEstimate *e : {&own, &all}) {
          if (isCall && e == &own)
            continue;
          e->timeS += time.timeS;
          e->computeBoundS += time.computeBoundS;
          e->memoryBoundS += time.memoryBoundS;
        }
      }
      if (isCall) {
        const RooflineEstimate &callee = inclusive[result.callee];
        for (size_t p = 0; p < kNumPrecisions; ++p)
          all.work[p] += n * callee.work[p];
        all.bytes += n * callee.bytes;
        for (const std::string &entry : callee.noPeak)
          all.noPeak.push_back(entry);
        for (auto [from, to] : callee.substitutions)
          addSubstitution(all, from, to);
      } else if (time.isLeaf) {
        double bytes = getBytesMoved(result.counts);
        own.bytes += n * bytes;
        all.bytes += n * bytes;
        double work = getWork(result.counts);
        if (work > 0 && !time.peakPrecision) {
          std::string entry = llvm::formatv(
              "{0} ({1}) at {2}", result.op->getName().getStringRef(),
              getPrecisionName(*time.precision),
              locationToString(result.op->getLoc()));
          own.noPeak.push_back(entry);
          all.noPeak.push_back(entry);
        } else if (work > 0) {
          own.work[static_cast<size_t>(*time.peakPrecision)] += n * work;
          all.work[static_cast<size_t>(*time.peakPrecision)] += n * work;
          if (*time.precision != *time.peakPrecision)
            for (RooflineEstimate *e : {&own, &all})
              addSubstitution(*e, *time.precision, *time.peakPrecision);
        }
      } else {
        continue;
      }
      // The ten largest, kept as they come: slowest first, ties in op order.
      double timeS = n * time.timeS;
      if (n > 0 && time.timeS > 0 &&
          (candidates.size() < kTopOps || timeS > candidates.back().timeS)) {
        auto at = llvm::upper_bound(
            candidates, timeS,
            [](double t, const TopOp &other) { return t > other.timeS; });
        candidates.insert(at, {result.op, fn.name, timeS, n, time.getBound()});
        if (candidates.size() > kTopOps)
          candidates.pop_back();
        if (isCall)
          callCandidates.insert(result.op);
      }
    }
    all.top = candidates;
    for (const TopOp &candidate : candidates)
      if (!callCandidates.contains(candidate.op))
        own.top.push_back(candidate);

    // Lower bounds. Inclusive: with the weights of every function it
    // reaches, each once.
    auto movedOnce = [&](double weightBytes) -> std::optional<double> {
      if (!fn.interfaceBytes)
        return std::nullopt;
      return static_cast<double>(*fn.interfaceBytes) + weightBytes;
    };
    setLowerBound(own, movedOnce(static_cast<double>(fn.summary.params.bytes)));
    llvm::SetVector<size_t> reached;
    reached.insert(fi);
    for (size_t k = 0; k < reached.size(); ++k)
      reached.insert(callees[reached[k]].begin(), callees[reached[k]].end());
    double reachedWeights = 0;
    for (size_t k : reached)
      reachedWeights += static_cast<double>(functions[k].summary.params.bytes);
    setLowerBound(all, movedOnce(reachedWeights));
  };
  if (!functions.empty()) {
    MLIRContext *context = functions.front().func->getContext();
    for (ArrayRef<size_t> batch : analysis.getCallLevels())
      parallelForEach(context, batch, estimate);
  }

  // The module: the root functions, as the counts are.
  std::vector<TopOp> candidates;
  double interfaceBytes = 0;
  bool interfaceKnown = true;
  for (auto [i, fn] : llvm::enumerate(functions)) {
    if (!fn.isRoot)
      continue;
    const RooflineEstimate &e = inclusive[i];
    total.timeS += e.timeS;
    total.computeBoundS += e.computeBoundS;
    total.memoryBoundS += e.memoryBoundS;
    for (size_t p = 0; p < kNumPrecisions; ++p)
      total.work[p] += e.work[p];
    total.bytes += e.bytes;
    llvm::append_range(total.noPeak, e.noPeak);
    for (auto [from, to] : e.substitutions)
      addSubstitution(total, from, to);
    llvm::append_range(candidates, e.top);
    if (fn.interfaceBytes)
      interfaceBytes += static_cast<double>(*fn.interfaceBytes);
    else
      interfaceKnown = false;
  }
  llvm::stable_sort(candidates, [](const TopOp &a, const TopOp &b) {
    return a.timeS > b.timeS;
  });
  if (candidates.size() > kTopOps)
    candidates.resize(kTopOps);
  total.top = std::move(candidates);
  setLowerBound(total,
                interfaceKnown
                    ? std::optional<double>(
                          interfaceBytes +
                          static_cast<double>(analysis.getTotal().params.bytes))
                    : std::nullopt);
}

const OpTime *Roofline::lookup(Operation *op) const {
  std::optional<std::pair<unsigned, unsigned>> position =
      analysis.getPosition(op);
  if (!position)
    return nullptr;
  return &opTimes[position->first][position->second];
}

ArrayRef<OpTime> Roofline::getOpTimes(const FunctionCost &fn) const {
  return opTimes[&fn - analysis.getFunctions().data()];
}

LogicalResult mlir::cost::verifyRooflineOptions(const RooflineOptions &options,
                                                llvm::raw_ostream &diag) {
  for (auto [name, value] :
       {std::pair{"compute-efficiency", options.computeEfficiency},
        std::pair{"bandwidth-efficiency", options.bandwidthEfficiency}})
    if (std::optional<std::string> problem = checkEfficiency(value)) {
      diag << "error: --" << name << "=" << *problem << "\n";
      return failure();
    }
  return success();
}

FailureOr<std::optional<Target>>
mlir::cost::selectTargetAt(Location loc, StringRef name, StringRef file,
                           const RooflineOptions &options) {
  std::string text;
  llvm::raw_string_ostream diag(text);
  FailureOr<std::optional<Target>> chip = selectTarget(name, file, diag);
  if (succeeded(chip) && succeeded(verifyRooflineOptions(options, diag)))
    return chip;
  StringRef message = StringRef(text).trim();
  message.consume_front("error: ");
  mlir::emitError(loc) << message;
  return failure();
}
