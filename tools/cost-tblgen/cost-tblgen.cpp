//===- cost-tblgen.cpp - cost-opt's TableGen backends ---------------------===//
//
// mlir-tblgen plus one generator, -gen-cost-opt-flags: the command-line
// flags of a pass's options. For each `Pass` def it emits, under
// GEN_PASS_FLAGS_<DEFNAME>, a struct <DefName>Flags holding one
// llvm::cl::opt (llvm::cl::list for a ListOption, comma-separated) per
// option, with the option's argument, description, default and additional
// flags, in a category the caller gives; and copyTo(<DefName>Options &),
// which copies the flags' values into the options struct that
// -gen-pass-decls makes. So a tool's flags and the pass's options are
// declared once, in the .td file (docs/command-line.md).
//
//===----------------------------------------------------------------------===//

#include "mlir/TableGen/GenInfo.h"
#include "mlir/TableGen/Pass.h"
#include "mlir/Tools/mlir-tblgen/MlirTblgenMain.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TableGen/Record.h"
#include "llvm/TableGen/TableGenBackend.h"

using namespace mlir;
using namespace mlir::tblgen;

/// Writes `text` as a C++ string literal.
static void emitStringLiteral(StringRef text, raw_ostream &os) {
  os << '"';
  os.write_escaped(text);
  os << '"';
}

/// Emits the flags struct of `pass`.
static void emitPassFlags(const Pass &pass, raw_ostream &os) {
  StringRef defName = pass.getDef()->getName();
  std::string guard = "GEN_PASS_FLAGS_" + llvm::StringRef(defName).upper();
  std::string structName = (defName + "Flags").str();
  std::string optionsName = (defName + "Options").str();

  os << "#ifdef " << guard << "\n\n";
  os << "/// The options of the `" << pass.getArgument()
     << "` pass as command-line flags,\n"
     << "/// registered on construction (hold one in a llvm::ManagedStatic).\n";
  os << "struct " << structName << " {\n";

  // The constructor: each flag with the option's name, description,
  // default and additional flags.
  os << "  explicit " << structName << "(::llvm::cl::OptionCategory &category)";
  llvm::ListSeparator separator(",\n      ", "\n      : ");
  for (const PassOption &option : pass.getOptions()) {
    os << separator;
    os << option.getCppVariableName() << "(";
    emitStringLiteral(option.getArgument(), os);
    os << ", ::llvm::cl::desc(";
    emitStringLiteral(option.getDescription(), os);
    os << ")";
    if (option.isListOption())
      os << ", ::llvm::cl::CommaSeparated";
    else if (std::optional<StringRef> value = option.getDefaultValue())
      os << ", ::llvm::cl::init(" << option.getType() << "(" << *value << "))";
    os << ", ::llvm::cl::cat(category)";
    if (std::optional<StringRef> flags = option.getAdditionalFlags())
      os << ", " << *flags;
    os << ")";
  }
  os << " {}\n\n";

  for (const PassOption &option : pass.getOptions())
    os << "  ::llvm::cl::" << (option.isListOption() ? "list" : "opt") << "<"
       << option.getType() << "> " << option.getCppVariableName() << ";\n";

  os << "\n  /// Copies the flags' values into `options`.\n";
  os << "  void copyTo(" << optionsName << " &options) const {\n";
  for (const PassOption &option : pass.getOptions()) {
    StringRef name = option.getCppVariableName();
    if (option.isListOption())
      os << "    options." << name << ".assign(" << name << ".begin(), " << name
         << ".end());\n";
    else
      os << "    options." << name << " = " << name << ".getValue();\n";
  }
  os << "  }\n";
  os << "};\n\n";
  os << "#undef " << guard << "\n";
  os << "#endif // " << guard << "\n\n";
}

/// -gen-cost-opt-flags: the flags struct of every pass in the file.
static bool emitCostOptFlags(const llvm::RecordKeeper &records,
                             raw_ostream &os) {
  llvm::emitSourceFileHeader("Command-line flags of pass options", os, records);
  os << "// Include inside the namespace of the pass declarations, after\n"
        "// GEN_PASS_DECL: each <Pass>Flags::copyTo fills <Pass>Options.\n\n";
  for (const llvm::Record *def : records.getAllDerivedDefinitions("PassBase"))
    emitPassFlags(Pass(def), os);
  return false;
}

static GenRegistration
    genCostOptFlags("gen-cost-opt-flags",
                    "Generate llvm::cl flags for the options of each pass",
                    emitCostOptFlags);

int main(int argc, char **argv) { return MlirTblgenMain(argc, argv); }
