//===- CostOpInterface.cpp - The one extension point of cost-opt ----------===//

#include "cost/Interfaces/CostOpInterface.h"

using namespace mlir;
using namespace mlir::cost;

CostContext::~CostContext() = default;

#include "cost/Interfaces/CostOpInterface.cpp.inc"
