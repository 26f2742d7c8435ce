// Helpers shared by the structure rules: requiredness (rules.md §1.3), generation-aware parents, cell states.
import { DEFAULT_QUANTIFIED, LEVEL2_PARENT, formOrder, type Level1Name, type Level2Name } from "../../form/catalogue";
import type { CellPos, Generation, Indicator, Level2Block, ProjectTable } from "../../layout/model";
import type { ResolvedConfig } from "../../config";
import type { Grid } from "../../grid";
import { parseValue } from "../../values/parse";
import { requiredLevel2Set } from "../../form/requiredness";

/** The 二级 of each generation's form, in form order (the catalogue's). */
export const LEGACY_LEVEL2: ReadonlyArray<Level2Name> = formOrder("legacy");
export const MOF2021_FULL_LEVEL2: ReadonlyArray<Level2Name> = formOrder("mof-2021");

/** 二级 whose value must be quantitative when the row carries no annotation (rules.md §6 B24). */
export { DEFAULT_QUANTIFIED };

/**
 * Default required set for the generation in force: config.defaultRequired, with the old 成本指标 read as
 * 经济成本指标 in 2021 tables (rules.md §1.3 point 5) and accepted in either spelling in mixed tables.
 */
export function requiredSet(config: ResolvedConfig, generation: Generation): Set<Level2Name> {
  return requiredLevel2Set(config.defaultRequired, generation);
}

/** Canonical 一级 of a 二级 for the generation in force: 成本指标 is a 二级 of 产出 in legacy, a 一级 in 2021. */
export function expectedParent(name: Level2Name, generation: Generation): Level1Name {
  if (name === "成本指标") return generation === "mof-2021" ? "成本指标" : "产出指标";
  return LEVEL2_PARENT[name];
}

/** 一级 a 二级 may sit under; a mixed table accepts 成本指标 in either place (generation-mixed reports the mix). */
export function acceptedParents(name: Level2Name, generation: Generation): ReadonlyArray<Level1Name> {
  if (name === "成本指标" && generation === "mixed") return ["产出指标", "成本指标"];
  return [expectedParent(name, generation)];
}

export { isBlockRequired, isBlockQuantified, exampleName, exampleValue } from "../../form/requiredness";

export type CellState = "blank" | "na" | "filled";

/**
 * The 三级 name: empty (a bare `指标1:`), an N/A marker (`不涉及` typed in the 三级 column), or a real name. `isNa` is
 * the table analysis's (the policy's N/A vocabulary).
 */
export function nameState(ind: Indicator, isNa: (text: string) => boolean): CellState {
  const n = ind.name.trim();
  if (!n) return "blank";
  if (isNa(n)) return "na";
  return "filled";
}

export function valueState(ind: Indicator): CellState {
  if (ind.value.kind === "empty") return "blank";
  if (ind.value.kind === "na") return "na";
  return "filled";
}

/** Longer than any date or quantity a clerk writes as a target; such text is not run through the value grammar. */
const VALUE_MAX = 40;

/** A 三级 "name" that is really a value (`指标: 2023年度`, `100%`): the clerk wrote the target in the name cell. */
export function nameLooksLikeValue(name: string): boolean {
  if (name.length > VALUE_MAX) return false;
  const v = parseValue(name);
  return v.kind === "date" || v.kind === "quantity" || v.kind === "range";
}

/** `(必填量化)` → `“必填量化”`, for messages. */
export function annotationWords(block: Level2Block): string {
  return block.annotation ? `“${block.annotation.raw.replace(/[()（）\s]/g, "")}”` : "";
}

/** The 二级 as the clerk should read it in a message. */
export function level2Label(block: Level2Block): string {
  return block.name ?? (block.label.text.trim() || "未识别的二级指标");
}

/** Where a missing 二级 of `parent` is reported: its 一级 label, a sibling 二级, the indicator header, the title. */
export function anchorForLevel1(table: ProjectTable, parent: Level1Name): CellPos {
  const l1 = table.level1.find((l) => l.name === parent);
  if (l1) return { row: l1.label.row, col: l1.label.col };
  const sibling = table.level2.find((b) => b.level1 === parent && b.name !== null);
  if (sibling) return sibling.level1Cell ?? { row: sibling.label.row, col: sibling.label.col };
  return tableAnchor(table);
}

/** The indicator header, else the title, else the first row of the block. */
export function tableAnchor(table: ProjectTable): CellPos {
  if (table.indicatorHeader) return { row: table.indicatorHeader.row, col: table.indicatorHeader.level1Col };
  if (table.title) return { row: table.title.row, col: table.title.col };
  return { row: table.area.top, col: table.area.left };
}

/** A report position kept inside the grid: a cell the parser inferred for a missing value may lie past the last column. */
export function inGrid(grid: Grid, pos: CellPos): CellPos {
  return {
    row: Math.min(pos.row, Math.max(0, grid.rowCount - 1)),
    col: Math.min(pos.col, Math.max(0, grid.colCount - 1)),
  };
}
