//===- Layers.cpp - Cost by layer, from op locations ----------------------===//
//
// Each costed leaf op adds its counts, times its executions per run of the
// module, to the row of its layer and to every row above it. An op in a
// function that is called counts at its own location, once per call: the
// runs of each function are propagated from the roots down the call levels.
//
//===----------------------------------------------------------------------===//

#include "cost/Report/Layers.h"

#include "ReportUtils.h"

#include "cost/Analysis/Units.h"

#include "mlir/Dialect/MLProgram/IR/MLProgram.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Location.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::cost;

std::optional<LayerGrouping> mlir::cost::parseLayerGrouping(StringRef name) {
  return llvm::StringSwitch<std::optional<LayerGrouping>>(name)
      .Case("layer", LayerGrouping::Layer)
      .Case("source", LayerGrouping::Source)
      .Default(std::nullopt);
}

std::optional<int64_t> mlir::cost::parseLayerDepth(StringRef text) {
  if (text == "none")
    return -1;
  if (text.empty() || text == "all")
    return 0;
  int64_t depth;
  if (text.getAsInteger(10, depth) || depth < 0)
    return std::nullopt;
  return depth;
}

//===----------------------------------------------------------------------===//
// Locations
//===----------------------------------------------------------------------===//

/// The first name in `loc`, in the documented order; empty if none.
static std::string findName(Location loc) {
  if (auto name = dyn_cast<NameLoc>(loc)) {
    if (!name.getName().getValue().empty())
      return name.getName().str();
    return findName(name.getChildLoc());
  }
  if (auto call = dyn_cast<CallSiteLoc>(loc)) {
    std::string callee = findName(call.getCallee());
    return callee.empty() ? findName(call.getCaller()) : callee;
  }
  if (auto fused = dyn_cast<FusedLoc>(loc)) {
    for (Location part : fused.getLocations())
      if (std::string name = findName(part); !name.empty())
        return name;
    return "";
  }
  if (auto opaque = dyn_cast<OpaqueLoc>(loc))
    return findName(opaque.getFallbackLocation());
  return "";
}

/// The first "file:line" in `loc`, in the same order; empty if none.
static std::string findSource(Location loc) {
  if (auto file = dyn_cast<FileLineColRange>(loc))
    return (file.getFilename().getValue() + ":" + Twine(file.getStartLine()))
        .str();
  if (auto name = dyn_cast<NameLoc>(loc))
    return findSource(name.getChildLoc());
  if (auto call = dyn_cast<CallSiteLoc>(loc)) {
    std::string callee = findSource(call.getCallee());
    return callee.empty() ? findSource(call.getCaller()) : callee;
  }
  if (auto fused = dyn_cast<FusedLoc>(loc)) {
    for (Location part : fused.getLocations())
      if (std::string source = findSource(part); !source.empty())
        return source;
    return "";
  }
  if (auto opaque = dyn_cast<OpaqueLoc>(loc))
    return findSource(opaque.getFallbackLocation());
  return "";
}

std::string mlir::cost::getLayerName(Location loc, LayerGrouping grouping) {
  return grouping == LayerGrouping::Layer ? findName(loc) : findSource(loc);
}

/// The rows `name` belongs to, outermost first: its prefixes up to each
/// separator ("a", "a.b", "a.b.c"; empty parts skipped), or for a source
/// line its file and the line ("m.py", "m.py:12").
static SmallVector<std::string> getPaths(StringRef name,
                                         const LayerOptions &options) {
  if (name.empty())
    return {kNoLayer.str()};
  if (options.grouping == LayerGrouping::Source)
    return {name.rsplit(':').first.str(), name.str()};
  SmallVector<std::string> paths;
  size_t start = 0;
  while (start <= name.size()) {
    size_t end = name.find_first_of(options.separators, start);
    if (end == StringRef::npos)
      end = name.size();
    if (end > start)
      paths.push_back(name.take_front(end).str());
    start = end + 1;
  }
  if (paths.empty()) // Only separators.
    paths.push_back(name.str());
  return paths;
}

std::string LayerTable::getOpLayer(Operation *op) const {
  std::string name = getLayerName(op->getLoc(), options.grouping);
  return name.empty() ? kNoLayer.str() : name;
}

//===----------------------------------------------------------------------===//
// The table
//===----------------------------------------------------------------------===//

/// Elements of the weights of a constant op with a ranked tensor or memref
/// result of static shape (arith.constant, tosa.const), as the analysis
/// counts them; 0 otherwise.
static int64_t getConstantElements(Operation *op) {
  if (!op->hasTrait<OpTrait::ConstantLike>() || op->getNumResults() != 1)
    return 0;
  auto type = dyn_cast<ShapedType>(op->getResult(0).getType());
  if (!type || !isa<RankedTensorType, MemRefType>(type) ||
      !type.hasStaticShape())
    return 0;
  return type.getNumElements();
}

/// Elements of a module-level weight as the analysis counts them
/// (initialised memref.global, ml_program.global of ranked tensor type,
/// tosa.variable); 0 for anything else.
static int64_t getGlobalElements(Operation *op) {
  auto elements = [](Type type) -> int64_t {
    auto shaped = dyn_cast<ShapedType>(type);
    return shaped && shaped.hasStaticShape() ? shaped.getNumElements() : 0;
  };
  if (auto global = dyn_cast<memref::GlobalOp>(op))
    return global.getInitialValue() && !global.isUninitialized()
               ? elements(global.getType())
               : 0;
  if (auto global = dyn_cast<ml_program::GlobalOp>(op))
    return isa<RankedTensorType>(global.getType()) ? elements(global.getType())
                                                   : 0;
  if (auto variable = dyn_cast<tosa::VariableOp>(op)) {
    int64_t product = 1;
    for (int64_t dim : variable.getVarShape().getValues<int64_t>()) {
      std::optional<int64_t> next =
          dim < 0 ? std::nullopt : checkedMul(product, dim);
      if (!next)
        return 0;
      product = *next;
    }
    return product;
  }
  return 0;
}

namespace {
/// A row of the tree being built, with its children in order of first
/// appearance.
struct Node {
  LayerRow row;
  std::vector<size_t> children;
};
} // namespace

std::vector<std::optional<Polynomial>>
mlir::cost::getFunctionRuns(const CostAnalysis &analysis) {
  ArrayRef<FunctionCost> functions = analysis.getFunctions();
  // Callers are on higher call levels than their
  // callees, so the levels are taken from the top down.
  std::vector<std::optional<Polynomial>> runs(functions.size(), Polynomial(0));
  for (auto [i, fn] : llvm::enumerate(functions))
    if (fn.isRoot)
      runs[i] = Polynomial(1);
  ArrayRef<SmallVector<size_t>> levels = analysis.getCallLevels();
  for (const SmallVector<size_t> &level : llvm::reverse(levels))
    for (size_t caller : level)
      for (const OpCostResult &result :
           analysis.getOpResults(functions[caller])) {
        if (result.callee < 0 || result.status != OpCostStatus::Costed ||
            !result.executions)
          continue;
        std::optional<Polynomial> &callee = runs[result.callee];
        std::optional<Polynomial> calls =
            runs[caller] ? Polynomial::mul(*runs[caller], *result.executions)
                         : std::nullopt;
        callee =
            callee && calls ? Polynomial::add(*callee, *calls) : std::nullopt;
      }

  return runs;
}

LayerTable::LayerTable(const CostAnalysis &analysis, const Roofline *roofline,
                       LayerOptions options)
    : options(std::move(options)), withTimes(roofline != nullptr) {
  ArrayRef<FunctionCost> functions = analysis.getFunctions();

  std::vector<std::optional<Polynomial>> runs = getFunctionRuns(analysis);

  std::vector<Node> nodes;
  std::vector<size_t> tops;
  llvm::StringMap<size_t> byPath;
  // The rows of `name`, created in order of first appearance.
  auto rowsOf = [&](StringRef name) {
    SmallVector<size_t> chain;
    for (const std::string &path : getPaths(name, this->options)) {
      auto [it, inserted] = byPath.try_emplace(path, nodes.size());
      if (inserted) {
        nodes.push_back({});
        nodes.back().row.path = path;
        nodes.back().row.depth = chain.size() + 1;
        (chain.empty() ? tops : nodes[chain.back()].children)
            .push_back(it->second);
      }
      chain.push_back(it->second);
    }
    return chain;
  };
  auto layerOf = [&](Operation *op) {
    return getLayerName(op->getLoc(), this->options.grouping);
  };

  llvm::StringSet<> globalsSeen;
  // Symbol lookups, cached: every call names a function.
  SymbolTableCollection symbolTables;
  for (auto [f, fn] : llvm::enumerate(functions)) {
    ArrayRef<OpCostResult> results = analysis.getOpResults(fn);
    ArrayRef<OpTime> times =
        roofline ? roofline->getOpTimes(fn) : ArrayRef<OpTime>();
    // Position of each op among the results, built when a weight needs the
    // first of its users.
    llvm::DenseMap<Operation *, size_t> position;
    auto firstUser = [&](Operation *op) -> Operation * {
      if (position.empty())
        for (auto [i, result] : llvm::enumerate(results))
          position[result.op] = i;
      std::optional<size_t> first;
      for (Operation *user : op->getUsers())
        // A user inside a payload counts through the op that holds it.
        for (Operation *at = user; at; at = at->getParentOp())
          if (auto it = position.find(at); it != position.end()) {
            if (!first || it->second < *first)
              first = it->second;
            break;
          }
      return first ? results[*first].op : op;
    };
    auto addParams = [&](Operation *op, int64_t elements) {
      for (size_t index : rowsOf(layerOf(firstUser(op))))
        nodes[index].row.paramElements += elements;
    };

    for (auto [i, result] : llvm::enumerate(results)) {
      if (result.status != OpCostStatus::Costed)
        continue;
      if (int64_t elements = getConstantElements(result.op))
        addParams(result.op, elements);
      for (NamedAttribute attr : result.op->getAttrs())
        if (auto symbol = dyn_cast<FlatSymbolRefAttr>(attr.getValue()))
          if (Operation *global =
                  symbolTables.lookupNearestSymbolFrom(result.op, symbol))
            if (int64_t elements = getGlobalElements(global))
              if (globalsSeen.insert(symbol.getValue()).second)
                addParams(result.op, elements);
      // Loops and branches hold the ops nested in them, and a call its
      // callee's ops: each op counts at its own location.
      if (result.hasNestedResults || result.callee >= 0 || !result.executions)
        continue;
      std::optional<Polynomial> factor =
          runs[f] ? Polynomial::mul(*result.executions, *runs[f])
                  : std::nullopt;
      std::optional<CostCounts> counts = result.counts;
      if (!factor || failed(counts->scale(*factor)))
        counts.reset();
      double timeS = 0;
      if (roofline && factor && times[i].estimated)
        timeS = countValue(*factor) * times[i].timeS;
      for (size_t index : rowsOf(layerOf(result.op))) {
        LayerRow &row = nodes[index].row;
        ++row.ops;
        row.timeS += timeS;
        if (row.counts && (!counts || failed(row.counts->add(*counts))))
          row.counts.reset();
      }
    }
  }

  // A global nothing loads still counts in the module's weights: toward
  // its own location's layer.
  if (!functions.empty())
    if (Operation *module = functions.front().func->getParentOp())
      for (Region &region : module->getRegions())
        for (Operation &op : region.getOps()) {
          auto name =
              op.getAttrOfType<StringAttr>(SymbolTable::getSymbolAttrName());
          int64_t elements = name ? getGlobalElements(&op) : 0;
          if (elements && globalsSeen.insert(name.getValue()).second)
            for (size_t index : rowsOf(layerOf(&op)))
              nodes[index].row.paramElements += elements;
        }

  // Parents before children, each level in order of first appearance.
  std::vector<size_t> stack(tops.rbegin(), tops.rend());
  while (!stack.empty()) {
    Node &node = nodes[stack.back()];
    stack.pop_back();
    rows.push_back(std::move(node.row));
    stack.insert(stack.end(), node.children.rbegin(), node.children.rend());
  }
}

//===----------------------------------------------------------------------===//
// Output
//===----------------------------------------------------------------------===//

void LayerTable::printText(const CostAnalysis &analysis, bool exact,
                           raw_ostream &os) const {
  std::optional<CostCounts> sum = CostCounts();
  LayerRow total;
  total.path = "total";
  for (const LayerRow &row : rows)
    if (row.depth == 1) {
      if (sum && (!row.counts || failed(sum->add(*row.counts))))
        sum.reset();
      total.paramElements += row.paramElements;
      total.ops += row.ops;
      total.timeS += row.timeS;
    }
  total.counts = sum;
  // The share of the total: of the time with a roofline, else of FLOPs.
  std::optional<int64_t> totalFlops =
      sum ? sum->flops.getConstant() : std::nullopt;
  auto share = [&](const LayerRow &row) -> std::string {
    if (withTimes)
      return total.timeS > 0 ? llvm::formatv("{0:P1}", row.timeS / total.timeS)
                             : std::string("-");
    std::optional<int64_t> flops =
        row.counts ? row.counts->flops.getConstant() : std::nullopt;
    if (!flops || !totalFlops || *totalFlops == 0)
      return "-";
    return llvm::formatv("{0:P1}", double(*flops) / double(*totalFlops));
  };
  FormulaNotes notes;
  auto makeLine = [&](const LayerRow &row, StringRef name) {
    TextRow line{name.str(), {}};
    if (row.counts) {
      const CostCounts &c = *row.counts;
      for (auto [count, unit] :
           {std::pair{&c.flops, "FLOPs"}, std::pair{&c.macs, "MACs"},
            std::pair{&c.intOps, "OPs"}, std::pair{&c.transcendentals, ""},
            std::pair{&c.bytesRead, "B"}, std::pair{&c.bytesWritten, "B"}})
        line.cells.push_back(notes.cell(*count, unit, exact));
    } else {
      line.cells.assign(6, "overflow");
    }
    line.cells.push_back(
        exact ? std::to_string(row.paramElements)
              : StringRef(formatSI(row.paramElements, "")).rtrim().str());
    line.cells.push_back(std::to_string(row.ops));
    if (withTimes)
      line.cells.push_back(formatSIReal(row.timeS, "s"));
    line.cells.push_back(share(row));
    return line;
  };

  std::vector<TextRow> lines;
  for (const LayerRow &row : rows)
    if (options.depth == 0 || row.depth <= options.depth)
      lines.push_back(
          makeLine(row, std::string(2 * (row.depth - 1), ' ') + row.path));
  lines.push_back(makeLine(total, "total"));

  bool bySource = options.grouping == LayerGrouping::Source;
  os << "\nCost by " << (bySource ? "source line" : "layer")
     << " (each row includes the rows indented under it; counts per run of "
        "the module";
  if (options.depth)
    os << "; rows deeper than " << options.depth << " folded into their parent";
  os << "):\n";
  std::vector<std::string> headers = {bySource ? "source" : "layer",
                                      "FLOPs",
                                      "MACs",
                                      "int OPs",
                                      "transcendentals",
                                      "read",
                                      "written",
                                      "params",
                                      "ops"};
  if (withTimes)
    headers.push_back("time");
  headers.push_back(withTimes ? "% time" : "% FLOPs");
  printTable(headers, lines, os);
  notes.print(os);
  // The rows partition the module's ops, so they add up to the total; say
  // so if they do not (a callee whose counts are formulas its call sites
  // give values to).
  if (!sum || *sum != analysis.getTotal().counts)
    os << "note: the layers do not add up to the module total: a function "
          "called with sizes of its callers' is counted with its own "
          "symbols here\n";
  if (total.paramElements != analysis.getTotal().params.elements)
    os << "note: the layers hold " << total.paramElements << " of the "
       << analysis.getTotal().params.elements
       << " weight elements of the module: only tensor constants and "
          "globals are attributed to layers\n";
}

void LayerTable::writeJson(llvm::json::OStream &json) const {
  json.attributeArray("layers", [&] {
    for (const LayerRow &row : rows)
      json.object([&] {
        json.attribute("path", row.path);
        json.attribute("depth", row.depth);
        for (const CostField &field : getCostFields()) {
          if (row.counts)
            writeCount(json, field.key, (*row.counts).*field.member);
          else
            json.attribute(field.key, nullptr);
        }
        json.attribute("param_elements", row.paramElements);
        json.attribute("ops", row.ops);
        if (withTimes)
          json.attribute("time_s", row.timeS);
        else
          json.attribute("time_s", nullptr);
      });
  });
}
