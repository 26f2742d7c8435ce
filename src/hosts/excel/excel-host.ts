// The HostAdapter over Office.js (Excel JavaScript API). Every host call is one `Excel.run` behind a timeout;
// reads and writes are batched so a check costs one sync to read and at most one to write marks.
//
// Requirement sets: the manifest asks for ExcelApi 1.8 (Office 2019); everything newer is detected at run time:
//   1.9  RangeAreas (one conditional format per severity), collection-level change/selection events,
//        suspendScreenUpdatingUntilNextSync
//   1.13 getMergedAreasOrNullObject (merged areas in the Grid; refusing to insert over merged cells)
//   1.14 triggerSource on change events (own writes recognised by Excel; below that, a re-entrancy guard)
//   1.20 mergeUndoGroup (a template insertion is one undo step)
import type { Area, Grid } from "../../core/grid";
import type { BlockSpec } from "../../core/template/block-spec";
import {
  HostError,
  MARKS_SWITCH_NAME,
  MARK_COLORS,
  MARK_FORMULA,
  MAX_COL,
  MAX_ROW,
  OWNED_PREFIX,
  SETTINGS_NAME,
  withTimeout,
  type CellRef,
  type ChangeEvent,
  type HostAdapter,
  type Mark,
  type RangeRef,
  type Settings,
} from "../host";
import { Listeners } from "../listeners";
import { OwnWrites, type OwnWrite } from "../own-writes";
import { parseAddressList, planMarkFormats } from "./address";
import { settingsFormula, settingsFromFormula } from "../settings-codec";
import { gridFromUsedRange } from "./read";

/** `Excel.run` with options, the only entry point the adapter uses (injectable for tests). */
export type ExcelRunner = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
/** `Office.context.requirements.isSetSupported`. */
export type RequirementCheck = (name: string, minVersion: string) => boolean;

export interface ExcelHostOptions {
  /** Per host call; Office.js can hang while a large file loads. */
  readonly timeoutMs?: number;
  /** Below ExcelApi 1.14: how long after an own write its change event is still recognised as ours. */
  readonly echoGraceMs?: number;
  /** Longest address list given to one Worksheet.getRanges call. */
  readonly maxAddressChars?: number;
  readonly now?: () => number;
  /** Failures nobody awaits (event registration, a listener that throws). */
  readonly onError?: (e: unknown) => void;
}

/** The formula of every mark: true while the `_PTC_ON` switch is TRUE. It names `_PTC_`, which is how cleanup finds ours. */
/** What is loaded to tell our conditional formats from the user's. */
const CF_LOAD = "items/id,items/customOrNullObject/rule/formula";

interface Api {
  readonly v19: boolean;
  readonly v113: boolean;
  readonly v114: boolean;
  readonly v120: boolean;
}

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
  return !custom.isNullObject && String(custom.rule.formula).includes(OWNED_PREFIX);
}

export class ExcelHost implements HostAdapter {
  readonly kind = "excel" as const;
  private readonly timeoutMs: number;
  private readonly maxAddressChars: number;
  private readonly now: () => number;
  private readonly onError: (e: unknown) => void;
  private apiFlags: Api | null = null;

  /** Our conditional formats per sheet, from the last read, scan or write; absent = not known. */
  private readonly ownFormats = new Map<string, string[]>();
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
      this.apiFlags = { v19: s("1.9"), v113: s("1.13"), v114: s("1.14"), v120: s("1.20") };
    }
    return this.apiFlags;
  }

  /** One Excel.run behind the timeout. `delayForCellEdit`: wait for the user to leave cell-edit mode instead of failing. */
  private call<T>(what: string, batch: (ctx: Excel.RequestContext) => Promise<T>, options: Excel.RunOptions = {}): Promise<T> {
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
      err = new HostError("PROTECTED", `工作表“${sheet}”受保护，无法${what}。请先撤销工作表保护（审阅 → 撤销工作表保护）后重试。`);
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
    const withMerges = this.api.v113 && !this.mergeQueryFailed;
    try {
      return await this.readOnce(withMerges);
    } catch (e) {
      if (!withMerges || e instanceof HostError) throw await this.fail(e, "读取工作表", null);
      // getMergedAreasOrNullObject fails above 512 merged areas: read without merges (the parser works by content)
      try {
        const g = await this.readOnce(false);
        this.mergeQueryFailed = true;
        return g;
      } catch (e2) {
        throw await this.fail(e2, "读取工作表", null);
      }
    }
  }

  /**
   * One sync: the used range's values, texts, number formats and value types; its merged areas (1.13); the
   * sheet's conditional formats, to know which are ours; whether the `_PTC_ON` switch exists.
   */
  private readOnce(withMerges: boolean): Promise<Grid> {
    return this.call("读取工作表", async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.load("name,id");
      const used = ws.getUsedRange(true);
      used.load("rowIndex,columnIndex,values,text,numberFormat,valueTypes");
      const merged = withMerges ? used.getMergedAreasOrNullObject() : null;
      merged?.load("address");
      const cfs = ws.getRange().conditionalFormats;
      cfs.load(CF_LOAD);
      const sw = ctx.workbook.names.getItemOrNullObject(MARKS_SWITCH_NAME);
      sw.load("name");
      await ctx.sync();
      this.sheetNames.set(ws.id, ws.name);
      this.ownFormats.set(ws.name, cfs.items.filter(isOurs).map((cf) => cf.id));
      this.switchExists = !sw.isNullObject;
      return gridFromUsedRange({
        sheet: ws.name,
        rowIndex: used.rowIndex,
        columnIndex: used.columnIndex,
        values: used.values,
        text: used.text,
        numberFormat: used.numberFormat,
        valueTypes: used.valueTypes,
        mergedAddress: merged && !merged.isNullObject ? merged.address : null,
      });
    });
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
        const cell = ctx.workbook.getActiveCell();
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
        ws.getRangeByIndexes(cell.row, cell.col, 1, 1).select();
        await ctx.sync();
      });
    } catch (e) {
      throw await this.fail(e, "定位单元格", cell.sheet);
    }
  }

  // ---- marks ---------------------------------------------------------------------------------------------

  /**
   * Replaces our conditional formats on the sheet in one sync: delete the ones we know (from the check's read
   * or our last write) and add one per severity over a multi-area range. Only when nothing is known about the
   * sheet (setMarks without a prior read) does it first scan the sheet's conditional formats (one more sync).
   */
  async setMarks(sheet: string, marks: ReadonlyArray<Mark>): Promise<void> {
    const plan = planMarkFormats(marks, { multiArea: this.api.v19, maxChars: this.maxAddressChars });
    try {
      if (!this.ownFormats.has(sheet) || this.switchExists === undefined) await this.scanMarks(sheet);
      try {
        await this.writeMarks(sheet, plan);
      } catch (e) {
        // a conditional format we knew of is gone (the user deleted it, or undid our write): rescan and retry once
        if (officeCode(e) !== "ItemNotFound" || (this.ownFormats.get(sheet) ?? []).length === 0) throw e;
        await this.scanMarks(sheet);
        await this.writeMarks(sheet, plan);
      }
    } catch (e) {
      this.ownFormats.delete(sheet);
      throw await this.fail(e, "写入标注", sheet);
    }
  }

  private async scanMarks(sheet: string): Promise<void> {
    await this.call("读取标注", async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const cfs = ws.getRange().conditionalFormats;
      cfs.load(CF_LOAD);
      const sw = ctx.workbook.names.getItemOrNullObject(MARKS_SWITCH_NAME);
      sw.load("name");
      await ctx.sync();
      this.ownFormats.set(sheet, cfs.items.filter(isOurs).map((cf) => cf.id));
      this.switchExists = !sw.isNullObject;
    });
  }

  private async writeMarks(sheet: string, plan: ReturnType<typeof planMarkFormats>): Promise<void> {
    const known = this.ownFormats.get(sheet) ?? [];
    if (known.length === 0 && plan.length === 0) return;
    const multiArea = this.api.v19;
    await this.call("写入标注", async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const all = ws.getRange().conditionalFormats;
      for (const id of known) all.getItem(id).delete();
      if (plan.length > 0 && !this.switchExists) {
        const sw = ctx.workbook.names.add(MARKS_SWITCH_NAME, "=TRUE");
        sw.visible = false;
      }
      const created: Excel.ConditionalFormat[] = [];
      for (const f of plan) {
        const address = f.areas.join(",");
        const target = multiArea ? ws.getRanges(address) : ws.getRange(address);
        const cf = target.conditionalFormats.add("Custom");
        cf.custom.rule.formula = MARK_FORMULA;
        cf.custom.format.fill.color = MARK_COLORS[f.severity];
        cf.load("id");
        created.push(cf);
      }
      await ctx.sync();
      this.ownFormats.set(sheet, created.map((cf) => cf.id));
      if (plan.length > 0) this.switchExists = true;
    });
  }

  /** Deletes exactly our conditional formats (their formula names `_PTC_`) from one sheet or from all sheets. */
  async clearMarks(sheet?: string): Promise<void> {
    try {
      await this.call("清除标注", async (ctx) => {
        let sheets: Excel.Worksheet[];
        if (sheet === undefined) {
          const wss = ctx.workbook.worksheets;
          wss.load("items/name");
          await ctx.sync();
          sheets = wss.items;
        } else {
          const ws = ctx.workbook.worksheets.getItem(sheet);
          ws.load("name");
          sheets = [ws];
        }
        const lists = sheets.map((ws) => {
          const cfs = ws.getRange().conditionalFormats;
          cfs.load(CF_LOAD);
          return cfs;
        });
        await ctx.sync();
        let deleted = 0;
        for (const cfs of lists) {
          for (const cf of cfs.items) {
            if (!isOurs(cf)) continue;
            cf.delete();
            deleted++;
          }
        }
        if (deleted > 0) await ctx.sync();
        for (const ws of sheets) this.ownFormats.set(ws.name, []);
      });
    } catch (e) {
      if (sheet !== undefined) this.ownFormats.delete(sheet);
      else this.ownFormats.clear();
      throw await this.fail(e, "清除标注", sheet ?? null);
    }
  }

  /** One write of the `_PTC_ON` name (every mark's formula reads it); creates the name the first time. */
  async setMarksVisible(on: boolean): Promise<void> {
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
    const api = this.api;
    const own = this.beginOwnWrite(at.sheet, area);
    let ok = false;
    try {
      await this.call(
        "插入项目表",
        async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem(at.sheet);
          ws.load("standardWidth");
          ws.protection.load("protected");
          const rangeOf = (a: Area): Excel.Range =>
            ws.getRangeByIndexes(at.row + a.top, at.col + a.left, a.bottom - a.top + 1, a.right - a.left + 1);
          const target = rangeOf({ top: 0, left: 0, bottom: spec.height - 1, right: spec.width - 1 });
          target.load("formulas");
          const merged = api.v113 ? target.getMergedAreasOrNullObject() : null;
          merged?.load("address");
          const columns = spec.columnWidths.slice(0, spec.width).map((_, c) => {
            const f = ws.getRangeByIndexes(at.row, at.col + c, 1, 1).format;
            f.load("columnWidth,useStandardWidth");
            return f;
          });
          await ctx.sync();

          if (ws.protection.protected) {
            throw new HostError("PROTECTED", `工作表“${at.sheet}”受保护，无法插入项目表。请先撤销工作表保护（审阅 → 撤销工作表保护）后重试。`);
          }
          const occupied = target.formulas.some((row) => row.some((f) => f !== "" && f !== null));
          if (occupied || (merged !== null && !merged.isNullObject)) {
            throw new HostError("NOT_EMPTY", "插入位置下方的单元格不是空的。请选择一块空白区域，或在最后一个项目表下方插入。");
          }

          if (api.v19) ctx.application.suspendScreenUpdatingUntilNextSync();
          target.values = spec.values.map((r) => [...r]);
          for (const m of spec.merges) {
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
          for (const l of spec.lists) {
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
        },
        api.v120 ? { mergeUndoGroup: true } : {},
      );
      ok = true;
    } catch (e) {
      throw await this.fail(e, "插入项目表", at.sheet);
    } finally {
      this.endOwnWrite(own, ok);
    }
    return { sheet: at.sheet, ...area };
  }

  async writeCell(cell: CellRef, value: string): Promise<void> {
    const own = this.beginOwnWrite(cell.sheet, { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col });
    let ok = false;
    try {
      await this.call("修改单元格", async (ctx) => {
        ctx.workbook.worksheets.getItem(cell.sheet).getRangeByIndexes(cell.row, cell.col, 1, 1).values = [[value]];
        await ctx.sync();
      });
      ok = true;
    } catch (e) {
      throw await this.fail(e, "修改单元格", cell.sheet);
    } finally {
      this.endOwnWrite(own, ok);
    }
  }

  // ---- settings: a hidden workbook name holding JSON -----------------------------------------------------

  async loadSettings(): Promise<Settings | null> {
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
    if (this.events !== "none") return;
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
    this.changeListeners.emit({ sheet, ranges: areas.map((r) => ({ sheet, ...r })) });
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
