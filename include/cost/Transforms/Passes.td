//===- Passes.td - cost-opt passes -------------------------*- tablegen -*-===//

#ifndef COST_TRANSFORMS_PASSES_TD
#define COST_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

//===----------------------------------------------------------------------===//
// The options, declared once. Each list is shared by the passes that take
// it, so an option has one spelling, one description and one default
// everywhere: in pass pipelines, in the generated pass documentation, and as
// a cost-opt flag (cost-tblgen -gen-cost-opt-flags makes the flags of
// CostReportPass's options; docs/command-line.md).
//===----------------------------------------------------------------------===//

// What is counted, and how: both passes.
defvar costCountingOptions = [
  Option<"convention", "convention", "std::string", /*default=*/"\"default\"",
         "Counting convention: 'default' (1 MAC = 2 FLOPs, every tap), "
         "'macs-as-flops' (a MAC is 1 FLOP, as thop/ptflops/fvcore), "
         "'xla' (as XLA's HloCostAnalysis) or 'exact' (no first add per "
         "output); docs/conventions.md",
         "::llvm::cl::value_desc(\"name\")">,
  Option<"costRules", "cost-rules", "std::string", /*default=*/"\"\"",
         "A rules file (YAML or JSON, docs/rules.md) giving costs by op "
         "name; a rule overrides an op's own model, and the report says so",
         "::llvm::cl::value_desc(\"path\")">,
  Option<"countPaddedTaps", "count-padded-taps", "bool", /*default=*/"true",
         "false: count only the taps of convolution and pooling windows "
         "that land inside the input, under any convention">,
  ListOption<"bind", "bind", "std::string",
             "Values of shape symbols, NAME=VALUE (comma-separated): a "
             "dynamic dimension traced to a bound symbol counts as that "
             "size (docs/symbolic.md)",
             "::llvm::cl::value_desc(\"NAME=VALUE\")">,
  ListOption<"entry", "entry", "std::string",
             "Root functions of the module total, by name (comma-separated; "
             "'inner::@g' names @g of the nested module @inner); by default "
             "the roots are the functions with a body that no other "
             "function calls, and the report lists them",
             "::llvm::cl::value_desc(\"NAME\")">,
  Option<"defaultDim", "default-dim", "int64_t", /*default=*/"-1",
         "Value of every shape symbol bind leaves unbound (-1: leave them "
         "as symbols, and counts as formulas)",
         "::llvm::cl::value_desc(\"K\")">,
  Option<"costDiagnostics", "cost-diagnostics", "std::string",
         /*default=*/"\"all\"",
         "Cost diagnostics emitted on ops: 'all' (ops not costed or "
         "unresolved as warnings; rule overrides as remarks), 'warnings' "
         "(no remarks) or 'none' (docs/diagnostics.md)">,
];

// The roofline estimate: the chip and its settings. Both passes; the chip
// is h100-sxm unless target=none (or another chip) is given.
defvar costRooflineOptions = [
  Option<"target", "target", "std::string", /*default=*/"\"h100-sxm\"",
         "Chip for the roofline estimate (a name from --list-targets): the "
         "report's times, and cost-annotate's cost.time_ns and cost.bound; "
         "'none': counts only",
         "::llvm::cl::value_desc(\"name\")">,
  Option<"targetFile", "target-file", "std::string", /*default=*/"\"\"",
         "A chip description of your own (YAML, docs/targets.md); "
         "overrides 'target'",
         "::llvm::cl::value_desc(\"path\")">,
  Option<"computeEfficiency", "compute-efficiency", "double",
         /*default=*/"1.0",
         "Fraction of the peak compute rate that is achievable, in [0.001, 1]">,
  Option<"bandwidthEfficiency", "bandwidth-efficiency", "double",
         /*default=*/"1.0",
         "Fraction of the peak memory bandwidth that is achievable, in "
         "[0.001, 1]">,
  Option<"allowTF32", "allow-tf32", "bool", /*default=*/"false",
         "Run f32 contractions at the chip's TF32 tensor-core peak">,
];

// The report: cost-report only.
defvar costReportOptions = [
  Option<"format", "format", "std::string", /*default=*/"\"text\"",
         "Report format: 'text' (aligned tables), 'json' (schema "
         "cost-opt-report/1, docs/json-schema.md) or 'csv' (one row per op)",
         "::llvm::cl::value_desc(\"name\")">,
  Option<"exact", "exact", "bool", /*default=*/"false",
         "Print exact integers instead of SI-prefixed numbers in the text "
         "report">,
  Option<"reportFile", "report-file", "std::string", /*default=*/"\"-\"",
         "Where to write the report ('-' for standard output; cost-opt "
         "--flops writes to -o unless this is given); the file is written "
         "atomically, and not at all on error",
         "::llvm::cl::value_desc(\"path\")">,
  Option<"rooflineSvg", "roofline-svg", "std::string", /*default=*/"\"\"",
         "Also write a roofline plot (SVG) of the ops to this file",
         "::llvm::cl::value_desc(\"path\")">,
  Option<"baseline", "baseline", "std::string", /*default=*/"\"\"",
         "An earlier JSON report: fail if a function's FLOPs, bytes or "
         "estimated time grew by more than max-increase percent",
         "::llvm::cl::value_desc(\"report.json\")">,
  Option<"maxIncrease", "max-increase", "double", /*default=*/"0.0",
         "Allowed growth over the baseline, in percent",
         "::llvm::cl::value_desc(\"percent\")">,
  // Where the cost is (docs/where-the-cost-is.md): the layer table and the
  // HTML report.
  Option<"layers", "layers", "std::string", /*default=*/"\"none\"",
         "Add the cost by layer (from op locations) to the report: given "
         "alone or 'all', every level in the text table; =DEPTH, DEPTH "
         "levels; 'none' (the default): no layer table (JSON then has no "
         "layers either)",
         "::llvm::cl::ValueOptional, ::llvm::cl::value_desc(\"depth\")">,
  Option<"groupBy", "group-by", "std::string", /*default=*/"\"\"",
         "What a layer is: 'layer' (the name a location carries) or "
         "'source' (the innermost file:line); either turns the layer table "
         "on",
         "::llvm::cl::value_desc(\"layer|source\")">,
  Option<"layerSeparators", "layer-separators", "std::string",
         /*default=*/"\"./\"",
         "The characters that split a layer name into levels",
         "::llvm::cl::value_desc(\"chars\")">,
  Option<"reportHtml", "report-html", "std::string", /*default=*/"\"\"",
         "Also write the report as one self-contained HTML page (layer "
         "tree, op table, roofline chart, pass table) to this file, "
         "atomically",
         "::llvm::cl::value_desc(\"path\")">,
];

def CostAnnotatePass : Pass<"cost-annotate"> {
  let summary = "Attach FLOPs, MACs, integer OPs, transcendentals and bytes to every op";
  let description = [{
    Runs the cost analysis and writes its result onto each op that carries
    tensor- or buffer-level work, as `i64` attributes: `cost.flops`,
    `cost.macs`, `cost.int_ops`, `cost.transcendentals`, `cost.bytes_read`
    and `cost.bytes_written`. The scalar ops inside a linalg payload are not
    annotated: the op that owns the payload carries their total.

    Each costed op also gets its roofline estimate for one execution on the
    target chip (default `h100-sxm`; `target=none` turns it off):
    `cost.time_ns` (f64) and `cost.bound` ("compute" or "memory"; for a loop
    or branch, the bound of the larger share of its time). Where the counts
    depend on shape symbols without a value there is no time; that is a
    warning only when `target` or `target-file` was given.

    An op whose cost cannot be determined statically (a dynamic dimension, a
    loop with an unknown trip count) gets `cost.unresolved = "<reason>"`
    instead; an op with no cost model gets the unit attribute
    `cost.uncounted`. Neither is ever annotated with zeros.

    The pass has no anchor op: it runs on a module (every function in it) or
    nested on single functions, e.g.
    `--pass-pipeline='builtin.module(func.func(cost-annotate))'`. It only
    adds discardable attributes and preserves all analyses.
  }];
  let options = !listconcat(costCountingOptions, costRooflineOptions);
}

def CostReportPass : Pass<"cost-report", "::mlir::ModuleOp"> {
  let summary = "Print per-function and module cost totals";
  let description = [{
    Runs the cost analysis on the module and prints, per function in module
    order and for the whole module: FLOPs, MACs, integer OPs,
    transcendentals, bytes read and written, parameters (weights stored in
    the IR), the number of ops costed, and the ops that could not be costed
    (by name and count) or whose cost is unresolved (with location and
    reason). The IR is left unchanged.

    With a target (default `h100-sxm`; `target=none` for counts only) the
    report adds the roofline estimate of docs/roofline.md: per function and
    module time, its compute- and memory-bound shares, a fused lower bound,
    and the ops with the largest estimated time.

    `cost-opt --flops FILE` runs this pass and prints only the report.
  }];
  let options = !listconcat(costCountingOptions, costRooflineOptions,
                            costReportOptions);
}

#endif // COST_TRANSFORMS_PASSES_TD
