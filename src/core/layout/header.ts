// Pass 2 — title, year and header fields: everything above the indicator block.
import type { Grid } from "../grid";
import { toHalfWidth } from "../text";
import {
  FUND_FIELDS,
  FUND_SOURCE_LABELS,
  FUND_TREE,
  GOAL_SUBLABELS,
  PROJECT_FIELD,
  type FundField,
  type HeaderField,
} from "../form/catalogue";
import {
  columnRoleOf,
  headerKeyOf,
  headerLabelOf,
  isTitle,
  level1Of,
  level2Of,
  parseYearLine,
  splitGluedLabel,
  yearInTitle,
} from "./labels";
import type { BlockRows } from "./detect";
import type { FundEntry, HeaderEntry, ProjectTable, Repair, TextAt } from "./model";

/** Rows above a titleless block the parser reads (its year line, a title the catalogue does not know). */
export const ABOVE_LOOKBACK = 4;

/** Rows a goal may continue over before the indicator header (`目标2:` on its own row). */
const GOAL_MAX_ROWS = 12;

const YEARISH = /[0-9０-９〇零一二]{2,}|年/;
/** A title-like text the catalogue does not accept: `项目绩效目标表`, `绩效目标`. */
const NEAR_TITLE = /绩效目标.*表|目标表$/;

export type Header = { -readonly [K in keyof ProjectTable["header"]]: ProjectTable["header"][K] };

export interface HeaderPass {
  readonly title: TextAt | null;
  readonly titleCandidate: TextAt | null;
  readonly yearLine: TextAt | null;
  readonly year: number | null;
  readonly yearFormat: ProjectTable["yearFormat"];
  readonly yearCandidate: TextAt | null;
  readonly header: Header;
  readonly goalParts: TextAt[];
  readonly fundSources: FundEntry[];
  /** Header fields whose label the table carries, in the order met. */
  readonly fields: HeaderField[];
  /** First row of the indicator block (its header row, or its first indicator row). */
  readonly indicatorStart: number;
  /** Column of the 项目名称 label: where a headerless indicator block's columns are counted from. */
  readonly labelCol: number | null;
  readonly lastRow: number;
  readonly right: number;
  readonly repairs: Repair[];
}

interface FundHit {
  readonly key: string;
  readonly field: FundField;
  readonly entry: FundEntry;
}

export function emptyHeader(): Header {
  return {
    projectName: null,
    department: null,
    implementingUnit: null,
    attribute: null,
    period: null,
    fundGroup: null,
    fundTotal: null,
    fundFiscal: null,
    fundOther: null,
    goal: null,
    category: null,
    overview: null,
    fundProjectTotal: null,
    fundProjectFiscal: null,
    fundProjectOther: null,
  };
}

export function parseHeader(grid: Grid, block: BlockRows): HeaderPass {
  let lastRow = block.top;
  let right = 0;
  const touch = (row: number, col: number): void => {
    if (row > lastRow) lastRow = row;
    if (col > right) right = col;
  };
  const repairs: Repair[] = [];

  let title: TextAt | null = null;
  let r = block.top;
  for (const c of grid.nonEmpty(r)) {
    if (isTitle(c.text)) {
      title = { text: c.text, row: r, col: c.col };
      touch(r, c.col);
      break;
    }
  }
  if (title) r++;

  let yearLine: TextAt | null = null;
  let year: number | null = null;
  let yearFormat: ProjectTable["yearFormat"] = "none";
  let yearCandidate: TextAt | null = null;
  let sawLabel = false;
  const header = emptyHeader();
  const fields: HeaderField[] = [];
  const funds: FundHit[] = [];
  const fundSources: FundEntry[] = [];
  let labelCol: number | null = null;
  // the row and column of the goal's annual sub-label (`总体目标 | 中期目标 | 年度目标`)
  let goalSub = null as { col: number; row: number } | null;
  const consumed = new Set<number>();

  const setField = (field: HeaderField, label: TextAt, value: TextAt | null, variant: boolean): void => {
    if (!fields.includes(field)) fields.push(field);
    const entry: HeaderEntry = { label, value, variant };
    if (field === "fundSource") {
      fundSources.push({ ...entry, amount: value ? fundAmount(grid, value) : null });
      return;
    }
    if (FUND_FIELDS.includes(field)) {
      const fund: FundEntry = { ...entry, amount: value ? fundAmount(grid, value) : null };
      funds.push({ key: headerKeyOf(label.text), field: field as FundField, entry: fund });
      return;
    }
    const f = field as Exclude<HeaderField, FundField | "fundSource">;
    header[f] ??= entry;
  };

  for (; r <= block.bottom; r++) {
    if (consumed.has(r)) continue;
    const cells = grid.nonEmpty(r);
    if (cells.length === 0) continue;
    if (isColumnHeaderRow(cells) || looksLikeIndicatorRow(cells)) break;
    if (year === null && cells.length === 1 && cells[0]) {
      const y = parseYearLine(cells[0].text);
      if (y) {
        yearLine = { text: cells[0].text, row: r, col: cells[0].col };
        year = y.year;
        yearFormat = y.format;
        touch(r, cells[0].col);
        continue;
      }
      if (
        !sawLabel &&
        yearCandidate === null &&
        headerLabelOf(cells[0].text) === null &&
        YEARISH.test(cells[0].text) &&
        cells[0].text.length <= 20
      ) {
        yearCandidate = { text: cells[0].text, row: r, col: cells[0].col };
      }
    }
    let pending: { field: HeaderField; label: TextAt; variant: boolean } | null = null;
    const flush = (value: TextAt | null): void => {
      if (pending) setField(pending.field, pending.label, value, pending.variant);
      pending = null;
    };
    for (const c of cells) {
      const at: TextAt = { text: c.text, row: r, col: c.col };
      // `总体目标 | 中期目标 | 年度目标`: the goal's values sit on the next row under the sub-labels
      const sub = pending?.field === "goal" || goalSub?.row === r ? goalSubLabel(c.text) : undefined;
      if (sub !== undefined) {
        if (pending) {
          setField("goal", pending.label, null, pending.variant);
          pending = null;
        }
        touch(r, c.col);
        if (sub === "annual" || goalSub === null) goalSub = { col: c.col, row: r };
        continue;
      }
      const lab = headerLabelOf(c.text) ?? fundSourceLabel(c.text);
      if (lab) {
        flush(null);
        sawLabel = true;
        touch(r, c.col);
        if (lab.field === "projectName" && labelCol === null) labelCol = c.col;
        pending = { field: lab.field, label: at, variant: lab.variant };
        continue;
      }
      const glued = pending ? null : splitGluedLabel(c.text);
      if (glued) {
        sawLabel = true;
        touch(r, c.col);
        setField(glued.hit.field, at, { text: glued.value, row: r, col: c.col }, glued.hit.variant);
        repairs.push({ kind: "glued-label", row: r, col: c.col, text: c.text, shift: 0 });
        continue;
      }
      if (pending) {
        touch(r, c.col);
        flush(at);
      }
    }
    flush(null);
    if (goalSub && goalSub.row === r) {
      // the goal's value: the next non-empty row, the cell under the annual sub-label
      for (let v = r + 1; v <= Math.min(block.bottom, r + 3); v++) {
        const below = grid.nonEmpty(v);
        if (below.length === 0) continue;
        if (
          isColumnHeaderRow(below) ||
          looksLikeIndicatorRow(below) ||
          below.some((c) => headerLabelOf(c.text) !== null)
        )
          break;
        const cell = below.find((c) => c.col === goalSub?.col) ?? null;
        if (header.goal && cell) header.goal = { ...header.goal, value: { text: cell.text, row: v, col: cell.col } };
        for (const c of below) touch(v, c.col);
        consumed.add(v);
        break;
      }
    }
  }
  const indicatorStart = r;

  resolveFundTrees(header, funds);
  if (!header.fundTotal && (fundSources.length > 0 || header.fundFiscal)) {
    // a fund tree without a total: the year's money is the sum of its lines
    const parts =
      fundSources.length > 0
        ? fundSources
        : [header.fundFiscal, header.fundOther].filter((e): e is FundEntry => e !== null);
    const first = parts[0];
    if (first) {
      const amount = parts.every((p) => p.amount !== null || !p.value)
        ? parts.reduce((s, p) => s + (p.amount ?? 0), 0)
        : null;
      header.fundTotal = { label: first.label, value: null, variant: false, amount };
      repairs.push({
        kind: "fund-total-derived",
        row: first.label.row,
        col: first.label.col,
        text: first.label.text,
        shift: 0,
      });
    }
  }

  if (!header.goal && header.overview) {
    // a form without a goal field (项目总体情况 only): its description is the only statement of intent
    header.goal = header.overview;
    repairs.push({
      kind: "goal-from-overview",
      row: header.overview.label.row,
      col: header.overview.label.col,
      text: header.overview.label.text,
      shift: 0,
    });
  }
  const goalParts = header.goal ? collectGoal(grid, header.goal, goalSub !== null, indicatorStart) : [];

  // a table pasted without its title may keep its year line — or a title the catalogue does not know — above it
  let titleCandidate: TextAt | null = null;
  if (!title) {
    for (let up = block.top - 1; up >= Math.max(0, block.top - ABOVE_LOOKBACK); up--) {
      const cells = grid.nonEmpty(up);
      const only = cells.length === 1 ? cells[0] : undefined;
      if (!only) continue;
      const y = year === null && up >= block.top - (ABOVE_LOOKBACK - 1) ? parseYearLine(only.text) : null;
      if (y) {
        yearLine = { text: only.text, row: up, col: only.col };
        year = y.year;
        yearFormat = y.format;
      } else if (
        titleCandidate === null &&
        headerLabelOf(only.text) === null &&
        NEAR_TITLE.test(headerKeyOf(only.text))
      ) {
        titleCandidate = { text: only.text, row: up, col: only.col };
      }
    }
  }
  if (year === null && title) {
    const y = yearInTitle(title.text);
    if (y !== null) {
      year = y;
      yearFormat = "title";
    }
  }
  if (year === null && header.projectName?.value) {
    // forms without a year line (湖南 2018) name the year in the project: `2018年市级专项扶贫资金…`
    const y = yearInTitle(header.projectName.value.text);
    if (y !== null) {
      year = y;
      yearFormat = "project-name";
    }
  }

  return {
    title,
    titleCandidate,
    yearLine,
    year,
    yearFormat,
    yearCandidate: year === null ? yearCandidate : null,
    header,
    goalParts,
    fundSources,
    fields,
    indicatorStart,
    labelCol,
    lastRow,
    right,
    repairs,
  };
}

/**
 * Two fund trees (资金总额 beside 当年资金总额, or 项目总预算 above 当年年度预算): plain labels then belong to the
 * project's tree, except 其中 lines that stand under an annual total in the same column.
 */
function resolveFundTrees(header: Header, funds: ReadonlyArray<FundHit>): void {
  const hasAnnualTotal = funds.some((f) => f.field === "fundTotal" && FUND_TREE[f.key] === "annual");
  const totals = funds.filter((f) => f.field === "fundTotal");
  for (const f of funds) {
    const tree = FUND_TREE[f.key] ?? "auto";
    let project = tree === "project";
    if (tree === "auto") {
      if (f.field === "fundTotal") project = hasAnnualTotal;
      else {
        const owner = totals
          .filter((t) => t.entry.label.col === f.entry.label.col && t.entry.label.row <= f.entry.label.row)
          .sort((a, b) => b.entry.label.row - a.entry.label.row)[0];
        project = owner
          ? (FUND_TREE[owner.key] ?? "auto") === "project" || (FUND_TREE[owner.key] === "auto" && hasAnnualTotal)
          : false;
      }
    }
    const base = f.field as "fundTotal" | "fundFiscal" | "fundOther";
    const field: FundField = project && base in PROJECT_FIELD ? PROJECT_FIELD[base] : f.field;
    header[field] ??= f.entry;
  }
}

/** Every cell of the goal: the value, the cells right of it, continuation rows down to the indicator block. */
function collectGoal(grid: Grid, goal: HeaderEntry, underSubLabel: boolean, stop: number): TextAt[] {
  const out: TextAt[] = [];
  const v = goal.value;
  if (underSubLabel) return v ? [v] : [];
  const first = v ? v.col : goal.label.col + 1;
  for (const c of grid.nonEmpty(goal.label.row))
    if (c.col >= first) out.push({ text: c.text, row: goal.label.row, col: c.col });
  for (let r = goal.label.row + 1; r < stop && r <= goal.label.row + GOAL_MAX_ROWS; r++) {
    const cells = grid.nonEmpty(r);
    if (
      cells.some(
        (c) =>
          headerLabelOf(c.text) !== null ||
          level1Of(c.text) !== null ||
          level2Of(c.text) !== null ||
          columnRoleOf(c.text) !== null,
      )
    )
      break;
    for (const c of cells) out.push({ text: c.text, row: r, col: c.col });
  }
  return out;
}

/** `中期目标` / `年度目标` under a goal label (own keys only: a cell reading `constructor` is no sub-label). */
function goalSubLabel(text: string): "annual" | "longTerm" | "other" | undefined {
  const key = headerKeyOf(text);
  return Object.prototype.hasOwnProperty.call(GOAL_SUBLABELS, key) ? GOAL_SUBLABELS[key] : undefined;
}

function fundSourceLabel(text: string): { field: HeaderField; variant: boolean } | null {
  const key = headerKeyOf(text).replace(/^其中:/, "");
  return FUND_SOURCE_LABELS.has(key) ? { field: "fundSource", variant: false } : null;
}

/** The header row of the indicator block: it names at least two of the level / value columns. */
export function isColumnHeaderRow(cells: ReadonlyArray<{ text: string }>): boolean {
  const roles = new Set(cells.map((c) => columnRoleOf(c.text)?.role));
  const n = ["level1", "level2", "level3", "value"].filter((x) => roles.has(x as never)).length;
  return n >= 2 && (roles.has("level1") || roles.has("level2"));
}

export function looksLikeIndicatorRow(cells: ReadonlyArray<{ text: string }>): boolean {
  return cells.some((c) => (level1Of(c.text) !== null || level2Of(c.text) !== null) && headerLabelOf(c.text) === null);
}

/** The fund figure as typed: a stored number, or text that is only a number. */
function fundAmount(grid: Grid, at: TextAt): number | null {
  const cell = grid.cell(at.row, at.col);
  // a glued `label: value` cell holds more than the figure
  if (typeof cell.value === "number" && Number.isFinite(cell.value) && at.text === grid.text(at.row, at.col))
    return cell.value;
  const t = toHalfWidth(at.text).replace(/[,\s]/g, "");
  if (!/^-?\d+(?:\.\d+)?$/.test(t)) return null;
  const n = parseFloat(t);
  // a run of hundreds of digits parses to Infinity: not a figure anyone typed
  return Number.isFinite(n) ? n : null;
}
