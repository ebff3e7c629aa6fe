//===- TestCostOps.td - A downstream dialect for the tests -*- tablegen -*-===//
//
// The dialect a downstream project would write: ops that implement
// CostOpInterface themselves, ops given a model from outside, and ops with
// neither. Built only for the tests (cost-test-opt).
//
//===----------------------------------------------------------------------===//

#ifndef COST_TEST_TESTCOSTOPS_TD
#define COST_TEST_TESTCOSTOPS_TD

include "cost/Interfaces/CostOpInterface.td"
include "mlir/Dialect/Linalg/IR/LinalgInterfaces.td"
include "mlir/IR/OpBase.td"
include "mlir/Interfaces/CallInterfaces.td"
include "mlir/Interfaces/CastInterfaces.td"
include "mlir/Interfaces/DestinationStyleOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def CostTest_Dialect : Dialect {
  let name = "cost_test";
  let summary = "Ops that exercise CostOpInterface from a dialect of its own";
  let cppNamespace = "::mlir::cost::test";
}

class CostTest_Op<string mnemonic, list<Trait> traits = []>
    : Op<CostTest_Dialect, mnemonic, traits>;

def CostTest_GemmOp : CostTest_Op<"gemm",
    [Pure, DeclareOpInterfaceMethods<CostOpInterface>]> {
  let summary = "C = A x B, costed by its own CostOpInterface implementation";
  let arguments = (ins AnyRankedTensor:$lhs, AnyRankedTensor:$rhs);
  let results = (outs AnyRankedTensor:$result);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` type($lhs) `,` type($rhs) `->` type($result)
  }];
}

def CostTest_FixedOp : CostTest_Op<"fixed",
    [Pure, DeclareOpInterfaceMethods<CostOpInterface>]> {
  let summary = "An op whose own implementation costs `flops` FLOPs; the "
                "tests also attach an external model to it, which must lose";
  let arguments = (ins I64Attr:$flops, AnyType:$input);
  let results = (outs AnyType:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($result)";
}

def CostTest_ReluOp : CostTest_Op<"relu", [Pure]> {
  let summary = "max(x, 0), costed by an external model (TestCostModels.cpp)";
  let arguments = (ins AnyRankedTensor:$input);
  let results = (outs AnyRankedTensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($result)";
}

def CostTest_OpaqueOp : CostTest_Op<"opaque", [Pure]> {
  let summary = "An op nobody gave a cost: it must be listed as not costed";
  let arguments = (ins AnyType:$input);
  let results = (outs AnyType:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($result)";
}

def CostTest_CallOp : CostTest_Op<"call", [CallOpInterface]> {
  let summary = "A call by a symbol reference that may be nested "
                "(@inner::@g), which func.call cannot spell";
  let arguments = (ins SymbolRefAttr:$callee, Variadic<AnyType>:$operands,
                       OptionalAttr<DictArrayAttr>:$arg_attrs,
                       OptionalAttr<DictArrayAttr>:$res_attrs);
  let results = (outs Variadic<AnyType>);
  let extraClassDeclaration = [{
    operand_range getArgOperands() { return getOperands(); }
    MutableOperandRange getArgOperandsMutable() {
      return getOperandsMutable();
    }
    CallInterfaceCallable getCallableForCallee() { return getCalleeAttr(); }
    void setCalleeFromCallable(CallInterfaceCallable callee) {
      setCalleeAttr(cast<SymbolRefAttr>(callee));
    }
  }];
  let assemblyFormat = [{
    $callee `(` $operands `)` attr-dict `:` functional-type($operands, results)
  }];
}

// Ops with no cost model that implement MLIR interfaces whose defaults cost
// them (InterfaceDefaults.h), where no upstream op without a model does.

def CostTest_CastOp : CostTest_Op<"cast",
    [Pure, DeclareOpInterfaceMethods<CastOpInterface>]> {
  let summary = "A cast with no cost model: free by the CastOpInterface "
                "default";
  let arguments = (ins AnyType:$input);
  let results = (outs AnyType:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `to` type($result)";
}

def CostTest_StructuredOp : CostTest_Op<"structured",
    [AttrSizedOperandSegments, SingleBlock, DestinationStyleOpInterface,
     LinalgStructuredInterface]> {
  let summary = "A structured op of another dialect with no cost model: "
                "the LinalgOp default costs it like linalg.generic";
  let arguments = (ins Variadic<AnyType>:$inputs,
                       Variadic<AnyShaped>:$outputs,
                       AffineMapArrayAttr:$indexing_maps,
                       StrArrayAttr:$iterator_types);
  let results = (outs Variadic<AnyRankedTensor>:$result_tensors);
  let regions = (region SizedRegion<1>:$region);
  let extraClassDeclaration = [{
    MutableOperandRange getDpsInitsMutable() { return getOutputsMutable(); }
    SmallVector<utils::IteratorType> getIteratorTypesArray();
    bool hasIndexSemantics() { return false; }
    static std::function<void(ImplicitLocOpBuilder &, Block &,
                              ArrayRef<NamedAttribute>,
                              function_ref<InFlightDiagnostic()>)>
    getRegionBuilder() {
      return nullptr;
    }
  }];
}

#endif // COST_TEST_TESTCOSTOPS_TD
