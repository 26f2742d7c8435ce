// Finds the 绩效目标表 blocks of a sheet: several per sheet, split at each title.
import type { Grid } from "../grid";
import { headerLabelOf, isTitle } from "./labels";
import type { BlockRows } from "./parse-table";

/**
 * A block starts at a title row. A 项目名称 row with no title above it (a table pasted without its title, or a
 * second table under the first) also starts one, so that `table-title-missing` can point at it.
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
    if (cells.some((c) => headerLabelOf(c.text)?.field === "projectName")) {
      if (!sawTitle || sawName) starts.push(r);
      sawName = true;
      sawTitle = false;
    }
  }
  return starts.map((top, i) => ({ top, bottom: (starts[i + 1] ?? grid.rowCount) - 1 }));
}
