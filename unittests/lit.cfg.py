# -*- Python -*-
"""lit configuration for the cost-opt unit tests (GoogleTest executables)."""

import os

import lit.formats

config.name = "COST-Unit"
config.suffixes = []
# The executables are found in the build tree, one per folder of unittests/
# (add_unittest puts each next to its CMakeLists.txt's binary directory).
config.test_exec_root = os.path.join(config.cost_obj_root, "unittests")
config.test_source_root = config.test_exec_root
# Every executable whose name ends in "Tests"; "." is the configuration
# subdirectory of single-configuration generators such as Ninja.
config.test_format = lit.formats.GoogleTest(".", "Tests")
