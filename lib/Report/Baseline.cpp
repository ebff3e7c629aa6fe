//===- Baseline.cpp - Compare a report with an earlier one ----------------===//

#include "cost/Report/Baseline.h"
#include "cost/Analysis/Units.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"

#include <optional>
#include <string>
#include <vector>

using namespace mlir;
using namespace mlir::cost;
namespace json = llvm::json;

namespace {
/// The numbers the gate watches for one function.
struct Watched {
  std::optional<double> flops, bytes, timeS;
  /// Per op name, in report order: count, FLOPs, bytes, time.
  std::vector<std::pair<std::string, std::array<double, 4>>> kinds;

  const std::array<double, 4> *findKind(llvm::StringRef name) const {
    for (const auto &[op, numbers] : kinds)
      if (op == name)
        return &numbers;
    return nullptr;
  }
};
} // namespace

static std::optional<double> getNumber(const json::Object &object,
                                       llvm::StringRef key) {
  if (std::optional<int64_t> integer = object.getInteger(key))
    return static_cast<double>(*integer);
  return object.getNumber(key);
}

static Watched readWatched(const json::Object &object) {
  Watched watched;
  watched.flops = getNumber(object, "flops");
  std::optional<double> read = getNumber(object, "bytes_read");
  std::optional<double> written = getNumber(object, "bytes_written");
  if (read && written)
    watched.bytes = *read + *written;
  if (const json::Object *roofline = object.getObject("roofline"))
    watched.timeS = getNumber(*roofline, "time_s");
  if (const json::Array *kinds = object.getArray("op_kinds"))
    for (const json::Value &value : *kinds)
      if (const json::Object *kind = value.getAsObject())
        if (std::optional<llvm::StringRef> name = kind->getString("op"))
          watched.kinds.push_back({name->str(),
                                   {getNumber(*kind, "count").value_or(0),
                                    getNumber(*kind, "flops").value_or(0),
                                    getNumber(*kind, "bytes").value_or(0),
                                    getNumber(*kind, "time_s").value_or(0)}});
  return watched;
}

/// Function name -> watched numbers, with the module total as "(total)".
static std::optional<std::vector<std::pair<std::string, Watched>>>
readReport(const json::Value &report) {
  const json::Object *root = report.getAsObject();
  if (!root || !root->getString("schema") ||
      !root->getString("schema")->starts_with("cost-opt-report/"))
    return std::nullopt;
  std::vector<std::pair<std::string, Watched>> functions;
  if (const json::Array *list = root->getArray("functions"))
    for (const json::Value &value : *list)
      if (const json::Object *fn = value.getAsObject())
        if (std::optional<llvm::StringRef> name = fn->getString("name"))
          functions.emplace_back("@" + name->str(), readWatched(*fn));
  if (const json::Object *total = root->getObject("total"))
    functions.emplace_back("total", readWatched(*total));
  return functions;
}

/// Growth in percent; +inf from zero to something.
static double growth(double before, double after) {
  if (before == after)
    return 0;
  if (before == 0)
    return after > 0 ? INFINITY : -INFINITY;
  return (after - before) / before * 100.0;
}

static std::string describeGrowth(double percent) {
  if (std::isinf(percent))
    return "from 0";
  std::string text;
  llvm::raw_string_ostream(text) << llvm::format("%+.1f%%", percent);
  return text;
}

bool mlir::cost::compareWithBaseline(const json::Value &baseline,
                                     const json::Value &current,
                                     double maxIncreasePercent,
                                     llvm::StringRef baselineName,
                                     llvm::raw_ostream &os) {
  auto before = readReport(baseline);
  if (!before) {
    os << "error: " << baselineName
       << " is not a cost-opt JSON report (no \"schema\": "
          "\"cost-opt-report/...\")\n";
    return false;
  }
  auto after = readReport(current);
  assert(after && "the current report is ours");
  llvm::StringMap<const Watched *> old;
  for (auto &[name, watched] : *before)
    old[name] = &watched;

  // A gate that compares nothing is broken: at least one function must be
  // in both reports (the total alone says nothing about which model).
  size_t currentFunctions = 0, sharedFunctions = 0;
  for (auto &[name, now] : *after)
    if (name != "total") {
      ++currentFunctions;
      sharedFunctions += old.count(name);
    }
  if (currentFunctions && !sharedFunctions) {
    os << "error: " << baselineName
       << " shares no function with the model (it names ";
    llvm::SmallVector<std::string> names;
    for (auto &[name, watched] : *before)
      if (name != "total")
        names.push_back(name);
    os << (names.empty() ? std::string("none") : llvm::join(names, ", "))
       << "); the gate would compare nothing\n";
    return false;
  }

  std::string failures;
  llvm::raw_string_ostream out(failures);
  size_t compared = 0;
  for (auto &[name, now] : *after) {
    auto it = old.find(name);
    if (it == old.end())
      continue;
    ++compared;
    const Watched &was = *it->second;
    struct Metric {
      const char *label;
      std::optional<double> before, after;
      std::string (*format)(double);
    };
    Metric metrics[] = {
        {"FLOPs", was.flops, now.flops,
         [](double v) { return formatSIReal(v, "FLOPs"); }},
        {"bytes", was.bytes, now.bytes,
         [](double v) { return formatSIReal(v, "B"); }},
        {"time", was.timeS, now.timeS,
         [](double v) { return formatSIReal(v, "s"); }},
    };
    bool grew = false;
    for (const Metric &metric : metrics) {
      if (!metric.before || !metric.after)
        continue;
      double percent = growth(*metric.before, *metric.after);
      if (percent <= maxIncreasePercent)
        continue;
      if (!grew)
        out << "  " << name << ":";
      out << " " << metric.label << " " << metric.format(*metric.before)
          << " -> " << metric.format(*metric.after) << " ("
          << describeGrowth(percent) << ")";
      grew = true;
    }
    if (!grew)
      continue;
    out << "\n";
    // Which op kinds changed, in the current report's order.
    auto describeKind = [&](llvm::StringRef op, std::array<double, 4> a,
                            std::array<double, 4> b) {
      out << "    " << op << ": " << llvm::format("%g -> %g ops", a[0], b[0])
          << ", " << formatSIReal(a[1], "FLOPs") << " -> "
          << formatSIReal(b[1], "FLOPs") << ", " << formatSIReal(a[2], "B")
          << " -> " << formatSIReal(b[2], "B");
      if (a[3] != b[3])
        out << ", " << formatSIReal(a[3], "s") << " -> "
            << formatSIReal(b[3], "s");
      out << "\n";
    };
    for (const auto &[op, numbers] : now.kinds) {
      const std::array<double, 4> *previous = was.findKind(op);
      if (!previous || *previous != numbers)
        describeKind(op, previous ? *previous : std::array<double, 4>{},
                     numbers);
    }
    for (const auto &[op, numbers] : was.kinds)
      if (!now.findKind(op))
        describeKind(op, numbers, {});
  }
  if (!failures.empty()) {
    os << "error: cost grew by more than "
       << llvm::format("%g", maxIncreasePercent) << "% over the baseline "
       << baselineName << ":\n"
       << failures;
    return false;
  }
  os << "baseline " << baselineName << ": " << compared
     << " entries (functions and the total) compared, none grew by more than "
     << llvm::format("%g", maxIncreasePercent) << "%\n";
  return true;
}
