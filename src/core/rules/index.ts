// The rule registry: every rule of rules.md §6, grouped as the catalogue is, then the rules added after it.
import type { Rule } from "./types";
import { DOCUMENT_RULES } from "./document";
import { STRUCTURE_RULES } from "./structure";
import { VALUE_RULES } from "./value";
import { TIME_RULES } from "./time";
import { COST_RULES } from "./cost";
import { BENEFIT_RULES } from "./benefit";
import { HYGIENE_RULES } from "./hygiene";
import { RELEVANCE_RULES } from "./relevance";

export const RULES: ReadonlyArray<Rule> = [
  ...DOCUMENT_RULES,
  ...STRUCTURE_RULES,
  ...VALUE_RULES,
  ...TIME_RULES,
  ...COST_RULES,
  ...BENEFIT_RULES,
  ...HYGIENE_RULES,
  ...RELEVANCE_RULES,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id || (r.meta.subIds !== undefined && id in r.meta.subIds));
}

export type { Rule, TableRule, WorkbookRule, RuleMeta, Diagnostic, Severity } from "./types";
