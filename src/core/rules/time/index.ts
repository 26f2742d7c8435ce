// Rules of the "time" group (rules.md §6 D), one file per rule id.
import type { Rule } from "../types";
import { timeOutsideBudgetYear } from "./time-outside-budget-year";
import { timeValueFormat } from "./time-value-format";
import { yearTokenMismatch } from "./year-token-mismatch";

export const TIME_RULES: ReadonlyArray<Rule> = [timeOutsideBudgetYear, timeValueFormat, yearTokenMismatch];
