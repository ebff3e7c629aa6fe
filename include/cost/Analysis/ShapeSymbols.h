//===- ShapeSymbols.h - Dynamic sizes traced to named symbols ---*- C++ -*-===//
//
// A dynamic dimension enters a function through an argument: a `?` in an
// argument's type, or an index argument. ShapeTracer follows a dynamic size
// (or an index value) back to those arguments through the ops that produce
// shapes (tensor.empty, tensor.dim, affine.apply, arith on index values,
// destination-passing ops, casts, slices, reshapes, elementwise ops) and
// returns it as a Polynomial of the arguments' symbols. A symbol bound by
// --bind (or --default-dim) is its value. docs/symbolic.md lists the rules.
//
//===----------------------------------------------------------------------===//

#ifndef COST_ANALYSIS_SHAPESYMBOLS_H
#define COST_ANALYSIS_SHAPESYMBOLS_H

#include "cost/Interfaces/CostContext.h"
#include "cost/Interfaces/Polynomial.h"

#include "mlir/IR/AffineMap.h"
#include "mlir/IR/Value.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/DenseMap.h"

#include <optional>
#include <string>
#include <vector>

namespace mlir {
namespace cost {

/// The argument attribute that names the symbols of an argument: an array
/// with one string per dimension of a shaped argument ("" keeps the default
/// name), or a string for an index or integer argument.
constexpr llvm::StringLiteral kDimNamesAttr = "cost.dim_names";

/// Where a symbol enters, and its value if bound.
struct ShapeSymbol {
  std::string name;
  /// The function and the argument it enters through.
  std::string function;
  unsigned argNumber = 0;
  /// The dimension of a shaped argument; none for an index argument.
  std::optional<unsigned> dim;
  /// Set by --bind or --default-dim.
  std::optional<int64_t> value;
};

/// The symbol of dimension `dim` of argument `arg` of `func` (or of the
/// index argument itself, when `dim` is none): the name `cost.dim_names`
/// gives, else "<function>.arg<arg>.d<dim>" ("<function>.arg<arg>").
std::string getSymbolName(FunctionOpInterface func, unsigned arg,
                          std::optional<unsigned> dim);

/// A symbol an argument of a function defines: dimension `dim` of a shaped
/// argument whose size there is dynamic, or an index or integer argument
/// (`dim` none).
struct ArgumentSymbol {
  std::string name;
  unsigned argNumber = 0;
  std::optional<unsigned> dim;
};

/// Every symbol the arguments of `func` define, in argument order.
SmallVector<ArgumentSymbol> getArgumentSymbols(FunctionOpInterface func);

/// Parses --bind items "NAME=VALUE" (NAME a symbol name, VALUE an integer
/// >= 0, each name once) into `bindings`. On error writes one line
/// "error: --bind: ..." to `diag` and fails.
LogicalResult parseBindings(ArrayRef<std::string> items,
                            llvm::StringMap<int64_t> &bindings,
                            llvm::raw_ostream &diag);

/// Checks the --default-dim value: -1 (unset) or >= 0.
LogicalResult verifyDefaultDim(int64_t value, llvm::raw_ostream &diag);

/// Checks the `cost.dim_names` attributes of `func`'s arguments; emits an
/// error on the function (which argument, what is wrong) otherwise.
LogicalResult verifyDimNames(FunctionOpInterface func);

/// Traces the sizes of one function. Results are cached, so each value is
/// traced once however many ops ask.
class ShapeTracer {
public:
  ShapeTracer(Operation *func, const CostOptions &options);

  /// Size of dimension `dim` of the shaped `value`, or std::nullopt with the
  /// reason in `why` (and overflowed() set if it was an overflow).
  std::optional<Polynomial> getDimSize(Value value, unsigned dim,
                                       std::string &why);
  /// The value of an index or integer SSA value.
  std::optional<Polynomial> getIndexValue(Value value, std::string &why);
  /// The single result of `map` applied to `operands` (dims, then symbols).
  std::optional<Polynomial> getAffineValue(AffineMap map, ValueRange operands,
                                           std::string &why);

  /// True once a traced size overflowed int64.
  bool overflowed() const { return hadOverflow; }

  /// The symbols met so far, in order of first use.
  const std::vector<ShapeSymbol> &getSymbols() const { return symbols; }

private:
  std::optional<Polynomial> traceDim(Value value, unsigned dim,
                                     std::string &why, unsigned depth);
  std::optional<Polynomial> traceIndex(Value value, std::string &why,
                                       unsigned depth);
  std::optional<Polynomial> traceFold(OpFoldResult size, std::string &why,
                                      unsigned depth);
  std::optional<Polynomial> traceDynamicDim(Value value, unsigned dim,
                                            std::string &why, unsigned depth);
  std::optional<Polynomial> traceDynamicIndex(Value value, std::string &why,
                                              unsigned depth);
  std::optional<Polynomial> evaluate(AffineExpr expr, ValueRange operands,
                                     unsigned numDims, std::string &why,
                                     unsigned depth);
  Polynomial getSymbol(unsigned arg, std::optional<unsigned> dim);
  /// Records an overflow; returns std::nullopt.
  std::optional<Polynomial> overflow(std::string &why, const Twine &what);

  Operation *func;
  const CostOptions &options;
  bool hadOverflow = false;
  llvm::DenseMap<std::pair<Value, unsigned>, Polynomial> dimCache;
  llvm::DenseMap<Value, Polynomial> indexCache;
  std::vector<ShapeSymbol> symbols;
  llvm::StringMap<unsigned> symbolIndex;
};

} // namespace cost
} // namespace mlir

#endif // COST_ANALYSIS_SHAPESYMBOLS_H
