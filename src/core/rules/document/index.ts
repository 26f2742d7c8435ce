// Rules of the "document" group (rules.md §6), one file per rule id.
import type { Rule } from "../types";
import { tableTitleMissing } from "./table-title-missing";
import { budgetYearMissing } from "./budget-year-missing";
import { headerFieldMissing } from "./header-field-missing";
import { headerLabelVariant } from "./header-label-variant";
import { deptCodeMissing } from "./dept-code-missing";
import { implementingUnitVague } from "./implementing-unit-vague";
import { unitNameInconsistent } from "./unit-name-inconsistent";
import { projectAttributeInvalid } from "./project-attribute-invalid";
import { projectPeriodInvalid } from "./project-period-invalid";
import { fundNotNumber } from "./fund-not-number";
import { fundSumMismatch } from "./fund-sum-mismatch";
import { goalMissing } from "./goal-missing";
import { goalAmountMismatch } from "./goal-amount-mismatch";
import { goalYearMismatch } from "./goal-year-mismatch";

export const DOCUMENT_RULES: ReadonlyArray<Rule> = [
  tableTitleMissing,
  budgetYearMissing,
  headerFieldMissing,
  headerLabelVariant,
  deptCodeMissing,
  implementingUnitVague,
  unitNameInconsistent,
  projectAttributeInvalid,
  projectPeriodInvalid,
  fundNotNumber,
  fundSumMismatch,
  goalMissing,
  goalAmountMismatch,
  goalYearMismatch,
];
