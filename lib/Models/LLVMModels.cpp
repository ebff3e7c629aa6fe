//===- LLVMModels.cpp - Cost models for the llvm ops found in models ------===//
//
// Model files keep a few llvm dialect ops around runtime helpers (timers,
// printing): the address of a global string and constants. They do no work
// on tensors.
//
//===----------------------------------------------------------------------===//

#include "ModelUtils.h"
#include "cost/Models/Models.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/DialectRegistry.h"

using namespace mlir;
using namespace mlir::cost;

void mlir::cost::registerLLVMCostModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, LLVM::LLVMDialect *) {
    attachFree<LLVM::AddressOfOp, LLVM::ConstantOp, LLVM::ZeroOp, LLVM::UndefOp,
               LLVM::PoisonOp>(ctx);
  });
}
