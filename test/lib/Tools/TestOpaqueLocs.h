//===- TestOpaqueLocs.h - Wrap op locations in OpaqueLoc --------*- C++ -*-===//

#ifndef COST_TEST_LIB_TOOLS_TESTOPAQUELOCS_H
#define COST_TEST_LIB_TOOLS_TESTOPAQUELOCS_H

namespace mlir {
namespace cost {
namespace test {

/// Registers cost-test-opaque-locs.
void registerTestOpaqueLocsPass();

} // namespace test
} // namespace cost
} // namespace mlir

#endif // COST_TEST_LIB_TOOLS_TESTOPAQUELOCS_H
