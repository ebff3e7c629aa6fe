//===- TestOpaqueLocs.cpp - Wrap op locations in OpaqueLoc ----------------===//
//
// An OpaqueLoc is made by C++ code (a frontend keeps a pointer to its own
// source object in it) and has no form in .mlir files. This pass wraps the
// location of every op in a function in one, with the op's location as the
// fallback, so that lit tests can check what reads locations through it
// (the layer table, docs/where-the-cost-is.md).
//
//===----------------------------------------------------------------------===//

#include "TestOpaqueLocs.h"

#include "mlir/IR/Location.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassRegistry.h"

using namespace mlir;

namespace {
/// The source object an OpaqueLoc points to: here, nothing.
struct OpaqueSource {};

struct TestOpaqueLocsPass
    : public PassWrapper<TestOpaqueLocsPass, OperationPass<>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestOpaqueLocsPass)
  StringRef getArgument() const override { return "cost-test-opaque-locs"; }
  StringRef getDescription() const override {
    return "Wrap the location of every op in a function in an OpaqueLoc "
           "whose fallback is the op's location";
  }
  void runOnOperation() override {
    getOperation()->walk([](FunctionOpInterface fn) {
      fn->walk([&](Operation *op) {
        if (op != fn.getOperation())
          op->setLoc(OpaqueLoc::get<OpaqueSource *>(nullptr, op->getLoc()));
      });
    });
    markAllAnalysesPreserved();
  }
};
} // namespace

void mlir::cost::test::registerTestOpaqueLocsPass() {
  PassRegistration<TestOpaqueLocsPass>();
}
