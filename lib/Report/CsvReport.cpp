//===- CsvReport.cpp - The CSV report: one row per op ---------------------===//

#include "ReportUtils.h"

#include "cost/Report/Layers.h"

#include "llvm/Support/Format.h"

using namespace mlir;
using namespace mlir::cost;

/// RFC 4180: quoted when it holds a comma, quote or newline.
static std::string csvField(StringRef text) {
  if (!text.contains(',') && !text.contains('"') && !text.contains('\n'))
    return text.str();
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"')
      quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

void mlir::cost::printCsvReport(const CostAnalysis &analysis,
                                const ReportOptions &options, raw_ostream &os) {
  const Roofline *roofline = options.roofline;
  os << "function,op,loc,status,kind,executions";
  for (const CostField &field : getCostFields())
    os << "," << field.key;
  os << ",intensity,precision,peak_precision,time_s,bound,layer\n";
  LayerGrouping grouping = options.layers
                               ? options.layers->getOptions().grouping
                               : LayerGrouping::Layer;
  for (const FunctionCost &fn : analysis.getFunctions()) {
    ArrayRef<OpCostResult> results = analysis.getOpResults(fn);
    ArrayRef<OpTime> times =
        roofline ? roofline->getOpTimes(fn) : ArrayRef<OpTime>();
    for (auto [i, result] : llvm::enumerate(results)) {
      StringRef status = result.status == OpCostStatus::Costed ? "costed"
                         : result.status == OpCostStatus::Unresolved
                             ? "unresolved"
                             : "uncounted";
      // kind: "op" rows add up (counts x executions) to the function's
      // inclusive counts; a "region" row already holds the ops nested in it;
      // a "call" row holds the callee's inclusive cost.
      StringRef kind = result.callee >= 0        ? "call"
                       : result.hasNestedResults ? "region"
                                                 : "op";
      os << csvField(fn.name) << ","
         << csvField(result.op->getName().getStringRef()) << ","
         << csvField(locationToString(result.op->getLoc())) << "," << status
         << "," << kind << ",";
      if (result.executions)
        os << csvField(result.executions->toString());
      bool costed = result.status == OpCostStatus::Costed;
      for (const CostField &field : getCostFields()) {
        os << ",";
        if (costed)
          os << csvField((result.counts.*field.member).toString());
      }
      const OpTime *time = roofline && costed ? &times[i] : nullptr;
      os << ",";
      if (time && time->intensity)
        os << llvm::format("%g", *time->intensity);
      // The precision only where work ran (or found no peak).
      bool hasPrecision =
          time && time->precision && (time->peakPrecision || !time->estimated);
      os << ","
         << (hasPrecision ? getPrecisionName(*time->precision) : StringRef());
      os << ","
         << (time && time->peakPrecision
                 ? getPrecisionName(*time->peakPrecision)
                 : StringRef());
      os << ",";
      if (time && time->estimated)
        os << llvm::format("%.6e", time->timeS);
      os << ","
         << (time && time->estimated ? getBoundName(time->getBound())
                                     : StringRef());
      std::string layer = getLayerName(result.op->getLoc(), grouping);
      os << ","
         << csvField(layer.empty() ? StringRef(kNoLayer) : StringRef(layer));
      os << "\n";
    }
  }
}
