// Rules of the "cost" group (rules.md §6 E42–48, and 56 quantity-cost-consistency), one file per rule id.
import type { Rule } from "../types";
import { costExceedsBudget } from "./cost-exceeds-budget";
import { costBelowBudget } from "./cost-below-budget";
import { costDerivedMismatch } from "./cost-derived-mismatch";
import { costRangeExceedsBudget } from "./cost-range-exceeds-budget";
import { moneyInQuantity } from "./money-in-quantity";
import { nonCostInCost } from "./non-cost-in-cost";
import { costPerUnitOverStandard } from "./cost-per-unit-over-standard";
import { quantityCostConsistency } from "./quantity-cost-consistency";

export const COST_RULES: ReadonlyArray<Rule> = [
  costExceedsBudget,
  costBelowBudget,
  costDerivedMismatch,
  costRangeExceedsBudget,
  moneyInQuantity,
  nonCostInCost,
  costPerUnitOverStandard,
  quantityCostConsistency,
];
