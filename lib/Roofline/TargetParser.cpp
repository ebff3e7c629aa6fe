//===- TargetParser.cpp - Parse chip data files ---------------------------===//
//
// The parser checks every field and reports the first problem with the
// file, line and column of the offending node (llvm::yaml's own
// diagnostics), so that a user's --target-file is easy to fix.
//
//===----------------------------------------------------------------------===

#include "cost/Roofline/PhysicalRanges.h"
#include "cost/Roofline/Target.h"
#include "cost/Support/SideFile.h"

#include "cost/Analysis/Units.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>

using namespace mlir;
using namespace mlir::cost;
namespace yaml = llvm::yaml;

//===----------------------------------------------------------------------===//
// Units
//===----------------------------------------------------------------------===//

namespace {
/// What a figure measures, and so which units it may be written in.
enum class Quantity { FloatRate, IntRate, Bandwidth, Capacity };
} // namespace

/// The factor that converts `unit` to the base unit of `quantity`, or an
/// explanation of why the unit is wrong.
static llvm::Expected<double> parseUnit(StringRef unit, Quantity quantity) {
  StringRef base;
  switch (quantity) {
  case Quantity::FloatRate:
    base = "FLOP/s";
    break;
  case Quantity::IntRate:
    base = "OP/s";
    break;
  case Quantity::Bandwidth:
    base = "B/s";
    break;
  case Quantity::Capacity:
    base = "B";
    break;
  }
  auto error = [&](const Twine &why) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "unit '" + unit + "' " + why);
  };
  if (unit.ends_with_insensitive("FLOPS") || unit.ends_with("FLOPs") ||
      unit.ends_with("TOPS") || unit.ends_with("OPs"))
    return error("is ambiguous: 'FLOPs' is a count and 'FLOPS' reads as "
                 "either; write a rate such as 'T" +
                 base + "'");
  if (!unit.consume_back(base))
    return error("is not a unit of this field; expected " + base +
                 " with an SI prefix (e.g. 'T" + base + "')");
  if (quantity == Quantity::Capacity && unit.consume_back("i")) {
    double factor = llvm::StringSwitch<double>(unit)
                        .Case("K", 0x1p10)
                        .Case("M", 0x1p20)
                        .Case("G", 0x1p30)
                        .Case("T", 0x1p40)
                        .Case("P", 0x1p50)
                        .Default(0);
    if (factor == 0)
      return error("has an unknown binary prefix");
    return factor;
  }
  double factor = llvm::StringSwitch<double>(unit)
                      .Case("", 1)
                      .Case("K", 1e3)
                      .Case("M", 1e6)
                      .Case("G", 1e9)
                      .Case("T", 1e12)
                      .Case("P", 1e15)
                      .Case("E", 1e18)
                      .Default(0);
  if (factor == 0)
    return error("has an unknown SI prefix; expected one of K, M, G, T, P, E");
  return factor;
}

//===----------------------------------------------------------------------===//
// Parser
//===----------------------------------------------------------------------===//

namespace {
class TargetParser {
public:
  TargetParser(StringRef text, StringRef fileName, llvm::raw_ostream &diag)
      : diag(diag), buffer(text, fileName) {
    sourceMgr.setDiagHandler(
        [](const llvm::SMDiagnostic &d, void *context) {
          d.print(nullptr, *static_cast<llvm::raw_ostream *>(context),
                  /*ShowColors=*/false);
        },
        &diag);
  }

  FailureOr<Target> parse();

private:
  /// Reports `message` at `node` ("field: message") and returns failure.
  LogicalResult error(yaml::Node *node, StringRef field, const Twine &message) {
    stream->printError(node, field + ": " + message);
    return failure();
  }

  FailureOr<yaml::MappingNode *> getMapping(yaml::Node *node, StringRef field);
  FailureOr<std::string> getScalar(yaml::Node *node, StringRef field);
  /// Calls `each(key, value)` for every entry of a mapping, rejecting
  /// duplicate keys.
  LogicalResult forEachEntry(
      yaml::MappingNode *mapping, StringRef field,
      llvm::function_ref<LogicalResult(StringRef, yaml::Node *, yaml::Node *)>
          each);
  /// A mapping whose values are all scalars, read in one pass (a yaml
  /// mapping can be iterated only once).
  struct ScalarEntry {
    std::string key;
    yaml::Node *keyNode;
    std::string value;
    yaml::Node *valueNode;
  };
  FailureOr<SmallVector<ScalarEntry>> collectScalars(yaml::Node *node,
                                                     StringRef field);
  FailureOr<Figure> parseFigure(yaml::Node *node, StringRef field,
                                Quantity quantity);
  FailureOr<Figure> parseFigure(ArrayRef<ScalarEntry> entries, yaml::Node *node,
                                StringRef field, Quantity quantity);
  LogicalResult parsePeaks(yaml::Node *node, StringRef field, bool sparse);

  llvm::raw_ostream &diag;
  llvm::SourceMgr sourceMgr;
  llvm::MemoryBufferRef buffer;
  std::unique_ptr<yaml::Stream> stream;
  Target target;
  /// Every source id a figure names, checked against `sources:` at the end.
  std::vector<std::pair<std::string, yaml::Node *>> sourceRefs;
};
} // namespace

FailureOr<yaml::MappingNode *> TargetParser::getMapping(yaml::Node *node,
                                                        StringRef field) {
  auto *mapping = dyn_cast_or_null<yaml::MappingNode>(node);
  if (!mapping) {
    (void)error(node, field, "expected a mapping ('key: value' entries)");
    return failure();
  }
  return mapping;
}

FailureOr<std::string> TargetParser::getScalar(yaml::Node *node,
                                               StringRef field) {
  SmallString<64> storage;
  if (auto *scalar = dyn_cast_or_null<yaml::ScalarNode>(node))
    return scalar->getValue(storage).str();
  if (auto *block = dyn_cast_or_null<yaml::BlockScalarNode>(node))
    return block->getValue().str();
  (void)error(node, field, "expected a single value");
  return failure();
}

LogicalResult TargetParser::forEachEntry(
    yaml::MappingNode *mapping, StringRef field,
    llvm::function_ref<LogicalResult(StringRef, yaml::Node *, yaml::Node *)>
        each) {
  llvm::StringSet<> seen;
  for (yaml::KeyValueNode &entry : *mapping) {
    FailureOr<std::string> key = getScalar(entry.getKey(), field);
    if (failed(key))
      return failure();
    std::string path = field.empty() ? *key : (field + "." + *key).str();
    if (!seen.insert(*key).second)
      return error(entry.getKey(), path, "appears twice");
    if (!entry.getValue() || isa<yaml::NullNode>(entry.getValue()))
      return error(entry.getKey(), path, "has no value");
    if (failed(each(*key, entry.getKey(), entry.getValue())))
      return failure();
  }
  return success();
}

FailureOr<SmallVector<TargetParser::ScalarEntry>>
TargetParser::collectScalars(yaml::Node *node, StringRef field) {
  FailureOr<yaml::MappingNode *> mapping = getMapping(node, field);
  if (failed(mapping))
    return failure();
  SmallVector<ScalarEntry> entries;
  if (failed(
          forEachEntry(*mapping, field,
                       [&](StringRef key, yaml::Node *keyNode,
                           yaml::Node *value) -> LogicalResult {
                         FailureOr<std::string> text =
                             getScalar(value, (field + "." + key).str());
                         if (failed(text))
                           return failure();
                         entries.push_back({key.str(), keyNode, *text, value});
                         return success();
                       })))
    return failure();
  return entries;
}

FailureOr<Figure> TargetParser::parseFigure(yaml::Node *node, StringRef field,
                                            Quantity quantity) {
  FailureOr<SmallVector<ScalarEntry>> entries = collectScalars(node, field);
  if (failed(entries))
    return failure();
  return parseFigure(*entries, node, field, quantity);
}

FailureOr<Figure> TargetParser::parseFigure(ArrayRef<ScalarEntry> entries,
                                            yaml::Node *node, StringRef field,
                                            Quantity quantity) {
  Figure figure;
  std::optional<double> value;
  std::optional<std::string> unit, source;
  yaml::Node *unitNode = nullptr;
  for (const ScalarEntry &entry : entries) {
    std::string path = (field + "." + entry.key).str();
    if (entry.key == "value") {
      double number;
      if (StringRef(entry.value).getAsDouble(number) || !(number > 0) ||
          !std::isfinite(number))
        return ((void)error(entry.valueNode, path,
                            "'" + entry.value + "' is not a positive number"),
                failure());
      value = number;
    } else if (entry.key == "unit") {
      unit = entry.value;
      unitNode = entry.valueNode;
    } else if (entry.key == "source") {
      source = entry.value;
      sourceRefs.emplace_back(entry.value, entry.valueNode);
    } else if (entry.key == "note") {
      figure.note = entry.value;
    } else {
      return ((void)error(entry.keyNode, path,
                          "unknown key; expected value, unit, source or "
                          "note"),
              failure());
    }
  }
  for (auto [present, key] : {std::pair{value.has_value(), "value"},
                              std::pair{unit.has_value(), "unit"},
                              std::pair{source.has_value(), "source"}})
    if (!present)
      return ((void)error(node, field, llvm::formatv("missing '{0}'", key)),
              failure());
  llvm::Expected<double> factor = parseUnit(*unit, quantity);
  if (!factor) {
    (void)error(unitNode, (field + ".unit").str(),
                llvm::toString(factor.takeError()));
    return failure();
  }
  figure.value = *value * *factor;
  if (std::optional<std::string> problem =
          checkPhysicalRange(figure.value, static_cast<int>(quantity)))
    return ((void)error(node, (field + ".value").str(), *problem), failure());
  figure.source = *source; // An id until resolve().
  return figure;
}

LogicalResult TargetParser::parsePeaks(yaml::Node *node, StringRef field,
                                       bool sparse) {
  FailureOr<yaml::MappingNode *> mapping = getMapping(node, field);
  if (failed(mapping))
    return failure();
  std::array<bool, kNumPrecisions> seen{};
  std::array<yaml::Node *, kNumPrecisions> fallbackNodes{};
  if (failed(forEachEntry(
          *mapping, field,
          [&](StringRef key, yaml::Node *keyNode,
              yaml::Node *valueNode) -> LogicalResult {
            std::string path = (field + "." + key).str();
            std::optional<Precision> precision = parsePrecision(key);
            if (!precision)
              return error(keyNode, path,
                           "unknown precision; expected fp64, fp32, tf32, "
                           "bf16, fp16, fp8 or int8");
            size_t index = static_cast<size_t>(*precision);
            seen[index] = true;
            Quantity quantity = isIntegerPrecision(*precision)
                                    ? Quantity::IntRate
                                    : Quantity::FloatRate;
            FailureOr<SmallVector<ScalarEntry>> entries =
                collectScalars(valueNode, path);
            if (failed(entries))
              return failure();
            bool isUnsupported =
                llvm::any_of(*entries, [](const ScalarEntry &e) {
                  return e.key == "unsupported";
                });
            if (sparse || !isUnsupported) {
              FailureOr<Figure> figure =
                  parseFigure(*entries, valueNode, path, quantity);
              if (failed(figure))
                return failure();
              if (sparse)
                target.sparsePeaks[index] = *figure;
              else
                target.peaks[index].figure = *figure;
              return success();
            }
            Peak &peak = target.peaks[index];
            for (const ScalarEntry &e : *entries) {
              std::string sub = path + "." + e.key;
              if (e.key == "unsupported") {
                peak.unsupported = e.value;
              } else if (e.key == "fallback") {
                peak.fallback = parsePrecision(e.value);
                if (!peak.fallback)
                  return error(e.valueNode, sub,
                               "'" + e.value + "' is not a precision");
                fallbackNodes[index] = e.valueNode;
              } else {
                return error(e.keyNode, sub,
                             "unknown key; an unsupported precision takes "
                             "'unsupported' and 'fallback'");
              }
            }
            return success();
          })))
    return failure();
  if (sparse)
    return success();
  for (Precision p : getPrecisions())
    if (!seen[static_cast<size_t>(p)])
      return error(node, field,
                   "missing '" + getPrecisionName(p) +
                       "' (write {unsupported: \"why\"} for a precision the "
                       "chip lacks)");
  // A fallback must end at a figure, not loop.
  for (Precision p : getPrecisions()) {
    size_t index = static_cast<size_t>(p);
    if (!target.peaks[index].fallback)
      continue;
    Precision at = p;
    size_t hops = 0;
    while (!target.getPeak(at).figure && target.getPeak(at).fallback &&
           hops++ < kNumPrecisions)
      at = *target.getPeak(at).fallback;
    if (hops > kNumPrecisions || !target.getPeak(at).figure)
      return error(fallbackNodes[index],
                   (field + "." + getPrecisionName(p) + ".fallback").str(),
                   "does not lead to a precision with a peak");
  }
  return success();
}

FailureOr<Target> TargetParser::parse() {
  stream = std::make_unique<yaml::Stream>(buffer, sourceMgr,
                                          /*ShowColors=*/false);
  yaml::document_iterator doc = stream->begin();
  if (doc == stream->end() || stream->failed()) {
    diag << buffer.getBufferIdentifier() << ": error: empty target file\n";
    return failure();
  }
  yaml::Node *root = doc->getRoot();
  if (stream->failed())
    return failure();
  FailureOr<yaml::MappingNode *> mapping = getMapping(root, "<top level>");
  if (failed(mapping))
    return failure();

  llvm::StringSet<> seen;
  if (failed(forEachEntry(
          *mapping, "",
          [&](StringRef key, yaml::Node *keyNode,
              yaml::Node *value) -> LogicalResult {
            seen.insert(key);
            auto scalarInto = [&](std::string &into) -> LogicalResult {
              FailureOr<std::string> text = getScalar(value, key);
              if (failed(text))
                return failure();
              into = *text;
              return success();
            };
            if (key == "name")
              return scalarInto(target.name);
            if (key == "description")
              return scalarInto(target.description);
            if (key == "kind")
              return scalarInto(target.kind);
            if (key == "sources") {
              FailureOr<yaml::MappingNode *> sources = getMapping(value, key);
              if (failed(sources))
                return failure();
              return forEachEntry(*sources, key,
                                  [&](StringRef id, yaml::Node *,
                                      yaml::Node *text) -> LogicalResult {
                                    FailureOr<std::string> body = getScalar(
                                        text, ("sources." + id).str());
                                    if (failed(body))
                                      return failure();
                                    target.sources[id.str()] = *body;
                                    return success();
                                  });
            }
            if (key == "peaks")
              return parsePeaks(value, key, /*sparse=*/false);
            if (key == "sparse_peaks")
              return parsePeaks(value, key, /*sparse=*/true);
            if (key == "memory") {
              FailureOr<yaml::MappingNode *> memory = getMapping(value, key);
              if (failed(memory))
                return failure();
              bool haveBandwidth = false, haveCapacity = false;
              if (failed(forEachEntry(
                      *memory, key,
                      [&](StringRef k, yaml::Node *kNode,
                          yaml::Node *v) -> LogicalResult {
                        std::string path = ("memory." + k).str();
                        if (k != "bandwidth" && k != "capacity")
                          return error(kNode, path,
                                       "unknown key; expected bandwidth or "
                                       "capacity");
                        bool isBandwidth = k == "bandwidth";
                        FailureOr<Figure> figure =
                            parseFigure(v, path,
                                        isBandwidth ? Quantity::Bandwidth
                                                    : Quantity::Capacity);
                        if (failed(figure))
                          return failure();
                        (isBandwidth ? target.bandwidth : target.capacity) =
                            *figure;
                        (isBandwidth ? haveBandwidth : haveCapacity) = true;
                        return success();
                      })))
                return failure();
              if (!haveBandwidth)
                return error(value, "memory", "missing 'bandwidth'");
              if (!haveCapacity)
                return error(value, "memory", "missing 'capacity'");
              return success();
            }
            return error(keyNode, key,
                         "unknown key; expected name, description, kind, "
                         "sources, peaks, sparse_peaks or memory");
          })))
    return failure();

  for (StringRef required :
       {"name", "description", "kind", "sources", "peaks", "memory"})
    if (!seen.contains(required))
      return ((void)error(root, "<top level>", "missing '" + required + "'"),
              failure());
  if (target.name.empty() || !llvm::all_of(target.name, [](char c) {
        return llvm::isDigit(c) || (c >= 'a' && c <= 'z') || c == '-' ||
               c == '_' || c == '.';
      }))
    return (
        (void)error(root, "name",
                    "'" + target.name +
                        "' must be lower-case letters, digits, '-', '_', '.'"),
        failure());
  if (target.kind != "gpu" && target.kind != "tpu" && target.kind != "npu" &&
      target.kind != "cpu")
    return (
        (void)error(root, "kind",
                    "'" + target.kind + "' is not one of gpu, tpu, npu, cpu"),
        failure());

  // Every figure's source id must be declared; replace ids by their text.
  for (auto &[id, node] : sourceRefs)
    if (!target.sources.count(id))
      return ((void)error(node, "source",
                          "'" + id + "' is not an id declared under 'sources'"),
              failure());
  auto resolve = [&](Figure &figure) {
    figure.source = target.sources[figure.source];
  };
  for (Peak &peak : target.peaks)
    if (peak.figure)
      resolve(*peak.figure);
  for (std::optional<Figure> &sparse : target.sparsePeaks)
    if (sparse)
      resolve(*sparse);
  resolve(target.bandwidth);
  resolve(target.capacity);
  // One document: a second one (after '---') would be silently ignored.
  // (Last: moving to the next document frees this one's nodes.)
  if (++doc != stream->end()) {
    yaml::Node *extra = doc->getRoot();
    if (stream->failed())
      return failure();
    if (extra && !isa<yaml::NullNode>(extra))
      return ((void)error(extra, "<top level>",
                          "a target file holds one document; this is more "
                          "after its end"),
              failure());
  }
  return target;
}

FailureOr<Target> mlir::cost::parseTarget(StringRef text, StringRef fileName,
                                          llvm::raw_ostream &diag) {
  return TargetParser(text, fileName, diag).parse();
}

FailureOr<Target> mlir::cost::loadTargetFile(StringRef path,
                                             llvm::raw_ostream &diag) {
  // Read once per process, bounded: a pipe gives the same text to every
  // reader, /dev/zero is refused.
  std::string error;
  std::optional<StringRef> text = readSideFile(path, error);
  if (!text) {
    diag << path << ": error: cannot read target file: " << error << "\n";
    return failure();
  }
  return parseTarget(*text, path, diag);
}
