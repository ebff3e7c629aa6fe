//===- CostRulesTest.cpp - Tests of the --cost-rules file parser ----------===//
//
// CostRules::parse reads a rules file (YAML, or JSON through the same
// parser; docs/rules.md) into one CostRule per op name, and reports each
// problem at its 1-based line and column. These tests pin the parsed terms
// and every kind of error with its position; applying a rule to an op is
// tested through cost-opt in test/Rules.
//
//===----------------------------------------------------------------------===//

#include "cost/Analysis/CostRules.h"

#include "cost/Interfaces/CostCounts.h"

#include "gtest/gtest.h"

#include <string>
#include <vector>

using namespace mlir;
using namespace mlir::cost;

namespace {

/// One reported problem.
struct Problem {
  unsigned line, column;
  std::string message;
};

/// Parses `text` and collects what it reports.
struct Parsed {
  std::shared_ptr<const CostRules> rules;
  std::vector<Problem> problems;
};

Parsed parse(StringRef text, StringRef fileName = "rules.yaml") {
  Parsed result;
  result.rules = CostRules::parse(
      fileName, text,
      [&](unsigned line, unsigned column, const llvm::Twine &message) {
        result.problems.push_back({line, column, message.str()});
      });
  return result;
}

/// The index of field `key` ("flops", "macs", ...) in CostRule::terms.
size_t fieldIndex(StringRef key) {
  ArrayRef<CostField> fields = getCostFields();
  for (size_t i = 0; i < fields.size(); ++i)
    if (fields[i].key == key)
      return i;
  ADD_FAILURE() << "no field " << key.str();
  return 0;
}

/// Expects exactly one problem, at `line`:`column`, with `message`.
void expectError(StringRef text, unsigned line, unsigned column,
                 StringRef message) {
  Parsed parsed = parse(text);
  EXPECT_EQ(parsed.rules, nullptr) << text.str();
  ASSERT_EQ(parsed.problems.size(), 1u) << text.str();
  EXPECT_EQ(parsed.problems[0].line, line) << text.str();
  EXPECT_EQ(parsed.problems[0].column, column) << text.str();
  EXPECT_EQ(parsed.problems[0].message, message.str()) << text.str();
}

//===----------------------------------------------------------------------===//
// Files that parse
//===----------------------------------------------------------------------===//

/// docs/rules.md's example.
constexpr const char *kExampleYaml = R"(rules:
  - op: acme.gemm
    reduction: {operand: 0, dims: [1]}
    macs: {per_reduction: 1}
  - op: acme.gelu
    flops: {per_output_element: 8}
    transcendentals: {per_output_element: 1}
  - op: acme.barrier
    int_ops: {fixed: 3}
    bytes_read: {fixed: 64}
  - op: acme.*
    flops: {per_input_element: 1}
  - op: acme.copy
    outputs: [1]
    bytes_written: {per_output_element: 4, per_input_element: 2, fixed: 7}
)";

TEST(CostRulesTest, ParsesYaml) {
  Parsed parsed = parse(kExampleYaml);
  ASSERT_NE(parsed.rules, nullptr);
  EXPECT_TRUE(parsed.problems.empty());
  EXPECT_EQ(parsed.rules->getFileName(), "rules.yaml");
  ASSERT_EQ(parsed.rules->getRules().size(), 5u);

  const CostRule *gemm = parsed.rules->lookup("acme.gemm");
  ASSERT_NE(gemm, nullptr);
  EXPECT_EQ(gemm->op, "acme.gemm");
  EXPECT_EQ(gemm->line, 2u); // "  - op: acme.gemm" is line 2
  EXPECT_EQ(gemm->reductionOperand, 0u);
  EXPECT_EQ(gemm->reductionDims, (SmallVector<unsigned>{1}));
  ASSERT_TRUE(gemm->terms[fieldIndex("macs")].has_value());
  EXPECT_EQ(gemm->terms[fieldIndex("macs")]->perReduction, 1);
  EXPECT_EQ(gemm->terms[fieldIndex("macs")]->perOutputElement, 0);
  // Counts a rule does not give are absent (apply() then defaults them).
  EXPECT_FALSE(gemm->terms[fieldIndex("flops")].has_value());
  EXPECT_FALSE(gemm->terms[fieldIndex("bytes_read")].has_value());
  EXPECT_TRUE(gemm->outputs.empty());

  const CostRule *gelu = parsed.rules->lookup("acme.gelu");
  ASSERT_NE(gelu, nullptr);
  EXPECT_EQ(gelu->line, 5u);
  EXPECT_EQ(gelu->terms[fieldIndex("flops")]->perOutputElement, 8);
  EXPECT_EQ(gelu->terms[fieldIndex("transcendentals")]->perOutputElement, 1);
  EXPECT_FALSE(gelu->reductionOperand.has_value());

  const CostRule *barrier = parsed.rules->lookup("acme.barrier");
  ASSERT_NE(barrier, nullptr);
  EXPECT_EQ(barrier->terms[fieldIndex("int_ops")]->fixed, 3);
  EXPECT_EQ(barrier->terms[fieldIndex("bytes_read")]->fixed, 64);

  const CostRule *copy = parsed.rules->lookup("acme.copy");
  ASSERT_NE(copy, nullptr);
  EXPECT_EQ(copy->outputs, (SmallVector<unsigned>{1}));
  const CostTerm &written = *copy->terms[fieldIndex("bytes_written")];
  EXPECT_EQ(written.perOutputElement, 4);
  EXPECT_EQ(written.perInputElement, 2);
  EXPECT_EQ(written.perReduction, 0);
  EXPECT_EQ(written.fixed, 7);
}

TEST(CostRulesTest, LookupFallsBackToDialectRule) {
  Parsed parsed = parse(kExampleYaml);
  ASSERT_NE(parsed.rules, nullptr);
  // An op with a rule of its own gets it, not the dialect's.
  EXPECT_EQ(parsed.rules->lookup("acme.gelu")->op, "acme.gelu");
  // Any other acme op gets "acme.*".
  const CostRule *other = parsed.rules->lookup("acme.relu");
  ASSERT_NE(other, nullptr);
  EXPECT_EQ(other->op, "acme.*");
  EXPECT_EQ(other->terms[fieldIndex("flops")]->perInputElement, 1);
  // Other dialects, and names without a dialect, have none.
  EXPECT_EQ(parsed.rules->lookup("linalg.matmul"), nullptr);
  EXPECT_EQ(parsed.rules->lookup("acme"), nullptr);
  EXPECT_EQ(parsed.rules->lookup("acmex.gemm"), nullptr);
}

TEST(CostRulesTest, ParsesJson) {
  // docs/rules.md's JSON example, one rule per line.
  Parsed parsed = parse(R"({"rules": [
  {"op": "acme.gemm", "reduction": {"operand": 2, "dims": [0, 3]},
   "macs": {"per_reduction": 1}},
  {"op": "acme.gelu", "flops": {"per_output_element": 8, "fixed": 1}}
]}
)",
                        "rules.json");
  ASSERT_NE(parsed.rules, nullptr);
  EXPECT_TRUE(parsed.problems.empty());
  ASSERT_EQ(parsed.rules->getRules().size(), 2u);
  const CostRule *gemm = parsed.rules->lookup("acme.gemm");
  ASSERT_NE(gemm, nullptr);
  EXPECT_EQ(gemm->line, 2u);
  EXPECT_EQ(gemm->reductionOperand, 2u);
  EXPECT_EQ(gemm->reductionDims, (SmallVector<unsigned>{0, 3}));
  EXPECT_EQ(gemm->terms[fieldIndex("macs")]->perReduction, 1);
  const CostRule *gelu = parsed.rules->lookup("acme.gelu");
  ASSERT_NE(gelu, nullptr);
  EXPECT_EQ(gelu->line, 4u);
  EXPECT_EQ(gelu->terms[fieldIndex("flops")]->perOutputElement, 8);
  EXPECT_EQ(gelu->terms[fieldIndex("flops")]->fixed, 1);
}

TEST(CostRulesTest, EmptyListIsValid) {
  Parsed parsed = parse("rules: []\n");
  ASSERT_NE(parsed.rules, nullptr);
  EXPECT_TRUE(parsed.rules->getRules().empty());
  EXPECT_EQ(parsed.rules->lookup("acme.gemm"), nullptr);
}

//===----------------------------------------------------------------------===//
// Errors, each at its line:column
//===----------------------------------------------------------------------===//

TEST(CostRulesTest, ErrorEmptyFile) {
  // llvm::yaml reads an empty file as one document holding a null node, so
  // the "empty rules file" message of CostRules::parse is not reached: the
  // null root is reported as not being a mapping.
  expectError("", 1, 1, "a rules file is a mapping with one key, 'rules'");
  // After a comment line, the null document is at the start of line 2.
  expectError("# only a comment\n", 2, 1,
              "a rules file is a mapping with one key, 'rules'");
}

TEST(CostRulesTest, ErrorTopLevel) {
  expectError("- op: acme.gemm\n", 1, 1,
              "a rules file is a mapping with one key, 'rules'");
  expectError("rules: []\nrulez: []\n", 2, 1,
              "unknown key 'rulez' at the top of a rules file; expected "
              "'rules'");
  // llvm::yaml places a flow mapping or sequence at its first entry: the
  // error is at "op" (column 9), not at the '{' (column 8).
  expectError("rules: {op: acme.gemm}\n", 1, 9,
              "'rules' must be a list of rules");
}

TEST(CostRulesTest, ErrorRuleShape) {
  expectError("rules:\n  - acme.gemm\n", 2, 5,
              "a rule must be a mapping with an 'op' key");
  // The rule's mapping starts at its first key, column 5.
  expectError("rules:\n  - flops: {fixed: 1}\n", 2, 5,
              "a rule needs an 'op' key naming the op it costs");
  expectError("rules:\n  - op: gemm\n", 2, 9,
              "'op' must be a full op name, dialect.op or dialect.*, not "
              "'gemm'");
  expectError("rules:\n  - op: acme.\n", 2, 9,
              "'op' must be a full op name, dialect.op or dialect.*, not "
              "'acme.'");
  // At the sequence's first entry, column 10.
  expectError("rules:\n  - op: [acme.gemm]\n", 2, 10,
              "'op' must be a single value");
}

TEST(CostRulesTest, ErrorUnknownKeys) {
  expectError("rules:\n  - op: acme.gemm\n    flop: {fixed: 1}\n", 3, 5,
              "unknown key 'flop' in a rule; expected op, outputs, "
              "reduction, flops, macs, int_ops, transcendentals, bytes_read "
              "or bytes_written");
  expectError("rules:\n  - op: acme.gemm\n    flops: {per_output: 1}\n", 3, 13,
              "unknown key 'per_output' in 'flops'; expected "
              "per_output_element, per_input_element, per_reduction or "
              "fixed");
  expectError("rules:\n  - op: acme.gemm\n    flops: 3\n", 3, 12,
              "'flops' must be a mapping of per_output_element, "
              "per_input_element, per_reduction and fixed");
}

TEST(CostRulesTest, ErrorAmounts) {
  // Column 33: "    flops: {per_output_element: " is 32 characters.
  expectError("rules:\n  - op: acme.gemm\n    flops: {per_output_element: "
              "-1}\n",
              3, 33,
              "'flops.per_output_element' must be a non-negative integer, "
              "not '-1'");
  expectError("rules:\n  - op: acme.gemm\n    macs: {fixed: 1.5}\n", 3, 19,
              "'macs.fixed' must be a non-negative integer, not '1.5'");
  expectError("rules:\n  - op: acme.gemm\n    macs: {fixed: many}\n", 3, 19,
              "'macs.fixed' must be a non-negative integer, not 'many'");
  // 2^63 does not fit int64.
  expectError("rules:\n  - op: acme.gemm\n    macs: {fixed: "
              "9223372036854775808}\n",
              3, 19,
              "'macs.fixed' must be a non-negative integer, not "
              "'9223372036854775808'");
}

TEST(CostRulesTest, ErrorOutputs) {
  expectError("rules:\n  - op: acme.copy\n    outputs: 1\n", 3, 14,
              "'outputs' must be a list of integers");
  // Column 18: "    outputs: [0, " is 17 characters.
  expectError("rules:\n  - op: acme.copy\n    outputs: [0, -2]\n", 3, 18,
              "'outputs' entry must be a non-negative integer, not '-2'");
  expectError("rules:\n  - op: acme.copy\n    outputs: [2000]\n", 3, 15,
              "'outputs' entry 2000 is out of range");
}

TEST(CostRulesTest, ErrorReduction) {
  // per_reduction needs to know which dimensions are reduced; the error is
  // at the rule (line 2, column 5).
  expectError("rules:\n  - op: acme.gemm\n    macs: {per_reduction: 1}\n", 2, 5,
              "rule for 'acme.gemm' uses per_reduction but has no "
              "'reduction: {operand: I, dims: [D, ...]}' saying which "
              "dimensions are reduced");
  // A reduction that nothing uses is an error at the reduction (at its
  // first key, column 17: "    reduction: {" is 16 characters).
  expectError("rules:\n  - op: acme.gemm\n    reduction: {operand: 0, dims: "
              "[1]}\n    macs: {fixed: 1}\n",
              3, 17, "'reduction' is given but no count uses per_reduction");
  expectError("rules:\n  - op: acme.gemm\n    reduction: {operand: 0}\n"
              "    macs: {per_reduction: 1}\n",
              3, 17, "'reduction' needs both 'operand' and 'dims'");
  expectError("rules:\n  - op: acme.gemm\n    reduction: {operand: 0, dim: "
              "[1]}\n",
              3, 29,
              "unknown key 'dim' in 'reduction'; expected operand or dims");
  expectError("rules:\n  - op: acme.gemm\n    reduction: [0, 1]\n", 3, 17,
              "'reduction' must be a mapping {operand: I, dims: [D, ...]}");
}

TEST(CostRulesTest, ErrorDuplicateRule) {
  expectError("rules:\n  - op: acme.gemm\n    macs: {fixed: 1}\n"
              "  - op: acme.gemm\n    macs: {fixed: 2}\n",
              4, 5, "a second rule for 'acme.gemm' (the first is at line 2)");
}

TEST(CostRulesTest, ErrorSyntax) {
  // An unterminated flow mapping: the YAML parser's own message, after the
  // last token of line 2 ("  - {op: acme.gemm" is 18 characters).
  Parsed parsed = parse("rules:\n  - {op: acme.gemm\n");
  EXPECT_EQ(parsed.rules, nullptr);
  ASSERT_FALSE(parsed.problems.empty());
  EXPECT_EQ(parsed.problems[0].line, 2u);
  EXPECT_EQ(parsed.problems[0].column, 19u);
  EXPECT_EQ(parsed.problems[0].message,
            "Unexpected token. Expected Key, Flow Entry, or Flow Mapping End.");
}

TEST(CostRulesTest, ErrorsInJson) {
  // The same checks in JSON, with JSON's positions: the value -1 starts at
  // column 51 of line 1 ('{"rules": [{"op": "acme.gemm", "flops": {"fixed": '
  // is 50 characters).
  Parsed parsed =
      parse(R"({"rules": [{"op": "acme.gemm", "flops": {"fixed": -1}}]})",
            "rules.json");
  EXPECT_EQ(parsed.rules, nullptr);
  ASSERT_EQ(parsed.problems.size(), 1u);
  EXPECT_EQ(parsed.problems[0].line, 1u);
  EXPECT_EQ(parsed.problems[0].column, 51u);
  EXPECT_EQ(parsed.problems[0].message,
            "'flops.fixed' must be a non-negative integer, not '-1'");

  // A missing ']': a syntax error, reported rather than crashing.
  parsed = parse("{\"rules\": [{\"op\": \"acme.gemm\"}\n", "rules.json");
  EXPECT_EQ(parsed.rules, nullptr);
  EXPECT_FALSE(parsed.problems.empty());
}

TEST(CostRulesTest, LoadMissingFile) {
  std::vector<Problem> problems;
  std::shared_ptr<const CostRules> rules = CostRules::load(
      "/nonexistent/rules.yaml",
      [&](unsigned line, unsigned column, const llvm::Twine &message) {
        problems.push_back({line, column, message.str()});
      });
  EXPECT_EQ(rules, nullptr);
  ASSERT_EQ(problems.size(), 1u);
  // An unreadable file is an error at line 0.
  EXPECT_EQ(problems[0].line, 0u);
  EXPECT_EQ(StringRef(problems[0].message)
                .starts_with("cannot read the rules file: "),
            true);
}

} // namespace
