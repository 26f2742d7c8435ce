// The HostAdapter: the one seam between the checker UI and Excel, WPS or an in-memory sheet.
import type { CellValue, Grid } from "../core/grid";
import type { Severity } from "../core/rules/types";
import type { BlockSpec } from "../core/template/block-spec";
import type { Config } from "../core/config";

/** 0-based sheet coordinates. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export interface RangeRef {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One marked cell: a conditional format the add-in owns, never a write to the user's formatting. */
export interface Mark {
  readonly row: number;
  readonly col: number;
  readonly severity: Severity;
  /** What the cell held when checked: the mark shows only while it still does (fixing the cell hides it with no
   * write). Absent: the mark shows until it is replaced. */
  readonly snapshot?: CellValue;
}

/** What this host, at this version, can do; the session degrades visibly by it. */
export interface HostCapabilities {
  /** Marks (conditional formats) can be written: Excel from ExcelApi 1.6. */
  readonly marks: boolean;
  /** Change and activation events (live checking): Excel from ExcelApi 1.7. */
  readonly live: boolean;
  /** An API write keeps the user's undo history, so marks may be written while the user types (Excel 1.19+). */
  readonly writesKeepUndo: boolean;
}

export interface Settings {
  readonly config: Config;
  /** Marks in the sheet on or off (the `_PTC_ON` switch). */
  readonly marksOn: boolean;
  readonly templateProfile: "legacy" | "mof-2021";
  /** Hints (info findings) marked in the sheet too; off unless set (issue 14: errors and warnings first). */
  readonly hintMarks?: boolean;
}

export const DEFAULT_SETTINGS: Settings = { config: {}, marksOn: true, templateProfile: "legacy" };

export interface ChangeEvent {
  readonly sheet: string;
  readonly ranges: ReadonlyArray<RangeRef>;
  /** Rows or cells were inserted or deleted (everything below or right may have moved): re-read the whole sheet. */
  readonly structural?: boolean;
}

/** Thrown by adapters with a zh-CN message the pane can show as is. */
export class HostError extends Error {
  constructor(
    readonly code: "TIMEOUT" | "PROTECTED" | "NOT_EMPTY" | "NO_SHEET" | "HOST" | "UNSUPPORTED" | "BOOK_CHANGED",
    message: string,
  ) {
    super(message);
    this.name = "HostError";
  }
}

export interface HostAdapter {
  readonly kind: "excel" | "wps" | "memory";
  capabilities(): HostCapabilities;
  /** The workbook a grid was read from (hosts with several workbooks in one add-in: WPS); "" elsewhere. */
  bookOf?(grid: Grid): string;
  /** The workbook active now ("" where there is only one). */
  activeBook?(): string;
  /** The active sheet's used range, values, texts and merges, in one host round trip. */
  readActiveSheet(): Promise<Grid>;
  activeSheetName(): Promise<string>;
  /** Sheet rows `top`..`bottom`, columns `left`..`right` (0-based, inclusive): the re-read after an edit. Hosts
   * without it are read whole. */
  readRows?(sheet: string, top: number, bottom: number, left: number, right: number): Promise<Grid>;
  /** Edits by the user (never the adapter's own writes). Returns an unsubscribe function. */
  onChange(cb: (e: ChangeEvent) => void): () => void;
  /** The user activated another sheet. */
  onActivate(cb: (sheet: string) => void): () => void;
  onSelection(cb: (cell: CellRef) => void): () => void;
  /** Another page of the add-in checked the sheet (the WPS ribbon's 校验): the pane refreshes its list. */
  onExternalCheck?(cb: () => void): () => void;
  /** Activates the sheet, selects the cell and scrolls it into view. */
  select(cell: CellRef): Promise<void>;
  /** Replaces this add-in's marks on the sheet (and only those). `book`: refuse unless that workbook is active. */
  setMarks(sheet: string, marks: ReadonlyArray<Mark>, book?: string): Promise<void>;
  /** Removes this add-in's marks from one sheet, or from every sheet. */
  clearMarks(sheet?: string): Promise<void>;
  /** Shows or hides all marks in one write. */
  setMarksVisible(on: boolean): Promise<void>;
  /** Writes a blank table at `at` as one undoable action; refuses to overwrite non-empty cells. */
  insertBlock(at: CellRef, spec: BlockSpec): Promise<RangeRef>;
  /** Writes one cell's value: only for a fix the user asked to apply. */
  writeCell(cell: CellRef, value: string): Promise<void>;
  /** Writes several cells the user asked to fix at once ("全部应用") as one undoable step where the host can group. */
  writeCells?(cells: ReadonlyArray<{ readonly cell: CellRef; readonly value: string }>): Promise<void>;
  /** The selected cell (where a template is inserted). */
  selection(): Promise<CellRef>;
  loadSettings(): Promise<Settings | null>;
  saveSettings(s: Settings): Promise<void>;
}

/** Prefix of every workbook name this add-in owns (ownership of conditional formats: mark-formula.ts). */
export const OWNED_PREFIX = "_PTC_";
export const MARKS_SWITCH_NAME = "_PTC_ON";
export const SETTINGS_NAME = "_PTC_SETTINGS";
/** The formula of every mark (a conditional format), in both hosts: one switch turns them all off, and cleanup in
 * one host finds the marks written by the other. */
export const MARK_FORMULA = `=AND(${MARKS_SWITCH_NAME},TRUE)`;

/** Sheet limits of .xlsx / .et (0-based maxima). */
export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

/** Fill colours of marks, by severity (light, so the user's text stays readable). */
export const MARK_COLORS: Record<Severity, string> = { error: "#F8D7DA", warning: "#FFF3CD", info: "#DDEBF7" };

/** Rejects after `ms` with a zh-CN HostError: Office.js can hang while a file loads. */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(
      () => reject(new HostError("TIMEOUT", `${what}超时（${Math.round(ms / 1000)} 秒），请稍后重试。`)),
      ms,
    );
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}
