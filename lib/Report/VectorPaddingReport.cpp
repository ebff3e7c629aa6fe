//===- VectorPaddingReport.cpp - Vector padding in the reports ------------===//
//
// The text and JSON forms of computeVectorPadding: a function's vector lanes
// that fall outside the data, and the part of its counts spent on them.
//
//===----------------------------------------------------------------------===//

#include "ReportUtils.h"
#include "cost/Analysis/VectorPadding.h"

using namespace mlir;
using namespace mlir::cost;

void mlir::cost::writeVectorPadding(llvm::json::OStream &json,
                                    const CostAnalysis &analysis,
                                    const FunctionCost &fn) {
  VectorPadding padding = computeVectorPadding(analysis, fn);
  if (padding.empty())
    return;
  json.attributeObject("vector_padding", [&] {
    json.attribute("lanes", padding.lanes);
    writeCounts(json, padding.counts);
    json.attributeArray("ops", [&] {
      for (const PaddedVectorOp &entry : padding.ops)
        json.object([&] {
          json.attribute("op", entry.op->getName().getStringRef());
          json.attribute("loc", locationToString(entry.op->getLoc()));
          json.attribute("lanes", entry.lanes);
        });
    });
    json.attributeArray("unknown", [&] {
      for (const UnknownVectorPadding &entry : padding.unknown)
        json.object([&] {
          json.attribute("op", entry.op->getName().getStringRef());
          json.attribute("loc", locationToString(entry.op->getLoc()));
          json.attribute("reason", entry.reason);
        });
    });
  });
}

void mlir::cost::printVectorPadding(const CostAnalysis &analysis,
                                    raw_ostream &os) {
  for (const FunctionCost &fn : analysis.getFunctions()) {
    VectorPadding padding = computeVectorPadding(analysis, fn);
    if (padding.lanes) {
      os << "note: @" << fn.name << ": " << padding.lanes
         << " vector lanes outside the data (masked off, or past the end of "
            "a buffer); the counts include, on them:";
      for (const CostField &field : getCostFields())
        if (std::optional<int64_t> value =
                (padding.counts.*field.member).getConstant();
            value && *value)
          os << " " << field.key << " " << *value;
      os << "\n";
    }
    for (const UnknownVectorPadding &entry : padding.unknown)
      os << "note: @" << fn.name << ": " << entry.op->getName() << " at "
         << locationToString(entry.op->getLoc())
         << ": vector padding lanes unknown: " << entry.reason << "\n";
  }
}
