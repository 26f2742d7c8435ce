// The HostAdapter over the WPS 表格 (ET) object model of a WPS 加载项 page (`window.Application`).
//
// The ET JSAPI is synchronous and cross-process: every member access is a call into WPS. The adapter therefore
// reads and writes whole ranges — a check reads `UsedRange.Value2` once, whatever the sheet's size — and the
// promise-returning HostAdapter methods simply run their calls and resolve (a synchronous call cannot be timed
// out, so withTimeout is not used here).
//
// Reading: Value2 gives values (numbers as stored: 0.95, date serials); the displayed text is derived from the
// value and the number format. The used range's NumberFormat is one string when all cells share it; when they
// differ, one `Value(11)` call (the range as XML Spreadsheet) gives every cell's format and every merged area.
// Hosts without that form get formats by halving runs of numeric cells, and no merged areas (the parser works
// by content; merges are informative).
//
// Marks are conditional formats owned by the add-in (formulas of src/hosts/mark-formula.ts, keyed to the flagged
// content so a fixed cell loses its mark with no write); user fill/font/borders/values are never written.
// Settings and marks belong to the workbook that was read: a write for a workbook that is no longer active is
// refused (BOOK_CHANGED), never made into the other one. Own writes run with
// `Application.EnableEvents = false` (restored in finally), a re-entrancy guard, and a short window in which
// change events that fall inside cells just written are taken as ours (in case ET delivers them late).
import { areaToA1, toA1, type Area, type Grid } from "../../core/grid";
import type { BlockSpec } from "../../core/template/block-spec";
import {
  HostError,
  MARKS_SWITCH_NAME,
  MAX_COL,
  MAX_ROW,
  MARK_COLORS,
  SETTINGS_NAME,
  type CellRef,
  type ChangeEvent,
  type HostAdapter,
  type HostCapabilities,
  type Mark,
  type RangeRef,
  type Settings,
} from "../host";
import { Listeners } from "../listeners";
import { OwnWrites } from "../own-writes";
import {
  XL,
  type EtApplication,
  type EtEventListener,
  type EtEventName,
  type EtName,
  type EtRange,
  type EtWorkbook,
  type EtWorksheet,
} from "./et";
import { bgr, MAX_RANGE_ARG } from "./marks";
import { addressChunks, isOwnMarkFormula, planMarkRules } from "../mark-formula";
import { listenForCheckSignal, type SignalEnv } from "./ribbon-signal";
import { gridFromRead, normalizeValue2, numericCells, probeFormats } from "./read";
import { settingsFormula, settingsFromFormula } from "../settings-codec";
import { parseXmlSpreadsheet, type XmlSheetInfo } from "./xml-spreadsheet";

export interface WpsHostOptions {
  /** Failures nobody awaits (an event listener that throws, a cosmetic call that failed). */
  readonly onError?: (e: unknown) => void;
  readonly now?: () => number;
  /** How long after an own value write its change event is still recognised as ours (if ET delivers it late). */
  readonly echoGraceMs?: number;
  /** Cap on NumberFormat reads when neither the used range nor the XML form gives the formats. */
  readonly maxFormatProbes?: number;
  /** Where the ribbon page's 校验 signal arrives (window storage events, PluginStorage polling). */
  readonly signals?: SignalEnv;
}

const PROTECTED_HINT = "请先撤销工作表保护（审阅 → 撤销工作表保护）后重试。";

function messageOf(e: unknown): string {
  const m = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  return m.replace(/\s+/g, " ").trim().slice(0, 120);
}

export class WpsHost implements HostAdapter {
  readonly kind = "wps" as const;
  private readonly onError: (e: unknown) => void;
  private readonly now: () => number;
  private readonly maxFormatProbes: number;

  /** Depth of own writes under way: events that arrive meanwhile are ours. */
  private writing = 0;
  private readonly ownWrites: OwnWrites;
  /** false once `Value(11)` proved unsupported on this host. */
  private xmlSupported = true;

  private readonly changeListeners = new Listeners<ChangeEvent>((e) => this.onError(e));
  private readonly activateListeners = new Listeners<string>((e) => this.onError(e));
  private readonly selectionListeners = new Listeners<CellRef>((e) => this.onError(e));
  private registered: Array<[EtEventName, EtEventListener]> | null = null;
  /** The workbook (FullName) each grid was read from. */
  private readonly books = new WeakMap<Grid, string>();
  /** Which FormatConditions.Add form this WPS takes (undefined operator, or an explicit xlBetween). */
  private cfAddForm: "undefined" | "explicit" | null = null;
  private readonly signals: SignalEnv | undefined;

  constructor(
    private readonly app: EtApplication,
    options: WpsHostOptions = {},
  ) {
    this.onError = options.onError ?? ((e) => console.warn("[WpsHost]", e));
    this.now = options.now ?? (() => Date.now());
    this.ownWrites = new OwnWrites(this.now, options.echoGraceMs ?? 1000);
    this.maxFormatProbes = options.maxFormatProbes ?? 200;
    this.signals = options.signals;
  }

  /** Every write to a WPS workbook is undoable only until the next add-in write (unverified): pessimistic. */
  capabilities(): HostCapabilities {
    return { marks: true, live: true, writesKeepUndo: false };
  }

  activeBook(): string {
    try {
      return this.app.ActiveWorkbook?.FullName ?? "";
    } catch {
      return "";
    }
  }

  bookOf(grid: Grid): string {
    return this.books.get(grid) ?? "";
  }

  onExternalCheck(cb: () => void): () => void {
    if (!this.signals) return () => undefined;
    return listenForCheckSignal(this.signals, cb);
  }

  /** The active workbook, if it is `book` (a FullName); BOOK_CHANGED when the user switched since. */
  private bookFor(book: string | undefined): EtWorkbook {
    const b = this.book();
    if (book !== undefined && book !== "" && b.FullName !== book) {
      throw new HostError("BOOK_CHANGED", "工作簿已切换，标注未写入。");
    }
    return b;
  }

  // ---- lookups -------------------------------------------------------------------------------------------

  private book(): EtWorkbook {
    const b = this.app.ActiveWorkbook;
    if (!b) throw new HostError("NO_SHEET", "没有打开的工作簿。请先打开或新建一个表格文件。");
    return b;
  }

  private sheet(name: string): EtWorksheet {
    let ws: EtWorksheet | null | undefined;
    try {
      ws = this.book().Worksheets.Item(name);
    } catch (e) {
      if (e instanceof HostError) throw e;
      ws = null;
    }
    if (!ws) throw new HostError("NO_SHEET", `找不到工作表“${name}”，它可能已被重命名或删除。`);
    return ws;
  }

  private allSheets(): EtWorksheet[] {
    const sheets = this.book().Worksheets;
    const out: EtWorksheet[] = [];
    for (let i = 1, n = sheets.Count; i <= n; i++) out.push(sheets.Item(i));
    return out;
  }

  /** A workbook-level name, or null (ET may throw or return nothing for a missing name). */
  private findName(book: EtWorkbook, name: string): EtName | null {
    try {
      const n = book.Names.Item(name);
      return n ? n : null;
    } catch {
      return null;
    }
  }

  private sameBook(a: unknown): boolean {
    // the bridge may hand out a new wrapper object per access: compare by full name, not identity
    try {
      const active = this.app.ActiveWorkbook;
      if (!active || typeof a !== "object" || a === null) return false;
      return (a as EtWorkbook).FullName === active.FullName;
    } catch {
      return false;
    }
  }

  // ---- errors --------------------------------------------------------------------------------------------

  private fail(e: unknown, what: string, sheet: string | null): HostError {
    if (e instanceof HostError) return e;
    let err: HostError;
    let isProtected = false;
    if (sheet !== null) {
      try {
        isProtected = this.sheet(sheet).ProtectContents === true;
      } catch {
        isProtected = false;
      }
    }
    if (isProtected) err = new HostError("PROTECTED", `工作表“${sheet}”受保护，无法${what}。${PROTECTED_HINT}`);
    else {
      const detail = messageOf(e);
      err = new HostError("HOST", `${what}失败：WPS 表格返回了错误${detail ? `（${detail}）` : ""}。请稍后重试。`);
    }
    Object.defineProperty(err, "cause", { value: e, enumerable: false });
    return err;
  }

  private guardProtected(ws: EtWorksheet, sheet: string, what: string): void {
    if (ws.ProtectContents === true)
      throw new HostError("PROTECTED", `工作表“${sheet}”受保护，无法${what}。${PROTECTED_HINT}`);
  }

  // ---- own writes ----------------------------------------------------------------------------------------

  /**
   * Runs writes with events off (restored to their previous state in finally) and the re-entrancy guard up.
   * `own`: cells whose values are written, remembered for `echoGraceMs` in case ET reports them afterwards.
   */
  private writes<T>(fn: () => T, own?: { sheet: string; area: Area }): T {
    // only an explicit false counts as off (a host that answers nothing gets events back on afterwards)
    let previous = true;
    try {
      previous = this.app.EnableEvents !== false;
    } catch {
      previous = true;
    }
    this.writing++;
    const mark = own ? this.ownWrites.begin(own.sheet, own.area) : null;
    let ok = false;
    try {
      if (previous) this.app.EnableEvents = false;
      const out = fn();
      ok = true;
      return out;
    } finally {
      try {
        if (previous) this.app.EnableEvents = true;
      } catch (e) {
        this.onError(e);
      }
      this.writing--;
      if (mark) this.ownWrites.end(mark, ok);
    }
  }

  /**
   * Groups the changes into one undo step where this WPS offers it: `Application.DebugTools.UndoTransBegin/End`
   * exist in Kingsoft's typings (et-jsapi-declare 2.5.0) but are undocumented, so they are feature-detected and
   * any failure in them is ignored.
   */
  private undoGroup<T>(book: EtWorkbook, desc: string, fn: () => T): T {
    let tools: EtApplication["DebugTools"] = null;
    try {
      tools = this.app.DebugTools;
    } catch {
      tools = null;
    }
    let began = false;
    if (tools && typeof tools.UndoTransBegin === "function" && typeof tools.UndoTransEnd === "function") {
      try {
        tools.UndoTransBegin(book);
        began = true;
      } catch (e) {
        this.onError(e);
      }
    }
    try {
      return fn();
    } finally {
      if (began && tools) {
        try {
          tools.UndoTransEnd(book, false, desc);
        } catch (e) {
          this.onError(e);
        }
      }
    }
  }

  private quietScreen<T>(fn: () => T): T {
    let restore = false;
    try {
      if (this.app.ScreenUpdating !== false) {
        this.app.ScreenUpdating = false;
        restore = true;
      }
    } catch {
      restore = false;
    }
    try {
      return fn();
    } finally {
      if (restore) {
        try {
          this.app.ScreenUpdating = true;
        } catch (e) {
          this.onError(e);
        }
      }
    }
  }

  // ---- reading -------------------------------------------------------------------------------------------

  async readActiveSheet(): Promise<Grid> {
    try {
      const book = this.activeBook();
      const ws = this.app.ActiveSheet;
      if (!ws) throw new HostError("NO_SHEET", "没有打开的工作表。请先打开或新建一个表格文件。");
      const sheet = ws.Name;
      const used = ws.UsedRange;
      const row = used.Row;
      const column = used.Column;
      const rows = used.Rows.Count;
      const cols = used.Columns.Count;
      // the one read of the sheet's values, whatever its size
      const values = normalizeValue2(used.Value2, rows, cols);

      const numeric = numericCells(values);
      let uniform: string | null = null;
      if (numeric.length > 0) {
        const nf: unknown = used.NumberFormat;
        if (typeof nf === "string") uniform = nf;
      }
      const needFormats = numeric.length > 0 && uniform === null;
      // false: no merged cell in the used range (the common blank-form case answers in one call)
      const mergeState: unknown = rows * cols > 1 ? used.MergeCells : false;
      const needMerges = mergeState !== false;

      let xml: XmlSheetInfo | null = null;
      if ((needFormats || needMerges) && this.xmlSupported) xml = this.readXml(used, values);

      let formatAt: (r: number, c: number) => string | undefined = () => (uniform === null ? undefined : uniform);
      if (needFormats) {
        const formats =
          xml?.formats ??
          probeFormats(
            numeric,
            (a) =>
              ws.Range(
                areaToA1({
                  top: a.top + row - 1,
                  left: a.left + column - 1,
                  bottom: a.bottom + row - 1,
                  right: a.right + column - 1,
                }),
              ).NumberFormat,
            this.maxFormatProbes,
          );
        formatAt = (r, c) => formats.get(`${r},${c}`);
      }
      const merges: ReadonlyArray<Area> = needMerges && xml ? xml.merges : [];
      const grid = gridFromRead({ sheet, row, column, values, formatAt, merges });
      this.books.set(grid, book);
      return grid;
    } catch (e) {
      throw this.fail(e, "读取工作表", null);
    }
  }

  /** Rows `top`..`bottom` × columns `left`..`right` (0-based): one Value2 read, formats as readActiveSheet gets them
   * without the XML form (merges are kept from the full read the session patches). */
  async readRows(sheet: string, top: number, bottom: number, left: number, right: number): Promise<Grid> {
    try {
      const book = this.activeBook();
      const ws = this.sheet(sheet);
      const area: Area = { top, left, bottom, right };
      const range = ws.Range(areaToA1(area));
      const values = normalizeValue2(range.Value2, bottom - top + 1, right - left + 1);
      const numeric = numericCells(values);
      let formatAt: (r: number, c: number) => string | undefined = () => undefined;
      if (numeric.length > 0) {
        const nf: unknown = range.NumberFormat;
        if (typeof nf === "string") formatAt = () => nf;
        else {
          const formats = probeFormats(
            numeric,
            (a) =>
              ws.Range(
                areaToA1({ top: a.top + top, left: a.left + left, bottom: a.bottom + top, right: a.right + left }),
              ).NumberFormat,
            this.maxFormatProbes,
          );
          formatAt = (r, c) => formats.get(`${r},${c}`);
        }
      }
      const grid = gridFromRead({ sheet, row: top + 1, column: left + 1, values, formatAt, merges: [] });
      this.books.set(grid, book);
      return grid;
    } catch (e) {
      throw this.fail(e, "读取工作表", sheet);
    }
  }

  /** `Value(11)`, checked against Value2 (same cells hold data) before it is trusted. */
  private readXml(used: EtRange, values: ReadonlyArray<ReadonlyArray<unknown>>): XmlSheetInfo | null {
    let raw: unknown;
    try {
      raw = used.Value(XL.rangeValueXmlSpreadsheet);
    } catch {
      this.xmlSupported = false;
      return null;
    }
    const info = parseXmlSpreadsheet(raw);
    if (!info) {
      this.xmlSupported = false;
      return null;
    }
    let agrees = true;
    values.forEach((vr, r) =>
      vr.forEach((v, c) => {
        const filled = v !== undefined && v !== null && v !== "";
        if (filled !== info.data.has(`${r},${c}`)) agrees = false;
      }),
    );
    for (const k of info.data) {
      const [r, c] = k.split(",").map(Number) as [number, number];
      if (r >= values.length || c >= (values[r]?.length ?? 0)) agrees = false;
    }
    return agrees ? info : null;
  }

  async activeSheetName(): Promise<string> {
    try {
      const ws = this.app.ActiveSheet;
      if (!ws) throw new HostError("NO_SHEET", "没有打开的工作表。请先打开或新建一个表格文件。");
      return ws.Name;
    } catch (e) {
      throw this.fail(e, "读取当前工作表", null);
    }
  }

  async selection(): Promise<CellRef> {
    try {
      const ws = this.app.ActiveSheet;
      if (!ws) throw new HostError("NO_SHEET", "没有打开的工作表。请先打开或新建一个表格文件。");
      const sheet = ws.Name;
      const cell = this.app.ActiveCell;
      if (!cell) return { sheet, row: 0, col: 0 };
      return { sheet, row: cell.Row - 1, col: cell.Column - 1 };
    } catch (e) {
      throw this.fail(e, "读取选中的单元格", null);
    }
  }

  // ---- navigation ----------------------------------------------------------------------------------------

  async select(cell: CellRef): Promise<void> {
    try {
      const ws = this.sheet(cell.sheet);
      // activate first: selecting on a sheet that is not active would not show it
      ws.Activate();
      ws.Range(toA1(cell.row, cell.col)).Select();
    } catch (e) {
      throw this.fail(e, "定位单元格", cell.sheet);
    }
    this.scrollTo(cell);
  }

  /** Scrolls only when the cell is outside the visible part of the window (cosmetic: failures are ignored). */
  private scrollTo(cell: CellRef): void {
    try {
      const w = this.app.ActiveWindow;
      if (!w) return;
      const visible = w.VisibleRange;
      const top = visible.Row;
      const left = visible.Column;
      // the last visible row/column is often cut off: treat it as outside
      const bottom = top + visible.Rows.Count - 2;
      const right = left + visible.Columns.Count - 2;
      const r = cell.row + 1;
      const c = cell.col + 1;
      if (r < top || r > bottom) w.ScrollRow = Math.max(1, r - 2);
      if (c < left || c > right) w.ScrollColumn = Math.max(1, c - 1);
    } catch (e) {
      this.onError(e);
    }
  }

  // ---- marks ---------------------------------------------------------------------------------------------

  /** Our conditional formats on the sheet (their formula names `_PTC_`), last first. */
  private ownFormats(ws: EtWorksheet): Array<{ delete(): void }> {
    const all = ws.Cells.FormatConditions;
    const out: Array<{ delete(): void }> = [];
    for (let i = all.Count; i >= 1; i--) {
      let formula: unknown;
      let item: ReturnType<typeof all.Item>;
      try {
        item = all.Item(i);
        // data bars, colour scales and icon sets have no formula: never ours
        formula = item.Formula1;
      } catch {
        continue;
      }
      if (isOwnMarkFormula(formula)) out.push({ delete: () => item.Delete() });
    }
    return out;
  }

  /** One range over many address lists: `Worksheet.Range` per list (≤255 characters), then `Application.Union`. */
  private union(ws: EtWorksheet, chunks: ReadonlyArray<string>): EtRange {
    let ranges = chunks.map((c) => ws.Range(c));
    while (ranges.length > 1) {
      const next: EtRange[] = [];
      for (let i = 0; i < ranges.length; i += 30) {
        const group = ranges.slice(i, i + 30);
        const [a, b, ...more] = group;
        if (a && b) next.push(this.app.Union(a, b, ...more));
        else if (a) next.push(a);
      }
      ranges = next;
    }
    const only = ranges[0];
    if (!only) throw new Error("no range");
    return only;
  }

  private ensureSwitch(book: EtWorkbook): void {
    if (!this.findName(book, MARKS_SWITCH_NAME)) book.Names.Add(MARKS_SWITCH_NAME, "=TRUE", false);
  }

  /** `FormatConditions.Add(xlExpression, , formula)`: an `undefined` operator is not accepted by every bridge;
   * then xlBetween, which ET ignores for an expression rule as Excel does. The form that worked is kept. */
  private addCondition(range: EtRange, formula: string): ReturnType<EtRange["FormatConditions"]["Add"]> {
    const fcs = range.FormatConditions;
    if (this.cfAddForm !== "explicit") {
      try {
        const cf = fcs.Add(XL.expression, undefined, formula);
        this.cfAddForm = "undefined";
        return cf;
      } catch (e) {
        if (this.cfAddForm === "undefined") throw e;
        this.cfAddForm = "explicit";
      }
    }
    return fcs.Add(XL.expression, XL.between, formula);
  }

  async setMarks(sheet: string, marks: ReadonlyArray<Mark>, book?: string): Promise<void> {
    const rules = planMarkRules(marks);
    try {
      const wb = this.bookFor(book);
      const ws = this.sheet(sheet);
      if (ws.ProtectContents === true) {
        // nothing to add and nothing of ours to remove: a protected sheet is no obstacle
        if (rules.length === 0 && this.ownFormats(ws).length === 0) return;
        this.guardProtected(ws, sheet, "写入标注");
      }
      this.writes(() =>
        this.undoGroup(wb, "绩效目标表校验标注", () => {
          for (const f of this.ownFormats(ws)) f.delete();
          if (rules.length === 0) return;
          this.ensureSwitch(wb);
          for (const rule of rules) {
            const cf = this.addCondition(this.union(ws, addressChunks(rule.areas, MAX_RANGE_ARG)), rule.formula);
            cf.Interior.Color = bgr(MARK_COLORS[rule.severity]);
            try {
              cf.SetFirstPriority();
            } catch (e) {
              this.onError(e);
            }
          }
        }),
      );
    } catch (e) {
      throw this.fail(e, "写入标注", sheet);
    }
  }

  /** Deletes exactly our conditional formats (formula names `_PTC_`) from one sheet or from every sheet. */
  async clearMarks(sheet?: string): Promise<void> {
    try {
      const sheets = sheet === undefined ? this.allSheets() : [this.sheet(sheet)];
      const blocked: string[] = [];
      for (const ws of sheets) {
        const own = this.ownFormats(ws);
        if (own.length === 0) continue;
        if (ws.ProtectContents === true) {
          blocked.push(ws.Name);
          continue;
        }
        this.writes(() => {
          for (const f of own) f.delete();
        });
      }
      if (blocked.length > 0) {
        throw new HostError(
          "PROTECTED",
          `工作表“${blocked.join("”“")}”受保护，其中的标注无法清除（其他工作表已清除）。${PROTECTED_HINT}`,
        );
      }
    } catch (e) {
      throw this.fail(e, "清除标注", sheet ?? null);
    }
  }

  /** One write of the `_PTC_ON` name (every mark's formula reads it); creates the name the first time. */
  async setMarksVisible(on: boolean): Promise<void> {
    const formula = on ? "=TRUE" : "=FALSE";
    try {
      const book = this.book();
      this.writes(() => {
        const n = this.findName(book, MARKS_SWITCH_NAME);
        if (n) n.RefersTo = formula;
        else book.Names.Add(MARKS_SWITCH_NAME, formula, false);
      });
    } catch (e) {
      throw this.fail(e, "切换标注显示", null);
    }
  }

  // ---- writes the user asked for -------------------------------------------------------------------------

  /**
   * A blank table at `at`: one Value2 read of the target (must be empty, unmerged, unprotected), then one 2-D
   * Value2 write, merges, borders, fonts, dropdowns and widths of still-default columns — one undo step where
   * the host offers undo grouping.
   */
  async insertBlock(at: CellRef, spec: BlockSpec): Promise<RangeRef> {
    const area: Area = { top: at.row, left: at.col, bottom: at.row + spec.height - 1, right: at.col + spec.width - 1 };
    if (area.bottom > MAX_ROW || area.right > MAX_COL || at.row < 0 || at.col < 0) {
      throw new HostError("HOST", "插入位置太靠近工作表边缘，放不下项目表。请选择靠上或靠左的单元格。");
    }
    const rangeOf = (ws: EtWorksheet, a: Area): EtRange =>
      ws.Range(
        areaToA1({ top: at.row + a.top, left: at.col + a.left, bottom: at.row + a.bottom, right: at.col + a.right }),
      );
    try {
      const book = this.book();
      const ws = this.sheet(at.sheet);
      this.guardProtected(ws, at.sheet, "插入项目表");
      const target = ws.Range(areaToA1(area));
      const current = normalizeValue2(target.Value2, spec.height, spec.width);
      const occupied = current.some((r) => r.some((v) => v !== undefined && v !== null && v !== ""));
      // true: all merged; null: some merged (a host that answers neither is taken at its word: no merges)
      const merged: unknown = target.MergeCells;
      if (occupied || merged === true || merged === null) {
        throw new HostError(
          "NOT_EMPTY",
          "插入位置下方的单元格不是空的。请选择一块空白区域，或在最后一个项目表下方插入。",
        );
      }
      // columns still at the default width get the template's widths (ColumnWidth is in characters, as in Excel)
      const widen: Array<{ range: EtRange; chars: number }> = [];
      spec.columnWidths.slice(0, spec.width).forEach((chars, c) => {
        const col = rangeOf(ws, { top: 0, left: c, bottom: 0, right: c });
        if (col.UseStandardWidth === true) widen.push({ range: col, chars });
      });

      this.writes(
        () =>
          this.undoGroup(book, "插入空白项目表", () =>
            this.quietScreen(() => {
              target.Value2 = spec.values.map((r) => [...r]);
              for (const m of spec.merges) {
                const r = rangeOf(ws, m);
                r.Merge();
                r.VerticalAlignment = XL.center;
              }
              for (const b of spec.borders) {
                const borders = rangeOf(ws, b).Borders;
                for (const edge of edgesOf(b)) {
                  const line = borders.Item(edge);
                  line.LineStyle = XL.continuous;
                  line.Weight = XL.thin;
                  line.Color = 0;
                }
              }
              for (const b of spec.bold) rangeOf(ws, b).Font.Bold = true;
              const title = rangeOf(ws, spec.title);
              title.Font.Bold = true;
              title.Font.Size = 16;
              title.HorizontalAlignment = XL.center;
              for (const l of spec.lists) {
                const v = rangeOf(ws, { top: l.row, left: l.col, bottom: l.row, right: l.col }).Validation;
                v.Delete();
                v.Add(XL.validateList, XL.validAlertStop, XL.between, l.items.join(","));
              }
              for (const w of widen) w.range.ColumnWidth = w.chars;
            }),
          ),
        { sheet: at.sheet, area },
      );
    } catch (e) {
      throw this.fail(e, "插入项目表", at.sheet);
    }
    return { sheet: at.sheet, ...area };
  }

  async writeCell(cell: CellRef, value: string): Promise<void> {
    try {
      const ws = this.sheet(cell.sheet);
      this.guardProtected(ws, cell.sheet, "修改单元格");
      const range = ws.Range(toA1(cell.row, cell.col));
      this.writes(
        () => {
          range.Value2 = value;
        },
        { sheet: cell.sheet, area: { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col } },
      );
    } catch (e) {
      throw this.fail(e, "修改单元格", cell.sheet);
    }
  }

  /** The cells of a bulk fix: one undo step where this WPS offers undo grouping (undoGroup). */
  async writeCells(cells: ReadonlyArray<{ readonly cell: CellRef; readonly value: string }>): Promise<void> {
    const first = cells[0];
    if (!first) return;
    const sheet = first.cell.sheet;
    try {
      const book = this.book();
      const ws = this.sheet(sheet);
      this.guardProtected(ws, sheet, "修改单元格");
      const rows = cells.map((c) => c.cell.row);
      const cols = cells.map((c) => c.cell.col);
      const area = {
        top: Math.min(...rows),
        left: Math.min(...cols),
        bottom: Math.max(...rows),
        right: Math.max(...cols),
      };
      this.writes(
        () =>
          this.undoGroup(book, "应用格式修正", () => {
            for (const c of cells) ws.Range(toA1(c.cell.row, c.cell.col)).Value2 = c.value;
          }),
        { sheet, area },
      );
    } catch (e) {
      throw this.fail(e, "修改单元格", sheet);
    }
  }

  // ---- settings ------------------------------------------------------------------------------------------

  async loadSettings(): Promise<Settings | null> {
    try {
      const book = this.app.ActiveWorkbook;
      if (!book) return null;
      const n = this.findName(book, SETTINGS_NAME);
      return n ? settingsFromFormula(n.RefersTo) : null;
    } catch (e) {
      throw this.fail(e, "读取设置", null);
    }
  }

  async saveSettings(s: Settings): Promise<void> {
    const formula = settingsFormula(s);
    try {
      const book = this.book();
      this.writes(() => {
        const n = this.findName(book, SETTINGS_NAME);
        if (n) n.RefersTo = formula;
        else book.Names.Add(SETTINGS_NAME, formula, false);
      });
    } catch (e) {
      throw this.fail(e, "保存设置", null);
    }
  }

  // ---- events --------------------------------------------------------------------------------------------

  onChange(cb: (e: ChangeEvent) => void): () => void {
    this.ensureEvents();
    return this.changeListeners.add(cb);
  }

  onActivate(cb: (sheet: string) => void): () => void {
    this.ensureEvents();
    return this.activateListeners.add(cb);
  }

  onSelection(cb: (cell: CellRef) => void): () => void {
    this.ensureEvents();
    return this.selectionListeners.add(cb);
  }

  /** Removes the adapter's ET event listeners (WPS also drops them when the page closes). */
  dispose(): void {
    if (!this.registered) return;
    for (const [name, fn] of this.registered) {
      try {
        this.app.ApiEvent.RemoveApiEventListener(name, fn);
      } catch (e) {
        this.onError(e);
      }
    }
    this.registered = null;
  }

  /** ET events are application-wide: one listener per event for the adapter's life, filtered to the active workbook. */
  private ensureEvents(): void {
    if (this.registered) return;
    const handlers: Array<[EtEventName, EtEventListener]> = [
      ["SheetChange", this.handleChange],
      ["SheetActivate", this.handleActivate],
      ["WorkbookActivate", this.handleBookActivate],
      ["SheetSelectionChange", this.handleSelection],
    ];
    const done: Array<[EtEventName, EtEventListener]> = [];
    for (const [name, fn] of handlers) {
      try {
        this.app.ApiEvent.AddApiEventListener(name, fn);
        done.push([name, fn]);
      } catch (e) {
        this.onError(e);
      }
    }
    this.registered = done;
  }

  private areasOf(target: EtRange): Area[] {
    const out: Area[] = [];
    const areas = target.Areas;
    for (let i = 1, n = areas.Count; i <= n; i++) {
      const a = areas.Item(i);
      const top = a.Row - 1;
      const left = a.Column - 1;
      out.push({ top, left, bottom: top + a.Rows.Count - 1, right: left + a.Columns.Count - 1 });
    }
    return out;
  }

  private readonly handleChange = (sh: EtWorksheet, target: EtRange): void => {
    if (this.writing > 0 || this.changeListeners.size === 0) return;
    try {
      if (!this.sameBook(sh.Parent)) return;
      const sheet = sh.Name;
      // edits happen on the active sheet; a change elsewhere (another add-in, a macro) is not this check's
      if (this.app.ActiveSheet?.Name !== sheet) return;
      const areas = this.areasOf(target);
      if (this.ownWrites.isEcho(sheet, areas)) return;
      this.changeListeners.emit({ sheet, ranges: areas.map((a) => ({ sheet, ...a })) });
    } catch (e) {
      this.onError(e);
    }
  };

  private readonly handleActivate = (sh: EtWorksheet): void => {
    if (this.activateListeners.size === 0) return;
    try {
      if (!this.sameBook(sh.Parent)) return;
      this.activateListeners.emit(sh.Name);
    } catch (e) {
      this.onError(e);
    }
  };

  /** Switching to another workbook window changes the active sheet without a SheetActivate. */
  private readonly handleBookActivate = (): void => {
    if (this.activateListeners.size === 0) return;
    try {
      const ws = this.app.ActiveSheet;
      if (ws) this.activateListeners.emit(ws.Name);
    } catch (e) {
      this.onError(e);
    }
  };

  private readonly handleSelection = (sh: EtWorksheet, target: EtRange): void => {
    if (this.selectionListeners.size === 0) return;
    try {
      if (!this.sameBook(sh.Parent)) return;
      this.selectionListeners.emit({ sheet: sh.Name, row: target.Row - 1, col: target.Column - 1 });
    } catch (e) {
      this.onError(e);
    }
  };
}

/** XlBordersIndex: edges always, inside lines only where the area has them. */
function edgesOf(a: Area): number[] {
  const edges = [7, 8, 9, 10]; // xlEdgeLeft, xlEdgeTop, xlEdgeBottom, xlEdgeRight
  if (a.right > a.left) edges.push(11); // xlInsideVertical
  if (a.bottom > a.top) edges.push(12); // xlInsideHorizontal
  return edges;
}
