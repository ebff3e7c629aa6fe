//===- TargetTest.cpp - Tests of the chip data parser ---------------------===//
//
// parseTarget (include/cost/Roofline/Target.h) reads a chip file
// (docs/targets.md) into peaks, bandwidth and capacity in base units, and
// reports the first problem as one "file:line:col: error: field: what"
// diagnostic. These tests parse a small valid chip, then break it one line
// at a time, one test per kind of error, each pinning its position.
//
//===----------------------------------------------------------------------===//

#include "cost/Roofline/Target.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

#include <string>
#include <vector>

using namespace mlir;
using namespace mlir::cost;

namespace {

/// A valid chip file, one entry per line (line N is kChip[N - 1]).
const std::vector<std::string> kChip = {
    /*1*/ "name: test-chip",
    /*2*/ "description: A test chip",
    /*3*/ "kind: gpu",
    /*4*/ "sources:",
    /*5*/ "  sheet: Data sheet",
    /*6*/ "peaks:",
    /*7*/ "  fp64: {value: 1, unit: TFLOP/s, source: sheet}",
    /*8*/ "  fp32: {value: 2, unit: TFLOP/s, source: sheet}",
    /*9*/ "  tf32: {unsupported: \"no TF32 units\", fallback: fp32}",
    /*10*/ "  bf16: {value: 8, unit: TFLOP/s, source: sheet, note: dense rate}",
    /*11*/ "  fp16: {value: 8, unit: TFLOP/s, source: sheet}",
    /*12*/ "  fp8: {unsupported: \"no FP8\"}",
    /*13*/ "  int8: {value: 16, unit: TOP/s, source: sheet}",
    /*14*/ "sparse_peaks:",
    /*15*/ "  fp16: {value: 16, unit: TFLOP/s, source: sheet}",
    /*16*/ "memory:",
    /*17*/ "  bandwidth: {value: 1.5, unit: TB/s, source: sheet}",
    /*18*/ "  capacity: {value: 16, unit: GiB, source: sheet}",
};

std::string join(const std::vector<std::string> &lines) {
  std::string text;
  for (const std::string &line : lines)
    text += line + "\n";
  return text;
}

/// kChip with line `line` (1-based) replaced by `text`.
std::string withLine(size_t line, const std::string &text) {
  std::vector<std::string> lines = kChip;
  lines[line - 1] = text;
  return join(lines);
}

/// kChip without lines `first` to `last` (1-based, inclusive).
std::string withoutLines(size_t first, size_t last) {
  std::vector<std::string> lines = kChip;
  lines.erase(lines.begin() + (first - 1), lines.begin() + last);
  return join(lines);
}

/// The first line of the diagnostic parsing `text` as chip.yaml gives, or
/// "(parsed)" if it parsed.
std::string firstError(const std::string &text) {
  std::string diag;
  llvm::raw_string_ostream os(diag);
  FailureOr<Target> target = parseTarget(text, "chip.yaml", os);
  if (succeeded(target)) {
    EXPECT_TRUE(diag.empty()) << diag;
    return "(parsed)";
  }
  return StringRef(diag).split('\n').first.str();
}

//===----------------------------------------------------------------------===//
// Valid files
//===----------------------------------------------------------------------===//

TEST(TargetTest, ParsesChip) {
  std::string diag;
  llvm::raw_string_ostream os(diag);
  FailureOr<Target> parsed = parseTarget(join(kChip), "chip.yaml", os);
  ASSERT_TRUE(succeeded(parsed)) << diag;
  EXPECT_TRUE(diag.empty());
  const Target &t = *parsed;
  EXPECT_EQ(t.name, "test-chip");
  EXPECT_EQ(t.description, "A test chip");
  EXPECT_EQ(t.kind, "gpu");
  EXPECT_EQ(t.sources,
            (std::map<std::string, std::string>{{"sheet", "Data sheet"}}));

  // Peaks in FLOP/s (OP/s for int8): T = 1e12.
  ASSERT_TRUE(t.getPeak(Precision::FP64).figure.has_value());
  EXPECT_DOUBLE_EQ(t.getPeak(Precision::FP64).figure->value, 1e12);  // 1 T
  EXPECT_DOUBLE_EQ(t.getPeak(Precision::FP32).figure->value, 2e12);  // 2 T
  EXPECT_DOUBLE_EQ(t.getPeak(Precision::BF16).figure->value, 8e12);  // 8 T
  EXPECT_DOUBLE_EQ(t.getPeak(Precision::INT8).figure->value, 16e12); // 16 T
  // A figure's source id is replaced by the text it names.
  EXPECT_EQ(t.getPeak(Precision::FP32).figure->source, "Data sheet");
  EXPECT_EQ(t.getPeak(Precision::BF16).figure->note, "dense rate");
  EXPECT_EQ(t.getPeak(Precision::FP32).figure->note, "");

  // tf32 is unsupported and runs at fp32's peak.
  const Peak &tf32 = t.getPeak(Precision::TF32);
  EXPECT_FALSE(tf32.figure.has_value());
  EXPECT_EQ(tf32.unsupported, "no TF32 units");
  EXPECT_EQ(tf32.fallback, Precision::FP32);
  std::optional<std::pair<double, Precision>> effective =
      t.getEffectivePeak(Precision::TF32);
  ASSERT_TRUE(effective.has_value());
  EXPECT_DOUBLE_EQ(effective->first, 2e12);
  EXPECT_EQ(effective->second, Precision::FP32);
  // fp8 is unsupported without a fallback: no compute time at all.
  EXPECT_EQ(t.getPeak(Precision::FP8).unsupported, "no FP8");
  EXPECT_EQ(t.getEffectivePeak(Precision::FP8), std::nullopt);
  // A supported precision is its own effective peak.
  EXPECT_EQ(t.getEffectivePeak(Precision::FP16),
            std::make_pair(8e12, Precision::FP16));

  // Sparse peaks are listed, only where given.
  const std::optional<Figure> &sparse =
      t.sparsePeaks[static_cast<size_t>(Precision::FP16)];
  ASSERT_TRUE(sparse.has_value());
  EXPECT_DOUBLE_EQ(sparse->value, 16e12);
  EXPECT_FALSE(t.sparsePeaks[static_cast<size_t>(Precision::FP32)]);

  // 1.5 TB/s = 1.5e12 B/s; 16 GiB = 16 * 2^30 = 17179869184 B.
  EXPECT_DOUBLE_EQ(t.bandwidth.value, 1.5e12);
  EXPECT_DOUBLE_EQ(t.capacity.value, 17179869184.0);
  EXPECT_EQ(t.capacity.source, "Data sheet");
}

TEST(TargetTest, Units) {
  // Capacity in SI units: 80 GB = 80e9 B; in binary: 512 MiB = 2^29 B.
  std::vector<std::string> lines = kChip;
  lines[17] = "  capacity: {value: 80, unit: GB, source: sheet}";
  FailureOr<Target> si = parseTarget(join(lines), "chip.yaml", llvm::nulls());
  ASSERT_TRUE(succeeded(si));
  EXPECT_DOUBLE_EQ(si->capacity.value, 80e9);
  lines[17] = "  capacity: {value: 512, unit: MiB, source: sheet}";
  FailureOr<Target> binary =
      parseTarget(join(lines), "chip.yaml", llvm::nulls());
  ASSERT_TRUE(succeeded(binary));
  EXPECT_DOUBLE_EQ(binary->capacity.value, 536870912.0); // 512 * 2^20 = 2^29
  // Rates with other SI prefixes: 900 GB/s = 9e11 B/s, 1.2 PFLOP/s = 1.2e15.
  lines[16] = "  bandwidth: {value: 900, unit: GB/s, source: sheet}";
  lines[7] = "  fp32: {value: 1.2, unit: PFLOP/s, source: sheet}";
  FailureOr<Target> rates =
      parseTarget(join(lines), "chip.yaml", llvm::nulls());
  ASSERT_TRUE(succeeded(rates));
  EXPECT_DOUBLE_EQ(rates->bandwidth.value, 9e11);
  EXPECT_DOUBLE_EQ(rates->getPeak(Precision::FP32).figure->value, 1.2e15);
}

TEST(TargetTest, Precisions) {
  EXPECT_EQ(getPrecisions().size(), kNumPrecisions);
  for (Precision p : getPrecisions())
    EXPECT_EQ(parsePrecision(getPrecisionName(p)), p);
  EXPECT_EQ(getPrecisionName(Precision::BF16), "bf16");
  EXPECT_EQ(parsePrecision("fp4"), std::nullopt);
  EXPECT_EQ(parsePrecision("FP32"), std::nullopt); // names are lower-case
  EXPECT_TRUE(isIntegerPrecision(Precision::INT8));
  EXPECT_FALSE(isIntegerPrecision(Precision::FP8));
}

TEST(TargetTest, BuiltinTargetsParse) {
  std::vector<std::string> names = getBuiltinTargetNames();
  ASSERT_FALSE(names.empty());
  EXPECT_TRUE(llvm::is_sorted(names));
  for (const std::string &name : names) {
    std::string diag;
    llvm::raw_string_ostream os(diag);
    FailureOr<Target> target = getBuiltinTarget(name, os);
    ASSERT_TRUE(succeeded(target)) << name << ": " << diag;
    EXPECT_EQ(target->name, name);
    EXPECT_TRUE(diag.empty()) << diag;
  }
  // The default chip, as targets/h100-sxm.yaml gives it: fp32 67 TFLOP/s,
  // 3.35 TB/s, 80 GB = 80e9 B.
  FailureOr<Target> h100 = getBuiltinTarget(kDefaultTarget, llvm::nulls());
  ASSERT_TRUE(succeeded(h100));
  EXPECT_DOUBLE_EQ(h100->getPeak(Precision::FP32).figure->value, 67e12);
  EXPECT_DOUBLE_EQ(h100->bandwidth.value, 3.35e12);
  EXPECT_DOUBLE_EQ(h100->capacity.value, 80e9);
}

TEST(TargetTest, SelectTarget) {
  // "none" turns the roofline off: success, no target.
  FailureOr<std::optional<Target>> none =
      selectTarget("none", "", llvm::nulls());
  ASSERT_TRUE(succeeded(none));
  EXPECT_FALSE(none->has_value());
  // No name: the default chip.
  FailureOr<std::optional<Target>> byDefault =
      selectTarget("", "", llvm::nulls());
  ASSERT_TRUE(succeeded(byDefault));
  ASSERT_TRUE(byDefault->has_value());
  EXPECT_EQ((*byDefault)->name, "h100-sxm");
  // An unknown name lists the known ones.
  std::string diag;
  llvm::raw_string_ostream os(diag);
  EXPECT_TRUE(failed(selectTarget("h100", "", os)));
  EXPECT_TRUE(StringRef(diag).starts_with(
      "error: unknown target 'h100'; known targets: a100-sxm-80gb, "))
      << diag;
}

//===----------------------------------------------------------------------===//
// Errors: file:line:col: error: field: what
//===----------------------------------------------------------------------===//

TEST(TargetTest, ErrorEmptyOrNotAMapping) {
  // llvm::yaml reads an empty file as one document holding a null node, so
  // parseTarget's "empty target file" message is not reached: the null root
  // is reported as not being a mapping.
  EXPECT_EQ(firstError(""),
            "chip.yaml:1:1: error: <top level>: expected a mapping ('key: "
            "value' entries)");
  EXPECT_EQ(firstError("- a\n- b\n"),
            "chip.yaml:1:1: error: <top level>: expected a mapping ('key: "
            "value' entries)");
}

TEST(TargetTest, ErrorSyntax) {
  // An unterminated flow mapping: the YAML parser's own message, with a
  // position.
  std::string error = firstError(withLine(8, "  fp32: {value: 2, unit: "));
  EXPECT_TRUE(StringRef(error).starts_with("chip.yaml:")) << error;
  EXPECT_TRUE(StringRef(error).contains(": error: ")) << error;
}

TEST(TargetTest, ErrorTopLevelKeys) {
  // An unknown key, at the key (line 19 appended).
  std::vector<std::string> lines = kChip;
  lines.push_back("power: 700");
  EXPECT_EQ(firstError(join(lines)),
            "chip.yaml:19:1: error: power: unknown key; expected name, "
            "description, kind, sources, peaks, sparse_peaks or memory");
  // A key given twice, at its second occurrence.
  EXPECT_EQ(firstError(withLine(2, "name: other")),
            "chip.yaml:2:1: error: name: appears twice");
  // A key without a value.
  EXPECT_EQ(firstError(withLine(2, "description:")),
            "chip.yaml:2:1: error: description: has no value");
  // A required key missing: at the top-level mapping (1:1).
  EXPECT_EQ(firstError(withoutLines(16, 18)),
            "chip.yaml:1:1: error: <top level>: missing 'memory'");
  EXPECT_EQ(firstError(withoutLines(2, 2)),
            "chip.yaml:1:1: error: <top level>: missing 'description'");
}

TEST(TargetTest, ErrorShapes) {
  // llvm::yaml places a flow sequence or mapping at its first entry: "a",
  // column 8 ("name: [" is 7 characters).
  EXPECT_EQ(firstError(withLine(1, "name: [a, b]")),
            "chip.yaml:1:8: error: name: expected a single value");
  // "peaks: " is 7 characters: column 8 (its entries removed).
  std::vector<std::string> lines = kChip;
  lines[5] = "peaks: 3";
  lines.erase(lines.begin() + 6, lines.begin() + 13);
  EXPECT_EQ(firstError(join(lines)),
            "chip.yaml:6:8: error: peaks: expected a mapping ('key: value' "
            "entries)");
}

TEST(TargetTest, ErrorNameAndKind) {
  // Both are checked after the whole file is read, at the top level.
  EXPECT_EQ(firstError(withLine(1, "name: H100")),
            "chip.yaml:1:1: error: name: 'H100' must be lower-case letters, "
            "digits, '-', '_', '.'");
  EXPECT_EQ(firstError(withLine(3, "kind: fpga")),
            "chip.yaml:1:1: error: kind: 'fpga' is not one of gpu, tpu, "
            "npu, cpu");
}

TEST(TargetTest, ErrorFigureValue) {
  // "  fp32: {value: " is 16 characters: the value is at column 17.
  EXPECT_EQ(firstError(withLine(
                8, "  fp32: {value: -2, unit: TFLOP/s, source: sheet}")),
            "chip.yaml:8:17: error: peaks.fp32.value: '-2' is not a positive "
            "number");
  EXPECT_EQ(firstError(withLine(
                8, "  fp32: {value: 0, unit: TFLOP/s, source: sheet}")),
            "chip.yaml:8:17: error: peaks.fp32.value: '0' is not a positive "
            "number");
  EXPECT_EQ(firstError(withLine(
                8, "  fp32: {value: fast, unit: TFLOP/s, source: sheet}")),
            "chip.yaml:8:17: error: peaks.fp32.value: 'fast' is not a "
            "positive number");
}

TEST(TargetTest, ErrorFigureKeys) {
  // A missing key is reported at the figure's mapping, which llvm::yaml
  // places at its first key: "  fp32: {" is 9 characters, column 10.
  EXPECT_EQ(firstError(withLine(8, "  fp32: {value: 2, unit: TFLOP/s}")),
            "chip.yaml:8:10: error: peaks.fp32: missing 'source'");
  EXPECT_EQ(firstError(withLine(8, "  fp32: {value: 2, source: sheet}")),
            "chip.yaml:8:10: error: peaks.fp32: missing 'unit'");
  EXPECT_EQ(firstError(withLine(8, "  fp32: {unit: TFLOP/s, source: sheet}")),
            "chip.yaml:8:10: error: peaks.fp32: missing 'value'");
  // An unknown key, at the key: "  fp32: {value: 2, unit: TFLOP/s, " is 34
  // characters, column 35.
  EXPECT_EQ(firstError(
                withLine(8, "  fp32: {value: 2, unit: TFLOP/s, sorce: sheet}")),
            "chip.yaml:8:35: error: peaks.fp32.sorce: unknown key; expected "
            "value, unit, source or note");
  // The source id must be declared: "  fp32: {value: 2, unit: TFLOP/s,
  // source: " is 42 characters, column 43.
  EXPECT_EQ(firstError(withLine(
                8, "  fp32: {value: 2, unit: TFLOP/s, source: datasheet}")),
            "chip.yaml:8:43: error: source: 'datasheet' is not an id "
            "declared under 'sources'");
}

TEST(TargetTest, ErrorUnits) {
  // "  fp32: {value: 2, unit: " is 25 characters: the unit is at column 26.
  EXPECT_EQ(firstError(
                withLine(8, "  fp32: {value: 2, unit: TFLOPS, source: sheet}")),
            "chip.yaml:8:26: error: peaks.fp32.unit: unit 'TFLOPS' is "
            "ambiguous: 'FLOPs' is a count and 'FLOPS' reads as either; "
            "write a rate such as 'TFLOP/s'");
  // The message quotes only the prefix, 'X' (see
  // DISABLED_UnitMessagesQuoteTheWholeUnit).
  EXPECT_EQ(firstError(withLine(
                8, "  fp32: {value: 2, unit: XFLOP/s, source: sheet}")),
            "chip.yaml:8:26: error: peaks.fp32.unit: unit 'X' has an "
            "unknown SI prefix; expected one of K, M, G, T, P, E");
  // int8 is in OP/s: "  int8: {value: 16, unit: " is 26 characters.
  EXPECT_EQ(firstError(
                withLine(13, "  int8: {value: 16, unit: TB/s, source: sheet}")),
            "chip.yaml:13:27: error: peaks.int8.unit: unit 'TB/s' is not "
            "a unit of this field; expected OP/s with an SI prefix (e.g. "
            "'TOP/s')");
  // A rate where a bandwidth belongs: "  bandwidth: {value: 1.5, unit: " is
  // 32 characters.
  EXPECT_EQ(firstError(withLine(
                17, "  bandwidth: {value: 1.5, unit: TFLOP/s, source: sheet}")),
            "chip.yaml:17:33: error: memory.bandwidth.unit: unit 'TFLOP/s' is "
            "not a unit of this field; expected B/s with an SI prefix (e.g. "
            "'TB/s')");
  // "  capacity: {value: 16, unit: " is 30 characters.
  EXPECT_EQ(firstError(withLine(
                18, "  capacity: {value: 16, unit: XiB, source: sheet}")),
            "chip.yaml:18:31: error: memory.capacity.unit: unit 'X' has an "
            "unknown binary prefix");
}

// What the unit messages should say, and do not yet: parseUnit strips the
// base unit (and the 'i' of a binary prefix) from `unit` before it builds
// the message, so the message quotes what is left, and a FLOP/s rate given
// for int8 (whose base unit OP/s is a suffix of FLOP/s) is reported as the
// unknown SI prefix 'TFL'. Enable this test when that is fixed.
TEST(TargetTest, DISABLED_UnitMessagesQuoteTheWholeUnit) {
  EXPECT_EQ(firstError(withLine(
                8, "  fp32: {value: 2, unit: XFLOP/s, source: sheet}")),
            "chip.yaml:8:26: error: peaks.fp32.unit: unit 'XFLOP/s' has an "
            "unknown SI prefix; expected one of K, M, G, T, P, E");
  EXPECT_EQ(firstError(withLine(
                18, "  capacity: {value: 16, unit: XiB, source: sheet}")),
            "chip.yaml:18:31: error: memory.capacity.unit: unit 'XiB' has an "
            "unknown binary prefix");
  EXPECT_EQ(firstError(withLine(
                13, "  int8: {value: 16, unit: TFLOP/s, source: sheet}")),
            "chip.yaml:13:27: error: peaks.int8.unit: unit 'TFLOP/s' is not "
            "a unit of this field; expected OP/s with an SI prefix (e.g. "
            "'TOP/s')");
}

TEST(TargetTest, ErrorPeaks) {
  // An unknown precision, at its key.
  EXPECT_EQ(firstError(withLine(12, "  fp4: {unsupported: \"no\"}")),
            "chip.yaml:12:3: error: peaks.fp4: unknown precision; expected "
            "fp64, fp32, tf32, bf16, fp16, fp8 or int8");
  // A missing precision, at the peaks mapping (its first key, 7:3).
  EXPECT_EQ(firstError(withoutLines(13, 13)),
            "chip.yaml:7:3: error: peaks: missing 'int8' (write "
            "{unsupported: \"why\"} for a precision the chip lacks)");
  // An unsupported precision takes only 'unsupported' and 'fallback':
  // "  fp8: {unsupported: \"no FP8\", " is 31 characters.
  EXPECT_EQ(firstError(withLine(12, "  fp8: {unsupported: \"no FP8\", value: "
                                    "3}")),
            "chip.yaml:12:32: error: peaks.fp8.value: unknown key; an "
            "unsupported precision takes 'unsupported' and 'fallback'");
}

TEST(TargetTest, ErrorFallbacks) {
  // "  tf32: {unsupported: \"no TF32 units\", fallback: " is 49 characters.
  EXPECT_EQ(firstError(withLine(9, "  tf32: {unsupported: \"no TF32 units\", "
                                   "fallback: fp33}")),
            "chip.yaml:9:50: error: peaks.tf32.fallback: 'fp33' is not a "
            "precision");
  // tf32 -> fp8 -> tf32 never reaches a peak; reported at tf32's fallback,
  // the first precision of the loop in report order.
  std::vector<std::string> lines = kChip;
  lines[8] = "  tf32: {unsupported: \"no TF32 units\", fallback: fp8}";
  lines[11] = "  fp8: {unsupported: \"no FP8\", fallback: tf32}";
  EXPECT_EQ(firstError(join(lines)),
            "chip.yaml:9:50: error: peaks.tf32.fallback: does not lead to a "
            "precision with a peak");
  // A fallback to a precision that is itself unsupported without one.
  EXPECT_EQ(firstError(withLine(9, "  tf32: {unsupported: \"no TF32 units\", "
                                   "fallback: fp8}")),
            "chip.yaml:9:50: error: peaks.tf32.fallback: does not lead to a "
            "precision with a peak");
}

TEST(TargetTest, ErrorMemory) {
  // A missing figure, at the memory mapping (its first key, 17:3).
  EXPECT_EQ(firstError(withoutLines(18, 18)),
            "chip.yaml:17:3: error: memory: missing 'capacity'");
  EXPECT_EQ(firstError(withLine(18, "  size: {value: 16, unit: GiB, source: "
                                    "sheet}")),
            "chip.yaml:18:3: error: memory.size: unknown key; expected "
            "bandwidth or capacity");
}

TEST(TargetTest, LoadMissingFile) {
  std::string diag;
  llvm::raw_string_ostream os(diag);
  EXPECT_TRUE(failed(loadTargetFile("/nonexistent/chip.yaml", os)));
  EXPECT_EQ(diag, "/nonexistent/chip.yaml: error: cannot read target file: "
                  "No such file or directory\n");
}

} // namespace
