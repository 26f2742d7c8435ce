// Parses one block of rows into a ProjectTable, by content rather than by fixed columns.
import type { Grid } from "../grid";
import { toHalfWidth } from "../text";
import { parseValue } from "../values/parse";
import {
  INDICATOR_PREFIX,
  LEVEL2_PARENT,
  MOF2021_LEVEL2,
  headerLabelOf,
  indicatorHeaderColumn,
  isForeignLevel1,
  isIndicatorPrefixed,
  isLabelVariant,
  isTitle,
  level1Of,
  level2Of,
  parseAnnotation,
  parseYearLine,
  yearInTitle,
  type HeaderField,
  type Level1Name,
  type Level2Name,
} from "./labels";
import type {
  FundEntry,
  Generation,
  HeaderEntry,
  Indicator,
  Level1Label,
  Level2Block,
  ProjectTable,
  Repair,
  TextAt,
} from "./model";

/** Rows above a titleless block searched for its year line (the engine's cache must cover them too). */
export const YEAR_LINE_LOOKBACK = 3;

export interface BlockRows {
  readonly top: number;
  /** Last row that may belong to the block (the next block's first row − 1). */
  readonly bottom: number;
}

type Header = ProjectTable["header"];

const FUND_FIELDS = new Set<HeaderField>(["fundTotal", "fundFiscal", "fundOther"]);

export function parseTable(grid: Grid, block: BlockRows, index: number): ProjectTable {
  let lastRow = block.top;
  let right = 0;
  const touch = (row: number, col: number): void => {
    if (row > lastRow) lastRow = row;
    if (col > right) right = col;
  };

  // title and year
  let title: TextAt | null = null;
  let yearLine: TextAt | null = null;
  let year: number | null = null;
  let yearFormat: ProjectTable["yearFormat"] = "none";
  let r = block.top;
  for (const c of grid.nonEmpty(r)) {
    if (isTitle(c.text)) {
      title = { text: c.text, row: r, col: c.col };
      touch(r, c.col);
      break;
    }
  }
  if (title) r++;

  // header fields until the indicator header (or the first indicator label)
  const header: { -readonly [K in keyof Header]: Header[K] } = {
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
  };
  let indicatorHeader: ProjectTable["indicatorHeader"] = null;
  let labelCol: number | null = null;
  for (; r <= block.bottom; r++) {
    const cells = grid.nonEmpty(r);
    if (cells.length === 0) continue;
    const hdrCols = new Map<string, number>();
    for (const c of cells) {
      const k = indicatorHeaderColumn(c.text);
      if (k && !hdrCols.has(k)) hdrCols.set(k, c.col);
    }
    if (hdrCols.has("level1") && hdrCols.has("level2")) {
      const l1 = hdrCols.get("level1") ?? 1;
      const l2 = hdrCols.get("level2") ?? l1 + 1;
      const l3 = hdrCols.get("level3") ?? l2 + 1;
      indicatorHeader = { row: r, level1Col: l1, level2Col: l2, level3Col: l3, valueCol: hdrCols.get("value") ?? l3 + 1 };
      for (const c of cells) touch(r, c.col);
      r++;
      break;
    }
    if (looksLikeIndicatorRow(cells)) break;
    if (yearLine === null && year === null && cells.length === 1 && cells[0]) {
      const y = parseYearLine(cells[0].text);
      if (y) {
        yearLine = { text: cells[0].text, row: r, col: cells[0].col };
        year = y.year;
        yearFormat = y.format;
        touch(r, cells[0].col);
        continue;
      }
    }
    let pending: { field: HeaderField; label: TextAt; variant: boolean } | null = null;
    const flush = (value: TextAt | null): void => {
      if (!pending) return;
      const entry: HeaderEntry = { label: pending.label, value, variant: pending.variant };
      if (FUND_FIELDS.has(pending.field)) {
        const fund: FundEntry = { ...entry, amount: value ? fundAmount(grid, value) : null };
        header[pending.field as "fundTotal" | "fundFiscal" | "fundOther"] ??= fund;
      } else {
        const f = pending.field as Exclude<HeaderField, "fundTotal" | "fundFiscal" | "fundOther">;
        header[f] ??= entry;
      }
      pending = null;
    };
    for (const c of cells) {
      const lab = headerLabelOf(c.text);
      touch(r, c.col);
      if (lab) {
        flush(null);
        if (lab.field === "projectName" && labelCol === null) labelCol = c.col;
        pending = { field: lab.field, label: { text: c.text, row: r, col: c.col }, variant: lab.variant };
      } else if (pending) {
        flush({ text: c.text, row: r, col: c.col });
      }
    }
    flush(null);
  }

  // a table pasted without its title may keep its year line just above 项目名称
  for (let up = block.top - 1; year === null && !title && up >= Math.max(0, block.top - YEAR_LINE_LOOKBACK); up--) {
    const cells = grid.nonEmpty(up);
    const only = cells.length === 1 ? cells[0] : undefined;
    const y = only ? parseYearLine(only.text) : null;
    if (only && y) {
      yearLine = { text: only.text, row: up, col: only.col };
      year = y.year;
      yearFormat = y.format;
    }
  }

  if (year === null && title) {
    const y = yearInTitle(title.text);
    if (y !== null) {
      year = y;
      yearFormat = "title";
    }
  }

  // indicator rows
  const base = labelCol ?? (title ? Math.max(0, title.col - 2) : 0);
  const cols = indicatorHeader ?? { row: -1, level1Col: base + 1, level2Col: base + 2, level3Col: base + 3, valueCol: base + 4 };
  const level1: Level1Label[] = [];
  const level2: Level2Block[] = [];
  const indicators: Indicator[] = [];
  const repairs: Repair[] = [];
  let currentL1: Level1Name | null = null;
  let currentL1Cell: { row: number; col: number } | null = null;
  let current: Level2Block | null = null;

  for (; r <= block.bottom; r++) {
    const cells = grid.nonEmpty(r);
    if (cells.length === 0) continue;
    const first = cells[0];
    if (!first) continue;
    // page labels and stray notes left of the indicator columns (`附件11-3`) are not part of the table
    if (cells.length === 1 && first.col < cols.level1Col && !level1Of(first.text) && !level2Of(first.text)) continue;

    let i = 0;
    let shift = 0;
    let l1Here: { name: Level1Name; cell: TextAt } | null = null;
    let l2Here: { name: Level2Name | null; cell: TextAt } | null = null;
    let l2InL1 = false;

    const c0 = cells[0];
    if (c0 && c0.col <= cols.level1Col) {
      const l1 = level1Of(c0.text);
      const l2 = level2Of(c0.text);
      const annotated = parseAnnotation(c0.text) !== null;
      if (l1 && !annotated) {
        l1Here = { name: l1, cell: { text: c0.text, row: r, col: c0.col } };
        shift = c0.col - cols.level1Col;
        i = 1;
      } else if (l2) {
        // a 二级 label in the 一级 column: either a duplicate of the real 二级 cell or the row is shifted left
        l2InL1 = true;
        repairs.push({ kind: "level2-in-level1-column", row: r, col: c0.col, text: c0.text, shift: 0 });
        const next = cells[1];
        if (next && level2Of(next.text) === l2) {
          l2Here = { name: l2, cell: { text: next.text, row: r, col: next.col } };
          i = 2;
        } else {
          l2Here = { name: l2, cell: { text: c0.text, row: r, col: c0.col } };
          shift = c0.col - cols.level2Col;
          i = 1;
        }
      } else if (isForeignLevel1(c0.text)) {
        repairs.push({ kind: "foreign-level1", row: r, col: c0.col, text: c0.text, shift: 0 });
        i = 1;
      } else if (!isIndicatorPrefixed(c0.text) && cells[1] && level2Of(cells[1].text)) {
        repairs.push({ kind: "level1-unknown", row: r, col: c0.col, text: c0.text, shift: 0 });
        i = 1;
      }
    }
    const next = cells[i];
    if (!l2Here && next && next.col < cols.level3Col + shift + (l1Here ? 0 : 0)) {
      const l2 = level2Of(next.text);
      if (l2 && !isIndicatorPrefixed(next.text)) {
        l2Here = { name: l2, cell: { text: next.text, row: r, col: next.col } };
        if (!l1Here) shift = next.col - cols.level2Col;
        i++;
      }
    }

    const rest = cells.slice(i);
    let nameCell: { col: number; text: string } | null = null;
    let valueCell: { col: number; text: string } | null = null;
    if (rest.length === 1 && rest[0]) {
      const only = rest[0];
      if (only.col >= cols.valueCol + shift && !isIndicatorPrefixed(only.text)) valueCell = only;
      else nameCell = only;
    } else if (rest.length >= 2) {
      nameCell = rest[0] ?? null;
      valueCell = rest[rest.length - 1] ?? null;
    }

    // content left of where the template puts it
    const nameShift = nameCell ? nameCell.col - cols.level3Col : 0;
    const rowShift = Math.min(shift, nameShift);
    if (rowShift < 0) {
      const at = l1Here?.cell ?? (l2InL1 ? l2Here?.cell : null) ?? nameCell ?? c0;
      if (at) repairs.push({ kind: "row-misaligned", row: r, col: at.col, text: at.text, shift: rowShift });
    }

    for (const c of cells) touch(r, c.col);

    if (l1Here) {
      currentL1 = l1Here.name;
      currentL1Cell = { row: r, col: l1Here.cell.col };
      level1.push({ name: l1Here.name, label: l1Here.cell, variant: isLabelVariant(l1Here.cell.text, l1Here.name) });
    }
    if (l2Here) {
      if (l2InL1 && l2Here.name) {
        // the 一级 is missing: the 二级's own parent is what the clerk meant
        currentL1 = LEVEL2_PARENT[l2Here.name];
        currentL1Cell = null;
      }
      current = {
        name: l2Here.name,
        label: l2Here.cell,
        level1: currentL1,
        level1Cell: currentL1Cell,
        annotation: parseAnnotation(l2Here.cell.text),
        variant: l2Here.name !== null && isLabelVariant(l2Here.cell.text, l2Here.name),
        indicators: [],
      };
      level2.push(current);
    }
    if (!nameCell && !valueCell) continue;
    if (!current) {
      current = {
        name: null,
        label: { text: "", row: r, col: cols.level2Col },
        level1: currentL1,
        level1Cell: currentL1Cell,
        annotation: null,
        variant: false,
        indicators: [],
      };
      level2.push(current);
    }
    const raw = nameCell?.text ?? "";
    const ind: Indicator = {
      raw,
      ...splitPrefix(raw),
      nameCell: { row: r, col: nameCell?.col ?? cols.level3Col + rowShift },
      valueText: valueCell?.text ?? "",
      valueCell: { row: r, col: valueCell?.col ?? cols.valueCol + rowShift },
      value: valueCell ? parseValue(valueCell.text) : { kind: "empty" },
      level1: current.level1,
      level2: current.name,
      level2Index: level2.length - 1,
    };
    current.indicators.push(ind);
    indicators.push(ind);
  }

  return {
    index,
    area: { top: block.top, left: 0, bottom: lastRow, right },
    title,
    yearLine,
    year,
    yearFormat,
    header,
    indicatorHeader,
    level1,
    level2,
    indicators,
    repairs,
    generation: detectGeneration(level1, level2, indicators),
  };
}

function looksLikeIndicatorRow(cells: ReadonlyArray<{ col: number; text: string }>): boolean {
  return cells.some((c) => (level1Of(c.text) !== null || level2Of(c.text) !== null) && headerLabelOf(c.text) === null);
}

export function splitPrefix(raw: string): Pick<Indicator, "name" | "prefix"> {
  const m = INDICATOR_PREFIX.exec(raw);
  if (!m || !isIndicatorPrefixed(raw)) return { name: raw.trim(), prefix: null };
  const digits = toHalfWidth(m[1] ?? "");
  return {
    name: raw.slice(m[0].length).trim(),
    prefix: { raw: m[0].trim(), number: digits ? parseInt(digits, 10) : null, colon: (m[2] ?? "") !== "" },
  };
}

/** The fund figure as typed: a stored number, or text that is only a number. */
function fundAmount(grid: Grid, at: TextAt): number | null {
  const cell = grid.cell(at.row, at.col);
  if (typeof cell.value === "number" && Number.isFinite(cell.value)) return cell.value;
  const t = toHalfWidth(at.text).replace(/[,\s]/g, "");
  if (!/^-?\d+(?:\.\d+)?$/.test(t)) return null;
  const n = parseFloat(t);
  // a run of hundreds of digits parses to Infinity: not a figure anyone typed
  return Number.isFinite(n) ? n : null;
}

function detectGeneration(level1: Level1Label[], level2: Level2Block[], indicators: Indicator[]): Generation {
  const has2021 =
    level1.some((l) => l.name === "成本指标") || level2.some((b) => b.name !== null && MOF2021_LEVEL2.includes(b.name));
  const hasLegacy = level2.some((b) => b.name === "成本指标" && b.level1 === "产出指标");
  const legacyWith2021Names = hasLegacy && indicators.some((i) => MOF2021_LEVEL2.some((n) => i.name.includes(n)));
  if ((has2021 && hasLegacy) || legacyWith2021Names) return "mixed";
  return has2021 ? "mof-2021" : "legacy";
}
