// A blank table (just inserted, nothing typed yet) is a form to fill, not a wrong table: its findings are a to-fill
// checklist with no grade (issue 14). Judged by content, so it holds after a reload and ends with the first
// value the clerk types into the table.
import type { ProjectTable } from "../core/layout/model";

/** The template's own scaffolding in an empty goal or indicator cell: `目标1:`, `指标1：`. */
const SCAFFOLD = /^(?:目标|指标)\s*\d*\s*[:：]?$/;

function blank(text: string | null | undefined): boolean {
  const t = (text ?? "").replace(/\s+/g, "");
  return t === "" || SCAFFOLD.test(t);
}

/** No header value, no goal, no indicator name or value: the title, year line and labels only. */
export function isBlankTable(t: ProjectTable): boolean {
  for (const e of Object.values(t.header)) if (e && !blank(e.value?.text)) return false;
  for (const f of t.fundSources) if (!blank(f.value?.text)) return false;
  for (const g of t.goalParts) if (!blank(g.text)) return false;
  for (const i of t.indicators) if (!blank(i.raw) || !blank(i.valueText)) return false;
  return t.indicators.length > 0 || t.level2.length > 0;
}

/** Indices of the report's blank tables. */
export function blankTableIndices(tables: ReadonlyArray<ProjectTable>): Set<number> {
  const out = new Set<number>();
  for (const t of tables) if (isBlankTable(t)) out.add(t.index);
  return out;
}
