//===- Layers.h - Cost by layer, from op locations --------------*- C++ -*-===//
//
// Groups the costed ops of a CostAnalysis by the layer their location names
// (the module path exporters record: "layer1.0.conv1",
// "model/conv2d_1/Conv2D") or by their innermost source line, into a tree
// whose every row is inclusive of its sub-layers. docs/where-the-cost-is.md
// lists the location forms understood and in which order.
//
//===----------------------------------------------------------------------===//

#ifndef COST_REPORT_LAYERS_H
#define COST_REPORT_LAYERS_H

#include "cost/Analysis/CostAnalysis.h"
#include "cost/Roofline/Roofline.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <vector>

namespace mlir {
namespace cost {

/// What a layer is.
enum class LayerGrouping {
  /// The name a location carries (NameLoc), split on the separators.
  Layer,
  /// The innermost `file:line`: a file row, and a row per line under it.
  Source,
};

/// Parses "layer" or "source".
std::optional<LayerGrouping> parseLayerGrouping(StringRef name);

/// The text-table depth the `layers` option asks for: -1 for "none" (no
/// layer table), 0 for every level ("all", or the flag given without a
/// value), N for N levels; nothing if `text` is none of these.
std::optional<int64_t> parseLayerDepth(StringRef text);

struct LayerOptions {
  LayerGrouping grouping = LayerGrouping::Layer;
  /// The characters that separate the parts of a layer name.
  std::string separators = "./";
  /// The deepest level the text table shows (0: every level); deeper rows
  /// are folded into their parent, which includes them. JSON holds every
  /// row.
  unsigned depth = 0;
};

/// The row of the ops whose location names no layer.
inline constexpr llvm::StringLiteral kNoLayer = "(no layer)";

/// The layer `loc` names under `grouping` ("layer1.0.conv1",
/// "resnet.py:92"), or an empty string if it names none. The first found
/// in this order: a NameLoc's name; for a CallSiteLoc, the callee's, then
/// the caller's; for a FusedLoc, the first of its locations that names
/// one; for an OpaqueLoc, its fallback location's. Source grouping takes
/// the first FileLineColLoc in the same order (through a NameLoc to its
/// child).
std::string getLayerName(Location loc, LayerGrouping grouping);

/// How many times each function of `analysis` (by index) runs per run of
/// the module: 1 for a root; for a callee, the sum over its call sites of
/// the caller's runs times the call's executions. Empty where a product
/// exceeds INT64_MAX.
std::vector<std::optional<Polynomial>>
getFunctionRuns(const CostAnalysis &analysis);

/// One row of the layer tree: a layer with all its sub-layers.
struct LayerRow {
  /// The name up to this level ("layer1.0"), or kNoLayer.
  std::string path;
  /// 1 for a top-level layer.
  unsigned depth = 1;
  /// The ops' counts times their executions per run of the module; empty
  /// if a sum exceeded INT64_MAX.
  std::optional<CostCounts> counts = CostCounts();
  /// Elements of the weights whose first user is in the layer.
  int64_t paramElements = 0;
  /// Costed ops in the IR (each op once, however often it runs).
  int64_t ops = 0;
  /// Estimated time per run of the module (with a roofline).
  double timeS = 0;
};

/// The layer tree of a module: every path at every depth, parents before
/// children, in the order the layers first appear in the module.
class LayerTable {
public:
  /// `roofline` (may be null) gives the times.
  LayerTable(const CostAnalysis &analysis, const Roofline *roofline,
             LayerOptions options);

  ArrayRef<LayerRow> getRows() const { return rows; }
  const LayerOptions &getOptions() const { return options; }
  bool hasTimes() const { return withTimes; }
  /// The full layer of `op` as the CSV shows it (kNoLayer for none).
  std::string getOpLayer(Operation *op) const;

  /// The text table: rows indented by depth, down to the options' depth.
  void printText(const CostAnalysis &analysis, bool exact,
                 raw_ostream &os) const;
  /// "layers": [...] into the current JSON object.
  void writeJson(llvm::json::OStream &json) const;

private:
  LayerOptions options;
  bool withTimes = false;
  std::vector<LayerRow> rows;
};

} // namespace cost
} // namespace mlir

#endif // COST_REPORT_LAYERS_H
