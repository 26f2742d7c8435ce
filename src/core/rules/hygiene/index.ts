// Rules of the "hygiene" group (rules.md §6), one file per rule id.
import type { Rule } from "../types";

export const HYGIENE_RULES: ReadonlyArray<Rule> = [];
