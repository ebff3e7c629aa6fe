//===- TestCostDialect.h - A downstream dialect for the tests ---*- C++ -*-===//

#ifndef COST_TEST_TESTCOSTDIALECT_H
#define COST_TEST_TESTCOSTDIALECT_H

#include "cost/Interfaces/CostOpInterface.h"

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/CastInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "TestCostDialect.h.inc"

#define GET_OP_CLASSES
#include "TestCostOps.h.inc"

namespace mlir {
class DialectRegistry;
namespace cost {
namespace test {

/// The external models of the test dialect: cost_test.relu gets one (one
/// max per element), and so does cost_test.fixed, whose own implementation
/// must win over it.
void registerTestCostModels(DialectRegistry &registry);

} // namespace test
} // namespace cost
} // namespace mlir

#endif // COST_TEST_TESTCOSTDIALECT_H
