// Rules of the "hygiene" group (rules.md §6), one file per rule id.
import type { Rule } from "../types";
import { crossTableDuplicate } from "./cross-table-duplicate";
import { personalData } from "./personal-data";
import { typoDuplicatedWord } from "./typo-duplicated-word";

export const HYGIENE_RULES: ReadonlyArray<Rule> = [crossTableDuplicate, personalData, typoDuplicatedWord];
