// Rules of the "time" group (rules.md §6 D), one file per rule id.
import type { Rule } from "../types";
import { timeOutsideBudgetYear } from "./time-outside-budget-year";

export const TIME_RULES: ReadonlyArray<Rule> = [timeOutsideBudgetYear];
