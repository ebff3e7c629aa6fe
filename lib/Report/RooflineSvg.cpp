//===- RooflineSvg.cpp - A roofline plot of the costed ops ----------------===//
//
// Log-log axes: arithmetic intensity (work per byte) against attainable
// rate (FLOP/s; OP/s for integer ops). The memory roof is bandwidth x
// intensity; one compute ceiling per precision the module uses. Each leaf
// op with work and bytes is a point (or, above kMaxPoints, each op kind and
// precision), its area proportional to its share of the estimated time.
//
//===----------------------------------------------------------------------===//

#include "cost/Report/Report.h"
#include "cost/Support/Limits.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"

#include <algorithm>
#include <cmath>

using namespace mlir;
using namespace mlir::cost;

namespace {
struct Point {
  std::string label;
  std::string detail;
  double work = 0, bytes = 0, timeS = 0;
  Precision precision = Precision::FP32;
  double intensity() const { return work / bytes; }
  double rate() const { return work / timeS; }
};
} // namespace

/// Above this many ops, points are op kinds.
static constexpr size_t kMaxPoints = 200;
static constexpr size_t kLabelled = 5;

static std::string escapeXml(StringRef text) {
  std::string out;
  for (char c : text) {
    switch (c) {
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '&':
      out += "&amp;";
      break;
    case '"':
      out += "&quot;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

static const char *colorOf(Precision p) {
  static const char *const kColors[] = {"#6a3d9a", "#1f78b4", "#33a02c",
                                        "#e31a1c", "#ff7f00", "#b15928",
                                        "#a6761d"};
  return kColors[static_cast<size_t>(p)];
}

void mlir::cost::printRooflineSvg(const CostAnalysis &analysis,
                                  const Roofline &roofline, raw_ostream &os) {
  const Target &target = roofline.getTarget();
  const double bandwidth =
      target.bandwidth.value * roofline.getOptions().bandwidthEfficiency;

  // Leaf ops with work and bytes, weighted by their executions.
  std::vector<Point> ops;
  size_t notPlotted = 0;
  for (const FunctionCost &fn : analysis.getFunctions()) {
    ArrayRef<OpTime> times = roofline.getOpTimes(fn);
    for (auto [i, result] : llvm::enumerate(analysis.getOpResults(fn))) {
      const OpTime *time = &times[i];
      if (!time || !time->isLeaf || result.status != OpCostStatus::Costed ||
          !result.executions || *result.executions == Polynomial(0))
        continue;
      double n = countValue(*result.executions);
      double work = n * getWork(result.counts);
      double bytes = n * getBytesMoved(result.counts);
      if (work == 0 && bytes == 0)
        continue;
      if (work == 0 || bytes == 0 || !time->estimated || !time->peakPrecision) {
        ++notPlotted;
        continue;
      }
      ops.push_back(
          {result.op->getName().getStringRef().str(),
           "@" + fn.name + " " + locationToString(result.op->getLoc()), work,
           bytes, n * time->timeS, *time->peakPrecision});
    }
  }
  std::vector<Point> points;
  bool byKind = ops.size() > kMaxPoints;
  if (byKind) {
    llvm::StringMap<size_t> index;
    for (const Point &op : ops) {
      std::string key =
          op.label + " (" + getPrecisionName(op.precision).str() + ")";
      auto [it, inserted] = index.try_emplace(key, points.size());
      if (inserted)
        points.push_back({key, "", 0, 0, 0, op.precision});
      Point &point = points[it->second];
      point.work += op.work;
      point.bytes += op.bytes;
      point.timeS += op.timeS;
    }
    for (Point &point : points)
      point.detail = "op kind";
  } else {
    points = std::move(ops);
  }
  double totalTime = 0;
  for (const Point &point : points)
    totalTime += point.timeS;

  // Precisions drawn: those of the points; at least the default one.
  std::vector<Precision> ceilings;
  for (const Point &point : points)
    if (!llvm::is_contained(ceilings, point.precision))
      ceilings.push_back(point.precision);
  if (ceilings.empty() && target.getPeak(Precision::FP32).figure)
    ceilings.push_back(Precision::FP32);
  llvm::sort(ceilings);

  // Axis ranges, whole decades around the points and the ridge points.
  double xMin = INFINITY, xMax = 0, yMin = INFINITY, yMax = 0;
  auto include = [&](double x, double y) {
    xMin = std::min(xMin, x);
    xMax = std::max(xMax, x);
    yMin = std::min(yMin, y);
    yMax = std::max(yMax, y);
  };
  for (Precision p : ceilings) {
    double peak = target.getPeak(p).figure->value *
                  roofline.getOptions().computeEfficiency;
    include(peak / bandwidth, peak);
  }
  for (const Point &point : points)
    include(point.intensity(), point.rate());
  if (!std::isfinite(xMin)) {
    xMin = 1;
    xMax = 10;
    yMin = 1e9;
    yMax = 1e12;
  }
  double lx0 = std::floor(std::log10(xMin)) - 1;
  double lx1 = std::ceil(std::log10(xMax)) + 1;
  double ly1 = std::ceil(std::log10(yMax) + 0.05);
  double ly0 = std::min(std::floor(std::log10(yMin)), ly1 - 3);
  // Every loop over decades below is bounded, whatever the numbers: an
  // axis spans at most kMaxPlotDecades (chip values are range-checked, this
  // is the second line of defense).
  auto boundAxis = [](double &from, double &to, double low, double high) {
    if (!std::isfinite(from) || !std::isfinite(to) || from > to) {
      from = low;
      to = high;
    }
    from = std::max(from, to - kMaxPlotDecades);
  };
  boundAxis(lx0, lx1, -2, 4);
  boundAxis(ly0, ly1, 9, 15);

  const double width = 860, height = 560;
  const double left = 120, right = 200, top = 50, bottom = 60;
  const double plotW = width - left - right, plotH = height - top - bottom;
  auto px = [&](double x) {
    return left + (std::log10(x) - lx0) / (lx1 - lx0) * plotW;
  };
  auto py = [&](double y) {
    return top + (ly1 - std::log10(y)) / (ly1 - ly0) * plotH;
  };

  os << llvm::formatv("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                      "width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
                      "font-family=\"sans-serif\" font-size=\"12\">\n",
                      width, height);
  os << "<!-- cost-opt roofline: " << points.size() << " points ("
     << (byKind ? "op kinds" : "ops") << "), target " << target.name
     << " -->\n";
  os << llvm::formatv("<rect width=\"{0}\" height=\"{1}\" fill=\"white\"/>\n",
                      width, height);
  os << llvm::formatv(
      "<text x=\"{0}\" y=\"24\" font-size=\"15\" font-weight=\"bold\">"
      "Roofline on {1}: {2}</text>\n",
      left, escapeXml(target.name), escapeXml(target.description));

  // Grid and ticks, one per decade: "1 TFLOP/s", "10 TFLOP/s", "100 TFLOP/s";
  // intensities as plain numbers.
  auto rateLabel = [](double decade) {
    static const char *const kPrefixes[] = {"", "K", "M", "G", "T", "P", "E"};
    int exponent = static_cast<int>(decade);
    int group = std::clamp(exponent / 3, 0, 6);
    return llvm::formatv("{0} {1}FLOP/s",
                         llvm::format("%g", std::pow(10, exponent - 3 * group)),
                         kPrefixes[group])
        .str();
  };
  os << "<g stroke=\"#dddddd\">\n";
  for (double d = lx0; d <= lx1; ++d)
    os << llvm::formatv("<line x1=\"{0:F1}\" y1=\"{1}\" x2=\"{0:F1}\" "
                        "y2=\"{2}\"/>\n",
                        px(std::pow(10, d)), top, top + plotH);
  for (double d = ly0; d <= ly1; ++d)
    os << llvm::formatv("<line x1=\"{0}\" y1=\"{1:F1}\" x2=\"{2}\" "
                        "y2=\"{1:F1}\"/>\n",
                        left, py(std::pow(10, d)), left + plotW);
  os << "</g>\n<g fill=\"#333333\">\n";
  for (double d = lx0; d <= lx1; ++d)
    os << llvm::formatv("<text x=\"{0:F1}\" y=\"{1}\" "
                        "text-anchor=\"middle\">{2}</text>\n",
                        px(std::pow(10, d)), top + plotH + 18,
                        llvm::format("%g", std::pow(10, d)));
  for (double d = ly0; d <= ly1; ++d)
    os << llvm::formatv("<text x=\"{0}\" y=\"{1:F1}\" "
                        "text-anchor=\"end\">{2}</text>\n",
                        left - 6, py(std::pow(10, d)) + 4,
                        escapeXml(rateLabel(d)));
  os << "</g>\n";
  os << llvm::formatv(
      "<rect x=\"{0}\" y=\"{1}\" width=\"{2}\" height=\"{3}\" fill=\"none\" "
      "stroke=\"#333333\"/>\n",
      left, top, plotW, plotH);
  os << llvm::formatv("<text x=\"{0:F1}\" y=\"{1}\" text-anchor=\"middle\">"
                      "Arithmetic intensity (FLOP/B; OP/B for integer ops)"
                      "</text>\n",
                      left + plotW / 2, height - 14);
  os << llvm::formatv(
      "<text transform=\"translate(18 {0:F1}) rotate(-90)\" "
      "text-anchor=\"middle\">Attainable rate (FLOP/s; OP/s for integer "
      "ops)</text>\n",
      top + plotH / 2);

  // Roofs: the memory slope up to each ceiling, then the ceiling.
  double xLo = std::pow(10, lx0), xHi = std::pow(10, lx1);
  os << "<g fill=\"none\" stroke-width=\"2\">\n";
  for (Precision p : ceilings) {
    double peak = target.getPeak(p).figure->value *
                  roofline.getOptions().computeEfficiency;
    double ridge = peak / bandwidth;
    double yStart = std::max(bandwidth * xLo, std::pow(10, ly0));
    double xStart = yStart / bandwidth;
    os << llvm::formatv("<polyline class=\"roof\" data-precision=\"{0}\" "
                        "stroke=\"{1}\" points=\"{2:F1},{3:F1} {4:F1},{5:F1} "
                        "{6:F1},{5:F1}\"/>\n",
                        getPrecisionName(p), colorOf(p), px(xStart), py(yStart),
                        px(ridge), py(peak), px(xHi));
  }
  os << "</g>\n";
  // Legend: the ceilings and the memory roof, right of the plot.
  double legendY = top + 10;
  os << "<g>\n";
  os << llvm::formatv("<text x=\"{0}\" y=\"{1:F1}\" font-weight=\"bold\">"
                      "Roofs</text>\n",
                      left + plotW + 14, legendY);
  legendY += 18;
  os << llvm::formatv("<text x=\"{0}\" y=\"{1:F1}\">memory {2}</text>\n",
                      left + plotW + 14, legendY,
                      escapeXml(formatSIReal(bandwidth, "B/s")));
  for (Precision p : ceilings) {
    legendY += 18;
    double peak = target.getPeak(p).figure->value *
                  roofline.getOptions().computeEfficiency;
    os << llvm::formatv(
        "<text x=\"{0}\" y=\"{1:F1}\" fill=\"{2}\">{3} {4}</text>\n",
        left + plotW + 14, legendY, colorOf(p), getPrecisionName(p),
        escapeXml(
            formatSIReal(peak, isIntegerPrecision(p) ? "OP/s" : "FLOP/s")));
  }
  legendY += 26;
  os << llvm::formatv("<text x=\"{0}\" y=\"{1:F1}\" fill=\"#555555\">"
                      "{2} {3}; area ~ time</text>\n",
                      left + plotW + 14, legendY, points.size(),
                      byKind ? "op kinds" : "ops");
  if (notPlotted) {
    legendY += 16;
    os << llvm::formatv("<text x=\"{0}\" y=\"{1:F1}\" fill=\"#555555\">"
                        "{2} ops without work or bytes: not plotted</text>\n",
                        left + plotW + 14, legendY, notPlotted);
  }
  os << "</g>\n";

  // Points, largest first so small ones stay visible; the largest labelled.
  std::vector<size_t> order(points.size());
  for (size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  llvm::stable_sort(order, [&](size_t a, size_t b) {
    return points[a].timeS > points[b].timeS;
  });
  os << "<g fill-opacity=\"0.6\" stroke=\"#222222\" stroke-width=\"0.8\">\n";
  for (size_t i : order) {
    const Point &point = points[i];
    double share = totalTime > 0 ? point.timeS / totalTime : 0;
    double radius = 3 + 25 * std::sqrt(share);
    os << llvm::formatv(
        "<circle class=\"op\" data-op=\"{0}\" cx=\"{1:F1}\" cy=\"{2:F1}\" "
        "r=\"{3:F1}\" fill=\"{4}\"><title>{0} {5}: {6}, {7} per byte, "
        "{8}</title></circle>\n",
        escapeXml(point.label), px(point.intensity()), py(point.rate()), radius,
        colorOf(point.precision), escapeXml(point.detail),
        escapeXml(formatSIReal(point.timeS, "s")),
        llvm::formatv("{0:F2}", point.intensity()),
        getPrecisionName(point.precision));
  }
  os << "</g>\n<g font-size=\"11\">\n";
  for (size_t k = 0; k < std::min(kLabelled, order.size()); ++k) {
    const Point &point = points[order[k]];
    os << llvm::formatv(
        "<text class=\"label\" x=\"{0:F1}\" y=\"{1:F1}\">{2}</text>\n",
        px(point.intensity()) + 6, py(point.rate()) - 6 - 13.0 * k,
        escapeXml(point.label));
  }
  os << "</g>\n</svg>\n";
}
