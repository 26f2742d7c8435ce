// Rules of the "structure" group (rules.md §6), one file per rule id.
import type { Rule } from "../types";

export const STRUCTURE_RULES: ReadonlyArray<Rule> = [];
