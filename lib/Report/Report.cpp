//===- Report.cpp - Text and JSON cost reports ----------------------------===//

#include "cost/Report/Report.h"

#include "ReportUtils.h"

#include "cost/Analysis/CostRules.h"
#include "cost/Report/Layers.h"
#include "cost/Report/PassTable.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Location.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

#include <cmath>

using namespace mlir;
using namespace mlir::cost;

std::optional<ReportFormat> mlir::cost::parseReportFormat(StringRef name) {
  return llvm::StringSwitch<std::optional<ReportFormat>>(name)
      .Case("text", ReportFormat::Text)
      .Case("json", ReportFormat::Json)
      .Case("csv", ReportFormat::Csv)
      .Default(std::nullopt);
}

//===----------------------------------------------------------------------===//
// Text
//===----------------------------------------------------------------------===//

static TextRow makeRow(StringRef name, const CostSummary &summary, bool exact,
                       FormulaNotes &notes) {
  auto number = [&](const Polynomial &count, StringRef unit) {
    return notes.cell(count, unit, exact);
  };
  auto params = [&](int64_t value) {
    if (exact)
      return std::to_string(value);
    std::string text = formatSI(value, "");
    // "25.6 M" reads as "25.6 M params".
    while (!text.empty() && text.back() == ' ')
      text.pop_back();
    return text + " params";
  };
  const CostCounts &c = summary.counts;
  int64_t notCosted = 0;
  for (const OpNameCount &entry : summary.uncounted)
    notCosted += entry.count;
  notCosted += summary.unresolved.size();
  return {name.str(),
          {number(c.flops, "FLOPs"), number(c.macs, "MACs"),
           number(c.intOps, "OPs"), number(c.transcendentals, ""),
           number(c.bytesRead, "B"), number(c.bytesWritten, "B"),
           params(summary.params.elements),
           number(Polynomial(summary.params.bytes), "B"),
           std::to_string(summary.opsCosted), std::to_string(notCosted)}};
}

static std::string seconds(double value) { return formatSIReal(value, "s"); }
static std::string seconds(std::optional<double> value) {
  return value ? seconds(*value) : std::string("unknown");
}

static std::string rate(double value, Precision precision) {
  return formatSIReal(value, isIntegerPrecision(precision) ? "OP/s" : "FLOP/s");
}

/// "1.11 ms" or "1.11 ms (82% compute-bound)".
static TextRow makeRooflineRow(StringRef name, const RooflineEstimate &e) {
  auto share = [&](double part) {
    return e.timeS > 0 ? llvm::formatv("{0:P0}", part / e.timeS).str()
                       : std::string("-");
  };
  // '*': ops without a peak are left out (listed as warnings).
  std::string partial = e.noPeak.empty() ? "" : "*";
  return {name.str(),
          {seconds(e.timeS) + partial, share(e.computeBoundS),
           share(e.memoryBoundS), getBoundName(e.getBound()).str(),
           seconds(e.lowerBoundS) + partial}};
}

static void printTextRoofline(const CostAnalysis &analysis,
                              const Roofline &roofline, raw_ostream &os) {
  const Target &target = roofline.getTarget();
  const RooflineOptions &opts = roofline.getOptions();
  const RooflineEstimate &total = roofline.getTotal();
  os << "\nRoofline on " << target.name << " (" << target.description
     << "): memory " << formatSIReal(target.bandwidth.value, "B/s");
  // The peaks the ops of this module run at.
  for (Precision p : getPrecisions())
    if (total.work[static_cast<size_t>(p)] > 0)
      os << ", " << getPrecisionName(p) << " "
         << rate(target.getPeak(p).figure->value, p);
  os << " (dense peaks).\n";
  if (opts.computeEfficiency != 1.0 || opts.bandwidthEfficiency != 1.0)
    os << llvm::formatv("Achievable rates: {0:P0} of peak compute, {1:P0} of "
                        "peak bandwidth.\n",
                        opts.computeEfficiency, opts.bandwidthEfficiency);
  for (auto [from, to] : total.substitutions) {
    const Peak &peak = target.getPeak(from);
    os << "note: " << getPrecisionName(from) << " ops run at the "
       << getPrecisionName(to) << " peak";
    if (!peak.unsupported.empty())
      os << " (" << target.name << ": " << peak.unsupported << ")";
    else if (from == Precision::FP32 && to == Precision::TF32)
      os << " (--allow-tf32: f32 contractions on TF32 tensor cores)";
    os << ".\n";
  }
  os << "time: each op reads and writes its operands from memory (unfused, "
        "an upper estimate); lower bound: all work at peak, arguments, "
        "results and weights moved once.\n\n";

  std::vector<TextRow> rows;
  ArrayRef<FunctionCost> functions = analysis.getFunctions();
  for (auto [i, fn] : llvm::enumerate(functions)) {
    rows.push_back(makeRooflineRow("@" + fn.name, roofline.getExclusive(i)));
    if (fn.hasCallees)
      rows.push_back(makeRooflineRow("  + callees", roofline.getInclusive(i)));
  }
  rows.push_back(makeRooflineRow("total", total));
  printTable({"function", "time", "compute-bound", "memory-bound", "bound",
              "lower bound"},
             rows, os);

  if (!total.top.empty()) {
    os << "\nLargest estimated times:\n";
    for (const TopOp &top : total.top) {
      os << "  " << padLeft(seconds(top.timeS), 9) << "  "
         << padRight(getBoundName(top.bound), 7) << "  @" << top.function
         << "  " << top.op->getName().getStringRef();
      if (auto call = dyn_cast<CallOpInterface>(top.op))
        if (auto symbol = dyn_cast_if_present<SymbolRefAttr>(
                call.getCallableForCallee().dyn_cast<SymbolRefAttr>()))
          os << " " << symbol;
      os << " at " << locationToString(top.op->getLoc());
      // Executions are whole numbers: "32768 runs", not "32768.00 runs".
      if (top.executions != 1) {
        if (top.executions < 9.2e18 &&
            std::floor(top.executions) == top.executions)
          os << " (" << static_cast<int64_t>(top.executions) << " runs)";
        else
          os << llvm::formatv(" ({0:E3} runs)", top.executions);
      }
      os << "\n";
    }
  }
  for (const std::string &entry : total.noPeak)
    os << "warning: " << entry << ": " << target.name
       << " has no peak for this precision; the op is left out of the "
          "time\n";
  if (!total.noPeak.empty())
    os << "note: times marked '*' leave out the ops listed above.\n";
}

/// Where each shape symbol enters, and its value if bound.
static void printTextSymbols(const CostAnalysis &analysis, raw_ostream &os) {
  ArrayRef<ShapeSymbol> symbols = analysis.getTotal().symbols;
  if (symbols.empty())
    return;
  os << "\nShape symbols (a count that depends on an unbound one is an exact "
        "formula):\n";
  for (const ShapeSymbol &symbol : symbols) {
    os << "  " << symbol.name << ": ";
    if (symbol.dim)
      os << "dimension " << *symbol.dim << " of ";
    os << "argument #" << symbol.argNumber << " of @" << symbol.function;
    if (symbol.value)
      os << " = " << *symbol.value << "\n";
    else
      os << ", unbound\n";
  }
  if (!analysis.getUnboundSymbols().empty())
    os << "note: --bind NAME=VALUE[,NAME=VALUE...] (or --default-dim=K for "
          "all) turns formulas into numbers.\n";
}

/// Which functions the total counts, and why.
static void printRoots(const CostAnalysis &analysis, raw_ostream &os) {
  SmallVector<std::string> roots;
  for (const FunctionCost &fn : analysis.getFunctions())
    if (fn.isRoot)
      roots.push_back("@" + fn.name);
  if (roots.empty() && analysis.getFunctions().empty())
    return;
  os << "Roots of the total: "
     << (roots.empty() ? "none" : llvm::join(roots, ", "));
  if (!analysis.getOptions().entries.empty())
    os << " (--entry).\n";
  else
    os << " (no other function calls them; --entry=NAME[,NAME] names "
          "others).\n";
}

static void printTextReport(const CostAnalysis &analysis,
                            const ReportOptions &options, raw_ostream &os) {
  os << "cost-opt report: " << options.fileName << "\n";
  if (options.roofline)
    os << "Roofline target: " << options.roofline->getTarget().name << " ("
       << options.roofline->getTarget().description
       << "); --target=NAME picks another chip, --target=none turns the "
          "roofline off.\n";
  const CountingConvention &convention = analysis.getOptions().convention;
  if (convention.name != "default")
    os << "Convention: " << convention.name
       << " (docs/conventions.md); --convention=default for cost-opt's "
          "own.\n";
  os << "FLOPs count floating-point operations (1 MAC = "
     << (convention.opsPerMac == 1 ? "1 FLOP" : "2 FLOPs")
     << "); integer OPs and transcendentals are counted apart.\n\n";

  static const char *const kHeaders[] = {
      "FLOPs",   "MACs",   "int OPs",     "transcendentals", "read",
      "written", "params", "param bytes", "costed",          "not costed"};
  std::vector<TextRow> rows;
  FormulaNotes notes;
  bool anyCallees = false;
  for (const FunctionCost &fn : analysis.getFunctions()) {
    rows.push_back(makeRow("@" + fn.name, fn.summary, options.exact, notes));
    if (!fn.hasCallees)
      continue;
    // The function with the functions it calls: counts only.
    CostSummary inclusive;
    inclusive.counts = fn.inclusive;
    TextRow row = makeRow("  + callees", inclusive, options.exact, notes);
    for (size_t i = 6; i < row.cells.size(); ++i)
      row.cells[i].clear();
    rows.push_back(std::move(row));
    anyCallees = true;
  }
  if (anyCallees)
    os << "Function rows are exclusive (calls cost nothing); '+ callees' rows "
          "add each callee's inclusive cost per call. The total counts every "
          "function through its callers, as often as it is called.\n\n";
  rows.push_back(makeRow("total", analysis.getTotal(), options.exact, notes));

  std::vector<std::string> headers = {"function"};
  headers.insert(headers.end(), std::begin(kHeaders), std::end(kHeaders));
  printTable(headers, rows, os);
  notes.print(os);
  printRoots(analysis, os);

  // Nothing is silently zero: list what was left out, per function.
  for (Operation *holder : analysis.getUnreachedFunctionHolders())
    os << "warning: " << holder->getName() << " at "
       << locationToString(holder->getLoc())
       << " not costed: it holds functions, but its dialect is not "
          "registered (no symbol table)\n";
  for (const FunctionCost &fn : analysis.getFunctions()) {
    for (const OpNameCount &entry : fn.summary.uncounted)
      os << "warning: @" << fn.name << ": " << entry.count << " x "
         << entry.name << " not costed ("
         << (StringRef(entry.name).contains(" @")
                 ? "a call to a function without a body"
                 : "no cost model")
         << ")\n";
    for (const UnresolvedOp &entry : fn.summary.unresolved)
      os << "warning: @" << fn.name << ": " << entry.name << " at "
         << locationToString(entry.loc) << " unresolved: " << entry.reason
         << "\n";
    // What was assumed rather than modelled.
    for (const InterfaceDefaultCount &entry : fn.summary.interfaceDefaults)
      os << "note: @" << fn.name << ": " << entry.count << " x " << entry.name
         << " costed by interface default (" << entry.interface << ")\n";
  }
  const CostSummary &total = analysis.getTotal();
  if (!total.uncounted.empty() || !total.unresolved.empty())
    os << "note: totals leave out the ops listed above; they are lower "
          "bounds.\n";
  printVectorPadding(analysis, os);
  if (const CostRules *rules = analysis.getOptions().rules.get()) {
    auto list = [&](ArrayRef<OpNameCount> entries) {
      std::string text;
      for (const OpNameCount &entry : entries)
        text += (text.empty() ? "" : ", ") + std::to_string(entry.count) +
                " x " + entry.name;
      return text;
    };
    os << "note: cost rules " << rules->getFileName() << ": ";
    if (total.costedByRule.empty())
      os << "no op matched a rule\n";
    else
      os << "costed " << list(total.costedByRule) << "\n";
    if (!total.ruleOverrides.empty())
      os << "note: cost rules override the cost model of "
         << list(total.ruleOverrides) << "\n";
  }
  if (options.layers)
    options.layers->printText(analysis, options.exact, os);
  if (options.passes)
    printPassTable(*options.passes, options.exact, os);
  printTextSymbols(analysis, os);
  if (options.roofline)
    printTextRoofline(analysis, *options.roofline, os);
  else if (!options.rooflineSkipped.empty())
    os << "\nRoofline not estimated: " << options.rooflineSkipped << "\n";
}

//===----------------------------------------------------------------------===//
// JSON
//===----------------------------------------------------------------------===//

static void writeSummary(llvm::json::OStream &json,
                         const CostSummary &summary) {
  writeCounts(json, summary.counts);
  json.attribute("param_elements", summary.params.elements);
  json.attribute("param_bytes", summary.params.bytes);
  json.attribute("ops_costed", summary.opsCosted);
  json.attributeArray("uncounted", [&] {
    for (const OpNameCount &entry : summary.uncounted)
      json.object([&] {
        json.attribute("op", entry.name);
        json.attribute("count", entry.count);
      });
  });
  json.attributeArray("unresolved", [&] {
    for (const UnresolvedOp &entry : summary.unresolved)
      json.object([&] {
        json.attribute("op", entry.name);
        json.attribute("loc", locationToString(entry.loc));
        json.attribute("reason", entry.reason);
      });
  });
  json.attributeArray("branches", [&] {
    for (const BranchCost &entry : summary.branches)
      json.object([&] {
        json.attribute("op", entry.name);
        json.attribute("loc", locationToString(entry.loc));
        json.attribute("counted", entry.counted);
        json.attributeArray("regions", [&] {
          for (const CostCounts &region : entry.regions)
            json.object([&] { writeCounts(json, region); });
        });
      });
  });
  json.attributeArray("interface_defaults", [&] {
    for (const InterfaceDefaultCount &entry : summary.interfaceDefaults)
      json.object([&] {
        json.attribute("op", entry.name);
        json.attribute("interface", entry.interface);
        json.attribute("count", entry.count);
      });
  });
}

static void writeOptionalSeconds(llvm::json::OStream &json, StringRef key,
                                 std::optional<double> value) {
  if (value)
    json.attribute(key, *value);
  else
    json.attribute(key, nullptr);
}

static void writeRoofline(llvm::json::OStream &json, const Roofline &roofline,
                          const RooflineEstimate &e) {
  json.attributeObject("roofline", [&] {
    json.attribute("target", roofline.getTarget().name);
    json.attribute("time_s", e.timeS);
    writeOptionalSeconds(json, "lower_bound_s", e.lowerBoundS);
    json.attribute("compute_time_s", e.computeBoundS);
    json.attribute("memory_time_s", e.memoryBoundS);
    json.attribute("bound", getBoundName(e.getBound()));
    writeOptionalSeconds(json, "lower_bound_compute_s", e.lowerComputeS);
    writeOptionalSeconds(json, "lower_bound_memory_s", e.lowerMemoryS);
    json.attributeArray("top_ops", [&] {
      for (const TopOp &top : e.top)
        json.object([&] {
          json.attribute("op", top.op->getName().getStringRef());
          json.attribute("function", top.function);
          json.attribute("loc", locationToString(top.op->getLoc()));
          json.attribute("time_s", top.timeS);
          json.attribute("executions", top.executions);
          json.attribute("bound", getBoundName(top.bound));
        });
    });
    json.attributeArray("no_peak", [&] {
      for (const std::string &entry : e.noPeak)
        json.value(entry);
    });
  });
}

/// Per op name: how many times ops of that name run per call of the
/// function, and their FLOPs, bytes and time (the analysis' per-op counts
/// times executions). What --baseline compares op by op.
static void writeOpKinds(llvm::json::OStream &json,
                         ArrayRef<OpCostResult> results,
                         ArrayRef<OpTime> times) {
  struct Kind {
    std::string name;
    /// Empty after an overflow (written as null).
    std::optional<Polynomial> count = Polynomial(0), flops = Polynomial(0),
                              bytes = Polynomial(0);
    double timeS = 0;
  };
  std::vector<Kind> kinds;
  llvm::StringMap<size_t> indexOf;
  for (auto [i, result] : llvm::enumerate(results)) {
    if (result.status != OpCostStatus::Costed || result.hasNestedResults ||
        !result.executions || result.counts.isZero())
      continue;
    StringRef name = result.op->getName().getStringRef();
    auto [it, inserted] = indexOf.try_emplace(name, kinds.size());
    if (inserted)
      kinds.push_back({name.str()});
    Kind &kind = kinds[it->second];
    const Polynomial &n = *result.executions;
    // sum += value x n; empty once it overflows.
    auto accumulate = [&](std::optional<Polynomial> &sum,
                          std::optional<Polynomial> value) {
      std::optional<Polynomial> product =
          sum && value ? Polynomial::mul(*value, n) : std::nullopt;
      sum = product ? Polynomial::add(*sum, *product) : std::nullopt;
    };
    accumulate(kind.count, Polynomial(1));
    accumulate(kind.flops, result.counts.flops);
    accumulate(kind.bytes, Polynomial::add(result.counts.bytesRead,
                                           result.counts.bytesWritten));
    if (!times.empty())
      kind.timeS += countValue(n) * times[i].timeS;
  }
  json.attributeArray("op_kinds", [&] {
    for (const Kind &kind : kinds)
      json.object([&] {
        json.attribute("op", kind.name);
        for (auto [key, value] :
             {std::pair{"count", &kind.count}, std::pair{"flops", &kind.flops},
              std::pair{"bytes", &kind.bytes}}) {
          if (*value)
            writeCount(json, key, **value);
          else
            json.attribute(key, nullptr);
        }
        if (!times.empty())
          json.attribute("time_s", kind.timeS);
      });
  });
}

static void printJsonReport(const CostAnalysis &analysis,
                            const ReportOptions &options, raw_ostream &os) {
  const Roofline *roofline = options.roofline;
  llvm::json::OStream json(os, /*IndentSize=*/2);
  json.object([&] {
    json.attribute("schema", kReportSchema);
    json.attribute("file", options.fileName);
    json.attribute("convention", analysis.getOptions().convention.name);
    json.attributeArray("roots", [&] {
      for (const FunctionCost &fn : analysis.getFunctions())
        if (fn.isRoot)
          json.value(fn.name);
    });
    if (roofline) {
      const Target &target = roofline->getTarget();
      json.attributeObject("target", [&] {
        json.attribute("name", target.name);
        json.attribute("description", target.description);
        json.attribute("bandwidth_bytes_per_s", target.bandwidth.value);
        json.attributeObject("peaks_per_s", [&] {
          for (Precision p : getPrecisions())
            if (const Peak &peak = target.getPeak(p); peak.figure)
              json.attribute(getPrecisionName(p), peak.figure->value);
            else if (peak.fallback)
              json.attribute(getPrecisionName(p),
                             getPrecisionName(*peak.fallback));
            else
              json.attribute(getPrecisionName(p), nullptr);
        });
        json.attribute("compute_efficiency",
                       roofline->getOptions().computeEfficiency);
        json.attribute("bandwidth_efficiency",
                       roofline->getOptions().bandwidthEfficiency);
        json.attribute("allow_tf32", roofline->getOptions().allowTF32);
      });
    }
    json.attributeArray("functions", [&] {
      for (auto [i, fn] : llvm::enumerate(analysis.getFunctions()))
        json.object([&] {
          json.attribute("name", fn.name);
          writeSummary(json, fn.summary);
          if (roofline)
            writeRoofline(json, *roofline, roofline->getExclusive(i));
          json.attributeObject("inclusive", [&] {
            writeCounts(json, fn.inclusive);
            if (roofline)
              writeRoofline(json, *roofline, roofline->getInclusive(i));
          });
          writeOpKinds(json, analysis.getOpResults(fn),
                       roofline ? roofline->getOpTimes(fn)
                                : ArrayRef<OpTime>());
          writeVectorPadding(json, analysis, fn);
        });
    });
    if (options.layers)
      options.layers->writeJson(json);
    if (options.passes)
      writePassTable(json, *options.passes);
    json.attributeArray("symbols", [&] {
      for (const ShapeSymbol &symbol : analysis.getTotal().symbols)
        json.object([&] {
          json.attribute("name", symbol.name);
          json.attribute("function", symbol.function);
          json.attribute("argument", symbol.argNumber);
          if (symbol.dim)
            json.attribute("dim", *symbol.dim);
          else
            json.attribute("dim", nullptr);
          if (symbol.value)
            json.attribute("value", *symbol.value);
          else
            json.attribute("value", nullptr);
        });
    });
    if (!options.rooflineSkipped.empty())
      json.attribute("roofline_skipped", options.rooflineSkipped);
    if (const CostRules *rules = analysis.getOptions().rules.get()) {
      auto list = [&](StringRef key, ArrayRef<OpNameCount> entries) {
        json.attributeArray(key, [&] {
          for (const OpNameCount &entry : entries)
            json.object([&] {
              json.attribute("op", entry.name);
              json.attribute("count", entry.count);
            });
        });
      };
      json.attributeObject("rules", [&] {
        json.attribute("file", rules->getFileName());
        list("costed", analysis.getTotal().costedByRule);
        list("overrides", analysis.getTotal().ruleOverrides);
      });
    }
    json.attributeObject("total", [&] {
      writeSummary(json, analysis.getTotal());
      if (roofline)
        writeRoofline(json, *roofline, roofline->getTotal());
    });
  });
  os << "\n";
}

void mlir::cost::printReport(const CostAnalysis &analysis,
                             const ReportOptions &options, raw_ostream &os) {
  switch (options.format) {
  case ReportFormat::Text:
    printTextReport(analysis, options, os);
    return;
  case ReportFormat::Json:
    printJsonReport(analysis, options, os);
    return;
  case ReportFormat::Csv:
    printCsvReport(analysis, options, os);
    return;
  }
}
