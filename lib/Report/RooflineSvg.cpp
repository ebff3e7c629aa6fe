//===- RooflineSvg.cpp - A roofline plot of the costed ops ----------------===//
//
// Log-log axes: arithmetic intensity (work per byte) against attainable
// rate (FLOP/s; OP/s for integer ops). The memory roof is bandwidth x
// intensity; one compute ceiling per precision the module uses. Each leaf
// op with work and bytes is a point (or, above kMaxPoints, each op kind and
// precision), its area proportional to its share of the estimated time.
//
//===----------------------------------------------------------------------===//

#include "ReportUtils.h"
#include "cost/Report/Report.h"
#include "cost/Support/Limits.h"

#include "cost/Report/Layers.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace mlir;
using namespace mlir::cost;

namespace {
struct Point {
  std::string label;
  std::string detail;
  double work = 0, bytes = 0, timeS = 0;
  /// FLOPs alone (work also holds int OPs and transcendentals).
  double flops = 0;
  Precision precision = Precision::FP32;
  double intensity() const { return work / bytes; }
  double rate() const { return work / timeS; }
};
} // namespace

/// Above this many ops, points are op kinds.
static constexpr size_t kMaxPoints = 200;
static constexpr size_t kLabelled = 5;

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
      std::string layer =
          getLayerName(result.op->getLoc(), LayerGrouping::Layer);
      ops.push_back(
          {result.op->getName().getStringRef().str(),
           "@" + fn.name + " " + locationToString(result.op->getLoc()) +
               ", layer " + (layer.empty() ? kNoLayer.str() : layer),
           work, bytes, n * time->timeS, n * countValue(result.counts.flops),
           *time->peakPrecision});
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
        points.push_back({key, "", 0, 0, 0, 0, op.precision});
      Point &point = points[it->second];
      point.work += op.work;
      point.bytes += op.bytes;
      point.timeS += op.timeS;
      point.flops += op.flops;
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

  // The legend's lines, right of the plot: the SVG is as wide as the
  // longest needs (12 px sans-serif: at most 7 px a character), and as the
  // title (15 px bold: 9 px).
  std::vector<std::string> legend = {
      "Roofs", "memory " + formatSIReal(bandwidth, "B/s")};
  for (Precision p : ceilings)
    legend.push_back(getPrecisionName(p).str() + " " +
                     formatSIReal(target.getPeak(p).figure->value *
                                      roofline.getOptions().computeEfficiency,
                                  isIntegerPrecision(p) ? "OP/s" : "FLOP/s"));
  legend.push_back(llvm::formatv("{0} {1}; area ~ time", points.size(),
                                 byKind ? "op kinds" : "ops"));
  if (notPlotted)
    legend.push_back(llvm::formatv("{0} ops without work or bytes: not plotted",
                                   notPlotted));
  size_t legendChars = 0;
  for (const std::string &line : legend)
    legendChars = std::max(legendChars, line.size());
  std::string title = "Roofline on " + target.name + ": " + target.description;
  const double left = 120, top = 50, bottom = 60, plotW = 540, plotH = 450;
  const double right = std::max(200.0, 14 + 7.0 * legendChars + 12);
  const double width =
      std::ceil(std::max(left + plotW + right, left + 9.0 * title.size() + 20));
  const double height = top + plotH + bottom;
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
  os << llvm::formatv("<text class=\"title\" x=\"{0}\" y=\"24\" "
                      "font-size=\"15\" font-weight=\"bold\">{1}</text>\n",
                      left, escapeMarkup(title));

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
                        escapeMarkup(rateLabel(d)));
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
  // Legend: the memory roof and the ceilings, in their colours.
  os << "<g class=\"legend\">\n";
  for (auto [i, line] : llvm::enumerate(legend)) {
    // Lines: title, memory, one per ceiling, then the point counts apart.
    bool isCeiling = i >= 2 && i < 2 + ceilings.size();
    double y = top + 10 + 18.0 * i + (i >= 2 + ceilings.size() ? 8 : 0);
    os << llvm::formatv(
        "<text x=\"{0}\" y=\"{1:F1}\"{2}>{3}</text>\n", left + plotW + 14, y,
        i == 0 ? " font-weight=\"bold\""
        : isCeiling
            ? (" fill=\"" + Twine(colorOf(ceilings[i - 2])) + "\"").str()
        : i >= 2 ? std::string(" fill=\"#555555\"")
                 : std::string(),
        escapeMarkup(line));
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
        "r=\"{3:F1}\" fill=\"{4}\"><title>{0} {5}: {6}, {9}, {10}, {7} per "
        "byte, {8}</title></circle>\n",
        escapeMarkup(point.label), px(point.intensity()), py(point.rate()),
        radius, colorOf(point.precision), escapeMarkup(point.detail),
        escapeMarkup(formatSIReal(point.timeS, "s")),
        llvm::formatv("{0:F2}", point.intensity()),
        getPrecisionName(point.precision),
        escapeMarkup(formatSIReal(point.flops, "FLOPs")),
        escapeMarkup(formatSIReal(point.bytes, "B")));
  }
  os << "</g>\n<g font-size=\"11\">\n";
  // Labels of the largest points: each at the first place around its point
  // where it stays inside the plot and clear of the labels placed before
  // it (the title and the legend are outside the plot); a label that fits
  // nowhere is left out rather than drawn over another. 11 px sans-serif:
  // at most 6.5 px a character.
  struct Box {
    double x0, y0, x1, y1;
    bool overlaps(const Box &o) const {
      return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }
  };
  std::vector<Box> placed;
  // Where labelled points are, with their labels: a point on top of one
  // already labelled with the same text (ops of one shape) adds nothing.
  std::vector<std::tuple<double, double, StringRef>> labelled;
  for (size_t k = 0; k < order.size() && labelled.size() < kLabelled; ++k) {
    const Point &point = points[order[k]];
    double cx = px(point.intensity()), cy = py(point.rate());
    if (llvm::any_of(labelled, [&](const auto &at) {
          return std::get<2>(at) == point.label &&
                 std::hypot(std::get<0>(at) - cx, std::get<1>(at) - cy) < 12;
        }))
      continue;
    double share = totalTime > 0 ? point.timeS / totalTime : 0;
    double r = 3 + 25 * std::sqrt(share);
    double w = 6.5 * point.label.size(), h = 13;
    // Candidate baselines: right, left, above, below the point, then
    // further up and down the right and left sides.
    std::vector<std::pair<double, double>> candidates = {
        {cx + r + 4, cy + 4},
        {cx - r - 4 - w, cy + 4},
        {cx - w / 2, cy - r - 4},
        {cx - w / 2, cy + r + 12}};
    for (double step = 1; step <= 12; ++step)
      for (double sign : {-1.0, 1.0}) {
        candidates.push_back({cx + r + 4, cy + 4 + sign * step * h});
        candidates.push_back({cx - r - 4 - w, cy + 4 + sign * step * h});
      }
    for (auto [x, y] : candidates) {
      Box box{x, y - 10, x + w, y + 3};
      if (box.x0 < left + 2 || box.x1 > left + plotW - 2 || box.y0 < top + 2 ||
          box.y1 > top + plotH - 2 ||
          llvm::any_of(placed, [&](const Box &b) { return b.overlaps(box); }))
        continue;
      placed.push_back(box);
      labelled.emplace_back(cx, cy, point.label);
      // A leader line when the label is away from its point.
      double ly = std::clamp(cy, box.y0, box.y1);
      double lx = std::clamp(cx, box.x0, box.x1);
      if (std::hypot(lx - cx, ly - cy) > r + 8)
        os << llvm::formatv("<line x1=\"{0:F1}\" y1=\"{1:F1}\" x2=\"{2:F1}\" "
                            "y2=\"{3:F1}\" stroke=\"#888888\"/>\n",
                            cx, cy, lx, ly);
      os << llvm::formatv(
          "<text class=\"label\" x=\"{0:F1}\" y=\"{1:F1}\">{2}</text>\n", x, y,
          escapeMarkup(point.label));
      break;
    }
  }
  os << "</g>\n</svg>\n";
}
