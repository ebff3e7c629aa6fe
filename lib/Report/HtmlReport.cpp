//===- HtmlReport.cpp - One self-contained HTML page of the report --------===//
//
// The summary, the per-function table, the layer tree, the op table, the
// roofline chart and the pass table, with inline CSS, JS and SVG: the page
// loads nothing from anywhere. Numbers are shown in the units the text
// report uses; each numeric cell carries its value in `data-v` for sorting
// (empty for a formula, which sorts last).
//
//===----------------------------------------------------------------------===//

#include "cost/Report/Report.h"

#include "ReportUtils.h"

#include "cost/Analysis/Units.h"
#include "cost/Report/Layers.h"
#include "cost/Report/PassTable.h"

#include "mlir/Interfaces/CallInterfaces.h"
#include "llvm/Support/FormatVariadic.h"

#include <algorithm>
#include <cmath>

using namespace mlir;
using namespace mlir::cost;

/// At most this many ops in the op table: those with the largest time
/// (with a roofline) or the most work and bytes.
static constexpr size_t kMaxOpRows = 2000;

namespace {
/// Writes table cells.
struct Cells {
  raw_ostream &os;
  bool exact;

  void text(StringRef value, StringRef cls = "") {
    os << "<td" << (cls.empty() ? "" : " class=\"" + cls.str() + "\"") << ">"
       << escapeMarkup(value) << "</td>";
  }
  /// A count: its value for sorting, its text (SI or exact, or a formula).
  void count(const std::optional<Polynomial> &value, StringRef unit) {
    if (!value) {
      os << "<td class=\"num\" data-v=\"\">overflow</td>";
      return;
    }
    std::optional<int64_t> constant = value->getConstant();
    os << "<td class=\"num\" data-v=\""
       << (constant ? std::to_string(*constant) : std::string()) << "\"";
    if (constant && !exact) // The exact value on hover.
      os << " title=\"" << *constant << "\"";
    os << ">" << escapeMarkup(formatCount(*value, unit, exact)) << "</td>";
  }
  void integer(int64_t value) {
    os << "<td class=\"num\" data-v=\"" << value << "\">" << value << "</td>";
  }
  void seconds(std::optional<double> value) {
    if (!value) {
      os << "<td class=\"num\" data-v=\"\">-</td>";
      return;
    }
    os << "<td class=\"num\" data-v=\"" << llvm::formatv("{0:e}", *value)
       << "\">" << escapeMarkup(formatSIReal(*value, "s")) << "</td>";
  }
  void share(double part, double whole) {
    double value = whole > 0 ? part / whole : 0;
    os << "<td class=\"num\" data-v=\"" << llvm::formatv("{0:e}", value)
       << "\">" << llvm::formatv("{0:P1}", value) << "</td>";
  }
  void counts(const std::optional<CostCounts> &c) {
    for (auto [member, unit] : {std::pair{&CostCounts::flops, "FLOPs"},
                                std::pair{&CostCounts::macs, "MACs"},
                                std::pair{&CostCounts::intOps, "OPs"},
                                std::pair{&CostCounts::transcendentals, ""},
                                std::pair{&CostCounts::bytesRead, "B"},
                                std::pair{&CostCounts::bytesWritten, "B"}})
      count(c ? std::optional<Polynomial>((*c).*member) : std::nullopt, unit);
  }
};
} // namespace

static void header(raw_ostream &os, ArrayRef<StringRef> names) {
  os << "<thead><tr>";
  for (StringRef name : names)
    os << "<th title=\"sort\">" << escapeMarkup(name) << "</th>";
  os << "</tr></thead>\n";
}

static const char *const kCountHeaders[] = {
    "FLOPs", "MACs", "int OPs", "transcendentals", "read", "written"};

static void printSummary(const CostAnalysis &analysis,
                         const ReportOptions &options, raw_ostream &os) {
  const CostSummary &total = analysis.getTotal();
  auto item = [&](StringRef name, const std::string &value) {
    os << "<div class=\"card\"><div class=\"k\">" << escapeMarkup(name)
       << "</div><div class=\"v\">" << escapeMarkup(value) << "</div></div>\n";
  };
  os << "<section id=\"summary\"><h2>Summary</h2>\n<p>File <code>"
     << escapeMarkup(options.fileName) << "</code>; convention "
     << escapeMarkup(analysis.getOptions().convention.name) << "; ";
  if (options.roofline)
    os << "target " << escapeMarkup(options.roofline->getTarget().name) << " ("
       << escapeMarkup(options.roofline->getTarget().description) << ")";
  else if (!options.rooflineSkipped.empty())
    os << "no roofline: " << escapeMarkup(options.rooflineSkipped);
  else
    os << "no target";
  os << ".</p>\n<div class=\"cards\">\n";
  const CostCounts &c = total.counts;
  item("FLOPs", formatCount(c.flops, "FLOPs", options.exact));
  item("MACs", formatCount(c.macs, "MACs", options.exact));
  item("int OPs", formatCount(c.intOps, "OPs", options.exact));
  item("transcendentals", formatCount(c.transcendentals, "", options.exact));
  item("read", formatCount(c.bytesRead, "B", options.exact));
  item("written", formatCount(c.bytesWritten, "B", options.exact));
  item("params", StringRef(formatSI(total.params.elements, "")).rtrim().str() +
                     " (" + formatSI(total.params.bytes, "B") + ")");
  if (options.roofline) {
    const RooflineEstimate &e = options.roofline->getTotal();
    item("time", formatSIReal(e.timeS, "s") + " (" +
                     getBoundName(e.getBound()).str() + "-bound)");
  }
  os << "</div>\n";
  int64_t notCosted = total.unresolved.size();
  for (const OpNameCount &entry : total.uncounted)
    notCosted += entry.count;
  if (notCosted)
    os << "<p class=\"warn\">" << notCosted
       << " ops not costed (no cost model, or unresolved): the totals are "
          "lower bounds; the text report lists them.</p>\n";
  os << "</section>\n";
}

static void printFunctions(const CostAnalysis &analysis,
                           const ReportOptions &options, raw_ostream &os) {
  os << "<section><h2>Functions</h2>\n<p>Own ops only (calls cost nothing); "
        "'+ callees' adds each callee's cost per call.</p>\n"
        "<table class=\"sortable\" id=\"functions\">\n";
  std::vector<StringRef> names = {"function"};
  names.insert(names.end(), std::begin(kCountHeaders), std::end(kCountHeaders));
  names.push_back("costed");
  if (options.roofline)
    names.push_back("time");
  header(os, names);
  os << "<tbody>\n";
  Cells cells{os, options.exact};
  for (auto [i, fn] : llvm::enumerate(analysis.getFunctions())) {
    for (bool inclusive : {false, true}) {
      if (inclusive && !fn.hasCallees)
        continue;
      os << "<tr>";
      cells.text(inclusive ? "@" + fn.name + " + callees" : "@" + fn.name);
      cells.counts(inclusive ? fn.inclusive : fn.summary.counts);
      cells.integer(fn.summary.opsCosted);
      if (options.roofline)
        cells.seconds(inclusive ? options.roofline->getInclusive(i).timeS
                                : options.roofline->getExclusive(i).timeS);
      os << "</tr>\n";
    }
  }
  os << "</tbody></table></section>\n";
}

static void printLayers(const LayerTable &layers, const ReportOptions &options,
                        raw_ostream &os) {
  bool bySource = layers.getOptions().grouping == LayerGrouping::Source;
  os << "<section><h2>Cost by " << (bySource ? "source line" : "layer")
     << "</h2>\n<p>Each row includes the rows under it (&#9656; opens a "
        "row); counts per run of the module. Click a column to sort; "
        "sub-layers sort within their parent.</p>\n"
        "<table class=\"sortable tree\" id=\"layers\">\n";
  std::vector<StringRef> names = {bySource ? "source" : "layer"};
  names.insert(names.end(), std::begin(kCountHeaders), std::end(kCountHeaders));
  names.push_back("params");
  names.push_back("ops");
  if (layers.hasTimes())
    names.push_back("time");
  names.push_back(layers.hasTimes() ? "% time" : "% FLOPs");
  header(os, names);
  os << "<tbody>\n";
  double totalTime = 0, totalFlops = 0;
  for (const LayerRow &row : layers.getRows())
    if (row.depth == 1) {
      totalTime += row.timeS;
      if (row.counts)
        if (std::optional<int64_t> flops = row.counts->flops.getConstant())
          totalFlops += *flops;
    }
  Cells cells{os, options.exact};
  // Each row's parent is the nearest row above it one level up.
  std::vector<size_t> stack;
  for (auto [i, row] : llvm::enumerate(layers.getRows())) {
    stack.resize(row.depth - 1);
    bool hasChildren = i + 1 < layers.getRows().size() &&
                       layers.getRows()[i + 1].depth > row.depth;
    os << "<tr data-id=\"" << i << "\" data-parent=\""
       << (stack.empty() ? std::string() : std::to_string(stack.back()))
       << "\" data-depth=\"" << row.depth << "\""
       << (row.depth > 1 ? " class=\"hidden\"" : "") << ">";
    os << "<td class=\"name\" style=\"padding-left:"
       << 0.4 + 1.2 * (row.depth - 1) << "em\">"
       << (hasChildren ? "<span class=\"toggle\">&#9656;</span>"
                       : "<span class=\"leaf\"></span>")
       << escapeMarkup(row.path) << "</td>";
    cells.counts(row.counts);
    cells.integer(row.paramElements);
    cells.integer(row.ops);
    if (layers.hasTimes()) {
      cells.seconds(row.timeS);
      cells.share(row.timeS, totalTime);
    } else {
      std::optional<int64_t> flops =
          row.counts ? row.counts->flops.getConstant() : std::nullopt;
      if (flops && totalFlops > 0)
        cells.share(*flops, totalFlops);
      else
        cells.text("-", "num");
    }
    os << "</tr>\n";
    stack.push_back(i);
  }
  os << "</tbody></table></section>\n";
}

static void printOps(const CostAnalysis &analysis, const LayerTable *layers,
                     const ReportOptions &options, raw_ostream &os) {
  struct OpRow {
    const FunctionCost *fn;
    const OpCostResult *result;
    std::optional<Polynomial> runs;
    std::optional<CostCounts> counts;
    std::optional<double> timeS;
    double weight;
  };
  std::vector<OpRow> rows;
  std::vector<std::optional<Polynomial>> functionRuns =
      getFunctionRuns(analysis);
  for (auto [f, fn] : llvm::enumerate(analysis.getFunctions())) {
    ArrayRef<OpTime> times = options.roofline ? options.roofline->getOpTimes(fn)
                                              : ArrayRef<OpTime>();
    for (auto [i, result] : llvm::enumerate(analysis.getOpResults(fn))) {
      if (result.status != OpCostStatus::Costed || result.hasNestedResults ||
          result.callee >= 0 || !result.executions)
        continue;
      OpRow row{&fn, &result, std::nullopt, result.counts, std::nullopt, 0};
      if (functionRuns[f])
        row.runs = Polynomial::mul(*result.executions, *functionRuns[f]);
      if (!row.runs || failed(row.counts->scale(*row.runs)))
        row.counts.reset();
      if (options.roofline && row.runs && times[i].estimated) {
        row.timeS = countValue(*row.runs) * times[i].timeS;
        row.weight = *row.timeS;
      } else if (row.counts && row.counts->isConstant()) {
        row.weight = getWork(*row.counts) + getBytesMoved(*row.counts);
      }
      rows.push_back(std::move(row));
    }
  }
  size_t all = rows.size();
  if (rows.size() > kMaxOpRows) {
    llvm::stable_sort(rows, [](const OpRow &a, const OpRow &b) {
      return a.weight > b.weight;
    });
    rows.resize(kMaxOpRows);
  }
  os << "<section><h2>Ops</h2>\n<p>Costed ops (loops, branches and calls "
        "hold these), counts per run of the module"
     << (all > rows.size()
             ? llvm::formatv("; the {0} of {1} with the largest {2}",
                             rows.size(), all,
                             options.roofline ? "time" : "work and bytes")
                   .str()
             : std::string())
     << ". Filter: <input id=\"filter-op\" placeholder=\"op name\"> "
        "<input id=\"filter-layer\" placeholder=\"layer\"></p>\n"
        "<div class=\"scroll\"><table class=\"sortable\" id=\"ops\">\n";
  std::vector<StringRef> names = {"op", "function", "layer", "location",
                                  "runs"};
  names.insert(names.end(), std::begin(kCountHeaders), std::end(kCountHeaders));
  if (options.roofline)
    names.push_back("time");
  header(os, names);
  os << "<tbody>\n";
  LayerGrouping grouping =
      layers ? layers->getOptions().grouping : LayerGrouping::Layer;
  Cells cells{os, options.exact};
  for (const OpRow &row : rows) {
    std::string layer = getLayerName(row.result->op->getLoc(), grouping);
    os << "<tr>";
    cells.text(row.result->op->getName().getStringRef(), "op");
    cells.text("@" + row.fn->name);
    cells.text(layer.empty() ? StringRef(kNoLayer) : StringRef(layer), "layer");
    cells.text(locationToString(row.result->op->getLoc()));
    cells.count(row.runs, "");
    cells.counts(row.counts);
    if (options.roofline)
      cells.seconds(row.timeS);
    os << "</tr>\n";
  }
  os << "</tbody></table></div></section>\n";
}

/// FLOPs, MACs and bytes after each pass, each as a line scaled to its own
/// largest value.
static void printPassChart(ArrayRef<PassCostRow> rows, raw_ostream &os) {
  const double w = 640, h = 170, left = 40, right = 150, top = 12, bottom = 28;
  struct Series {
    const char *name, *color;
    std::vector<double> values;
  };
  std::vector<Series> series = {{"FLOPs", "#1f78b4", {}},
                                {"MACs", "#33a02c", {}},
                                {"bytes", "#e31a1c", {}}};
  for (const PassCostRow &row : rows) {
    auto value = [&](const Polynomial &p) {
      std::optional<int64_t> v = p.getConstant();
      return v ? double(*v) : NAN;
    };
    series[0].values.push_back(row.counts ? value(row.counts->flops) : NAN);
    series[1].values.push_back(row.counts ? value(row.counts->macs) : NAN);
    series[2].values.push_back(row.counts ? value(row.counts->bytesRead) +
                                                value(row.counts->bytesWritten)
                                          : NAN);
  }
  double plotW = w - left - right, plotH = h - top - bottom;
  auto x = [&](size_t i) {
    return left + (rows.size() > 1 ? plotW * i / (rows.size() - 1) : 0);
  };
  os << llvm::formatv("<svg class=\"passchart\" width=\"{0}\" height=\"{1}\" "
                      "viewBox=\"0 0 {0} {1}\" font-size=\"11\">\n",
                      w, h);
  os << llvm::formatv("<rect x=\"{0}\" y=\"{1}\" width=\"{2}\" height=\"{3}\" "
                      "fill=\"none\" stroke=\"#999\"/>\n",
                      left, top, plotW, plotH);
  for (auto [k, s] : llvm::enumerate(series)) {
    double max = 0;
    for (double v : s.values)
      if (std::isfinite(v))
        max = std::max(max, v);
    std::string points;
    for (auto [i, v] : llvm::enumerate(s.values))
      if (std::isfinite(v))
        points += llvm::formatv("{0:F1},{1:F1} ", x(i),
                                top + plotH - (max > 0 ? v / max : 0) * plotH)
                      .str();
    os << llvm::formatv("<polyline fill=\"none\" stroke=\"{0}\" "
                        "stroke-width=\"2\" points=\"{1}\"/>\n",
                        s.color, points);
    os << llvm::formatv("<text x=\"{0}\" y=\"{1}\" fill=\"{2}\">{3} (max "
                        "{4})</text>\n",
                        left + plotW + 10, top + 14 + 16 * k, s.color, s.name,
                        escapeMarkup(formatSIReal(max, "")));
  }
  for (size_t i = 0; i < rows.size(); ++i)
    os << llvm::formatv("<text x=\"{0:F1}\" y=\"{1}\" "
                        "text-anchor=\"middle\">{2}</text>\n",
                        x(i), h - 10, i);
  os << "</svg>\n";
}

static void printPasses(ArrayRef<PassCostRow> rows,
                        const ReportOptions &options, raw_ostream &os) {
  os << "<section><h2>Cost after each pass</h2>\n<p>The module total after "
        "each pass has run on every op it is anchored on. &#9888; marks a "
        "pass that changed FLOPs or MACs (a pure lowering keeps both). The "
        "chart scales each line to its own largest value; x is the row "
        "number.</p>\n";
  printPassChart(rows, os);
  os << "<table class=\"sortable\" id=\"passes\">\n";
  std::vector<StringRef> names = {"#", "pass", "on"};
  names.insert(names.end(), std::begin(kCountHeaders), std::end(kCountHeaders));
  names.push_back("uncounted");
  names.push_back("unresolved");
  names.push_back("time");
  header(os, names);
  os << "<tbody>\n";
  Cells cells{os, options.exact};
  for (auto [i, row] : llvm::enumerate(rows)) {
    bool changed = i > 0 && changesWork(rows[i - 1], row);
    os << "<tr" << (changed ? " class=\"changed\"" : "") << ">";
    cells.integer(i);
    cells.text((changed ? "\u26a0 " : "") + row.pass);
    cells.text(row.anchor);
    cells.counts(row.counts);
    cells.integer(row.uncounted);
    cells.integer(row.unresolved);
    cells.seconds(row.timeS);
    os << "</tr>\n";
  }
  os << "</tbody></table></section>\n";
}

static const char kStyle[] = R"css(
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5em;color:#222;max-width:1400px}
h1{font-size:1.4em;margin:0 0 .3em}h2{font-size:1.15em;margin:1.4em 0 .4em;border-bottom:1px solid #ddd}
.cards{display:flex;flex-wrap:wrap;gap:.6em}.card{border:1px solid #ddd;border-radius:6px;padding:.4em .8em;background:#fafafa}
.card .k{font-size:.8em;color:#666}.card .v{font-size:1.1em;font-weight:600}
table{border-collapse:collapse;font-size:.85em;margin:.4em 0}th,td{padding:.2em .6em;border-bottom:1px solid #eee;white-space:nowrap}
th{background:#f3f3f3;cursor:pointer;text-align:left;position:sticky;top:0}th.asc:after{content:" \25b4"}th.desc:after{content:" \25be"}
td.num{text-align:right;font-variant-numeric:tabular-nums}tr.hidden{display:none}tr.changed td{background:#fff3e0}
.toggle{cursor:pointer;display:inline-block;width:1.1em}.toggle.open{transform:rotate(90deg)}.leaf{display:inline-block;width:1.1em}
.warn{color:#b35900}input{font-size:.9em;padding:.1em .3em}code{background:#f3f3f3;padding:0 .2em}
.chart svg{max-width:100%;height:auto}section{overflow-x:auto}
.scroll{max-height:24em;overflow:auto;display:inline-block;max-width:100%}
)css";

// Sorting (every table), the layer tree (open and close, sort within a
// parent) and the op filters.
static const char kScript[] = R"js(
(function(){
function val(row,col){const td=row.cells[col];if(!td)return "";const v=td.dataset.v;
  if(v===undefined)return td.textContent;return v===""?NaN:parseFloat(v);}
function cmp(col,dir){return function(a,b){const x=val(a,col),y=val(b,col);
  if(typeof x==="number"||typeof y==="number"){const nx=isNaN(x),ny=isNaN(y);
    if(nx||ny)return nx===ny?0:(nx?1:-1);return dir*(x-y);}
  return dir*String(x).localeCompare(String(y));};}
function sortTable(table,col,dir){const body=table.tBodies[0];const rows=[...body.rows];
  if(table.classList.contains("tree")){const kids=new Map();
    rows.forEach(r=>{const p=r.dataset.parent;if(!kids.has(p))kids.set(p,[]);kids.get(p).push(r);});
    const out=[];const visit=p=>{const list=kids.get(p)||[];list.sort(cmp(col,dir));
      list.forEach(r=>{out.push(r);visit(r.dataset.id);});};visit("");
    out.forEach(r=>body.appendChild(r));}
  else{rows.sort(cmp(col,dir));rows.forEach(r=>body.appendChild(r));}}
document.querySelectorAll("table.sortable").forEach(table=>{
  table.tHead.querySelectorAll("th").forEach((th,col)=>{th.addEventListener("click",()=>{
    const numeric=[...table.tBodies[0].rows].some(r=>r.cells[col]&&r.cells[col].dataset.v!==undefined);
    const dir=th.classList.contains("desc")?1:th.classList.contains("asc")?-1:(numeric?-1:1);
    table.tHead.querySelectorAll("th").forEach(h=>h.classList.remove("asc","desc"));
    th.classList.add(dir<0?"desc":"asc");sortTable(table,col,dir);});});});
const tree=document.getElementById("layers");
if(tree){const byId=new Map();[...tree.tBodies[0].rows].forEach(r=>byId.set(r.dataset.id,r));
  const refresh=()=>byId.forEach(r=>{let p=r.dataset.parent,shown=true;
    while(p!==""){const q=byId.get(p);if(!q.classList.contains("open")){shown=false;break;}p=q.dataset.parent;}
    r.classList.toggle("hidden",!shown);});
  tree.querySelectorAll(".toggle").forEach(t=>t.addEventListener("click",e=>{
    const r=t.closest("tr");r.classList.toggle("open");t.classList.toggle("open");refresh();e.stopPropagation();}));
  refresh();}
const fo=document.getElementById("filter-op"),fl=document.getElementById("filter-layer");
function filter(){const o=fo.value.toLowerCase(),l=fl.value.toLowerCase();
  [...document.getElementById("ops").tBodies[0].rows].forEach(r=>{
    const show=r.cells[0].textContent.toLowerCase().includes(o)&&r.cells[2].textContent.toLowerCase().includes(l);
    r.style.display=show?"":"none";});}
if(fo){fo.addEventListener("input",filter);fl.addEventListener("input",filter);}
})();
)js";

void mlir::cost::printHtmlReport(const CostAnalysis &analysis,
                                 const ReportOptions &options,
                                 raw_ostream &os) {
  os << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>cost-opt report: "
     << escapeMarkup(options.fileName) << "</title>\n<style>" << kStyle
     << "</style></head>\n<body>\n<h1>cost-opt report: <code>"
     << escapeMarkup(options.fileName) << "</code></h1>\n";
  printSummary(analysis, options, os);
  printFunctions(analysis, options, os);
  if (options.layers)
    printLayers(*options.layers, options, os);
  printOps(analysis, options.layers, options, os);
  if (options.roofline) {
    os << "<section class=\"chart\"><h2>Roofline</h2>\n<p>One point per op "
          "(per op kind above 200 ops), its area proportional to its time; "
          "hover a point for its op, layer, location, FLOPs, bytes and "
          "time.</p>\n";
    printRooflineSvg(analysis, *options.roofline, os);
    os << "</section>\n";
  }
  if (options.passes)
    printPasses(*options.passes, options, os);
  os << "<script>" << kScript << "</script>\n</body></html>\n";
}
