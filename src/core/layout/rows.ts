// Pass 4 — the indicator rows: 一级 / 二级 labels, 三级 names and values, read through the column map.
import type { Grid } from "../grid";
import { toHalfWidth } from "../text";
import { parseValue } from "../values/parse";
import { LEVEL2_PARENT, onlyChildOf, type ColumnRole, type Level1Name, type Level2Name } from "../form/catalogue";
import { EXTRA_ROLES, roleAt, type Positions } from "./columns";
import {
  INDICATOR_PREFIX,
  columnRoleOf,
  isForeignLevel1,
  isIndicatorPrefixed,
  isLabelVariant,
  labelCore,
  level1Of,
  level2Of,
  parseAnnotation,
} from "./labels";
import type { ColumnMap, Indicator, Level1Label, Level2Block, Repair, TextAt } from "./model";

export interface RowsPass {
  readonly level1: Level1Label[];
  readonly level2: Level2Block[];
  readonly indicators: Indicator[];
  readonly repairs: Repair[];
  readonly lastRow: number;
  readonly right: number;
}

type Cell = { col: number; text: string };

/** Approval, signature and footnote rows of a form: never indicators. */
const NOISE = /盖章|签字|签章|审核意见|初审意见|审批意见|填表人|填报人|填报日期|联系电话|负责人/;
const FOOTNOTE = /^(?:注|说明|备注)\s*[:：]|^注\s*\d/;

/** A row is noise when one of its cells is an approval or signature line, or it starts with a footnote. */
function isNoiseRow(cells: ReadonlyArray<Cell>): boolean {
  const first = cells[0];
  if (first && FOOTNOTE.test(first.text.trim())) return true;
  return cells.some(
    (c) => NOISE.test(c.text) && c.text.length <= 40 && level1Of(c.text) === null && level2Of(c.text) === null,
  );
}

/** A cell of the leading 绩效指标 column: the label, vertical (`绩 效 指 标`) or repeated on a data row. */
function isSectionLabel(text: string): boolean {
  return columnRoleOf(text)?.role === "section";
}

export function parseRows(
  grid: Grid,
  from: number,
  bottom: number,
  map: ColumnMap | null,
  cols: Positions,
  naMarkers?: ReadonlySet<string>,
): RowsPass {
  let lastRow = -1;
  let right = 0;
  const touch = (row: number, col: number): void => {
    if (row > lastRow) lastRow = row;
    if (col > right) right = col;
  };
  const level1: Level1Label[] = [];
  const level2: Level2Block[] = [];
  const indicators: Indicator[] = [];
  const repairs: Repair[] = [];
  const seen = new Set<string>();
  const note = (kind: Repair["kind"], row: number, col: number, text: string): void => {
    const key = `${kind}:${row}:${col}`;
    if (seen.has(key)) return;
    seen.add(key);
    repairs.push({ kind, row, col, text, shift: 0 });
  };
  let currentL1: Level1Name | null = null;
  let currentL1Cell: { row: number; col: number } | null = null;
  let current: Level2Block | null = null;
  const consumed = new Set<number>();
  if (map && map.skipped.length > 0)
    note("side-block-skipped", map.row, map.skipped[0] ?? 0, grid.text(map.row, map.skipped[0] ?? 0));

  for (let r = from; r <= bottom; r++) {
    if (consumed.has(r)) continue;
    const all: Cell[] = grid.nonEmpty(r);
    let cells = all;
    if (cells.length === 0) continue;
    if (isNoiseRow(cells)) {
      note("noise-row", r, cells[0]?.col ?? 0, cells[0]?.text ?? "");
      continue;
    }
    // the 绩效指标 column's own label (vertical, or repeated on the first data row) is not content
    const section = map ? sectionCol(map) : undefined;
    const isLabel = (c: Cell): boolean => (c.col < cols.level1Col || c.col === section) && isSectionLabel(c.text);
    if (cells.some(isLabel)) cells = cells.filter((c) => !isLabel(c));
    if (cells.length === 0) continue;
    const lone = cells.length === 1 ? cells[0] : undefined;
    // page labels and stray notes left of the indicator columns (`附件11-3`) are not part of the table
    if (lone && lone.col < cols.level1Col && level1Of(lone.text) === null && level2Of(lone.text) === null) continue;
    for (const c of all) touch(r, c.col);

    // columns that are not the value go to extras; a split value is composed from its columns
    const extras: Record<string, TextAt> = {};
    const parts: Partial<Record<"operator" | "number" | "unit", TextAt>> = {};
    if (map) {
      const kept: Cell[] = [];
      for (const c of cells) {
        const role = roleAt(map, c.col);
        if (role === "skipped") continue;
        if (role === "region")
          extras[`region:${map.roles.find((x) => x.col === c.col)?.label ?? c.col}`] = {
            text: c.text,
            row: r,
            col: c.col,
          };
        else if (role !== null && EXTRA_ROLES.has(role)) extras[role] ??= { text: c.text, row: r, col: c.col };
        else if (role === "operator" || role === "number" || role === "unit")
          parts[role] = { text: c.text, row: r, col: c.col };
        else kept.push(c);
      }
      cells = kept;
      const composed = composeValue(parts, r, note);
      if (composed) cells.push(composed);
      if (cells.length === 0) continue;
    }

    // a label wrapped over two rows (`社会公众或服务` / `对象满意度指标`)
    const head = cells[0];
    if (head && head.col <= cols.level2Col && level1Of(head.text) === null && level2Of(head.text) === null) {
      const below = nextRow(grid, r, bottom);
      const tail = below ? grid.nonEmpty(below) : [];
      const joined = tail.length === 1 && tail[0] && tail[0].col === head.col ? head.text + tail[0].text : null;
      if (below !== null && joined && (level1Of(joined) !== null || level2Of(joined) !== null)) {
        cells[0] = { col: head.col, text: joined };
        consumed.add(below);
        touch(below, head.col);
        note("label-wrapped", r, head.col, joined);
      }
    }

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
    if (!l2Here && next && next.col < cols.level3Col + shift) {
      const l2 = level2Of(next.text);
      if (l2 && !isIndicatorPrefixed(next.text)) {
        l2Here = { name: l2, cell: { text: next.text, row: r, col: next.col } };
        if (!l1Here) shift = next.col - cols.level2Col;
        i++;
      }
    }

    const rest = cells.slice(i);
    let nameCell: Cell | null = null;
    let valueCell: Cell | null = null;
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

    if (l1Here) {
      // forms that repeat the 一级 on every row: one 一级, not one per row
      const repeated =
        currentL1 === l1Here.name &&
        labelCore(l1Here.cell.text) === labelCore(level1[level1.length - 1]?.label.text ?? "");
      currentL1 = l1Here.name;
      if (!repeated) {
        currentL1Cell = { row: r, col: l1Here.cell.col };
        level1.push({
          name: l1Here.name,
          label: l1Here.cell,
          variant: isLabelVariant(l1Here.cell.text, l1Here.name),
          score: null,
        });
      }
    }
    if (l2Here) {
      const repeated =
        current !== null &&
        current.name === l2Here.name &&
        current.level1 === currentL1 &&
        labelCore(current.label.text) === labelCore(l2Here.cell.text) &&
        !l2InL1 &&
        current.label.row < r;
      if (!repeated) {
        if (l2InL1 && l2Here.name) {
          // the 一级 is missing: the 二级's own parent is what the clerk meant
          currentL1 = LEVEL2_PARENT[l2Here.name];
          currentL1Cell = null;
        }
        current = newBlock(l2Here.name, l2Here.cell, currentL1, currentL1Cell);
        level2.push(current);
      }
    } else if (l1Here && (nameCell || valueCell)) {
      // a 一级 with one 二级 in the form (满意度指标) and the 二级 cell left out: that 二级 is meant
      const only = onlyChildOf(l1Here.name, "legacy");
      if (only) {
        current = newBlock(only, l1Here.cell, currentL1, currentL1Cell);
        level2.push(current);
        note("level2-inferred", r, l1Here.cell.col, l1Here.cell.text);
      }
    }
    if (!nameCell && !valueCell) {
      // a label row of its own (weighted forms: 一级 row, 二级 row, then the 三级): its 分值 is the set weight
      const score = extras.score;
      if (score && l2Here && current) current.score = score;
      else if (score && l1Here && !l2Here) {
        const last = level1[level1.length - 1];
        if (last) last.score = score;
      }
      continue;
    }
    if (!current) {
      current = newBlock(null, { text: "", row: r, col: cols.level2Col }, currentL1, currentL1Cell);
      level2.push(current);
    }
    const raw = nameCell?.text ?? "";
    const valueParts =
      parts.operator || parts.number || parts.unit
        ? [parts.operator, parts.number, parts.unit].filter((p): p is TextAt => p !== undefined)
        : NO_PARTS;
    const ind: Indicator = {
      raw,
      ...splitPrefix(raw),
      nameCell: { row: r, col: nameCell?.col ?? cols.level3Col + rowShift },
      valueText: valueCell?.text ?? "",
      valueCell: { row: r, col: valueCell?.col ?? cols.valueCol + rowShift },
      // a unit given only in the name (`流转土地(亩) | 60`) belongs to the value
      value: valueCell ? parseValue(valueCell.text, { name: raw, naMarkers }) : { kind: "empty" },
      level1: current.level1,
      level2: current.name,
      level2Index: level2.length - 1,
      valueParts: valueCell && valueParts.length > 0 ? valueParts : NO_PARTS,
      extras: hasKeys(extras) ? extras : NO_EXTRAS,
    };
    current.indicators.push(ind);
    indicators.push(ind);
  }
  return { level1, level2, indicators, repairs, lastRow, right };
}

// most rows have no split value and no extra column: one frozen empty value shared by all, not two objects a row
const NO_PARTS = Object.freeze([]) as unknown as TextAt[];
const NO_EXTRAS = Object.freeze({}) as Record<string, TextAt>;

function hasKeys(o: object): boolean {
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) return true;
  return false;
}

function newBlock(
  name: Level2Name | null,
  label: TextAt,
  level1: Level1Name | null,
  level1Cell: { row: number; col: number } | null,
): Level2Block {
  return {
    name,
    label,
    level1,
    level1Cell,
    annotation: name === null ? null : parseAnnotation(label.text),
    variant: name !== null && isLabelVariant(label.text, name),
    indicators: [],
    score: null,
  };
}

function sectionCol(map: ColumnMap): number | undefined {
  return map.roles.find((x) => x.role === "section")?.col;
}

function nextRow(grid: Grid, r: number, bottom: number): number | null {
  for (let n = r + 1; n <= bottom; n++) if (grid.nonEmpty(n).length > 0) return n;
  return null;
}

/** A figure, possibly after its own operator: `200`, `≥200`, `>=95%`, `》90`. */
const FIGURE = /^(?:[≥≤≧≦><=＞＜＝》《]=?|>=|<=)?\s*[-+]?[\d０-９.]/;
const OWN_OPERATOR = /^\s*[≥≤≧≦><=＞＜＝》《]/;
/** The figure ends in a unit of its own (`28.8万元`, `95%`), not in a digit. */
const OWN_UNIT = /[^\d０-９.,，\s]$/;

/**
 * operator + number + unit as one value cell at the number's column. A unit column that holds a number (a date
 * serial copied into both columns) is not a unit.
 */
function composeValue(
  parts: Partial<Record<"operator" | "number" | "unit", TextAt>>,
  row: number,
  note: (kind: Repair["kind"], row: number, col: number, text: string) => void,
): Cell | null {
  const { operator, number, unit } = parts;
  if (!number) {
    // no number: the unit or operator alone is not a value
    return null;
  }
  let unitText = unit?.text ?? "";
  if (unit && /^[\d.,\s]+$/.test(toHalfWidth(unit.text))) {
    note("unit-column-not-unit", row, unit.col, unit.text);
    unitText = "";
  }
  // an operator and a unit go with a figure; a word in the number column (`有效`) stands alone. A figure that
  // carries its own operator (`≥200`) or unit (`28.8万元`) keeps it: the column's is not added a second time.
  const n = number.text.trim();
  const figure = FIGURE.test(n);
  const op = figure && !OWN_OPERATOR.test(n) ? (operator?.text.trim() ?? "") : "";
  const unitPart = figure && !OWN_UNIT.test(n) ? unitText.trim() : "";
  const text = figure ? `${op}${n}${unitPart}` : n;
  if (op || unitText) note("value-composed", row, number.col, text);
  return { col: number.col, text };
}

export function splitPrefix(raw: string): Pick<Indicator, "name" | "prefix"> {
  const m = INDICATOR_PREFIX.exec(raw);
  if (!m || !isIndicatorPrefixed(raw)) return { name: raw.trim(), prefix: null };
  const digits = toHalfWidth(m[1] ?? "");
  return {
    name: raw.slice(m[0].length).trim(),
    // a run of hundreds of digits is no indicator number anyone typed
    prefix: {
      raw: m[0].trim(),
      number: digits && digits.length <= 6 ? parseInt(digits, 10) : null,
      colon: (m[2] ?? "") !== "",
    },
  };
}

export type { ColumnRole };
