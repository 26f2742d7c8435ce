// Pass 1 — segment the sheet into tables: several per sheet, split at each title.
import type { Grid } from "../grid";
import { headerLabelOf, isTitle, splitGluedLabel } from "./labels";

export interface BlockRows {
  readonly top: number;
  /** Last row that may belong to the block (the next block's first row − 1). */
  readonly bottom: number;
}

/**
 * A block starts at a title row (any title of the catalogue: 项目支出绩效目标表, …申报表, 绩效目标申报表(…类) …).
 * A 项目名称 row with no title above it (a table pasted without its title, or a second table under the first) also
 * starts one, so that `table-title-missing` can point at it.
 */
export function detectBlocks(grid: Grid): BlockRows[] {
  const starts: number[] = [];
  let sawName = false;
  let sawTitle = false;
  for (let r = 0; r < grid.rowCount; r++) {
    const cells = grid.nonEmpty(r);
    if (cells.length === 0) continue;
    if (cells.some((c) => isTitle(c.text))) {
      starts.push(r);
      sawTitle = true;
      sawName = false;
      continue;
    }
    if (cells.some((c) => isProjectNameLabel(c.text))) {
      if (!sawTitle || sawName) starts.push(r);
      sawName = true;
      sawTitle = false;
    }
  }
  return starts.map((top, i) => ({ top, bottom: (starts[i + 1] ?? grid.rowCount) - 1 }));
}

function isProjectNameLabel(text: string): boolean {
  return (headerLabelOf(text) ?? splitGluedLabel(text)?.hit)?.field === "projectName";
}
