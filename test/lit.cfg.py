# -*- Python -*-
"""lit configuration for the cost-opt regression tests."""

import os
import shutil

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "COST"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.excludes = ["CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py", "Inputs", "lib"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.cost_obj_root, "test")

# As upstream: variables are scoped to CHECK-LABEL blocks, and a prefix that
# no CHECK uses is an error rather than a silently skipped check.
config.environment["FILECHECK_OPTS"] = (
    "-enable-var-scope --allow-unused-prefixes=false"
)

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%cost_src", config.cost_source_dir))
# The shared corpus lives beside the repository; tests that use it are
# skipped (REQUIRES: corpus) when it is absent.
corpus = os.path.normpath(os.path.join(config.cost_source_dir, "..", "shared", "corpus"))
corpus = os.environ.get("COST_CORPUS", corpus)
if os.path.isdir(os.path.join(corpus, "models")):
    config.available_features.add("corpus")
config.substitutions.append(("%corpus", corpus))
# The upstream TOSA lowering whose counts the TOSA models must reproduce.
config.substitutions.append((
    "%tosa_lowering",
    "--pass-pipeline='builtin.module(func.func(tosa-to-linalg-named,"
    "tosa-to-linalg,tosa-to-arith,tosa-to-tensor))'"))
# The first MLIR include directory holding mlir/Dialect (the .td files that
# define the dialects whose op coverage tests check).
mlir_include = next(
    (d for d in config.mlir_include_dirs.split(";")
     if os.path.isdir(os.path.join(d, "mlir", "Dialect"))), "")
config.substitutions.append(("%mlir_include", mlir_include))
config.substitutions.append(("%python", config.python_executable))

# Headless Chromium renders the roofline SVG in one test (Debian's chromium
# package; scripts/check.sh installs it).
chromium = shutil.which("chromium") or shutil.which("chromium-browser")
if chromium:
    config.available_features.add("chromium")
    config.substitutions.append(("%chromium", chromium))
config.substitutions.append(("%cost_opt_bin", os.path.join(config.cost_tools_dir, "cost-opt")))
config.substitutions.append(("%mlir_opt_bin", os.path.join(config.llvm_tools_dir, "mlir-opt")))
# The mlir-opt plugin (lib/Plugin); test/CMakeLists.txt leaves the path
# empty where it is not built or cannot load (sanitized builds).
if config.cost_plugin:
    config.available_features.add("cost-plugin")
config.substitutions.append(("%cost_plugin", config.cost_plugin))

llvm_config.use_default_substitutions()
llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
# `not`, `count` and FileCheck come from LLVM's tools directory.
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)

tool_dirs = [config.cost_tools_dir, config.llvm_tools_dir]
tools = [ToolSubst("cost-opt", unresolved="fatal"),
         ToolSubst("cost-test-opt", unresolved="fatal"),
         ToolSubst("cost-own-flags-opt", unresolved="fatal"), "mlir-opt"]
llvm_config.add_tool_substitutions(tools, tool_dirs)
