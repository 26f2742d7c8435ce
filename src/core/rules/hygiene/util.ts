// Helpers shared by the hygiene-group rules.
import type { CellPos, ProjectTable } from "../../layout/model";

/** Where to point at a whole project: the 项目名称 value, else its label, else the title, else the block's corner. */
export function projectCell(t: ProjectTable): CellPos {
  const e = t.header.projectName;
  if (e?.value) return { row: e.value.row, col: e.value.col };
  if (e) return { row: e.label.row, col: e.label.col };
  if (t.title) return { row: t.title.row, col: t.title.col };
  return { row: t.area.top, col: t.area.left };
}
