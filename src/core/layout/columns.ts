// Pass 3 — the column map of the indicator block, read from its header row, in any column order.
import type { Grid } from "../grid";
import { toHalfWidth } from "../text";
import { DIRECTION_WORDS, EXTRA_COLUMN_ROLES, type ColumnRole } from "../form/catalogue";
import { columnRoleOf, level1Of, level2Of } from "./labels";
import type { ColumnMap } from "./model";

/** Columns the row pass places by position: the levels and the (possibly composed) value. */
export interface Positions {
  readonly level1Col: number;
  readonly level2Col: number;
  readonly level3Col: number;
  readonly valueCol: number;
}

const LEVEL_ROLES: ReadonlyArray<ColumnRole> = ["level2", "level3", "value"];
const LONG_TERM = /长期|中期|实施期|总体/;
const ANNUAL = /年度|当年|本年/;
/** An operator as real tables and the budget system store it. */
const OPERATOR =
  /^(?:[=＝≥≤≧≦><》《＞＜]=?|[>＜<＞]|>=|<=|＞＝|＜＝|》=|《=|大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于|不超过|±)$/;

/**
 * Reads the header row into roles. A side-by-side long-term | annual block keeps the annual columns and lists the
 * others as skipped. A 指标方向 / 指标性质 column is an operator column or a direction column by what it holds (forms
 * swap the two names). When the value is split (operator or unit columns), the value column holds the number.
 */
export function readColumnMap(grid: Grid, row: number, bottom: number): ColumnMap {
  const roles: Array<{ role: ColumnRole; col: number; label: string; note: string }> = [];
  for (const c of grid.nonEmpty(row)) {
    const hit = columnRoleOf(c.text);
    if (hit) roles.push({ role: hit.role, col: c.col, label: c.text, note: hit.note });
  }
  const skipped: number[] = [];
  // two blocks side by side: a level / value role met twice
  if (LEVEL_ROLES.some((role) => roles.filter((x) => x.role === role).length > 1)) {
    const groups = splitBlocks(roles);
    const annual =
      groups.find((g) => g.some((x) => ANNUAL.test(x.note))) ??
      groups.find((g) => !g.some((x) => LONG_TERM.test(x.note))) ??
      groups[groups.length - 1];
    for (const g of groups) if (g !== annual) for (const x of g) skipped.push(x.col);
    for (let i = roles.length - 1; i >= 0; i--) if (skipped.includes(roles[i]?.col ?? -1)) roles.splice(i, 1);
  }
  for (const x of roles) {
    if (x.role !== "operator") continue;
    const content = columnContent(grid, x.col, row + 1, bottom);
    const ops = content.filter((t) => OPERATOR.test(toHalfWidth(t).replace(/\s/g, ""))).length;
    const words = content.filter((t) => DIRECTION_WORDS.includes(t.replace(/\s/g, ""))).length;
    if (words > ops) x.role = "direction";
  }
  const split = roles.some((x) => x.role === "operator" || x.role === "unit");
  if (split) for (const x of roles) if (x.role === "value") x.role = "number";
  const subRow = regionRow(grid, row, bottom, roles);
  return { row, roles: roles.map(({ role, col, label }) => ({ role, col, label })), skipped, subRow };
}

/**
 * `指标值` over one column per region, named on the next row (`全省 | 甲市 | 乙市`): every cell of that row sits at
 * or right of the value column and none is a label or a figure. The first region's column becomes the value, the
 * others `region` columns whose cells the model keeps beside the value.
 */
function regionRow(
  grid: Grid,
  row: number,
  bottom: number,
  roles: Array<{ role: ColumnRole; col: number; label: string; note: string }>,
): number | null {
  const value = roles.find((x) => x.role === "value");
  if (!value || row + 1 > bottom) return null;
  const cells = grid.nonEmpty(row + 1);
  if (cells.length < 2) return null;
  const named = (t: string) =>
    !/[\d０-９%％]/.test(t) && level1Of(t) === null && level2Of(t) === null && t.length <= 12;
  if (!cells.every((c) => c.col >= value.col && named(c.text))) return null;
  if (cells.some((c) => roles.some((x) => x.col === c.col && x.role !== "value"))) return null;
  const first = cells[0];
  if (!first) return null;
  value.col = first.col;
  value.label = `${value.label}(${first.text})`;
  for (const c of cells.slice(1)) roles.push({ role: "region", col: c.col, label: c.text, note: "" });
  roles.sort((a, b) => a.col - b.col);
  return row + 1;
}

/** Splits roles into blocks at each repeated level / value role (the 一级 column stays shared). */
function splitBlocks<T extends { role: ColumnRole; col: number }>(roles: ReadonlyArray<T>): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  for (const x of roles) {
    if (x.role === "level1" || x.role === "section") continue;
    if (current.some((y) => y.role === x.role)) {
      groups.push(current);
      current = [];
    }
    current.push(x);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function columnContent(grid: Grid, col: number, from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = from; r <= to && out.length < 50; r++) {
    const t = grid.text(r, col);
    if (t) out.push(t);
  }
  return out;
}

export function colOf(map: ColumnMap, role: ColumnRole): number | undefined {
  return map.roles.find((x) => x.role === role)?.col;
}

/** Where the row pass expects the levels and the value, from the map (missing columns follow their neighbours). */
export function positionsOf(map: ColumnMap): Positions {
  const l2 = colOf(map, "level2");
  const l3 = colOf(map, "level3");
  const l1 = colOf(map, "level1") ?? (l2 !== undefined ? l2 - 1 : 1);
  const level2Col = l2 ?? l1 + 1;
  const level3Col = l3 ?? level2Col + 1;
  const valueCol = colOf(map, "value") ?? colOf(map, "number") ?? level3Col + 1;
  return { level1Col: l1, level2Col, level3Col, valueCol };
}

/** Roles whose cells are never the value or a label: they go to the indicator's extras. */
export const EXTRA_ROLES: ReadonlySet<ColumnRole> = EXTRA_COLUMN_ROLES;

/**
 * The role of a column: its own header's; a column without a header right of an extra column (a merged 指标解释
 * header over two columns) shares that extra role; other unnamed columns stay with the positional reading.
 */
export function roleAt(map: ColumnMap, col: number): ColumnRole | "skipped" | null {
  if (map.skipped.includes(col)) return "skipped";
  let best: { role: ColumnRole; col: number } | null = null;
  for (const x of map.roles) if (x.col <= col && (best === null || x.col > best.col)) best = x;
  if (!best) return null;
  if (best.col === col) return best.role;
  return EXTRA_ROLES.has(best.role) ? best.role : null;
}
