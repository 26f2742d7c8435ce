// Rules of the "benefit" group (rules.md §6), one file per rule id.
import type { Rule } from "../types";

export const BENEFIT_RULES: ReadonlyArray<Rule> = [];
