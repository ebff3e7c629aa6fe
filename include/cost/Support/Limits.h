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

} // namespace cost
} // namespace mlir

#endif // COST_SUPPORT_LIMITS_H
