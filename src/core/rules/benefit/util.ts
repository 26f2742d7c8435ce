// Helpers shared by the benefit-group rules (效益 and 满意度 rows).
import type { Indicator, ProjectTable } from "../../layout/model";
import { isSatisfactionLevel2 } from "../../form/catalogue";
import { goalText } from "../../analysis/goal";

export function isSatisfaction(ind: Indicator): boolean {
  return isSatisfactionLevel2(ind.level2);
}

/** Count of CJK characters, to keep short generic names (`就业`) out of copy checks. */
export function cjkLength(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= "\u4e00" && ch <= "\u9fff") n++;
  return n;
}

/**
 * The goal's words: the whole goal (analysis/goal.ts, its continuation rows and cells included) without its
 * `目标1:` / `目标2：` markers.
 */
export function goalWords(table: ProjectTable): string {
  return goalText(table).replace(/目标\s*\d+\s*[:：]/g, " ");
}

/** The project's own words: name and goal. */
export function projectContext(table: ProjectTable): string {
  return `${table.header.projectName?.value?.text ?? ""} ${goalWords(table)}`;
}

/** 1-based sheet row of a model position, for messages that point at another row. */
export function sheetRow(origin: { readonly row: number }, row: number): number {
  return origin.row + row + 1;
}
