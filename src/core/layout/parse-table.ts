// Parses one block of rows into a ProjectTable as a sequence of small passes: title, year and header fields
// (header.ts) → the indicator block's column map (columns.ts) → the indicator rows (rows.ts) → the generation
// (generation.ts). Whatever a pass had to guess or repair is a `repairs` entry, so a misread is never silent.
import type { Grid } from "../grid";
import { parseHeader, isColumnHeaderRow } from "./header";
import { positionsOf, readColumnMap, type Positions } from "./columns";
import { parseRows } from "./rows";
import { detectGeneration } from "./generation";
import type { BlockRows } from "./detect";
import type { ColumnMap, ProjectTable } from "./model";

export type { BlockRows } from "./detect";
export { ABOVE_LOOKBACK } from "./header";
export { splitPrefix } from "./rows";

/** Settings the parse depends on (the engine passes the policy's). */
export interface TableParseOptions {
  /** A policy's own words for 不适用, as form/na's naKey writes them (NaVocabulary.extraKeys). */
  readonly naMarkers?: ReadonlySet<string>;
}

export function parseTable(grid: Grid, block: BlockRows, index: number, options: TableParseOptions = {}): ProjectTable {
  const head = parseHeader(grid, block);
  let r = head.indicatorStart;
  let columns: ColumnMap | null = null;
  if (r <= block.bottom && isColumnHeaderRow(grid.nonEmpty(r))) {
    columns = readColumnMap(grid, r, block.bottom);
    r = (columns.subRow ?? r) + 1;
  }
  // no header row: the template's columns, counted from the 项目名称 label (or the title)
  const base = head.labelCol ?? (head.title ? Math.max(0, head.title.col - 2) : 0);
  const positions: Positions = columns
    ? positionsOf(columns)
    : { level1Col: base + 1, level2Col: base + 2, level3Col: base + 3, valueCol: base + 4 };
  const rows = parseRows(grid, r, block.bottom, columns, positions, options.naMarkers);

  let lastRow = Math.max(head.lastRow, rows.lastRow);
  let right = Math.max(head.right, rows.right);
  if (columns) {
    lastRow = Math.max(lastRow, columns.subRow ?? columns.row);
    for (const c of grid.nonEmpty(columns.row)) right = Math.max(right, c.col);
  }
  // keys in the schema's order: the engine uses this object as is, and it must equal what ProjectTableSchema.parse
  // returns (tests/layout/schema-identity.test.ts)
  return {
    index,
    area: { top: block.top, left: 0, bottom: lastRow, right },
    title: head.title,
    yearLine: head.yearLine,
    year: head.year,
    yearFormat: head.yearFormat,
    header: head.header,
    fundSources: head.fundSources,
    goalParts: head.goalParts,
    form: {
      fields: head.fields,
      columns: columns ? columns.roles.map((x) => x.role) : ["level1", "level2", "level3", "value"],
    },
    titleCandidate: head.titleCandidate,
    yearCandidate: head.yearCandidate,
    indicatorHeader: columns ? { row: columns.row, ...positions } : null,
    columns,
    level1: rows.level1,
    level2: rows.level2,
    indicators: rows.indicators,
    repairs: [...head.repairs, ...rows.repairs],
    generation: detectGeneration(rows.level1, rows.level2, rows.indicators),
  };
}
