//===- Limits.h - The limits cost-opt puts on its inputs --------*- C++ -*-===//
//
// Every bound on what cost-opt reads or computes, in one place. Each is
// listed with its number in docs/robustness.md; a change here changes the
// table there.
//
//===----------------------------------------------------------------------===//

#ifndef COST_SUPPORT_LIMITS_H
#define COST_SUPPORT_LIMITS_H

#include <cstdint>

namespace mlir {
namespace cost {

/// Largest side file (--target-file, --cost-rules, --baseline): 16 MiB.
inline constexpr uint64_t kMaxSideFileBytes = 16ull << 20;

/// Largest MLIR input read from something that is not a regular file (a
/// pipe, standard input, a device): 256 MiB. A regular file has no limit.
inline constexpr uint64_t kMaxStreamedInputBytes = 256ull << 20;

/// Deepest nesting of brackets ('{', '[', '(', '<') in the MLIR input,
/// checked before MLIR's recursive parser runs.
inline constexpr unsigned kMaxInputNesting = 4096;

/// Deepest nesting of arrays and objects in a JSON side file (llvm::json's
/// parser is recursive).
inline constexpr unsigned kMaxJsonNesting = 256;

/// Deepest nesting of regions the analysis follows (it recurses per
/// region).
inline constexpr unsigned kMaxRegionNesting = 512;

/// Stack of the thread cost-opt parses and runs its passes on: 512 MiB
/// (reserved address space; only what is used is committed).
inline constexpr unsigned kDriverStackBytes = 512u << 20;

/// A formula (a count that depends on shape symbols) holds at most this many
/// terms; past it the count is reported as unresolved.
inline constexpr unsigned kMaxFormulaTerms = 4096;

/// Most points of loop-nest outer dimensions the iteration-domain counting
/// (lib/Models/LoopNests.cpp) enumerates for one function, all its nests
/// together; past it the loop being counted is unresolved.
inline constexpr int64_t kMaxNestEnumeration = int64_t(1) << 22;

/// Most times one analysis costs a function again for one of its call sites
/// (a statement function whose multiply-accumulate depends on the loops
/// around the call). Each costing may cost its own such callees again, so a
/// chain of them grows exponentially; past the budget a call is unresolved.
inline constexpr unsigned kMaxCallSiteCostings = 4096;

/// Physical ranges of chip values (docs/robustness.md). Outside them a
/// time or a plot axis can become infinite or span hundreds of decades.
/// Peak compute rates, in FLOP/s or OP/s: 1 M to 10^21 (1 ZFLOP/s).
inline constexpr double kMinPeakRate = 1e6, kMaxPeakRate = 1e21;
/// Memory bandwidth, in B/s: 1 MB/s to 10^17 (100 PB/s).
inline constexpr double kMinBandwidth = 1e6, kMaxBandwidth = 1e17;
/// Memory capacity, in bytes: 1 KB to 10^18 (1 EB).
inline constexpr double kMinCapacity = 1e3, kMaxCapacity = 1e18;
/// --compute-efficiency and --bandwidth-efficiency: 0.001 to 1.
inline constexpr double kMinEfficiency = 1e-3;

/// Decades a roofline plot's axis may span; a wider range is clipped.
inline constexpr double kMaxPlotDecades = 40;

} // namespace cost
} // namespace mlir

#endif // COST_SUPPORT_LIMITS_H
