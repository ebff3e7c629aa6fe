//===- ShapeSymbols.cpp - Dynamic sizes traced to named symbols -----------===//

#include "cost/Analysis/ShapeSymbols.h"
#include "cost/Analysis/CostAnalysis.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::cost;

/// Deeper chains are followed through the cache: ops are costed in order,
/// so a producer's sizes are usually traced before its users ask.
static constexpr unsigned kMaxDepth = 512;

static std::string describeValue(Value value) {
  if (auto arg = dyn_cast<BlockArgument>(value))
    return llvm::formatv("block argument #{0} at {1}", arg.getArgNumber(),
                         locationToString(arg.getLoc()))
        .str();
  Operation *def = value.getDefiningOp();
  return llvm::formatv("result #{0} of {1} at {2}",
                       cast<OpResult>(value).getResultNumber(),
                       def->getName().getStringRef(),
                       locationToString(def->getLoc()))
      .str();
}

std::string mlir::cost::getSymbolName(FunctionOpInterface func, unsigned arg,
                                      std::optional<unsigned> dim) {
  Attribute names = func.getArgAttr(arg, kDimNamesAttr);
  if (auto array = dyn_cast_or_null<ArrayAttr>(names)) {
    unsigned index = dim.value_or(0);
    if (index < array.size())
      if (auto name = dyn_cast<StringAttr>(array[index]);
          name && !name.getValue().empty())
        return name.str();
  } else if (auto name = dyn_cast_or_null<StringAttr>(names);
             name && !dim && !name.getValue().empty()) {
    return name.str();
  }
  // The function's name with the characters a symbol name cannot hold
  // (`$`, `-`, ... in a quoted name) made '_', so --bind can name it.
  // A function of a nested module: `inner.g.arg0`.
  std::string text = getQualifiedName(func);
  for (size_t at; (at = text.find("::@")) != std::string::npos;)
    text.replace(at, 3, ".");
  for (char &c : text)
    if (!llvm::isAlnum(c) && c != '_' && c != '.')
      c = '_';
  if (text.empty() || llvm::isDigit(text.front()))
    text.insert(0, "_");
  text += llvm::formatv(".arg{0}", arg).str();
  if (dim)
    text += llvm::formatv(".d{0}", *dim).str();
  return text;
}

SmallVector<ArgumentSymbol>
mlir::cost::getArgumentSymbols(FunctionOpInterface func) {
  SmallVector<ArgumentSymbol> symbols;
  for (auto [arg, type] : llvm::enumerate(func.getArgumentTypes())) {
    unsigned number = arg;
    auto add = [&](std::optional<unsigned> dim) {
      symbols.push_back({getSymbolName(func, number, dim), number, dim});
    };
    if (auto shaped = dyn_cast<ShapedType>(type); shaped && shaped.hasRank()) {
      for (unsigned d = 0, rank = shaped.getRank(); d < rank; ++d)
        if (shaped.isDynamicDim(d))
          add(d);
    } else if (type.isIntOrIndex()) {
      add(std::nullopt);
    }
  }
  return symbols;
}

/// A symbol name: letters, digits, '_' and '.', not starting with a digit
/// (it must read back from --bind and from a formula).
static bool isValidSymbolName(StringRef name) {
  return !name.empty() && !llvm::isDigit(name.front()) &&
         llvm::all_of(name, [](char c) {
           return llvm::isAlnum(c) || c == '_' || c == '.';
         });
}

LogicalResult mlir::cost::parseBindings(ArrayRef<std::string> items,
                                        llvm::StringMap<int64_t> &bindings,
                                        llvm::raw_ostream &diag) {
  for (StringRef item : items) {
    auto [name, text] = item.split('=');
    name = name.trim();
    text = text.trim();
    int64_t value = 0;
    if (!item.contains('=') || !isValidSymbolName(name)) {
      diag << "error: --bind: '" << item
           << "' is not NAME=VALUE with NAME a symbol name (letters, digits, "
              "'_', '.')\n";
      return failure();
    }
    if (text.getAsInteger(10, value) || value < 0) {
      diag << "error: --bind: the value of '" << name << "' is '" << text
           << "', not an integer >= 0\n";
      return failure();
    }
    if (!bindings.try_emplace(name, value).second) {
      diag << "error: --bind: '" << name << "' is bound twice\n";
      return failure();
    }
  }
  return success();
}

LogicalResult mlir::cost::verifyDefaultDim(int64_t value,
                                           llvm::raw_ostream &diag) {
  if (value >= -1)
    return success();
  diag << "error: --default-dim=" << value
       << " is not a size: give an integer >= 0 (or -1 to leave symbols "
          "unbound)\n";
  return failure();
}

LogicalResult mlir::cost::verifyDimNames(FunctionOpInterface func) {
  for (unsigned arg = 0, e = func.getNumArguments(); arg < e; ++arg) {
    Attribute names = func.getArgAttr(arg, kDimNamesAttr);
    if (!names)
      continue;
    Type type = func.getArgumentTypes()[arg];
    auto fail = [&](const Twine &what) {
      return func.emitError()
             << kDimNamesAttr << " of argument #" << arg << ": " << what;
    };
    SmallVector<StringRef> given;
    if (auto shaped = dyn_cast<ShapedType>(type); shaped && shaped.hasRank()) {
      auto array = dyn_cast<ArrayAttr>(names);
      if (!array || array.size() != static_cast<size_t>(shaped.getRank()) ||
          !llvm::all_of(array, llvm::IsaPred<StringAttr>))
        return fail(llvm::formatv("expected an array of {0} strings, one per "
                                  "dimension of {1}",
                                  shaped.getRank(), type));
      for (Attribute name : array)
        given.push_back(cast<StringAttr>(name).getValue());
    } else if (type.isIntOrIndex()) {
      auto name = dyn_cast<StringAttr>(names);
      if (!name)
        return fail("expected a string naming the index argument");
      given.push_back(name.getValue());
    } else {
      return fail(llvm::formatv("only shaped and index arguments have "
                                "dimensions, not {0}",
                                type));
    }
    for (StringRef name : given)
      if (!name.empty() && !isValidSymbolName(name))
        return fail("'" + name +
                    "' is not a symbol name (letters, digits, '_', '.'; "
                    "not starting with a digit)");
  }
  return success();
}

/// Bits of an integer or index value (index: 64).
static unsigned getIntOrIndexWidth(Value value) {
  Type type = value.getType();
  return type.isIndex() ? 64 : type.getIntOrFloatBitWidth();
}

ShapeTracer::ShapeTracer(Operation *func, const CostOptions &options)
    : func(func), options(options) {}

std::optional<Polynomial> ShapeTracer::overflow(std::string &why,
                                                const Twine &what) {
  hadOverflow = true;
  why = what.str();
  return std::nullopt;
}

Polynomial ShapeTracer::getSymbol(unsigned arg, std::optional<unsigned> dim) {
  auto fn = cast<FunctionOpInterface>(func);
  std::string name = getSymbolName(fn, arg, dim);
  auto [it, inserted] = symbolIndex.try_emplace(name, symbols.size());
  if (inserted) {
    ShapeSymbol symbol{name, getQualifiedName(fn), arg, dim, std::nullopt};
    if (auto bound = options.bindings.find(name);
        bound != options.bindings.end())
      symbol.value = bound->second;
    else
      symbol.value = options.defaultDim;
    symbols.push_back(std::move(symbol));
  }
  const ShapeSymbol &symbol = symbols[it->second];
  if (symbol.value)
    return Polynomial(*symbol.value);
  return Polynomial::symbol(name);
}

std::optional<Polynomial> ShapeTracer::getDimSize(Value value, unsigned dim,
                                                  std::string &why) {
  return traceDim(value, dim, why, 0);
}

std::optional<Polynomial> ShapeTracer::getIndexValue(Value value,
                                                     std::string &why) {
  return traceIndex(value, why, 0);
}

std::optional<Polynomial> ShapeTracer::getAffineValue(AffineMap map,
                                                      ValueRange operands,
                                                      std::string &why) {
  if (map.getNumResults() != 1) {
    why = llvm::formatv("affine map {0} has {1} results (a min or max of "
                        "bounds)",
                        map, map.getNumResults());
    return std::nullopt;
  }
  return evaluate(map.getResult(0), operands, map.getNumDims(), why, 0);
}

std::optional<Polynomial> ShapeTracer::traceDim(Value value, unsigned dim,
                                                std::string &why,
                                                unsigned depth) {
  auto shaped = dyn_cast<ShapedType>(value.getType());
  if (!shaped || !shaped.hasRank() || dim >= shaped.getRank()) {
    why = llvm::formatv("{0} has no dimension {1}", describeValue(value), dim);
    return std::nullopt;
  }
  if (!shaped.isDynamicDim(dim))
    return Polynomial(shaped.getDimSize(dim));
  auto key = std::make_pair(value, dim);
  if (auto it = dimCache.find(key); it != dimCache.end())
    return it->second;
  if (depth > kMaxDepth) {
    why = "dynamic dimension traced through more than 512 ops";
    return std::nullopt;
  }
  std::optional<Polynomial> size = traceDynamicDim(value, dim, why, depth + 1);
  if (size)
    dimCache.try_emplace(key, *size);
  return size;
}

std::optional<Polynomial>
ShapeTracer::traceFold(OpFoldResult size, std::string &why, unsigned depth) {
  if (auto attr = dyn_cast<Attribute>(size)) {
    if (auto integer = dyn_cast<IntegerAttr>(attr))
      return Polynomial(integer.getInt());
    why = "a size attribute that is not an integer";
    return std::nullopt;
  }
  return traceIndex(cast<Value>(size), why, depth);
}

/// Product of the given polynomials; std::nullopt on overflow.
static std::optional<Polynomial> product(ArrayRef<Polynomial> factors) {
  Polynomial result = 1;
  for (const Polynomial &factor : factors) {
    std::optional<Polynomial> next = Polynomial::mul(result, factor);
    if (!next)
      return std::nullopt;
    result = std::move(*next);
  }
  return result;
}

std::optional<Polynomial> ShapeTracer::traceDynamicDim(Value value,
                                                       unsigned dim,
                                                       std::string &why,
                                                       unsigned depth) {
  // Where the size comes from, for a reason: built only on failure.
  auto where = [&] {
    return llvm::formatv("dynamic dimension {0} of {1}", dim,
                         describeValue(value))
        .str();
  };
  if (auto arg = dyn_cast<BlockArgument>(value)) {
    if (arg.getOwner() == &func->getRegion(0).front())
      return getSymbol(arg.getArgNumber(), dim);
    why = where() + " is not a function argument (loop-carried or block "
                    "arguments are not traced)";
    return std::nullopt;
  }
  Operation *def = value.getDefiningOp();
  auto dimOf = [&](Value source, unsigned d) {
    return traceDim(source, d, why, depth);
  };
  auto indexOf = [&](OpFoldResult size) { return traceFold(size, why, depth); };
  // The dimension of a slice result: the `dim`-th size the slice keeps.
  auto sliceSize =
      [&](ArrayRef<OpFoldResult> sizes,
          const llvm::SmallBitVector &dropped) -> std::optional<Polynomial> {
    unsigned kept = 0;
    for (auto [i, size] : llvm::enumerate(sizes)) {
      if (dropped.test(i))
        continue;
      if (kept++ == dim)
        return indexOf(size);
    }
    why = where() + ": no slice size for it";
    return std::nullopt;
  };
  // A collapse: the product of the source dimensions of group `dim`.
  auto collapsed =
      [&](Value source,
          ArrayRef<ReassociationIndices> groups) -> std::optional<Polynomial> {
    SmallVector<Polynomial> sizes;
    for (int64_t d : groups[dim]) {
      std::optional<Polynomial> size = dimOf(source, d);
      if (!size)
        return std::nullopt;
      sizes.push_back(std::move(*size));
    }
    std::optional<Polynomial> result = product(sizes);
    if (!result)
      return overflow(why, where() + ": product overflows int64");
    return result;
  };

  std::optional<std::optional<Polynomial>> traced =
      llvm::TypeSwitch<Operation *, std::optional<std::optional<Polynomial>>>(
          def)
          .Case([&](tensor::EmptyOp op) {
            return traceIndex(op.getDynamicSize(dim), why, depth);
          })
          .Case<memref::AllocOp, memref::AllocaOp>([&](auto op) {
            return traceIndex(
                op.getDynamicSizes()[op.getType().getDynamicDimIndex(dim)], why,
                depth);
          })
          .Case<tensor::CastOp, memref::CastOp, bufferization::ToTensorOp,
                bufferization::ToBufferOp>(
              [&](Operation *op) { return dimOf(op->getOperand(0), dim); })
          .Case([&](tensor::ExtractSliceOp op) {
            return sliceSize(op.getMixedSizes(), op.getDroppedDims());
          })
          .Case([&](memref::SubViewOp op) {
            return sliceSize(op.getMixedSizes(), op.getDroppedDims());
          })
          .Case([&](tensor::CollapseShapeOp op) {
            return collapsed(op.getSrc(), op.getReassociationIndices());
          })
          .Case([&](memref::CollapseShapeOp op) {
            return collapsed(op.getSrc(), op.getReassociationIndices());
          })
          .Case<tensor::ExpandShapeOp, memref::ExpandShapeOp>(
              [&](auto op) { return indexOf(op.getMixedOutputShape()[dim]); })
          .Case([&](tensor::PadOp op) -> std::optional<Polynomial> {
            std::optional<Polynomial> source = dimOf(op.getSource(), dim);
            std::optional<Polynomial> low =
                source ? indexOf(op.getMixedLowPad()[dim]) : std::nullopt;
            std::optional<Polynomial> high =
                low ? indexOf(op.getMixedHighPad()[dim]) : std::nullopt;
            if (!high)
              return std::nullopt;
            std::optional<Polynomial> sum = Polynomial::add(*source, *low);
            sum = sum ? Polynomial::add(*sum, *high) : sum;
            if (!sum)
              return overflow(why, where() + ": padded size overflows int64");
            return sum;
          })
          .Case([&](tensor::ConcatOp op) -> std::optional<Polynomial> {
            if (dim != op.getDim())
              return dimOf(op.getInputs().front(), dim);
            Polynomial sum = 0;
            for (Value input : op.getInputs()) {
              std::optional<Polynomial> size = dimOf(input, dim);
              if (!size)
                return std::nullopt;
              std::optional<Polynomial> next = Polynomial::add(sum, *size);
              if (!next)
                return overflow(why, where() + ": size overflows int64");
              sum = std::move(*next);
            }
            return sum;
          })
          .Case([&](tosa::MatMulOp op) -> std::optional<Polynomial> {
            // [N, H, C] x [N, C, W] -> [N, H, W].
            return dim == 2 ? dimOf(op.getB(), 2) : dimOf(op.getA(), dim);
          })
          .Case([&](DestinationStyleOpInterface op)
                    -> std::optional<std::optional<Polynomial>> {
            if (!op.hasPureTensorSemantics())
              return std::nullopt;
            return dimOf(op.getTiedOpOperand(cast<OpResult>(value))->get(),
                         dim);
          })
          .Default(
              [&](Operation *op) -> std::optional<std::optional<Polynomial>> {
                // Elementwise ops, with or without broadcasting: the result
                // has the size of an operand of the same rank whose size there
                // is not a broadcast 1.
                if (!op->hasTrait<OpTrait::Elementwise>() &&
                    !op->hasTrait<OpTrait::SameOperandsAndResultShape>() &&
                    !op->hasTrait<OpTrait::ResultsBroadcastableShape>())
                  return std::nullopt;
                int64_t rank = cast<ShapedType>(value.getType()).getRank();
                for (Value operand : op->getOperands()) {
                  auto type = dyn_cast<ShapedType>(operand.getType());
                  if (!type || !type.hasRank() || type.getRank() != rank ||
                      type.getDimSize(dim) == 1)
                    continue;
                  return dimOf(operand, dim);
                }
                return std::nullopt;
              });
  if (traced)
    return *traced;
  why = where() + ": no rule traces a size through " +
        def->getName().getStringRef().str();
  return std::nullopt;
}

std::optional<Polynomial> ShapeTracer::traceIndex(Value value, std::string &why,
                                                  unsigned depth) {
  APInt constant;
  if (matchPattern(value, m_ConstantInt(&constant)))
    return Polynomial(constant.getSExtValue());
  if (auto it = indexCache.find(value); it != indexCache.end())
    return it->second;
  if (depth > kMaxDepth) {
    why = "index value traced through more than 512 ops";
    return std::nullopt;
  }
  std::optional<Polynomial> result = traceDynamicIndex(value, why, depth + 1);
  if (result)
    indexCache.try_emplace(value, *result);
  return result;
}

std::optional<Polynomial>
ShapeTracer::traceDynamicIndex(Value value, std::string &why, unsigned depth) {
  auto where = [&] { return "the size " + describeValue(value); };
  if (auto arg = dyn_cast<BlockArgument>(value)) {
    if (arg.getOwner() == &func->getRegion(0).front() &&
        arg.getType().isIntOrIndex())
      return getSymbol(arg.getArgNumber(), std::nullopt);
    why = where() + " is not a function argument (loop induction variables "
                    "and block arguments are not traced)";
    return std::nullopt;
  }
  Operation *def = value.getDefiningOp();
  auto operand = [&](unsigned i) {
    return traceIndex(def->getOperand(i), why, depth);
  };
  auto binary = [&](auto combine) -> std::optional<Polynomial> {
    std::optional<Polynomial> lhs = operand(0);
    std::optional<Polynomial> rhs = lhs ? operand(1) : std::nullopt;
    if (!rhs)
      return std::nullopt;
    std::optional<Polynomial> result = combine(*lhs, *rhs);
    if (!result)
      return overflow(why, where() + " overflows int64");
    return result;
  };
  // A division by a positive constant: floor or ceiling atoms.
  auto divide = [&](bool ceil) -> std::optional<Polynomial> {
    APInt divisor;
    if (!matchPattern(def->getOperand(1), m_ConstantInt(&divisor)) ||
        divisor.getSExtValue() <= 0) {
      why = where() + ": a division by a value that is not a positive constant "
                      "is not a polynomial";
      return std::nullopt;
    }
    std::optional<Polynomial> lhs = operand(0);
    if (!lhs)
      return std::nullopt;
    return ceil ? Polynomial::ceilDiv(*lhs, divisor.getSExtValue())
                : Polynomial::floorDiv(*lhs, divisor.getSExtValue());
  };
  std::optional<std::optional<Polynomial>> traced =
      llvm::TypeSwitch<Operation *, std::optional<std::optional<Polynomial>>>(
          def)
          .Case<tensor::DimOp, memref::DimOp>(
              [&](auto op) -> std::optional<Polynomial> {
                std::optional<int64_t> index = op.getConstantIndex();
                if (!index) {
                  why = where() + ": the dimension index is not a constant";
                  return std::nullopt;
                }
                return traceDim(op.getSource(), *index, why, depth);
              })
          .Case([&](arith::AddIOp) { return binary(Polynomial::add); })
          .Case([&](arith::SubIOp) { return binary(Polynomial::sub); })
          .Case([&](arith::MulIOp) { return binary(Polynomial::mul); })
          .Case<arith::DivUIOp, arith::DivSIOp, arith::FloorDivSIOp>(
              [&](Operation *) { return divide(/*ceil=*/false); })
          .Case<arith::CeilDivSIOp, arith::CeilDivUIOp>(
              [&](Operation *) { return divide(/*ceil=*/true); })
          .Case<arith::IndexCastOp, arith::ExtSIOp>(
              [&](Operation *) { return operand(0); })
          .Case<arith::IndexCastUIOp, arith::ExtUIOp>(
              [&](Operation *) -> std::optional<Polynomial> {
                // A constant is read as signed in its own type: a negative
                // one is its unsigned value minus 2^width.
                std::optional<Polynomial> source = operand(0);
                unsigned width = getIntOrIndexWidth(def->getOperand(0));
                if (!source || source->getConstant().value_or(0) >= 0)
                  return source;
                if (width >= 63) {
                  why = where() + ": an unsigned value beyond int64";
                  return std::nullopt;
                }
                return Polynomial(*source->getConstant() +
                                  (int64_t(1) << width));
              })
          .Case([&](arith::TruncIOp op) -> std::optional<Polynomial> {
            // Exact only where the value fits the narrower type.
            std::optional<Polynomial> source = operand(0);
            unsigned width = getIntOrIndexWidth(op.getResult());
            std::optional<int64_t> value =
                source ? source->getConstant() : std::nullopt;
            if (source &&
                (!value || width >= 64 || llvm::isIntN(width, *value)))
              return source;
            if (source)
              why = where() + ": a truncation that changes the value";
            return std::nullopt;
          })
          .Case([&](affine::AffineApplyOp op) {
            return evaluate(op.getAffineMap().getResult(0), op.getMapOperands(),
                            op.getAffineMap().getNumDims(), why, depth);
          })
          .Default([&](Operation *) { return std::nullopt; });
  if (traced)
    return *traced;
  why = where() + ": no rule traces a size through " +
        def->getName().getStringRef().str();
  return std::nullopt;
}

std::optional<Polynomial>
ShapeTracer::evaluate(AffineExpr expr, ValueRange operands, unsigned numDims,
                      std::string &why, unsigned depth) {
  if (auto constant = dyn_cast<AffineConstantExpr>(expr))
    return Polynomial(constant.getValue());
  if (auto d = dyn_cast<AffineDimExpr>(expr))
    return traceIndex(operands[d.getPosition()], why, depth);
  if (auto s = dyn_cast<AffineSymbolExpr>(expr))
    return traceIndex(operands[numDims + s.getPosition()], why, depth);
  auto binary = cast<AffineBinaryOpExpr>(expr);
  std::optional<Polynomial> lhs =
      evaluate(binary.getLHS(), operands, numDims, why, depth);
  if (!lhs)
    return std::nullopt;
  std::string what = llvm::formatv("affine expression {0}", expr).str();
  if (binary.getKind() == AffineExprKind::Add ||
      binary.getKind() == AffineExprKind::Mul) {
    std::optional<Polynomial> rhs =
        evaluate(binary.getRHS(), operands, numDims, why, depth);
    if (!rhs)
      return std::nullopt;
    std::optional<Polynomial> result = binary.getKind() == AffineExprKind::Add
                                           ? Polynomial::add(*lhs, *rhs)
                                           : Polynomial::mul(*lhs, *rhs);
    if (!result)
      return overflow(why, what + " overflows int64");
    return result;
  }
  // floordiv, ceildiv, mod: by a positive constant in affine maps.
  auto divisorExpr = dyn_cast<AffineConstantExpr>(binary.getRHS());
  if (!divisorExpr || divisorExpr.getValue() <= 0) {
    why = what + ": divides by a value that is not a positive constant";
    return std::nullopt;
  }
  int64_t divisor = divisorExpr.getValue();
  switch (binary.getKind()) {
  case AffineExprKind::FloorDiv:
    return Polynomial::floorDiv(*lhs, divisor);
  case AffineExprKind::CeilDiv:
    return Polynomial::ceilDiv(*lhs, divisor);
  case AffineExprKind::Mod: {
    // a mod c = a - c * floor(a / c).
    std::optional<Polynomial> quotient = Polynomial::floorDiv(*lhs, divisor);
    std::optional<Polynomial> scaled =
        quotient ? Polynomial::mul(*quotient, divisor) : std::nullopt;
    std::optional<Polynomial> rest =
        scaled ? Polynomial::sub(*lhs, *scaled) : std::nullopt;
    if (!rest)
      return overflow(why, what + " overflows int64");
    return rest;
  }
  default:
    why = what + ": unsupported";
    return std::nullopt;
  }
}
