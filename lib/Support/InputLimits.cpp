//===- InputLimits.cpp - Nesting checks before recursive parsers ----------===//
//
// MLIR's parser and llvm::json's parser recurse once per nesting level: a
// deep enough input overflows any stack. These scans find the depth first,
// in one pass and constant space.
//
//===----------------------------------------------------------------------===//

#include "cost/Support/SideFile.h"

using namespace mlir;
using namespace mlir::cost;

std::optional<size_t> mlir::cost::findNestingBeyond(llvm::StringRef text,
                                                    unsigned maxDepth,
                                                    bool mlirSyntax) {
  // '<' has other uses than nesting ('->' or '>=' close nothing): its
  // depth is kept apart and never below 0, so that a stray '>' can only
  // undercount. '{', '[' and '(' always pair outside strings and comments.
  int64_t depth = 0, angleDepth = 0;
  size_t size = text.size();
  for (size_t i = 0; i < size; ++i) {
    char c = text[i];
    switch (c) {
    case '"':
      // A string literal, with backslash escapes (MLIR and JSON alike).
      for (++i; i < size && text[i] != '"'; ++i)
        if (text[i] == '\\')
          ++i;
      break;
    case '/':
      if (mlirSyntax && i + 1 < size && text[i + 1] == '/')
        while (i < size && text[i] != '\n')
          ++i;
      break;
    case '{':
    case '[':
    case '(':
      if (++depth + angleDepth > maxDepth)
        return i;
      break;
    case '}':
    case ']':
    case ')':
      if (depth > 0)
        --depth;
      break;
    case '<':
      if (mlirSyntax && ++angleDepth + depth > maxDepth)
        return i;
      break;
    case '>':
      if (mlirSyntax && angleDepth > 0)
        --angleDepth;
      break;
    default:
      break;
    }
  }
  return std::nullopt;
}

std::pair<unsigned, unsigned> mlir::cost::getLineAndColumn(llvm::StringRef text,
                                                           size_t offset) {
  llvm::StringRef before = text.take_front(offset);
  unsigned line = 1 + before.count('\n');
  size_t lineStart = before.rfind('\n');
  unsigned column =
      offset - (lineStart == llvm::StringRef::npos ? 0 : lineStart + 1) + 1;
  return {line, column};
}
