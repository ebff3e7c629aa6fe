//===- CostRules.h - Per-op costs declared in a rules file ------*- C++ -*-===//
//
// A rules file (--cost-rules=FILE, YAML or JSON, docs/rules.md) gives the
// cost of ops by name without C++: for each count, so much per output
// element, per input element, per reduction step, and a fixed amount. The
// analysis asks the rules before CostOpInterface, so a rule also costs ops
// of dialects cost-opt does not know (unregistered ones included) and may
// override a built-in model, which the report then says.
//
//===----------------------------------------------------------------------===//

#ifndef COST_ANALYSIS_COSTRULES_H
#define COST_ANALYSIS_COSTRULES_H

#include "cost/Interfaces/CostContext.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"

#include <memory>
#include <optional>
#include <string>

namespace mlir {
namespace cost {

/// How one count of an op follows from its shapes:
///   perOutputElement x (elements of the outputs)
/// + perInputElement  x (elements of the inputs)
/// + perReduction     x (elements of the outputs) x (reduction size)
/// + fixed.
struct CostTerm {
  int64_t perOutputElement = 0;
  int64_t perInputElement = 0;
  int64_t perReduction = 0;
  int64_t fixed = 0;
};

/// The rule for one op name (or every op of a dialect: "dialect.*").
struct CostRule {
  std::string op;
  /// Line of the rule in its file, for messages.
  unsigned line = 0;
  /// One term per field of CostCounts, in getCostFields() order; a field the
  /// rule does not give is absent.
  std::optional<CostTerm> terms[6];
  /// Operand indices that are the op's outputs (a destination-style op on
  /// buffers); empty: its results are the outputs and all its operands the
  /// inputs. Listed operands are outputs, not inputs.
  SmallVector<unsigned> outputs;
  /// The reduction size of per_reduction: the product of these dimensions
  /// of operand `reductionOperand`.
  std::optional<unsigned> reductionOperand;
  SmallVector<unsigned> reductionDims;
};

/// A parsed rules file.
class CostRules {
public:
  /// Reports one problem of a rules file at 1-based `line`:`column`.
  using ErrorFn = llvm::function_ref<void(unsigned line, unsigned column,
                                          const llvm::Twine &message)>;

  /// Parses `text` (YAML, or JSON, which the same parser reads), named
  /// `fileName` in messages. Calls `onError` for each problem (syntax, an
  /// unknown or misspelt key, a negative or non-integer amount, a rule given
  /// twice, per_reduction without a reduction) and returns null if there was
  /// one.
  static std::shared_ptr<const CostRules>
  parse(llvm::StringRef fileName, llvm::StringRef text, ErrorFn onError);

  /// Reads and parses the file `path`; an unreadable file is an error at
  /// line 0.
  static std::shared_ptr<const CostRules> load(llvm::StringRef path,
                                               ErrorFn onError);

  /// The rule for ops named `opName`: the rule naming it, else the rule for
  /// its dialect ("dialect.*"), else null.
  const CostRule *lookup(llvm::StringRef opName) const;

  /// Computes the cost of one execution of `op` by `rule` into `counts`.
  /// A count the rule does not give is 0, except: bytes read and written
  /// default to the memory bytes of the inputs and outputs, and FLOPs (or
  /// integer OPs, by the element type of the first output) default to
  /// opsPerMac x MACs when the rule gives MACs. Fails (after recording `op`
  /// as unresolved through `ctx`) if a size cannot be traced or the rule's
  /// operand and dimension numbers do not fit the op.
  static LogicalResult apply(const CostRule &rule, Operation *op,
                             CostContext &ctx, CostCounts &counts);

  llvm::StringRef getFileName() const { return fileName; }
  llvm::ArrayRef<CostRule> getRules() const { return rules; }

private:
  std::string fileName;
  std::vector<CostRule> rules;
  llvm::StringMap<size_t> byName;
};

} // namespace cost
} // namespace mlir

#endif // COST_ANALYSIS_COSTRULES_H
