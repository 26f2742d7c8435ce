// Helpers shared by the document-group rules (header fields, years); amounts and N/A are analysis/'s.
import type { Grid } from "../../grid";
import type { CellPos, HeaderEntry, ProjectTable, TextAt } from "../../layout/model";
import { stripSpaces, toHalfWidth } from "../../text";
import { yearsIn } from "../../values/years";

/**
 * The cell the clerk must fill: the value cell, else the cell right of the label — right of the label's merged
 * area when the label is merged (the template's 项目名称 spans A:B; B would select the label again, issue 14).
 */
export function valueCellOf(entry: HeaderEntry, grid?: Pick<Grid, "mergeAt">): CellPos {
  if (entry.value) return { row: entry.value.row, col: entry.value.col };
  const merged = grid?.mergeAt(entry.label.row, entry.label.col);
  return { row: entry.label.row, col: (merged ? merged.right : entry.label.col) + 1 };
}

/** Header text with spaces removed, half-width. */
export function headerKey(text: string): string {
  return stripSpaces(toHalfWidth(text));
}

const LEADING_CODE = /^([[【(（]\s*)?(\d{3,})(\s*[\]】)）])?/;
const ANY_CODE = /\d{3,}/;

export interface DeptParts {
  /** Budget code (digits), or null when the cell carries none. */
  readonly code: string | null;
  /** The name with the code removed. */
  readonly name: string;
  /** A leading code written directly against the name: `35005001组织部`. */
  readonly glued: boolean;
}

/** `35005001组织部`, `35005001 组织部`, `[812]自治区教育厅`, `【812033】宁夏长庆初级中学`, `区委组织部`. */
export function splitDeptCode(text: string): DeptParts {
  const t = toHalfWidth(text).trim();
  const m = LEADING_CODE.exec(t);
  if (m && m[2]) {
    const rest = t.slice(m[0].length);
    const bracketed = m[1] !== undefined || m[3] !== undefined;
    const glued = !bracketed && /^[\u4e00-\u9fffA-Za-z]/.test(rest);
    return { code: m[2], name: rest.trim(), glued };
  }
  const any = ANY_CODE.exec(t);
  if (any) return { code: any[0], name: stripSpaces(t.replace(any[0], "")), glued: false };
  return { code: null, name: t, glued: false };
}

/** The years a 项目期 spans (`2023.07-2024.01` → 2023–2024), or null when it names none (`长期`, `1年期`). */
export function periodYears(text: string): { from: number; to: number } | null {
  const ys = yearsIn(text);
  const first = ys[0];
  const last = ys[ys.length - 1];
  if (first === undefined || last === undefined) return null;
  return { from: Math.min(first, last), to: Math.max(first, last) };
}

/**
 * Every cell of the 年度总体目标 as the parser read it: the value cell, the cells right of it (a goal split over merged
 * columns) and continuation rows down to the indicator block.
 */
export function goalCells(t: ProjectTable): ReadonlyArray<TextAt> {
  return t.goalParts;
}
