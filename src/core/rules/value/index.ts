// Rules of the "value" group (rules.md §6), one file per rule id.
import type { Rule } from "../types";

export const VALUE_RULES: ReadonlyArray<Rule> = [];
