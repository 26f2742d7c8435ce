// Rules of the "structure" group (rules.md §6), one file per rule id.
import type { Rule } from "../types";
import { indicatorHeaderMissing } from "./indicator-header-missing";
import { level1Invalid } from "./level1-invalid";
import { level2WrongParent } from "./level2-wrong-parent";
import { generationMixed } from "./generation-mixed";
import { requiredLevel2Missing } from "./required-level2-missing";
import { requiredLevel3Missing } from "./required-level3-missing";
import { requiredMarkedNa } from "./required-marked-na";
import { nameWithoutValue } from "./name-without-value";
import { optionalEmptyPlaceholder } from "./optional-empty-placeholder";
import { quantifiedValueRequired } from "./quantified-value-required";
import { indicatorNumbering } from "./indicator-numbering";
import { multipleIndicatorsInCell } from "./multiple-indicators-in-cell";
import { rowMisaligned } from "./row-misaligned";
import { duplicateIndicator } from "./duplicate-indicator";
import { requiredColumnEmpty } from "./required-column-empty";
import { weightSum } from "./weight-sum";

export const STRUCTURE_RULES: ReadonlyArray<Rule> = [
  indicatorHeaderMissing,
  level1Invalid,
  level2WrongParent,
  generationMixed,
  requiredLevel2Missing,
  requiredLevel3Missing,
  requiredMarkedNa,
  nameWithoutValue,
  optionalEmptyPlaceholder,
  quantifiedValueRequired,
  indicatorNumbering,
  multipleIndicatorsInCell,
  rowMisaligned,
  duplicateIndicator,
  requiredColumnEmpty,
  weightSum,
];
