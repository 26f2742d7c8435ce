// What the form asks of a 二级 row: whether it is required and whether its value must be quantitative (rules.md
// §1.3), and the examples a message offers for it. Shared analysis: every rule group asks here, none asks another.
import { DEFAULT_QUANTIFIED, level2Def, type Level2Name } from "./catalogue";
import type { Level2Block } from "../layout/model";

/**
 * The default required set for the generation in force: the policy's `defaultRequired`, with the old 成本指标 read
 * as 经济成本指标 in 2021 tables (rules.md §1.3 point 5) and accepted in either spelling in mixed tables.
 */
export function requiredLevel2Set(
  defaultRequired: ReadonlyArray<Level2Name>,
  generation: "legacy" | "mof-2021" | "mixed",
): Set<Level2Name> {
  const out = new Set<Level2Name>();
  for (const n of defaultRequired) {
    if (n === "成本指标" && generation === "mof-2021") out.add("经济成本指标");
    else if (n === "成本指标" && generation === "mixed") {
      out.add("成本指标");
      out.add("经济成本指标");
    } else out.add(n);
  }
  return out;
}

/** A present 二级 row is required by its own annotation, else by the default set. */
export function isBlockRequired(block: Level2Block, required: ReadonlySet<Level2Name>): boolean {
  if (block.annotation) return block.annotation.required;
  return block.name !== null && required.has(block.name);
}

/** The value must be a number, a range or (for 时效) a date: 量化/硬性指标 annotations, else the default set. */
export function isBlockQuantified(block: Level2Block): boolean {
  if (block.annotation) return block.annotation.quantified;
  return block.name !== null && DEFAULT_QUANTIFIED.has(block.name);
}

/** Example values a clerk can copy, per 二级 (the catalogue's; a 时效 date names the budget year). */
export function exampleValue(name: Level2Name | null, year: number | null): string {
  if (name === "时效指标") return year === null ? "本年度12月31日前" : `${year}年12月31日前`;
  return name === null ? "≥95%" : level2Def(name).exampleValue;
}

/** Example 三级 name, per 二级, for messages that ask for a name. */
export function exampleName(name: Level2Name | null): string {
  return name === null ? "培训人数" : level2Def(name).exampleName;
}
