//===- CostOptMain.h - The cost-opt driver, as a library --------*- C++ -*-===//
//
// A downstream project builds its own cost-opt (its dialects, its cost
// models, every cost-opt flag) in a few lines:
//
//   int main(int argc, char **argv) {
//     llvm::InitLLVM y(argc, argv);
//     mlir::DialectRegistry registry;
//     mlir::cost::registerCostOptDialects(registry);
//     mlir::cost::registerAllCostModels(registry);
//     registry.insert<acme::AcmeDialect>();
//     acme::registerAcmeCostModels(registry);
//     return mlir::cost::costOptMain(argc, argv, registry, "acme-cost-opt");
//   }
//
//===----------------------------------------------------------------------===//

#ifndef COST_TOOLS_COSTOPTMAIN_H
#define COST_TOOLS_COSTOPTMAIN_H

#include "llvm/ADT/StringRef.h"

namespace mlir {
class DialectRegistry;
namespace cost {

/// The dialects cost-opt parses: those of ML models (linalg, tosa, tensor,
/// arith, math, memref, scf, affine, func, ...) and the bufferization
/// models that let one-shot-bufferize run in a cost pipeline. Only these: IR
/// in any other dialect gets MLIR's "dialect not registered" diagnostic.
void registerCostOptDialects(DialectRegistry &registry);

/// The passes a cost pipeline needs: cost-opt's own, the generic
/// transformations, and the lowerings whose invariance the tests check.
void registerCostOptPasses();

/// Runs cost-opt on the command line `argc`/`argv` with the dialects and
/// cost models of `registry`. The passes and cost-opt's flags (--flops,
/// --list-targets, and one per option of the cost-report pass: --format,
/// --target, --bind, ...) are registered here, and only here: a tool that
/// links this library but has a main of its own is free to name its own
/// flags --format or --target. `toolName` heads --help, which lists
/// cost-opt's flags, the passes and the mlir-opt flags a cost-opt user
/// needs; --help-hidden lists all the others (LLVM's back-end options, and
/// flags a downstream tool adds). Returns the process exit code.
int costOptMain(int argc, char **argv, DialectRegistry &registry,
                llvm::StringRef toolName = "cost-opt");

} // namespace cost
} // namespace mlir

#endif // COST_TOOLS_COSTOPTMAIN_H
