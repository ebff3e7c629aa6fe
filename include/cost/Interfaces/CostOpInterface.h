//===- CostOpInterface.h - The one extension point of cost-opt --*- C++ -*-===//

#ifndef COST_INTERFACES_COSTOPINTERFACE_H
#define COST_INTERFACES_COSTOPINTERFACE_H

#include "cost/Interfaces/CostContext.h"
#include "cost/Interfaces/CostCounts.h"

#include "mlir/IR/OpDefinition.h"

#include "cost/Interfaces/CostOpInterface.h.inc"

#endif // COST_INTERFACES_COSTOPINTERFACE_H
