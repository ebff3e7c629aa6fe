//===- CostRules.cpp - Per-op costs declared in a rules file --------------===//

#include "cost/Analysis/CostRules.h"
#include "cost/Support/SideFile.h"
#include "llvm/ADT/StringSet.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

using namespace mlir;
using namespace mlir::cost;
namespace yaml = llvm::yaml;

namespace {
/// Walks the YAML node tree of a rules file, reporting each problem at its
/// node.
class RulesParser {
public:
  RulesParser(llvm::SourceMgr &sourceMgr, CostRules::ErrorFn onError)
      : sourceMgr(sourceMgr), onError(onError) {}

  void error(yaml::Node *node, const Twine &message) {
    // One diagnostic: after a syntax error the nodes left behind may have
    // no place in the file (found by cost-fuzz-sidefiles).
    if (failed)
      return;
    failed = true;
    auto [line, column] = locate(node);
    onError(line, column, message);
  }

  /// Line and column of `node`; (0, 0) for a node with no place in the
  /// file (left behind by a syntax error).
  std::pair<unsigned, unsigned> locate(yaml::Node *node) {
    llvm::SMLoc loc = node ? node->getSourceRange().Start : llvm::SMLoc();
    if (!loc.isValid() || !sourceMgr.FindBufferContainingLoc(loc))
      return {0, 0};
    return sourceMgr.getLineAndColumn(loc);
  }

  /// The text of a scalar node, or nothing after an error.
  std::optional<std::string> scalar(yaml::Node *node, const Twine &what) {
    auto *value = dyn_cast_or_null<yaml::ScalarNode>(node);
    if (!value) {
      error(node, what + " must be a single value");
      return std::nullopt;
    }
    SmallString<64> storage;
    return value->getValue(storage).str();
  }

  /// A non-negative integer, or nothing after an error.
  std::optional<int64_t> count(yaml::Node *node, const Twine &what) {
    std::optional<std::string> text = scalar(node, what);
    if (!text)
      return std::nullopt;
    int64_t value;
    if (StringRef(*text).getAsInteger(10, value) || value < 0) {
      error(node,
            what + " must be a non-negative integer, not '" + *text + "'");
      return std::nullopt;
    }
    return value;
  }

  /// A list of non-negative integers that fit `unsigned`.
  std::optional<SmallVector<unsigned>> indices(yaml::Node *node,
                                               const Twine &what) {
    auto *list = dyn_cast_or_null<yaml::SequenceNode>(node);
    if (!list) {
      error(node, what + " must be a list of integers");
      return std::nullopt;
    }
    SmallVector<unsigned> values;
    for (yaml::Node &item : *list) {
      std::optional<int64_t> value = count(&item, what + " entry");
      if (!value)
        return std::nullopt;
      if (*value > 1024) {
        error(&item, what + " entry " + Twine(*value) + " is out of range");
        return std::nullopt;
      }
      values.push_back(static_cast<unsigned>(*value));
    }
    return values;
  }

  /// False, after an error at the key, when `key` was already seen in the
  /// same mapping: a key given twice is a mistake, not "last one wins".
  bool firstTime(llvm::StringSet<> &seen, yaml::KeyValueNode &entry,
                 StringRef key) {
    if (seen.insert(key).second)
      return true;
    error(entry.getKey(), "'" + key + "' appears twice in one mapping");
    return false;
  }

  std::optional<CostTerm> term(yaml::Node *node, const std::string &field) {
    auto *map = dyn_cast_or_null<yaml::MappingNode>(node);
    if (!map) {
      error(node, "'" + field +
                      "' must be a mapping of per_output_element, "
                      "per_input_element, per_reduction and fixed");
      return std::nullopt;
    }
    CostTerm result;
    llvm::StringSet<> seen;
    for (yaml::KeyValueNode &entry : *map) {
      std::optional<std::string> key = scalar(entry.getKey(), "a key");
      if (!key || !firstTime(seen, entry, *key))
        return std::nullopt;
      int64_t CostTerm::*member =
          llvm::StringSwitch<int64_t CostTerm::*>(*key)
              .Case("per_output_element", &CostTerm::perOutputElement)
              .Case("per_input_element", &CostTerm::perInputElement)
              .Case("per_reduction", &CostTerm::perReduction)
              .Case("fixed", &CostTerm::fixed)
              .Default(nullptr);
      if (!member) {
        error(entry.getKey(), "unknown key '" + *key + "' in '" + field +
                                  "'; expected per_output_element, "
                                  "per_input_element, per_reduction or fixed");
        return std::nullopt;
      }
      std::optional<int64_t> value =
          count(entry.getValue(), "'" + field + "." + *key + "'");
      if (!value)
        return std::nullopt;
      result.*member = *value;
    }
    return result;
  }

  std::optional<CostRule> rule(yaml::Node *node) {
    auto *map = dyn_cast_or_null<yaml::MappingNode>(node);
    if (!map) {
      error(node, "a rule must be a mapping with an 'op' key");
      return std::nullopt;
    }
    CostRule result;
    result.line = locate(node).first;
    bool hasOp = false;
    yaml::Node *reductionNode = nullptr;
    llvm::StringSet<> seen;
    for (yaml::KeyValueNode &entry : *map) {
      std::optional<std::string> key = scalar(entry.getKey(), "a key");
      if (!key || !firstTime(seen, entry, *key))
        return std::nullopt;
      yaml::Node *value = entry.getValue();
      if (*key == "op") {
        std::optional<std::string> name = scalar(value, "'op'");
        if (!name)
          return std::nullopt;
        StringRef opName = *name;
        if (!opName.contains('.') || opName.starts_with(".") ||
            opName.ends_with(".")) {
          error(value, "'op' must be a full op name, dialect.op or "
                       "dialect.*, not '" +
                           *name + "'");
          return std::nullopt;
        }
        result.op = *name;
        hasOp = true;
        continue;
      }
      if (*key == "outputs") {
        std::optional<SmallVector<unsigned>> list = indices(value, "'outputs'");
        if (!list)
          return std::nullopt;
        result.outputs = std::move(*list);
        continue;
      }
      if (*key == "reduction") {
        reductionNode = value;
        auto *reduction = dyn_cast_or_null<yaml::MappingNode>(value);
        if (!reduction) {
          error(value, "'reduction' must be a mapping {operand: I, dims: "
                       "[D, ...]}");
          return std::nullopt;
        }
        llvm::StringSet<> seenParts;
        for (yaml::KeyValueNode &part : *reduction) {
          std::optional<std::string> partKey = scalar(part.getKey(), "a key");
          if (!partKey || !firstTime(seenParts, part, *partKey))
            return std::nullopt;
          if (*partKey == "operand") {
            std::optional<int64_t> operand =
                count(part.getValue(), "'reduction.operand'");
            if (!operand)
              return std::nullopt;
            result.reductionOperand =
                static_cast<unsigned>(std::min<int64_t>(*operand, 1 << 20));
          } else if (*partKey == "dims") {
            std::optional<SmallVector<unsigned>> dims =
                indices(part.getValue(), "'reduction.dims'");
            if (!dims)
              return std::nullopt;
            result.reductionDims = std::move(*dims);
          } else {
            error(part.getKey(), "unknown key '" + *partKey +
                                     "' in 'reduction'; expected operand or "
                                     "dims");
            return std::nullopt;
          }
        }
        if (!result.reductionOperand || result.reductionDims.empty()) {
          error(value, "'reduction' needs both 'operand' and 'dims'");
          return std::nullopt;
        }
        continue;
      }
      ArrayRef<CostField> fields = getCostFields();
      const CostField *field = llvm::find_if(
          fields, [&](const CostField &f) { return f.key == *key; });
      if (field == fields.end()) {
        error(entry.getKey(),
              "unknown key '" + *key +
                  "' in a rule; expected op, outputs, reduction, flops, macs, "
                  "int_ops, transcendentals, bytes_read or bytes_written");
        return std::nullopt;
      }
      std::optional<CostTerm> parsed = term(value, *key);
      if (!parsed)
        return std::nullopt;
      result.terms[field - fields.begin()] = *parsed;
    }
    if (!hasOp) {
      error(node, "a rule needs an 'op' key naming the op it costs");
      return std::nullopt;
    }
    bool usesReduction = llvm::any_of(
        result.terms, [](const auto &t) { return t && t->perReduction != 0; });
    if (usesReduction && !result.reductionOperand) {
      error(node, "rule for '" + result.op +
                      "' uses per_reduction but has no 'reduction: {operand: "
                      "I, dims: [D, ...]}' saying which dimensions are "
                      "reduced");
      return std::nullopt;
    }
    if (reductionNode && !usesReduction) {
      error(reductionNode, "'reduction' is given but no count uses "
                           "per_reduction");
      return std::nullopt;
    }
    return result;
  }

  llvm::SourceMgr &sourceMgr;
  CostRules::ErrorFn onError;
  bool failed = false;
};
} // namespace

std::shared_ptr<const CostRules>
CostRules::parse(StringRef fileName, StringRef text, ErrorFn onError) {
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(text, fileName), llvm::SMLoc());
  RulesParser parser(sourceMgr, onError);
  // Syntax errors of the YAML (or JSON) parser come through here.
  sourceMgr.setDiagHandler(
      [](const llvm::SMDiagnostic &diag, void *context) {
        auto *p = static_cast<RulesParser *>(context);
        p->onError(diag.getLineNo(), diag.getColumnNo() + 1, diag.getMessage());
        p->failed = true;
      },
      &parser);

  auto rules = std::make_shared<CostRules>();
  rules->fileName = fileName.str();
  yaml::Stream stream(sourceMgr.getMemoryBuffer(1)->getBuffer(), sourceMgr);
  yaml::document_iterator document = stream.begin();
  yaml::Node *root = document != stream.end() ? document->getRoot() : nullptr;
  if (parser.failed)
    return nullptr;
  auto *top = dyn_cast_or_null<yaml::MappingNode>(root);
  if (!top) {
    if (root)
      parser.error(root, "a rules file is a mapping with one key, 'rules'");
    else
      onError(1, 1, "empty rules file; expected a mapping with a 'rules' list");
    return nullptr;
  }
  bool sawRules = false;
  for (yaml::KeyValueNode &entry : *top) {
    std::optional<std::string> key = parser.scalar(entry.getKey(), "a key");
    if (!key)
      return nullptr;
    if (*key == "rules" && sawRules) {
      parser.error(entry.getKey(), "'rules' appears twice in one mapping");
      return nullptr;
    }
    if (*key != "rules") {
      parser.error(entry.getKey(), "unknown key '" + *key +
                                       "' at the top of a rules file; "
                                       "expected 'rules'");
      return nullptr;
    }
    sawRules = true;
    auto *list = dyn_cast_or_null<yaml::SequenceNode>(entry.getValue());
    if (!list) {
      parser.error(entry.getValue(), "'rules' must be a list of rules");
      return nullptr;
    }
    // The parser reads the document lazily, as the walk goes: after the
    // first problem the rest is not read (it would report the unread part
    // of the node left behind as a syntax error).
    for (yaml::Node &item : *list) {
      std::optional<CostRule> rule = parser.rule(&item);
      if (!rule)
        return nullptr;
      auto [it, inserted] =
          rules->byName.try_emplace(rule->op, rules->rules.size());
      if (!inserted) {
        parser.error(&item, "a second rule for '" + rule->op +
                                "' (the first is at line " +
                                Twine(rules->rules[it->second].line) + ")");
        return nullptr;
      }
      rules->rules.push_back(std::move(*rule));
    }
    if (parser.failed)
      return nullptr;
  }
  if (!sawRules && !parser.failed)
    parser.error(top, "a rules file needs a 'rules' list");
  // One document: a second one (after '---', or text after the JSON
  // object) would be silently ignored.
  if (!parser.failed && !stream.failed()) {
    ++document;
    if (document != stream.end()) {
      yaml::Node *extra = document->getRoot();
      if (!parser.failed && extra && !isa<yaml::NullNode>(extra))
        parser.error(extra, "a rules file holds one document; this is "
                            "more after its end");
    }
  }
  // A syntax error further down the document is reported when the walk
  // reaches it.
  if (parser.failed || stream.failed())
    return nullptr;
  return rules;
}

std::shared_ptr<const CostRules> CostRules::load(StringRef path,
                                                 ErrorFn onError) {
  // Read once per process, bounded: a pipe gives the same text to the
  // driver's early check and to the pass.
  std::string error;
  std::optional<StringRef> text = readSideFile(path, error);
  if (!text) {
    onError(0, 0, "cannot read the rules file: " + error);
    return nullptr;
  }
  return parse(path, *text, onError);
}

const CostRule *CostRules::lookup(StringRef opName) const {
  if (auto it = byName.find(opName); it != byName.end())
    return &rules[it->second];
  auto [dialect, rest] = opName.split('.');
  if (rest.empty())
    return nullptr;
  if (auto it = byName.find((dialect + ".*").str()); it != byName.end())
    return &rules[it->second];
  return nullptr;
}

/// Sum over `values` of `measure` (elements, or memory bytes).
static FailureOr<Polynomial>
sumOver(Operation *op, ValueRange values, CostContext &ctx,
        FailureOr<Polynomial> (CostContext::*measure)(Operation *, Value)) {
  Polynomial sum;
  for (Value value : values) {
    FailureOr<Polynomial> amount = (ctx.*measure)(op, value);
    if (failed(amount))
      return failure();
    std::optional<Polynomial> next = Polynomial::add(sum, *amount);
    if (!next) {
      (void)ctx.overflow(op, "a sum over a rule's operands");
      return failure();
    }
    sum = std::move(*next);
  }
  return sum;
}

/// Elements of `values` (1 per scalar).
static FailureOr<Polynomial> countElements(Operation *op, ValueRange values,
                                           CostContext &ctx) {
  return sumOver(op, values, ctx, &CostContext::getNumElements);
}

/// Memory bytes of the tensors and memrefs among `values`.
static FailureOr<Polynomial> countBytes(Operation *op, ValueRange values,
                                        CostContext &ctx) {
  return sumOver(op, values, ctx, &CostContext::getMemoryBytes);
}

LogicalResult CostRules::apply(const CostRule &rule, Operation *op,
                               CostContext &ctx, CostCounts &counts) {
  // Inputs and outputs.
  SmallVector<Value> inputs, outputs;
  if (rule.outputs.empty()) {
    inputs.assign(op->operand_begin(), op->operand_end());
    outputs.assign(op->result_begin(), op->result_end());
  } else {
    for (unsigned index : rule.outputs)
      if (index >= op->getNumOperands())
        return ctx.unresolved(op, "cost rule (line " + Twine(rule.line) +
                                      "): 'outputs' names operand " +
                                      Twine(index) + " of an op with " +
                                      Twine(op->getNumOperands()));
    for (auto [index, operand] : llvm::enumerate(op->getOperands()))
      (llvm::is_contained(rule.outputs, index) ? outputs : inputs)
          .push_back(operand);
  }
  FailureOr<Polynomial> outputElements = countElements(op, outputs, ctx);
  FailureOr<Polynomial> inputElements = countElements(op, inputs, ctx);
  if (failed(outputElements) || failed(inputElements))
    return failure();

  // The reduction size: the product of the listed dimensions.
  Polynomial reduction = 1;
  if (rule.reductionOperand) {
    if (*rule.reductionOperand >= op->getNumOperands())
      return ctx.unresolved(op, "cost rule (line " + Twine(rule.line) +
                                    "): 'reduction' names operand " +
                                    Twine(*rule.reductionOperand) +
                                    " of an op with " +
                                    Twine(op->getNumOperands()));
    Value operand = op->getOperand(*rule.reductionOperand);
    auto shaped = dyn_cast<ShapedType>(operand.getType());
    for (unsigned dim : rule.reductionDims) {
      if (!shaped || !shaped.hasRank() || dim >= shaped.getRank())
        return ctx.unresolved(op, "cost rule (line " + Twine(rule.line) +
                                      "): operand " +
                                      Twine(*rule.reductionOperand) +
                                      " has no dimension " + Twine(dim));
      FailureOr<Polynomial> size = ctx.getDimSize(op, operand, dim);
      if (failed(size))
        return failure();
      std::optional<Polynomial> next = Polynomial::mul(reduction, *size);
      if (!next)
        return ctx.overflow(op, "a rule's reduction size");
      reduction = std::move(*next);
    }
  }
  std::optional<Polynomial> reductionSteps =
      Polynomial::mul(*outputElements, reduction);
  if (!reductionSteps)
    return ctx.overflow(op, "a rule's reduction steps");

  auto evaluate = [&](const CostTerm &term) -> std::optional<Polynomial> {
    std::optional<Polynomial> a =
        Polynomial::mul(*outputElements, term.perOutputElement);
    std::optional<Polynomial> b =
        Polynomial::mul(*inputElements, term.perInputElement);
    std::optional<Polynomial> c =
        Polynomial::mul(*reductionSteps, term.perReduction);
    if (!a || !b || !c)
      return std::nullopt;
    std::optional<Polynomial> sum = Polynomial::add(*a, *b);
    if (sum)
      sum = Polynomial::add(*sum, *c);
    if (sum)
      sum = Polynomial::add(*sum, term.fixed);
    return sum;
  };

  ArrayRef<CostField> fields = getCostFields();
  counts = CostCounts();
  for (auto [i, field] : llvm::enumerate(fields)) {
    if (!rule.terms[i])
      continue;
    std::optional<Polynomial> value = evaluate(*rule.terms[i]);
    if (!value)
      return ctx.overflow(op, ("the " + field.key + " of a cost rule").str());
    counts.*field.member = std::move(*value);
  }
  auto given = [&](Polynomial CostCounts::*member) {
    auto it = llvm::find_if(
        fields, [&](const CostField &f) { return f.member == member; });
    return rule.terms[it - fields.begin()].has_value();
  };
  // MACs without FLOPs or integer OPs: each MAC is opsPerMac operations of
  // the output's element type.
  if (given(&CostCounts::macs) && !given(&CostCounts::flops) &&
      !given(&CostCounts::intOps)) {
    Value typed = !outputs.empty()  ? outputs.front()
                  : !inputs.empty() ? inputs.front()
                                    : Value();
    Type element = typed ? getElementTypeOrSelf(typed.getType()) : Type();
    bool isFloat = element && isa<FloatType, ComplexType>(element);
    std::optional<Polynomial> ops =
        Polynomial::mul(counts.macs, ctx.getOptions().convention.opsPerMac);
    if (!ops)
      return ctx.overflow(op, "the operations of a rule's MACs");
    (isFloat ? counts.flops : counts.intOps) = std::move(*ops);
  }
  // Bytes default to the operands' footprint, as for built-in ops.
  if (!given(&CostCounts::bytesRead)) {
    FailureOr<Polynomial> bytes = countBytes(op, inputs, ctx);
    if (failed(bytes))
      return failure();
    counts.bytesRead = std::move(*bytes);
  }
  if (!given(&CostCounts::bytesWritten)) {
    FailureOr<Polynomial> bytes = countBytes(op, outputs, ctx);
    if (failed(bytes))
      return failure();
    counts.bytesWritten = std::move(*bytes);
  }
  return success();
}
