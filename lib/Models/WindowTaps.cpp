//===- WindowTaps.cpp - Taps of convolution and pooling windows ----------===//
//
// countWindowTaps: the (position, tap) pairs of one window dimension, all of
// them or only those that land inside the input, the latter in closed form
// (O(log) steps whatever the padding, kernel or positions).
//
//===----------------------------------------------------------------------===//

#include "cost/Models/Formulas.h"

#include "cost/Interfaces/CostCounts.h"

#include <algorithm>

using namespace mlir;
using namespace mlir::cost;

//===----------------------------------------------------------------------===//
// In-bounds window taps, in closed form
//===----------------------------------------------------------------------===//

using Wide = __int128;
using UWide = unsigned __int128;

static Wide floorDivWide(Wide a, Wide b) {
  return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/// sum_{j=0}^{n-1} floor((a*j + b) / m) for a, b >= 0 and m > 0, in
/// O(log m) steps (the Euclid-like floor sum). Every partial sum is a part
/// of the result, so nothing overflows when the result fits.
static UWide floorSum(UWide n, UWide m, UWide a, UWide b) {
  UWide answer = 0;
  while (true) {
    if (a >= m) {
      UWide triangle = n % 2 == 0 ? (n / 2) * (n - 1) : n * ((n - 1) / 2);
      answer += triangle * (a / m);
      a %= m;
    }
    if (b >= m) {
      answer += n * (b / m);
      b %= m;
    }
    UWide yMax = a * n + b;
    if (yMax < m)
      break;
    n = yMax / m;
    b = yMax % m;
    std::swap(m, a);
  }
  return answer;
}

/// G(c) = sum_{k=0}^{K-1} clamp(floor((c - k*d) / s) + 1, 0, P): for each
/// tap k, the positions p in [0, P) with p*s <= c - k*d.
static Wide sumClampedPositions(Wide c, Wide positions, Wide kernel,
                                Wide stride, Wide dilation) {
  // The count is non-increasing in k: all P positions up to kFull, none
  // from kNone on, a floor sum in between.
  Wide kFull = std::min<Wide>(
      kernel, std::max<Wide>(
                  0, floorDivWide(c - (positions - 1) * stride, dilation) + 1));
  Wide kNone = std::min<Wide>(
      kernel, std::max<Wide>(kFull, floorDivWide(c, dilation) + 1));
  Wide total = kFull * positions;
  Wide n = kNone - kFull;
  if (n > 0) {
    // k = kNone - 1 - j: c - k*d = (c - (kNone - 1)*d) + j*d, j in [0, n).
    Wide base = c - (kNone - 1) * dilation;
    total += static_cast<Wide>(floorSum(n, stride, dilation, base)) + n;
  }
  return total;
}

Wide mlir::cost::countInBoundsTaps(int64_t positions, int64_t kernel,
                                   int64_t extent, int64_t stride,
                                   int64_t dilation, int64_t padBefore) {
  // Tap k of position p reads p*s + k*d - pad, inside [0, extent) when
  // pad - k*d <= p*s <= extent - 1 + pad - k*d. Counting the positions up
  // to the upper bound minus those below the lower one, over every tap:
  return sumClampedPositions(Wide(extent) - 1 + padBefore, positions, kernel,
                             stride, dilation) -
         sumClampedPositions(Wide(padBefore) - 1, positions, kernel, stride,
                             dilation);
}

FailureOr<Polynomial> mlir::cost::countWindowTaps(
    Operation *op, const Polynomial &positionsSize,
    const Polynomial &kernelSize, const Polynomial &extentSize, int64_t stride,
    int64_t dilation, int64_t padBefore, bool countPadded, CostContext &ctx) {
  if (countPadded && !(positionsSize.isConstant() && kernelSize.isConstant())) {
    std::optional<Polynomial> pairs =
        Polynomial::mul(positionsSize, kernelSize);
    if (!pairs)
      return ctx.overflow(op, "window taps");
    return *pairs;
  }
  std::optional<int64_t> positionsValue = positionsSize.getConstant();
  std::optional<int64_t> kernelValue = kernelSize.getConstant();
  std::optional<int64_t> extentValue = extentSize.getConstant();
  if (!positionsValue || !kernelValue || !extentValue)
    return ctx.unresolved(op, "the taps of a window that land inside its "
                              "input need static sizes (bind the symbols "
                              "with --bind)");
  int64_t positions = *positionsValue, kernel = *kernelValue,
          extent = *extentValue;
  if (countPadded || positions <= 0 || kernel <= 0) {
    std::optional<int64_t> pairs = checkedMul(std::max<int64_t>(positions, 0),
                                              std::max<int64_t>(kernel, 0));
    if (!pairs)
      return ctx.overflow(op, "window taps");
    return Polynomial(*pairs);
  }
  if (stride <= 0 || dilation <= 0)
    return ctx.unresolved(op, "window with a non-positive stride or dilation");
  Wide total =
      countInBoundsTaps(positions, kernel, extent, stride, dilation, padBefore);
  if (total > INT64_MAX)
    return ctx.overflow(op, "window taps");
  return Polynomial(static_cast<int64_t>(total));
}
