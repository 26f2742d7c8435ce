// Rules of the "value" group (rules.md §6 C), one file per rule id.
import type { Rule } from "../types";
import { valueUnparseable } from "./value-unparseable";
import { operatorDirection } from "./operator-direction";
import { operatorWord } from "./operator-word";
import { unitMissing } from "./unit-missing";
import { unitNameMismatch } from "./unit-name-mismatch";
import { percentOutOfRange } from "./percent-out-of-range";
import { rangeValue } from "./range-value";
import { compoundValue } from "./compound-value";
import { vagueQualitative } from "./vague-qualitative";
import { valueTypeMismatch } from "./value-type-mismatch";
import { placeholderValue } from "./placeholder-value";
import { valueUndetermined } from "./value-undetermined";
import { valueTypeColumnMismatch } from "./value-type-column-mismatch";

export const VALUE_RULES: ReadonlyArray<Rule> = [
  valueUnparseable,
  operatorDirection,
  operatorWord,
  unitMissing,
  unitNameMismatch,
  percentOutOfRange,
  rangeValue,
  compoundValue,
  vagueQualitative,
  valueTypeMismatch,
  placeholderValue,
  valueUndetermined,
  valueTypeColumnMismatch,
];
