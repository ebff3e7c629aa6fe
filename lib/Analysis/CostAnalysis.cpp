//===- CostAnalysis.cpp - Per-op and per-function cost results ------------===//
//
// The driver: finds the functions under the root, costs each one
// (FunctionCoster) once with calls costing nothing, which also finds the
// call graph (FunctionCallGraph), then bottom-up over the call graph where
// calls need their callees' costs, and keeps the per-op results and the
// per-function and module totals.
//
//===----------------------------------------------------------------------===//

#include "cost/Analysis/CostAnalysis.h"
#include "FunctionCallGraph.h"
#include "FunctionCoster.h"
#include "ResultLinking.h"

#include "cost/Interfaces/CostOpInterface.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/IR/Threading.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

#include <atomic>
#include <mutex>

using namespace mlir;
using namespace mlir::cost;
using namespace mlir::cost::detail;

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

std::string mlir::cost::getQualifiedName(Operation *op) {
  std::string name =
      op->getAttrOfType<StringAttr>(SymbolTable::getSymbolAttrName())
          .getValue()
          .str();
  // The top-level op (the module a reference starts from) is not named.
  for (Operation *table = op->getParentOp(); table && table->getParentOp();
       table = table->getParentOp())
    if (auto tableName =
            table->getAttrOfType<StringAttr>(SymbolTable::getSymbolAttrName());
        tableName && table->hasTrait<OpTrait::SymbolTable>())
      name = (tableName.getValue() + "::@" + name).str();
  return name;
}

/// Adds to `funcs` the functions with a body among the ops of `root`'s
/// regions and, recursively, of the symbol tables there (nested modules):
/// every function a symbol reference can name. An unregistered op holding
/// functions goes to `unreached`.
static void collectFunctions(Operation *root,
                             SmallVectorImpl<Operation *> &funcs,
                             std::vector<Operation *> &unreached) {
  for (Region &region : root->getRegions())
    for (Operation &op : region.getOps()) {
      if (auto fn = dyn_cast<FunctionOpInterface>(&op)) {
        if (!fn.isExternal())
          funcs.push_back(&op);
      } else if (op.hasTrait<OpTrait::SymbolTable>()) {
        collectFunctions(&op, funcs, unreached);
      } else if (!op.isRegistered() && op.getNumRegions() &&
                 op.walk([](FunctionOpInterface) {
                     return WalkResult::interrupt();
                   }).wasInterrupted()) {
        unreached.push_back(&op);
      }
    }
}

/// lookup()'s index: op -> (function, position), built on the first query.
struct CostAnalysis::Index {
  std::atomic<bool> diagnosed = false;
  std::once_flag built;
  llvm::DenseMap<Operation *, std::pair<unsigned, unsigned>> positions;
};

CostAnalysis::~CostAnalysis() = default;
CostAnalysis::CostAnalysis(CostAnalysis &&) = default;
CostAnalysis &CostAnalysis::operator=(CostAnalysis &&) = default;

FailureOr<CostAnalysis> CostAnalysis::compute(Operation *root,
                                              const CostOptions &options) {
  CostAnalysis analysis;
  analysis.options = options;
  if (!analysis.run(root))
    return failure();
  return analysis;
}

CostAnalysis::CostAnalysis(Operation *root, AnalysisManager &) {
  if (!run(root)) {
    functions.clear();
    callLevels.clear();
    opResults.clear();
    total = CostSummary();
  }
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

/// Weights held by module-level ops (ml_program.global, memref.global), by
/// symbol name, costed with the same context as functions' ops; their sum
/// in `total`. False after an error.
static bool costGlobals(Operation *root, const CostOptions &options,
                        llvm::StringMap<ParamFootprint> &globals,
                        ParamFootprint &total) {
  bool ok = true;
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
      if (failed(total.add(params))) {
        op.emitError("cost count overflows 64 bits: parameter count");
        ok = false;
      }
    }
  return ok;
}

namespace {
/// The first run of a function: every call to a function of the module
/// costing nothing. It gives the function's own cost; a function without
/// such calls is then done (its inclusive cost is its own).
struct FirstRun {
  LogicalResult result = failure();
  CostSummary summary;
  std::vector<OpCostResult> results;
  bool calleeInPayload = false;
  std::optional<int64_t> interfaceBytes;
  /// The functions of the module it calls (the call graph's edges).
  std::vector<unsigned> calledFunctions;
  /// A model asked for the call site: the cost may differ at each call.
  bool askedCallSite = false;
};
} // namespace

/// The first run's results with each call's cost filled in, if that is all
/// the inclusive cost needs: every call sits directly in the function's
/// body (runs once; no enclosing op's counts or branch choice depend on
/// it), is not recursive, and its callee costs a number. Returns the
/// inclusive counts, or nothing if the function must be costed again.
static std::optional<CostCounts> fillInCalls(const FunctionCallGraph &calls,
                                             size_t i, FirstRun &run) {
  if (run.calleeInPayload)
    return std::nullopt;
  CostCounts inclusive = run.summary.counts;
  for (const OpCostResult &result : run.results) {
    if (result.callee < 0)
      continue;
    const std::optional<CostCounts> &callee = calls.atCallSite[result.callee];
    if (result.parent >= 0 || result.status != OpCostStatus::Costed ||
        calls.dependsOnCallSite[result.callee] || !result.executions ||
        *result.executions != Polynomial(1) ||
        calls.inSameCycle(result.callee, i) || !callee ||
        !callee->isConstant() || failed(inclusive.add(*callee)))
      return std::nullopt;
  }
  for (OpCostResult &result : run.results)
    if (result.callee >= 0)
      result.counts = *calls.atCallSite[result.callee];
  return inclusive;
}

bool CostAnalysis::run(Operation *root) {
  index = std::make_unique<Index>();
  SmallVector<Operation *> funcs;
  if (isa<FunctionOpInterface>(root)) {
    funcs.push_back(root);
  } else {
    collectFunctions(root, funcs, unreachedHolders);
  }

  // The roots --entry names, each a function with a body.
  SmallVector<std::string> names;
  for (Operation *fn : funcs)
    names.push_back(getQualifiedName(fn));
  std::vector<char> isEntry(funcs.size(), false);
  // A single function is its own root.
  ArrayRef<std::string> entries = isa<FunctionOpInterface>(root)
                                      ? ArrayRef<std::string>()
                                      : ArrayRef<std::string>(options.entries);
  for (StringRef entry : entries) {
    entry.consume_front("@");
    auto it = llvm::find(names, entry);
    if (it == names.end()) {
      SmallVector<std::string> known;
      for (const std::string &name : names)
        known.push_back("@" + name);
      mlir::emitError(root->getLoc())
          << "entry: no function with a body is named '@" << entry << "'; "
          << (known.empty() ? "the module has none"
                            : "the functions are: " + llvm::join(known, ", "));
      return ok = false;
    }
    isEntry[it - names.begin()] = true;
  }

  // Weights held by module-level ops, counted once in the total and once in
  // each function that uses them.
  llvm::StringMap<ParamFootprint> globals;
  ParamFootprint globalTotal;
  if (!isa<FunctionOpInterface>(root) &&
      !costGlobals(root, options, globals, globalTotal))
    ok = false;

  FunctionCallGraph calls(funcs);
  functions.resize(funcs.size());
  opResults.resize(funcs.size());
  MLIRContext *context = root->getContext();
  ParallelDiagnosticHandler diagHandler(context);

  // The first run: every function at once, each call to a function of the
  // module costing nothing.
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
    linkResults(funcs[i], coster.hasParents(), coster.results);
    run.summary = std::move(coster.summary);
    run.results = std::move(coster.results);
    run.calleeInPayload = coster.sawCalleeInPayload;
    run.calledFunctions = std::move(coster.calledFunctions);
    run.askedCallSite = coster.askedCallSite;
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

  // The call graph, its recursion cycles, and the levels in which every
  // callee is costed before its callers.
  {
    std::vector<std::vector<unsigned>> callees(funcs.size());
    for (auto [i, run] : llvm::enumerate(firstRuns)) {
      callees[i] = std::move(run.calledFunctions);
      calls.dependsOnCallSite[i] = run.askedCallSite;
    }
    calls.setCalls(callees);
  }
  callLevels.assign(calls.getLevels().begin(), calls.getLevels().end());

  CostOptions unboundOptions = options;
  unboundOptions.bindings.clear();
  unboundOptions.defaultDim.reset();
  // A function whose cost depends on its call site is costed again at each
  // call, after its callees (its level is lower than the caller's), with
  // its own symbols unbound as atCallSite. Quiet: its own runs reported
  // any error.
  calls.costAtCall = [&](unsigned callee,
                         Operation *call) -> std::optional<CostCounts> {
    FunctionCoster coster(funcs[callee], unboundOptions, &calls, callee,
                          /*exclusive=*/false, /*quiet=*/true);
    coster.callSite = call;
    if (failed(coster.run()))
      return std::nullopt;
    return std::move(coster.summary.counts);
  };
  std::vector<ParamFootprint> localParams(funcs.size());

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
    if (calls.getCallees(i).empty() || failed(result)) {
      // No call to cost (or an error already reported): the first run is
      // the function's cost.
      summary = std::move(run.summary);
      results = std::move(run.results);
      inclusive = summary.counts;
    } else if ((filledIn = fillInCalls(calls, i, run))) {
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
      linkResults(fn, coster.hasParents(), coster.results);
      inclusive = coster.summary.counts;
      hasCallees = coster.sawCallee;
      if (mlir::succeeded(result) && hasCallees) {
        // The function's own cost: the calls' share taken out of this run,
        // so that own + callees = inclusive even where a branch holding a
        // call is the counted one. A call inside a payload has no result of
        // its own to take out; the first run's cost is the own cost too
        // (every call costing nothing there).
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
    const std::string &name = names[i];
    bool boundOwnSymbols =
        llvm::any_of(summary.symbols, [&](const ShapeSymbol &symbol) {
          return symbol.value && symbol.function == name;
        });
    if (mlir::succeeded(result) && boundOwnSymbols && !calls.isRoot(i)) {
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
                    name,
                    std::move(summary),
                    calls.inclusive[i],
                    hasCallees,
                    entries.empty() ? calls.isRoot(i) : bool(isEntry[i]),
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
  // are the root functions' inclusive counts (the --entry functions, or
  // those no other function calls): a function reached only through calls
  // is counted through its callers, as often as it runs.
  total.params = globalTotal;
  for (Operation *holder : unreachedHolders)
    total.uncounted.push_back({holder->getName().getStringRef().str(), 1});
  for (auto [fn, local] : llvm::zip(functions, localParams)) {
    CostSummary lists = fn.summary;
    lists.counts = fn.isRoot ? fn.inclusive : CostCounts();
    if (failed(accumulate(total, lists, /*addParams=*/false)) ||
        failed(total.params.add(local))) {
      fn.func->emitError("cost count overflows 64 bits: module total");
      ok = false;
    }
  }
  return ok;
}

//===----------------------------------------------------------------------===//
// Queries
//===----------------------------------------------------------------------===//

std::optional<std::pair<unsigned, unsigned>>
CostAnalysis::getPosition(Operation *op) const {
  if (!index)
    return std::nullopt; // Moved from.
  std::call_once(index->built, [&] {
    size_t count = 0;
    for (const std::vector<OpCostResult> &results : opResults)
      count += results.size();
    index->positions.reserve(count);
    for (auto [i, results] : llvm::enumerate(opResults))
      for (auto [j, result] : llvm::enumerate(results))
        index->positions[result.op] = {static_cast<unsigned>(i),
                                       static_cast<unsigned>(j)};
  });
  auto it = index->positions.find(op);
  if (it == index->positions.end())
    return std::nullopt;
  return it->second;
}

bool CostAnalysis::claimDiagnostics() const {
  return index && !index->diagnosed.exchange(true);
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
    if (!llvm::is_contained(possible, entry.getKey()) &&
        entry.getKey() != kVScaleSymbol)
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
