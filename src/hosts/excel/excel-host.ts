// The HostAdapter over Office.js (Excel JavaScript API). Every host call is one `Excel.run` behind a timeout.
// A check reads the sheet in requests of bounded size (Excel on the web refuses a request or response over 5 MB);
// a mark write is one Excel.run that finds the add-in's conditional formats by their formula and replaces them
// in the same batch (a conditional format's id is its position, so ids are never kept across runs).
//
// Requirement sets (./requirements.ts): from ExcelApi 1.1 the sheet is read and cells selected; marks from 1.6;
// live events from 1.7; everything else is detected at run time:
//   1.9  RangeAreas, collection-level change/selection events, suspendScreenUpdatingUntilNextSync
//   1.13 getMergedAreasOrNullObject (merged areas in the Grid; refusing to insert over merged cells)
//   1.14 triggerSource on change events (own writes recognised by Excel; below that, a re-entrancy guard)
//   1.19 writes keep the user's undo history (marks may follow typing)
//   1.20 mergeUndoGroup (a template insertion is one undo step)
import { areaToA1, toA1, type Area, type Grid } from "../../core/grid";
import type { BlockSpec } from "../../core/template/block-spec";
import {
  HostError,
  MARKS_SWITCH_NAME,
  MARK_COLORS,
  MAX_COL,
  MAX_ROW,
  SETTINGS_NAME,
  withTimeout,
  type CellRef,
  type ChangeEvent,
  type HostAdapter,
  type HostCapabilities,
  type Mark,
  type RangeRef,
  type Settings,
} from "../host";
import { Listeners } from "../listeners";
import { OwnWrites, type OwnWrite } from "../own-writes";
import { parseAddressList } from "./address";
import { addressChunks, isOwnMarkFormula, planMarkRules, type MarkRule } from "../mark-formula";
import { settingsFormula, settingsFromFormula } from "../settings-codec";
import { gridFromUsedRange, type UsedRangeData } from "./read";

/** `Excel.run` with options, the only entry point the adapter uses (injectable for tests). */
export type ExcelRunner = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;
/** `Office.context.requirements.isSetSupported`. */
export type RequirementCheck = (name: string, minVersion: string) => boolean;

export interface ExcelHostOptions {
  /** Per host call; Office.js can hang while a large file loads. */
  readonly timeoutMs?: number;
  /** Below ExcelApi 1.14: how long after an own write its change event is still recognised as ours. */
  readonly echoGraceMs?: number;
  /** Longest address list given to one Worksheet.getRanges call. */
  readonly maxAddressChars?: number;
  /** Cells per read request (four properties each): keeps a request well under Excel on the web's 5 MB. */
  readonly cellsPerRequest?: number;
  readonly now?: () => number;
  /** Failures nobody awaits (event registration, a listener that throws). */
  readonly onError?: (e: unknown) => void;
}

/** What is loaded to tell our conditional formats from the user's. */
const CF_LOAD = "items/type,items/customOrNullObject/rule/formula";

interface Api {
  readonly v12: boolean;
  readonly v14: boolean;
  readonly v16: boolean;
  readonly v17: boolean;
  readonly v18: boolean;
  readonly v19: boolean;
  readonly v113: boolean;
  readonly v114: boolean;
  readonly v119: boolean;
  readonly v120: boolean;
}

/** Cells of a used range the adapter reads at most (about 50 requests). */
const MAX_READ_CELLS = 2_000_000;

/** Excel on the web: a request or response over 5 MB fails with this code. */
const PAYLOAD_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

function officeCode(e: unknown): string | undefined {
  if (typeof e === "object" && e !== null && "code" in e) {
    const c = (e as { code: unknown }).code;
    return typeof c === "string" ? c : undefined;
  }
  return undefined;
}

function isOurs(cf: Excel.ConditionalFormat): boolean {
  const custom = cf.customOrNullObject;
  return !custom.isNullObject && isOwnMarkFormula(custom.rule.formula);
}

/** An insert that outlived its timeout: a retry waits for its outcome instead of inserting a second copy. */
interface PendingInsert {
  readonly cancel: { cancelled: boolean };
  readonly outcome: Promise<RangeRef | null>;
}

export class ExcelHost implements HostAdapter {
  readonly kind = "excel" as const;
  private readonly timeoutMs: number;
  private readonly maxAddressChars: number;
  private readonly now: () => number;
  private readonly onError: (e: unknown) => void;
  private readonly cellsPerRequest: number;
  private apiFlags: Api | null = null;
  private pendingInsert: PendingInsert | null = null;
  /** Whether the `_PTC_ON` name exists; undefined = not known. */
  private switchExists: boolean | undefined;
  /** Set when a merged-area query failed (e.g. more than 512 merged areas): later reads skip it. */
  private mergeQueryFailed = false;

  private readonly changeListeners = new Listeners<ChangeEvent>((e) => this.onError(e));
  private readonly activateListeners = new Listeners<string>((e) => this.onError(e));
  private readonly selectionListeners = new Listeners<CellRef>((e) => this.onError(e));
  private events: "none" | "pending" | "ready" = "none";
  /** Worksheet id → name (event arguments carry only the id). */
  private readonly sheetNames = new Map<string, string>();
  /** ExcelApi 1.8: sheets whose own change/selection events are registered. */
  private readonly hooked = new Set<string>();
  private readonly ownWrites: OwnWrites;

  constructor(
    private readonly run: ExcelRunner,
    private readonly isSetSupported: RequirementCheck,
    options: ExcelHostOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 20000;
    this.maxAddressChars = options.maxAddressChars ?? 4000;
    this.cellsPerRequest = options.cellsPerRequest ?? 40000;
    this.now = options.now ?? (() => Date.now());
    this.ownWrites = new OwnWrites(this.now, options.echoGraceMs ?? 1500);
    this.onError = options.onError ?? ((e) => console.warn("[ExcelHost]", e));
  }

  /** The adapter over the real Office.js globals (call after Office.onReady). */
  static fromOffice(options?: ExcelHostOptions): ExcelHost {
    return new ExcelHost(
      (o, b) => Excel.run(o, b),
      (name, v) => Office.context.requirements.isSetSupported(name, v),
      options,
    );
  }

  private get api(): Api {
    if (!this.apiFlags) {
      const s = (v: string): boolean => {
        try {
          return this.isSetSupported("ExcelApi", v);
        } catch {
          return false;
        }
      };
      this.apiFlags = {
        v12: s("1.2"),
        v14: s("1.4"),
        v16: s("1.6"),
        v17: s("1.7"),
        v18: s("1.8"),
        v19: s("1.9"),
        v113: s("1.13"),
        v114: s("1.14"),
        v119: s("1.19"),
        v120: s("1.20"),
      };
    }
    return this.apiFlags;
  }

  capabilities(): HostCapabilities {
    const a = this.api;
    return { marks: a.v16, live: a.v17, writesKeepUndo: a.v119 };
  }

  /** One Excel.run behind the timeout. `delayForCellEdit`: wait for the user to leave cell-edit mode instead of failing. */
  private call<T>(
    what: string,
    batch: (ctx: Excel.RequestContext) => Promise<T>,
    options: Excel.RunOptions = {},
  ): Promise<T> {
    return withTimeout(this.run({ delayForCellEdit: true, ...options }, batch), this.timeoutMs, what);
  }

  /** Maps an Office.js failure to a HostError with a message the pane can show. */
  private async fail(e: unknown, what: string, sheet: string | null): Promise<HostError> {
    if (e instanceof HostError) return e;
    const code = officeCode(e);
    let err: HostError;
    if (sheet !== null && code === "ItemNotFound" && !(await this.sheetExists(sheet))) {
      err = new HostError("NO_SHEET", `找不到工作表“${sheet}”，它可能已被重命名或删除。`);
    } else if (sheet !== null && (await this.isProtected(sheet))) {
      err = new HostError(
        "PROTECTED",
        `工作表“${sheet}”受保护，无法${what}。请先撤销工作表保护（审阅 → 撤销工作表保护）后重试。`,
      );
    } else {
      err = new HostError("HOST", `${what}失败：Excel 返回了错误${code ? `（${code}）` : ""}。请稍后重试。`);
    }
    // keep the Office.js error for the console and for bug reports
    Object.defineProperty(err, "cause", { value: e, enumerable: false });
    return err;
  }

  private async isProtected(sheet: string): Promise<boolean> {
    try {
      return await this.call("检查工作表保护", async (ctx) => {
        const p = ctx.workbook.worksheets.getItem(sheet).protection;
        p.load("protected");
        await ctx.sync();
        return p.protected;
      });
    } catch {
      return false;
    }
  }

  private async sheetExists(sheet: string): Promise<boolean> {
    try {
      return await this.call("查找工作表", async (ctx) => {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(sheet);
        ws.load("name");
        await ctx.sync();
        return !ws.isNullObject;
      });
    } catch {
      return true;
    }
  }

  // ---- reading -------------------------------------------------------------------------------------------

  async readActiveSheet(): Promise<Grid> {
    try {
      return await this.call("读取工作表", (ctx) => this.readIn(ctx));
    } catch (e) {
      throw await this.fail(e, "读取工作表", null);
    }
  }

  /**
   * One sync for the sheet's name, the used range's bounds and (1.13) its merged areas; then the cells in row
   * bands of at most `cellsPerRequest` cells, each band one request. A band Excel finds too large (long texts) is
   * halved and read again.
   */
  private async readIn(ctx: Excel.RequestContext): Promise<Grid> {
    const api = this.api;
    const ws = ctx.workbook.worksheets.getActiveWorksheet();
    ws.load("name,id");
    const used = api.v12 ? ws.getUsedRange(true) : ws.getUsedRange();
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    let merged: Excel.RangeAreas | null = null;
    if (api.v113 && !this.mergeQueryFailed) {
      merged = used.getMergedAreasOrNullObject();
      merged.load("address");
    }
    try {
      await ctx.sync();
    } catch (e) {
      if (!merged) throw e;
      // getMergedAreasOrNullObject fails above 512 merged areas: read without merges (the parser works by content)
      this.mergeQueryFailed = true;
      merged = null;
      ws.load("name,id");
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      await ctx.sync();
    }
    this.sheetNames.set(ws.id, ws.name);
    const top = used.rowIndex;
    const left = used.columnIndex;
    const rows = used.rowCount;
    const cols = used.columnCount;
    // a used range stretched by stray formatting (a value in XFD, a formatted row 1048576) would take thousands
    // of requests: refuse it with what to do instead
    if (rows * cols > MAX_READ_CELLS) {
      throw new HostError(
        "HOST",
        `工作表“${ws.name}”的已用区域过大（${rows} 行 × ${cols} 列），无法读取。请删除表格以外多余的内容或格式（例如末尾的空白行列）后重试。`,
      );
    }
    const data = await this.readBands(ctx, ws, top, left, rows, cols);
    const d: UsedRangeData = {
      sheet: ws.name,
      rowIndex: top,
      columnIndex: left,
      ...data,
      mergedAddress: merged && !merged.isNullObject ? merged.address : null,
    };
    return gridFromUsedRange(d);
  }

  /** The cells of `rows` × `cols` from (top, left), in row bands of at most `cellsPerRequest` cells. */
  private async readBands(
    ctx: Excel.RequestContext,
    ws: Excel.Worksheet,
    top: number,
    left: number,
    rows: number,
    cols: number,
  ): Promise<{ values: unknown[][]; text: string[][]; numberFormat: unknown[][]; valueTypes: string[][] }> {
    const data: { values: unknown[][]; text: string[][]; numberFormat: unknown[][]; valueTypes: string[][] } = {
      values: [],
      text: [],
      numberFormat: [],
      valueTypes: [],
    };
    let band = Math.max(1, Math.floor(this.cellsPerRequest / Math.max(1, cols)));
    for (let r = 0; r < rows;) {
      const n = Math.min(band, rows - r);
      const range = ws.getRange(areaToA1({ top: top + r, left, bottom: top + r + n - 1, right: left + cols - 1 }));
      range.load("values,text,numberFormat,valueTypes");
      try {
        await ctx.sync();
      } catch (e) {
        if (!PAYLOAD_CODES.has(officeCode(e) ?? "")) throw e;
        if (n === 1)
          throw new HostError(
            "HOST",
            "工作表中有内容过长的行，超出了 Excel 单次读取的上限（5 MB）。请缩短或拆分这些单元格后重试。",
          );
        band = Math.max(1, Math.floor(n / 2));
        continue;
      }
      // row by row: a spread of a whole band could exceed the engine's argument limit
      for (const row of range.values) data.values.push(row);
      for (const row of range.text) data.text.push(row);
      for (const row of range.numberFormat) data.numberFormat.push(row);
      for (const row of range.valueTypes) data.valueTypes.push(row);
      r += n;
    }
    return data;
  }

  /** Rows `top`..`bottom` (columns `left`..`right`) of a sheet: the re-read after an edit. */
  async readRows(sheet: string, top: number, bottom: number, left: number, right: number): Promise<Grid> {
    try {
      return await this.call("读取工作表", async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        const data = await this.readBands(ctx, ws, top, left, bottom - top + 1, right - left + 1);
        return gridFromUsedRange({ sheet, rowIndex: top, columnIndex: left, ...data, mergedAddress: null });
      });
    } catch (e) {
      throw await this.fail(e, "读取工作表", sheet);
    }
  }

  async activeSheetName(): Promise<string> {
    try {
      return await this.call("读取当前工作表", async (ctx) => {
        const ws = ctx.workbook.worksheets.getActiveWorksheet();
        ws.load("name");
        await ctx.sync();
        return ws.name;
      });
    } catch (e) {
      throw await this.fail(e, "读取当前工作表", null);
    }
  }

  async selection(): Promise<CellRef> {
    try {
      return await this.call("读取选中的单元格", async (ctx) => {
        // ExcelApi 1.7 has the active cell; below, the selection's top-left cell
        const cell = this.api.v17 ? ctx.workbook.getActiveCell() : ctx.workbook.getSelectedRange();
        cell.load("rowIndex,columnIndex");
        const ws = cell.worksheet;
        ws.load("name");
        await ctx.sync();
        return { sheet: ws.name, row: cell.rowIndex, col: cell.columnIndex };
      });
    } catch (e) {
      throw await this.fail(e, "读取选中的单元格", null);
    }
  }

  // ---- navigation ----------------------------------------------------------------------------------------

  async select(cell: CellRef): Promise<void> {
    try {
      await this.call("定位单元格", async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(cell.sheet);
        // activate first: selecting on a sheet that is not active would not show it
        ws.activate();
        // selecting scrolls the cell into view; a cell inside a merged area selects the whole area
        ws.getRange(toA1(cell.row, cell.col)).select();
        await ctx.sync();
      });
    } catch (e) {
      throw await this.fail(e, "定位单元格", cell.sheet);
    }
  }

  // ---- marks ---------------------------------------------------------------------------------------------

  /**
   * Replaces our conditional formats on the sheet in one Excel.run: one sync finds them by their formula, the
   * next deletes them from the last to the first (a format's id is its position: deleting from the end leaves
   * the positions still to delete unchanged) and adds the new ones. Nothing found and nothing to add: no write.
   */
  async setMarks(sheet: string, marks: ReadonlyArray<Mark>): Promise<void> {
    if (!this.api.v16) throw new HostError("UNSUPPORTED", "此版本的 Excel 不支持在表格中标注（需要 ExcelApi 1.6）。");
    const rules = planMarkRules(marks);
    try {
      await this.call("写入标注", (ctx) => this.replaceMarks(ctx, sheet, rules));
    } catch (e) {
      throw await this.fail(e, "写入标注", sheet);
    }
  }

  /** Which of the loaded conditional formats are ours; falls back when a user's rule cannot be read. */
  private async findOwn(ctx: Excel.RequestContext, lists: Excel.ConditionalFormatCollection[]): Promise<boolean[][]> {
    try {
      await ctx.sync();
      return lists.map((cfs) => cfs.items.map(isOurs));
    } catch (e) {
      if (officeCode(e) === "ItemNotFound" || officeCode(e) === "AccessDenied") throw e;
      // reading the rule of some user formats fails (office-js #5222, #6827, #6835): read the types, then the
      // formulas of custom formats only (ours are custom)
      for (const cfs of lists) cfs.load("items/type");
      await ctx.sync();
      const rules = lists.map((cfs) =>
        cfs.items.map((cf) => (cf.type === "Custom" ? cf.custom.rule.load("formula") : null)),
      );
      await ctx.sync();
      return rules.map((list) => list.map((r) => r !== null && isOwnMarkFormula(r.formula)));
    }
  }

  private async replaceMarks(
    ctx: Excel.RequestContext,
    sheet: string | undefined,
    rules: ReadonlyArray<MarkRule>,
  ): Promise<number> {
    let sheets: Excel.Worksheet[];
    if (sheet === undefined) {
      const wss = ctx.workbook.worksheets;
      wss.load("items/name");
      await ctx.sync();
      sheets = wss.items;
    } else {
      sheets = [ctx.workbook.worksheets.getItem(sheet)];
    }
    const lists = sheets.map((ws) => {
      const cfs = ws.getRange().conditionalFormats;
      cfs.load(CF_LOAD);
      return cfs;
    });
    const sw = rules.length > 0 && this.api.v14 ? ctx.workbook.names.getItemOrNullObject(MARKS_SWITCH_NAME) : null;
    sw?.load("name");
    const own = await this.findOwn(ctx, lists);
    let deleted = 0;
    lists.forEach((cfs, i) => {
      const flags = own[i] ?? [];
      for (let k = cfs.items.length - 1; k >= 0; k--) {
        if (!flags[k]) continue;
        cfs.items[k]?.delete();
        deleted++;
      }
    });
    const ws = sheets[0];
    if (rules.length > 0 && ws) {
      if (sw && sw.isNullObject) {
        const n = ctx.workbook.names.add(MARKS_SWITCH_NAME, "=TRUE");
        n.visible = false;
      }
      for (const rule of rules) {
        const targets =
          rule.areas.length > 1 && this.api.v19
            ? addressChunks(rule.areas, this.maxAddressChars).map((a) => ws.getRanges(a))
            : rule.areas.map((a) => ws.getRange(areaToA1(a)));
        for (const target of targets) {
          const cf = target.conditionalFormats.add("Custom");
          cf.custom.rule.formula = rule.formula;
          cf.custom.format.fill.color = MARK_COLORS[rule.severity];
        }
      }
    }
    if (deleted > 0 || rules.length > 0) await ctx.sync();
    if (rules.length > 0) this.switchExists = true;
    return deleted;
  }

  /** Deletes exactly our conditional formats (their formula has our shape) from one sheet or from all sheets. */
  async clearMarks(sheet?: string): Promise<void> {
    if (!this.api.v16) return;
    try {
      await this.call("清除标注", (ctx) => this.replaceMarks(ctx, sheet, []));
    } catch (e) {
      throw await this.fail(e, "清除标注", sheet ?? null);
    }
  }

  /** One write of the `_PTC_ON` name (every mark's formula reads it); creates the name the first time. */
  async setMarksVisible(on: boolean): Promise<void> {
    if (!this.api.v16) return;
    const formula = on ? "=TRUE" : "=FALSE";
    try {
      if (this.switchExists === true) {
        try {
          await this.call("切换标注显示", async (ctx) => {
            ctx.workbook.names.getItem(MARKS_SWITCH_NAME).formula = formula;
            await ctx.sync();
          });
          return;
        } catch (e) {
          if (officeCode(e) !== "ItemNotFound") throw e;
          this.switchExists = undefined;
        }
      }
      await this.call("切换标注显示", async (ctx) => {
        const names = ctx.workbook.names;
        const item = names.getItemOrNullObject(MARKS_SWITCH_NAME);
        item.load("name");
        await ctx.sync();
        if (item.isNullObject) {
          const n = names.add(MARKS_SWITCH_NAME, formula);
          n.visible = false;
        } else {
          item.formula = formula;
        }
        await ctx.sync();
        this.switchExists = true;
      });
    } catch (e) {
      throw await this.fail(e, "切换标注显示", null);
    }
  }

  // ---- writes the user asked for -------------------------------------------------------------------------

  /**
   * A blank table at `at`: one sync reads the target (must be empty and unprotected, no merged cells) and the
   * column widths; one sync writes values (one 2-D write), merges, borders, fonts, dropdowns and widths. On
   * ExcelApi 1.20 both syncs are one undo step.
   */
  async insertBlock(at: CellRef, spec: BlockSpec): Promise<RangeRef> {
    const area: Area = { top: at.row, left: at.col, bottom: at.row + spec.height - 1, right: at.col + spec.width - 1 };
    if (area.bottom > MAX_ROW || area.right > MAX_COL) {
      throw new HostError("HOST", "插入位置太靠近工作表边缘，放不下项目表。请选择靠上或靠左的单元格。");
    }
    // an earlier insert that timed out may still land: a retry takes its outcome instead of inserting again
    const earlier = this.pendingInsert;
    if (earlier) {
      let settled = false;
      const outcome = await withTimeout(
        earlier.outcome.then((r) => {
          settled = true;
          return r;
        }),
        this.timeoutMs,
        "等待上一次插入",
      ).catch(() => null);
      if (!settled) throw new HostError("TIMEOUT", "上一次插入项目表仍未完成，为避免插入两份，请稍后再试。");
      this.pendingInsert = null;
      if (outcome) return outcome;
    }
    const cancel = { cancelled: false };
    const own = this.beginOwnWrite(at.sheet, area);
    const running = this.run({ delayForCellEdit: true, ...(this.api.v120 ? { mergeUndoGroup: true } : {}) }, (ctx) =>
      this.insertIn(ctx, at, spec, cancel),
    );
    const outcome: Promise<RangeRef | null> = running.then(
      () => ({ sheet: at.sheet, ...area }),
      () => null,
    );
    let ok = false;
    try {
      await withTimeout(running, this.timeoutMs, "插入项目表");
      ok = true;
    } catch (e) {
      if (e instanceof HostError && e.code === "TIMEOUT") {
        // cancel what has not been sent yet; if the write was already sent, a retry waits for it
        cancel.cancelled = true;
        this.pendingInsert = { cancel, outcome };
        void outcome.then((r) => this.endOwnWrite(own, r !== null));
        throw e;
      }
      throw await this.fail(e, "插入项目表", at.sheet);
    } finally {
      if (ok || this.pendingInsert?.outcome !== outcome) this.endOwnWrite(own, ok);
    }
    return { sheet: at.sheet, ...area };
  }

  /** The batch of insertBlock: one sync reads the target, one writes the table (unless cancelled in between). */
  private async insertIn(
    ctx: Excel.RequestContext,
    at: CellRef,
    spec: BlockSpec,
    cancel: { cancelled: boolean },
  ): Promise<void> {
    const api = this.api;
    const ws = ctx.workbook.worksheets.getItem(at.sheet);
    if (api.v17) ws.load("standardWidth");
    if (api.v12) ws.protection.load("protected");
    const rangeOf = (a: Area): Excel.Range =>
      ws.getRange(
        areaToA1({ top: at.row + a.top, left: at.col + a.left, bottom: at.row + a.bottom, right: at.col + a.right }),
      );
    const target = rangeOf({ top: 0, left: 0, bottom: spec.height - 1, right: spec.width - 1 });
    target.load("formulas");
    const merged = api.v113 ? target.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    const columns = api.v17
      ? spec.columnWidths.slice(0, spec.width).map((_, c) => {
          const f = ws.getRange(toA1(at.row, at.col + c)).format;
          f.load("columnWidth,useStandardWidth");
          return f;
        })
      : [];
    await ctx.sync();
    if (cancel.cancelled) throw new HostError("TIMEOUT", "插入项目表已取消。");

    if (api.v12 && ws.protection.protected) {
      throw new HostError(
        "PROTECTED",
        `工作表“${at.sheet}”受保护，无法插入项目表。请先撤销工作表保护（审阅 → 撤销工作表保护）后重试。`,
      );
    }
    const occupied = target.formulas.some((row) => row.some((f) => f !== "" && f !== null));
    if (occupied || (merged !== null && !merged.isNullObject)) {
      throw new HostError(
        "NOT_EMPTY",
        "插入位置下方的单元格不是空的。请选择一块空白区域，或在最后一个项目表下方插入。",
      );
    }

    if (api.v19) ctx.application.suspendScreenUpdatingUntilNextSync();
    target.values = spec.values.map((r) => [...r]);
    // merging is ExcelApi 1.2; below it the table is written unmerged (the parser works by content)
    for (const m of api.v12 ? spec.merges : []) {
      const r = rangeOf(m);
      r.merge(false);
      r.format.verticalAlignment = "Center";
    }
    for (const b of spec.borders) {
      const borders = rangeOf(b).format.borders;
      const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
      // inside edges only where the area has them (a one-row area has no inside horizontal edge)
      if (b.bottom > b.top) edges.push("InsideHorizontal");
      if (b.right > b.left) edges.push("InsideVertical");
      for (const edge of edges) {
        const line = borders.getItem(edge);
        line.style = "Continuous";
        line.weight = "Thin";
        line.color = "#000000";
      }
    }
    for (const b of spec.bold) rangeOf(b).format.font.bold = true;
    const title = rangeOf(spec.title).format;
    title.font.bold = true;
    title.font.size = 16;
    title.horizontalAlignment = "Center";
    for (const l of api.v18 ? spec.lists : []) {
      const dv = rangeOf({ top: l.row, left: l.col, bottom: l.row, right: l.col }).dataValidation;
      dv.clear();
      dv.rule = { list: { inCellDropDown: true, source: l.items.join(",") } };
    }
    // widths in characters → points, calibrated on a column still at the sheet's standard width
    const standard = columns.find((f) => f.useStandardWidth === true);
    const maxDigitPx = standard && ws.standardWidth > 0 ? (standard.columnWidth / 0.75 - 5) / ws.standardWidth : 7;
    columns.forEach((f, c) => {
      const chars = spec.columnWidths[c];
      if (chars === undefined || f.useStandardWidth !== true) return;
      // Excel's width in pixels is characters × max digit width + 5 px padding; 1 px = 0.75 pt
      f.columnWidth = Math.round(chars * maxDigitPx + 5) * 0.75;
    });
    await ctx.sync();
  }

  async writeCell(cell: CellRef, value: string): Promise<void> {
    const own = this.beginOwnWrite(cell.sheet, { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col });
    let ok = false;
    try {
      await this.call("修改单元格", async (ctx) => {
        ctx.workbook.worksheets.getItem(cell.sheet).getRange(toA1(cell.row, cell.col)).values = [[value]];
        await ctx.sync();
      });
      ok = true;
    } catch (e) {
      throw await this.fail(e, "修改单元格", cell.sheet);
    } finally {
      this.endOwnWrite(own, ok);
    }
  }

  /**
   * The cells of a bulk fix in one batch and one sync: one undo step (ExcelApi 1.20 also merges it into one group
   * with anything Excel splits off). Cells of one sheet only (a check covers one sheet).
   */
  async writeCells(cells: ReadonlyArray<{ readonly cell: CellRef; readonly value: string }>): Promise<void> {
    const first = cells[0];
    if (!first) return;
    const sheet = first.cell.sheet;
    const rows = cells.map((c) => c.cell.row);
    const colsOf = cells.map((c) => c.cell.col);
    const area = {
      top: Math.min(...rows),
      left: Math.min(...colsOf),
      bottom: Math.max(...rows),
      right: Math.max(...colsOf),
    };
    const own = this.beginOwnWrite(sheet, area);
    let ok = false;
    try {
      await this.run({ delayForCellEdit: true, ...(this.api.v120 ? { mergeUndoGroup: true } : {}) }, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        for (const c of cells) ws.getRange(toA1(c.cell.row, c.cell.col)).values = [[c.value]];
        await ctx.sync();
      });
      ok = true;
    } catch (e) {
      throw await this.fail(e, "修改单元格", sheet);
    } finally {
      this.endOwnWrite(own, ok);
    }
  }

  // ---- settings: a hidden workbook name holding JSON -----------------------------------------------------

  async loadSettings(): Promise<Settings | null> {
    if (!this.api.v14) return null;
    try {
      return await this.call("读取设置", async (ctx) => {
        const item = ctx.workbook.names.getItemOrNullObject(SETTINGS_NAME);
        item.load("formula");
        await ctx.sync();
        if (item.isNullObject) return null;
        return settingsFromFormula(item.formula);
      });
    } catch (e) {
      throw await this.fail(e, "读取设置", null);
    }
  }

  async saveSettings(s: Settings): Promise<void> {
    const formula = settingsFormula(s); // throws a HostError when too long
    if (!this.api.v14)
      throw new HostError("UNSUPPORTED", "此版本的 Excel 无法在工作簿中保存设置（需要 ExcelApi 1.4）。");
    try {
      await this.call("保存设置", async (ctx) => {
        const names = ctx.workbook.names;
        const item = names.getItemOrNullObject(SETTINGS_NAME);
        item.load("name");
        await ctx.sync();
        if (item.isNullObject) {
          const n = names.add(SETTINGS_NAME, formula);
          n.visible = false;
        } else {
          item.formula = formula;
        }
        await ctx.sync();
      });
    } catch (e) {
      throw await this.fail(e, "保存设置", null);
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

  /**
   * Registers the Excel handlers once, in one sync, for the life of the adapter (listeners come and go locally).
   * ExcelApi 1.9: the worksheet collection's change and selection events. 1.8: the active sheet's, and each
   * sheet's when it is first activated (edits happen on the active sheet).
   */
  private ensureEvents(): void {
    // below ExcelApi 1.7 there are no worksheet events: no live checking (the pane says so)
    if (this.events !== "none" || !this.api.v17) return;
    this.events = "pending";
    const v19 = this.api.v19;
    this.call("注册表格事件", async (ctx) => {
      const wss = ctx.workbook.worksheets;
      wss.load("items/id,items/name");
      let active: Excel.Worksheet | null = null;
      if (v19) {
        wss.onChanged.add(this.handleChanged);
        wss.onSelectionChanged.add(this.handleSelection);
      } else {
        active = wss.getActiveWorksheet();
        active.load("id");
        active.onChanged.add(this.handleChanged);
        active.onSelectionChanged.add(this.handleSelection);
      }
      wss.onActivated.add(this.handleActivated);
      await ctx.sync();
      for (const ws of wss.items) this.sheetNames.set(ws.id, ws.name);
      if (active) this.hooked.add(active.id);
    }).then(
      () => {
        this.events = "ready";
      },
      (e: unknown) => {
        this.events = "none";
        this.onError(e);
      },
    );
  }

  private hookSheet(id: string): void {
    this.hooked.add(id);
    this.call("注册表格事件", async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(id);
      ws.load("name");
      ws.onChanged.add(this.handleChanged);
      ws.onSelectionChanged.add(this.handleSelection);
      await ctx.sync();
      this.sheetNames.set(id, ws.name);
    }).catch((e: unknown) => {
      this.hooked.delete(id);
      this.onError(e);
    });
  }

  private async sheetName(id: string): Promise<string | null> {
    const known = this.sheetNames.get(id);
    if (known !== undefined) return known;
    try {
      return await this.call("读取工作表名称", async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(id);
        ws.load("name");
        await ctx.sync();
        this.sheetNames.set(id, ws.name);
        return ws.name;
      });
    } catch (e) {
      this.onError(e);
      return null;
    }
  }

  private readonly handleChanged = async (a: Excel.WorksheetChangedEventArgs): Promise<void> => {
    // ExcelApi 1.14 names the writer; older hosts leave the property out
    if (a.triggerSource === "ThisLocalAddin") return;
    if (this.changeListeners.size === 0) return;
    const sheet = await this.sheetName(a.worksheetId);
    if (sheet === null) return;
    const areas = parseAddressList(a.address).map((p) => p.area);
    if (!this.api.v114 && this.ownWrites.isEcho(sheet, areas)) return;
    // ExcelApi 1.7 names the kind of change; anything but an edit of values may have moved cells
    const structural = a.changeType !== undefined && a.changeType !== "RangeEdited";
    this.changeListeners.emit({
      sheet,
      ranges: areas.map((r) => ({ sheet, ...r })),
      ...(structural ? { structural } : {}),
    });
  };

  private readonly handleActivated = async (a: Excel.WorksheetActivatedEventArgs): Promise<void> => {
    if (!this.api.v19 && !this.hooked.has(a.worksheetId)) this.hookSheet(a.worksheetId);
    if (this.activateListeners.size === 0) return;
    const sheet = await this.sheetName(a.worksheetId);
    if (sheet !== null) this.activateListeners.emit(sheet);
  };

  private readonly handleSelection = async (a: Excel.WorksheetSelectionChangedEventArgs): Promise<void> => {
    if (this.selectionListeners.size === 0) return;
    const first = parseAddressList(a.address)[0];
    if (!first) return;
    const sheet = await this.sheetName(a.worksheetId);
    if (sheet !== null) this.selectionListeners.emit({ sheet, row: first.area.top, col: first.area.left });
  };

  // ---- re-entrancy guard (below ExcelApi 1.14) -----------------------------------------------------------

  /** Below ExcelApi 1.14 our writes are told apart by where they land (OwnWrites); 1.14 names the writer. */
  private beginOwnWrite(sheet: string, area: Area): OwnWrite | null {
    return this.api.v114 ? null : this.ownWrites.begin(sheet, area);
  }

  private endOwnWrite(w: OwnWrite | null, ok: boolean): void {
    if (w) this.ownWrites.end(w, ok);
  }
}
