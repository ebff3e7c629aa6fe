//===- WindowTapsTest.cpp - Tests of the window-tap count of conv/pool ----===//
//
// countWindowTaps (include/cost/Models/Formulas.h) counts the (position,
// kernel tap) pairs of a sliding window along one dimension: all of them
// (the default convention), or only those that land inside the input (XLA's,
// --convention=xla). Every convolution and pooling model multiplies these
// per-dimension counts, so the edge arithmetic is tested here by hand, and
// against a direct count over a grid of small windows.
//
//===----------------------------------------------------------------------===//

#include "cost/Models/Formulas.h"

#include "cost/Interfaces/CostContext.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Location.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"

#include "gtest/gtest.h"

#include <string>
#include <vector>

using namespace mlir;
using namespace mlir::cost;

namespace {

/// A CostContext that answers nothing about IR (countWindowTaps asks it
/// nothing) and records the unresolved and overflow reports it gets.
class RecordingContext : public CostContext {
public:
  using CostContext::getMemoryBytes;
  using CostContext::getNumElements;

  const CostOptions &getOptions() const override { return options; }
  int64_t getElementBytes(Type) override { return 4; }
  FailureOr<int64_t> getNumElements(Operation *, Type) override {
    return failure();
  }
  FailureOr<int64_t> getMemoryBytes(Operation *, Type) override {
    return failure();
  }
  FailureOr<Polynomial> getDimSize(Operation *, Value, unsigned) override {
    return failure();
  }
  FailureOr<Polynomial> getIndexValue(Operation *, Value,
                                      const Twine &) override {
    return failure();
  }
  FailureOr<Polynomial> getAffineValue(Operation *, AffineMap, ValueRange,
                                       const Twine &) override {
    return failure();
  }
  FailureOr<Polynomial> getMemoryBytes(Operation *, Value) override {
    return failure();
  }
  FailureOr<CostCounts> getPayloadCost(Block &) override { return failure(); }
  FailureOr<CostCounts> getRegionCost(Region &) override { return failure(); }
  FailureOr<SmallVector<CostCounts>> getRegionOpCosts(Region &) override {
    return failure();
  }
  LogicalResult unresolved(Operation *, const Twine &reason) override {
    unresolvedReasons.push_back(reason.str());
    return failure();
  }
  void recordBranches(Operation *, ArrayRef<CostCounts>, unsigned) override {}
  void recordRegionExecutions(Operation *, ArrayRef<Polynomial>) override {}
  void recordNestExecutions(Operation *, ArrayRef<Polynomial>) override {}
  LogicalResult overflow(Operation *, StringRef what) override {
    overflows.push_back(what.str());
    return failure();
  }

  CostOptions options;
  std::vector<std::string> unresolvedReasons;
  std::vector<std::string> overflows;

protected:
  const void *getSignatureValue(
      Operation *, TypeID,
      llvm::function_ref<std::shared_ptr<const void>()> make) override {
    values.push_back(make());
    return values.back().get();
  }

private:
  std::vector<std::shared_ptr<const void>> values;
};

class WindowTapsTest : public ::testing::Test {
protected:
  WindowTapsTest() : module(ModuleOp::create(UnknownLoc::get(&context))) {}

  /// countWindowTaps on constants; std::nullopt if it failed.
  std::optional<int64_t> taps(int64_t positions, int64_t kernel, int64_t extent,
                              int64_t stride, int64_t dilation,
                              int64_t padBefore, bool countPadded = false) {
    FailureOr<Polynomial> count =
        countWindowTaps(*module, positions, kernel, extent, stride, dilation,
                        padBefore, countPadded, ctx);
    if (failed(count))
      return std::nullopt;
    EXPECT_TRUE(count->isConstant()) << count->toString();
    return count->getConstant();
  }

  MLIRContext context;
  OwningOpRef<ModuleOp> module;
  RecordingContext ctx;
};

/// The number of outputs of a window along one dimension:
/// floor((extent + padBefore + padAfter - dilation*(kernel - 1) - 1)/stride)
/// + 1.
int64_t outputSize(int64_t extent, int64_t kernel, int64_t stride,
                   int64_t dilation, int64_t padBefore, int64_t padAfter) {
  return (extent + padBefore + padAfter - dilation * (kernel - 1) - 1) /
             stride +
         1;
}

//===----------------------------------------------------------------------===//
// By hand
//===----------------------------------------------------------------------===//

TEST_F(WindowTapsTest, SamePaddingStride1) {
  // Input 5, kernel 3, pad 1 on each side, stride 1: 5 outputs (5 + 2 - 3 +
  // 1). Output p reads input p - 1, p, p + 1:
  //   p = 0: -1 is padding      -> 2 taps inside
  //   p = 1, 2, 3: all inside   -> 3 + 3 + 3 = 9
  //   p = 4: 5 is padding       -> 2
  // Inside: 2 + 9 + 2 = 13. Every tap: 5 * 3 = 15.
  ASSERT_EQ(outputSize(5, 3, 1, 1, 1, 1), 5);
  EXPECT_EQ(taps(5, 3, 5, /*stride=*/1, /*dilation=*/1, /*padBefore=*/1), 13);
  EXPECT_EQ(taps(5, 3, 5, 1, 1, 1, /*countPadded=*/true), 15);
}

TEST_F(WindowTapsTest, NoPadding) {
  // Input 5, kernel 3, no padding: 3 outputs, every tap inside: 3 * 3 = 9.
  ASSERT_EQ(outputSize(5, 3, 1, 1, 0, 0), 3);
  EXPECT_EQ(taps(3, 3, 5, 1, 1, 0), 9);
  EXPECT_EQ(taps(3, 3, 5, 1, 1, 0, true), 9);
}

TEST_F(WindowTapsTest, Stride2) {
  // Input 7, kernel 3, pad 1 each side, stride 2: floor((7 + 2 - 3)/2) + 1
  // = 4 outputs. Output p reads 2p - 1, 2p, 2p + 1:
  //   p = 0: -1, 0, 1 -> 2;  p = 1: 1, 2, 3 -> 3;
  //   p = 2: 3, 4, 5  -> 3;  p = 3: 5, 6, 7 -> 2 (7 is padding).
  // Inside: 2 + 3 + 3 + 2 = 10. Every tap: 4 * 3 = 12.
  ASSERT_EQ(outputSize(7, 3, 2, 1, 1, 1), 4);
  EXPECT_EQ(taps(4, 3, 7, 2, 1, 1), 10);
  EXPECT_EQ(taps(4, 3, 7, 2, 1, 1, true), 12);
}

TEST_F(WindowTapsTest, Dilation2) {
  // Input 5, kernel 3 dilated by 2 (span 5), pad 2 each side, stride 1:
  // 5 + 4 - 5 + 1 = 5 outputs. Output p reads p - 2, p, p + 2:
  //   p = 0: -2, 0, 2 -> 2;  p = 1: -1, 1, 3 -> 2;  p = 2: 0, 2, 4 -> 3;
  //   p = 3: 1, 3, 5  -> 2;  p = 4: 2, 4, 6  -> 2.
  // Inside: 2 + 2 + 3 + 2 + 2 = 11. Every tap: 5 * 3 = 15.
  ASSERT_EQ(outputSize(5, 3, 1, 2, 2, 2), 5);
  EXPECT_EQ(taps(5, 3, 5, 1, 2, 2), 11);
  EXPECT_EQ(taps(5, 3, 5, 1, 2, 2, true), 15);
}

TEST_F(WindowTapsTest, PaddingAfterOnly) {
  // Input 5, kernel 3, pad 0 before and 2 after, stride 1: 5 outputs.
  // Output p reads p, p + 1, p + 2:
  //   p = 0, 1, 2: inside -> 9;  p = 3: 3, 4, 5 -> 2;  p = 4: 4, 5, 6 -> 1.
  // Inside: 9 + 2 + 1 = 12.
  ASSERT_EQ(outputSize(5, 3, 1, 1, 0, 2), 5);
  EXPECT_EQ(taps(5, 3, 5, 1, 1, 0), 12);
}

TEST_F(WindowTapsTest, KernelWiderThanInput) {
  // Input 2, kernel 5, pad 2 each side: 2 + 4 - 5 + 1 = 2 outputs, neither
  // window wholly inside. Output p reads p - 2 .. p + 2:
  //   p = 0: -2..2 -> inputs 0, 1 -> 2;  p = 1: -1..3 -> 0, 1 -> 2.
  // Inside: 2 + 2 = 4. Every tap: 2 * 5 = 10.
  ASSERT_EQ(outputSize(2, 5, 1, 1, 2, 2), 2);
  EXPECT_EQ(taps(2, 5, 2, 1, 1, 2), 4);
  EXPECT_EQ(taps(2, 5, 2, 1, 1, 2, true), 10);
}

TEST_F(WindowTapsTest, TransposedConvolution) {
  // A transposed convolution: the positions are its 3 inputs and the extent
  // its output, (3 - 1)*2 + 3 - 2*1 = 5 with stride 2, kernel 3, pad 1.
  // Input p writes output 2p - 1, 2p, 2p + 1:
  //   p = 0: -1, 0, 1 -> 2;  p = 1: 1, 2, 3 -> 3;  p = 2: 3, 4, 5 -> 2.
  // Inside: 2 + 3 + 2 = 7.
  EXPECT_EQ(taps(3, 3, 5, 2, 1, 1), 7);
}

TEST_F(WindowTapsTest, LongDimension) {
  // Input 1000000, kernel 3, pad 1 each side, stride 1: 1000000 outputs,
  // each with 3 taps but the first and the last with 2:
  // 3 * 1000000 - 2 = 2999998. (Only the edge positions are visited.)
  EXPECT_EQ(taps(1000000, 3, 1000000, 1, 1, 1), 2999998);
}

TEST_F(WindowTapsTest, EmptyWindows) {
  // No positions or no taps: 0 pairs, whatever the convention.
  EXPECT_EQ(taps(0, 3, 5, 1, 1, 1), 0);
  EXPECT_EQ(taps(5, 0, 5, 1, 1, 1), 0);
  EXPECT_EQ(taps(0, 3, 5, 1, 1, 1, true), 0);
  // A window entirely in the padding: input 2, pad 5, output p reads
  // p - 5 .. p - 3, all < 0 for p = 0, 1: 0 taps inside.
  EXPECT_EQ(taps(2, 3, 2, 1, 1, 5), 0);
  EXPECT_TRUE(ctx.unresolvedReasons.empty());
  EXPECT_TRUE(ctx.overflows.empty());
}

TEST_F(WindowTapsTest, AgreesWithDirectCount) {
  // Every small window: the count is the number of (p, k) with
  // 0 <= p*stride + k*dilation - padBefore < extent.
  for (int64_t extent = 1; extent <= 7; ++extent)
    for (int64_t kernel = 1; kernel <= 4; ++kernel)
      for (int64_t stride = 1; stride <= 3; ++stride)
        for (int64_t dilation = 1; dilation <= 3; ++dilation)
          for (int64_t pad = 0; pad <= 4; ++pad)
            for (int64_t positions = 0; positions <= 9; ++positions) {
              int64_t direct = 0;
              for (int64_t p = 0; p < positions; ++p)
                for (int64_t k = 0; k < kernel; ++k) {
                  int64_t index = p * stride + k * dilation - pad;
                  direct += index >= 0 && index < extent;
                }
              ASSERT_EQ(taps(positions, kernel, extent, stride, dilation, pad),
                        direct)
                  << "positions " << positions << " kernel " << kernel
                  << " extent " << extent << " stride " << stride
                  << " dilation " << dilation << " pad " << pad;
            }
}

TEST_F(WindowTapsTest, HugePaddingIsClosedForm) {
  // Issue 19: padding 2^40 made the edge loop visit 2^40 positions. The
  // count is now a closed form; check it against a count over the taps
  // (kernel is small here), which is exact and cheap.
  const int64_t twoTo40 = int64_t(1) << 40;
  auto overTaps = [](int64_t positions, int64_t kernel, int64_t extent,
                     int64_t stride, int64_t dilation, int64_t pad) {
    __int128 total = 0;
    for (int64_t k = 0; k < kernel; ++k) {
      // Positions p in [0, positions) with 0 <= p*s + k*d - pad < extent.
      __int128 lo = __int128(pad) - __int128(k) * dilation;
      __int128 hi = lo + extent - 1;
      auto firstAtLeast = [&](__int128 x) -> __int128 {
        if (x <= 0)
          return 0;
        return (x + stride - 1) / stride;
      };
      __int128 from = firstAtLeast(lo),
               to =
                   std::min<__int128>(positions - 1, hi < 0 ? -1 : hi / stride);
      if (to >= from)
        total += to - from + 1;
    }
    return static_cast<int64_t>(total);
  };
  struct Case {
    int64_t positions, kernel, extent, stride, dilation, pad;
  };
  for (Case c :
       {Case{2 * twoTo40 + 5, 3, 7, 1, 1, twoTo40},
        Case{2 * twoTo40 + 5, 3, 7, 1, 1, 0},
        Case{twoTo40, 5, twoTo40, 2, 3, twoTo40},
        Case{twoTo40 + 17, 7, 1000, 3, 2, twoTo40 / 2},
        Case{int64_t(1) << 60, 4, int64_t(1) << 59, 1, 1, int64_t(1) << 58},
        Case{5, 3, 8, 1, 1, -twoTo40}}) {
    std::optional<int64_t> count =
        taps(c.positions, c.kernel, c.extent, c.stride, c.dilation, c.pad);
    ASSERT_TRUE(count.has_value());
    EXPECT_EQ(*count, overTaps(c.positions, c.kernel, c.extent, c.stride,
                               c.dilation, c.pad))
        << "positions " << c.positions << " pad " << c.pad;
  }
  // A huge kernel and huge padding at once (neither loop would end): all of
  // the 3 positions' windows cover the input of 10 once, 30 taps.
  EXPECT_EQ(taps(3, twoTo40 * 4, 10, 1, 1, twoTo40), 30);
  // Dilated: taps land on multiples of 7 from -2^40: those inside [0, 100)
  // are 15 per position when the window covers them all.
  int64_t first = (twoTo40 + 6) / 7 * 7 - twoTo40; // first tap >= 0
  int64_t inside = (99 - first) / 7 + 1;
  EXPECT_EQ(taps(1, twoTo40, 100, 1, 7, twoTo40), inside);
}

//===----------------------------------------------------------------------===//
// Symbols, bad windows and overflow
//===----------------------------------------------------------------------===//

TEST_F(WindowTapsTest, SymbolicCountsEveryTap) {
  // N positions x 3 taps = 3*N, kept as a formula when every tap counts.
  FailureOr<Polynomial> count =
      countWindowTaps(*module, Polynomial::symbol("N"), 3, 5, 1, 1, 1,
                      /*countPadded=*/true, ctx);
  ASSERT_TRUE(succeeded(count));
  EXPECT_EQ(count->toString(), "3*N");
}

TEST_F(WindowTapsTest, SymbolicInsideIsUnresolved) {
  // Which taps land inside depends on the value of N: unresolved.
  FailureOr<Polynomial> count =
      countWindowTaps(*module, Polynomial::symbol("N"), 3, 5, 1, 1, 1,
                      /*countPadded=*/false, ctx);
  EXPECT_TRUE(failed(count));
  ASSERT_EQ(ctx.unresolvedReasons.size(), 1u);
  EXPECT_EQ(ctx.unresolvedReasons[0],
            "the taps of a window that land inside its input need static "
            "sizes (bind the symbols with --bind)");
  // The same for a symbolic extent with constant positions and kernel.
  EXPECT_TRUE(failed(countWindowTaps(*module, 5, 3, Polynomial::symbol("H"), 1,
                                     1, 1, false, ctx)));
  EXPECT_EQ(ctx.unresolvedReasons.size(), 2u);
}

TEST_F(WindowTapsTest, NonPositiveStrideIsUnresolved) {
  EXPECT_EQ(taps(5, 3, 5, /*stride=*/0, 1, 1), std::nullopt);
  EXPECT_EQ(taps(5, 3, 5, 1, /*dilation=*/-1, 1), std::nullopt);
  ASSERT_EQ(ctx.unresolvedReasons.size(), 2u);
  EXPECT_EQ(ctx.unresolvedReasons[0],
            "window with a non-positive stride or dilation");
  // Counting every tap needs no stride: 5 * 3 = 15.
  EXPECT_EQ(taps(5, 3, 5, 0, 1, 1, true), 15);
}

TEST_F(WindowTapsTest, Overflow) {
  const int64_t twoTo62 = int64_t(1) << 62;
  // Every tap: 2^62 positions x 4 taps = 2^64 > INT64_MAX.
  EXPECT_EQ(taps(twoTo62, 4, twoTo62, 1, 1, 0, true), std::nullopt);
  // The same count of taps inside (the input is wide enough for all 4):
  // computed in 128 bits, then refused.
  EXPECT_EQ(taps(twoTo62, 4, twoTo62 + 3, 1, 1, 0), std::nullopt);
  // Symbolic: (2^62*N) x 4 has the coefficient 2^64.
  FailureOr<Polynomial> count = countWindowTaps(
      *module, *Polynomial::mul(twoTo62, Polynomial::symbol("N")), 4, 5, 1, 1,
      0, true, ctx);
  EXPECT_TRUE(failed(count));
  EXPECT_EQ(ctx.overflows, (std::vector<std::string>{
                               "window taps", "window taps", "window taps"}));
  // Just inside: 2^61 positions x 3 taps = 3 * 2^61 < 2^63 = 4 * 2^61.
  EXPECT_EQ(taps(twoTo62 / 2, 3, twoTo62 / 2 + 2, 1, 1, 0), 3 * (twoTo62 / 2));
}

} // namespace
