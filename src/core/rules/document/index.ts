// Rules of the "document" group (rules.md §6), one file per rule id.
import type { Rule } from "../types";

export const DOCUMENT_RULES: ReadonlyArray<Rule> = [];
