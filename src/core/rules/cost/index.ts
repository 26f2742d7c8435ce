// Rules of the "cost" group (rules.md §6), one file per rule id.
import type { Rule } from "../types";

export const COST_RULES: ReadonlyArray<Rule> = [];
