// Rules of the "benefit" group (rules.md §6), one file per rule id.
import type { Rule } from "../types";
import { satisfactionFormat } from "./satisfaction-format";
import { satisfactionThreshold } from "./satisfaction-threshold";
import { satisfactionSubject } from "./satisfaction-subject";
import { benefitMisclassified } from "./benefit-misclassified";
import { satisfactionAsBenefit } from "./satisfaction-as-benefit";
import { benefitVsGoalRelevance } from "./benefit-vs-goal-relevance";

export const BENEFIT_RULES: ReadonlyArray<Rule> = [
  satisfactionFormat,
  satisfactionThreshold,
  satisfactionSubject,
  benefitMisclassified,
  satisfactionAsBenefit,
  benefitVsGoalRelevance,
];
