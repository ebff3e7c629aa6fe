//===- CostOpInterface.td - The one extension point of cost-opt -*- tablegen -*-===//

#ifndef COST_INTERFACES_COSTOPINTERFACE_TD
#define COST_INTERFACES_COSTOPINTERFACE_TD

include "mlir/IR/OpBase.td"

def CostOpInterface : OpInterface<"CostOpInterface"> {
  let cppNamespace = "::mlir::cost";
  let description = [{
    An op that knows how much work one execution of it is. The cost analysis
    asks every op through this interface. An op without it (and that is not
    a terminator) is costed by the default of an MLIR interface it
    implements (linalg::LinalgOp, ElementwiseMappable without memory effects,
    ViewLikeOpInterface, CastOpInterface; listed as such), else listed as
    uncounted, never silently counted as zero.

    Ops of upstream dialects get the interface as external models, one
    `register<Dialect>CostModels(DialectRegistry &)` function per dialect. An
    op of a downstream dialect can implement it natively; a native
    implementation wins over any external model.

    Counts follow docs/units.md: FLOPs with 1 MAC = 2 FLOPs, integer
    operations apart from FLOPs, transcendentals apart from both, and bytes
    read and written for tensor and buffer operands. Ops that contain regions
    (loops, branches, linalg payloads) cost their regions through the
    `CostContext`, which applies the same rules recursively.
  }];

  let methods = [
    InterfaceMethod<
      /*desc=*/[{
        Computes the cost of one execution of this op into `counts` (which
        starts at zero). Returns failure when the op cannot be costed; the
        reason has then been recorded through `ctx` (`ctx.unresolved` for a
        dynamic dimension or an unknown trip count, `ctx.overflow` for a count
        beyond INT64_MAX).
      }],
      /*retTy=*/"::llvm::LogicalResult",
      /*methodName=*/"computeCost",
      /*args=*/(ins "::mlir::cost::CostContext &":$ctx,
                    "::mlir::cost::CostCounts &":$counts)
    >,
    InterfaceMethod<
      /*desc=*/[{
        Returns the weights this op stores in the IR (a constant or a global
        holding a tensor), counted from its type, never from its payload.
        Most ops store none.
      }],
      /*retTy=*/"::mlir::cost::ParamFootprint",
      /*methodName=*/"getParamFootprint",
      /*args=*/(ins "::mlir::cost::CostContext &":$ctx),
      /*methodBody=*/"",
      /*defaultImplementation=*/[{ return {}; }]
    >,
    InterfaceMethod<
      /*desc=*/[{
        Declares that this op's counts are a function of its signature (its
        name, attributes, properties, operand and result types) and of the
        returned payload block alone (a linalg op's body), by returning that
        block; null (the default) declares nothing. The analysis then
        computes the counts once per function for each signature and
        payload and gives them to every other op with the same pair. It
        keeps the guarantee itself: the first op is costed through a context
        that notes any question about operand values (a traced dimension,
        an index value, a region's cost, another block) or any record (an
        unresolved op, a branch, an error), and counts computed after such a
        question are not shared. A model that reads the IR beyond what it
        asks its context (an operand's producer, say) must not declare this.
      }],
      /*retTy=*/"::mlir::Block *",
      /*methodName=*/"getCostSharingPayload",
      /*args=*/(ins),
      /*methodBody=*/"",
      /*defaultImplementation=*/[{ return nullptr; }]
    >
  ];
}

#endif // COST_INTERFACES_COSTOPINTERFACE_TD
