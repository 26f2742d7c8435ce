// Rules of the "relevance" group: what reviewers return tables for beyond format (review-criteria.md §1.2–1.4,
// §2) — goal ↔ indicator coverage, boilerplate and process indicators, conservative targets. Judgement support:
// each finding is evidence for the reviewer's opinion, worded as a suggestion. One file per rule id.
import type { Rule } from "../types";
import { goalIndicatorMismatch } from "./goal-indicator-mismatch";
import { indicatorRelevanceLow } from "./indicator-relevance-low";
import { goalVague } from "./goal-vague";
import { goalIsWorkList } from "./goal-is-work-list";
import { benefitBoilerplate } from "./benefit-boilerplate";
import { processIndicator } from "./process-indicator";
import { outputAsBenefit } from "./output-as-benefit";
import { targetConservative } from "./target-conservative";
import { targetBelowHistory } from "./target-below-history";

export const RELEVANCE_RULES: ReadonlyArray<Rule> = [
  goalIndicatorMismatch,
  indicatorRelevanceLow,
  goalVague,
  goalIsWorkList,
  benefitBoilerplate,
  processIndicator,
  outputAsBenefit,
  targetConservative,
  targetBelowHistory,
];
