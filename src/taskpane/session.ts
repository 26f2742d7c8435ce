// The live-check session: host-agnostic glue between a HostAdapter, the checker and the pane.
//
// Findings first: the report is emitted as soon as the sheet is checked, before and independently of the mark
// write; a mark write that fails degrades to "no marks" with a one-line notice (src/app/marks.ts).
// Undo is the user's: marks are keyed to the flagged content and disappear by themselves when a cell is fixed;
// new marks are written on 校验, on activation, at start and after insert / 应用 / a settings change, and while the
// user types only where the host's writes keep the undo history (HostCapabilities.writesKeepUndo). Otherwise the
// list stays live and the session says that sheet marks wait for 校验.
import { Checker, type SheetReport } from "../core/engine";
import type { Config } from "../core/config";
import type { Grid } from "../core/grid";
import type { Diagnostic } from "../core/rules/types";
import type { TemplateProfile } from "../core/template/block-spec";
import { cellOf, marksFor, MARK_NOTICES, sheetMarks, writeMarks } from "../app/marks";
import { patchRows, rowsToReread } from "../app/grid-patch";
import { insertTemplate as insertUseCase, type Inserted } from "../app/template";
import {
  DEFAULT_SETTINGS,
  HostError,
  type CellRef,
  type ChangeEvent,
  type HostAdapter,
  type Mark,
  type RangeRef,
  type Settings,
} from "../hosts/host";

export type CheckReason = "button" | "change" | "activate" | "start" | "fix" | "insert" | "settings" | "ribbon";

export interface SessionOptions {
  readonly debounceMs?: number;
  /** Timer functions, injectable for tests. */
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  readonly clearTimer?: (t: unknown) => void;
}

export interface SessionEvents {
  report?(r: SheetReport, reason: CheckReason): void;
  selection?(cell: CellRef, issues: ReadonlyArray<Diagnostic>): void;
  error?(message: string): void;
  /** One line about the sheet marks (failed, unsupported, waiting for 校验); null when there is nothing to say. */
  notice?(message: string | null): void;
}

/** One mark per cell, the most severe finding's colour (keyed to the cell's content when `grid` is given). */
export function marksOf(diagnostics: ReadonlyArray<Diagnostic>, grid?: Grid): Mark[] {
  return marksFor(diagnostics, grid);
}

function sameMarks(a: ReadonlyArray<Mark>, b: ReadonlyArray<Mark>): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const o = b[i];
      return (
        o !== undefined &&
        m.row === o.row &&
        m.col === o.col &&
        m.severity === o.severity &&
        JSON.stringify(m.snapshot) === JSON.stringify(o.snapshot)
      );
    })
  );
}

/** Reasons that always write the marks: another runtime (the WPS ribbon page, Excel 2019's function commands) may
 * have cleared or replaced them since this session last wrote. */
const ALWAYS_WRITE = new Set<CheckReason>(["button", "settings"]);

export class Session {
  settings: Settings = DEFAULT_SETTINGS;
  /** The latest report per sheet. */
  readonly reports = new Map<string, SheetReport>();
  /** The grid each report was made from: an edit re-reads only the rows of the tables it touched. */
  private readonly grids = new Map<string, Grid>();
  /** Cells edited since the last check. */
  private edits: RangeRef[] = [];
  private lastSheet: string | null = null;
  /** Rows or cells were inserted or deleted since the last check: the last grid no longer lines up. */
  private structural = false;
  private readonly checkers = new Map<string, Checker>();
  private readonly appliedMarks = new Map<string, Mark[]>();
  /** Sheets whose marks lag behind the list (typing on a host whose writes cost the undo history). */
  private readonly waiting = new Set<string>();
  private readonly unsubscribe: Array<() => void> = [];
  private timer: unknown = null;
  private generation = 0;
  /** The workbook the settings were loaded from (WPS: several workbooks share one pane). */
  private book: string | null = null;
  private readonly debounceMs: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (t: unknown) => void;
  /** 清除标注 was clicked: no marks are written until the next 校验 or until marks are switched on again (issue 14). */
  marksCleared = false;
  /** The notice shown now (null: none). */
  notice: string | null = null;
  /** Checks completed, checks superseded before applying, mark writes (for tests and diagnostics). */
  stats = { completed: 0, superseded: 0, markWrites: 0 };

  constructor(
    readonly host: HostAdapter,
    private readonly events: SessionEvents = {},
    options: SessionOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 400;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  }

  async start(): Promise<void> {
    await this.loadSettings();
    const caps = this.host.capabilities();
    // marks left by an earlier session may be stale: start from none (only the add-in's own are removed)
    if (caps.marks) {
      try {
        await this.host.clearMarks();
      } catch (e) {
        this.setNotice(MARK_NOTICES.failed(errorMessage(e).split("。")[0] ?? ""));
      }
    }
    if (caps.live) {
      this.unsubscribe.push(
        this.host.onChange((e) => this.schedule(e)),
        this.host.onActivate(() => void this.check("activate")),
        this.host.onSelection((cell) => this.events.selection?.(cell, this.issuesAt(cell))),
      );
    }
    if (this.host.onExternalCheck) this.unsubscribe.push(this.host.onExternalCheck(() => void this.check("ribbon")));
  }

  stop(): void {
    for (const off of this.unsubscribe.splice(0)) off();
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  /** True while the sheet's marks wait for 校验 (the list is current). */
  marksWaiting(sheet: string): boolean {
    return this.waiting.has(sheet);
  }

  private async loadSettings(): Promise<void> {
    this.book = this.host.activeBook?.() ?? "";
    this.settings = (await this.host.loadSettings()) ?? DEFAULT_SETTINGS;
    this.checkers.clear();
    this.appliedMarks.clear();
    this.waiting.clear();
    this.grids.clear();
  }

  /**
   * The sheet to check: after edits, the last grid with the edited tables' rows read again (one small request);
   * otherwise (or when the edits fall outside the last read) the whole active sheet.
   */
  private async readFor(reason: CheckReason): Promise<{ grid: Grid; patched: boolean }> {
    const edits = this.edits;
    const structural = this.structural;
    this.edits = [];
    this.structural = false;
    const first = edits[0];
    const base = first ? this.grids.get(first.sheet) : undefined;
    const report = first ? this.reports.get(first.sheet) : undefined;
    // the sheet last checked is the active one (activating another sheet re-checks): no extra round trip to ask
    if (reason === "change" && !structural && this.host.readRows && base && report && this.lastSheet === base.sheet) {
      const span = rowsToReread(base, report, edits);
      if (span) {
        const fresh = await this.host.readRows(
          base.sheet,
          span.top,
          span.bottom,
          base.origin.col,
          base.origin.col + base.colCount - 1,
        );
        // the rows came from the workbook last read only if it is still the one the fresh rows came from
        if ((this.host.bookOf?.(fresh) ?? "") === (this.book ?? ""))
          return { grid: patchRows(base, fresh, span.top, span.bottom), patched: true };
      }
    }
    return { grid: await this.host.readActiveSheet(), patched: false };
  }

  private setNotice(n: string | null): void {
    if (n === this.notice) return;
    this.notice = n;
    this.events.notice?.(n);
  }

  /** Debounced re-check after edits: typing several cells costs one check. */
  schedule(e?: ChangeEvent): void {
    if (e) {
      this.edits.push(...e.ranges);
      if (e.structural) this.structural = true;
    }
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.check("change");
    }, this.debounceMs);
  }

  private checkerFor(sheet: string): Checker {
    let c = this.checkers.get(sheet);
    if (!c) {
      c = new Checker(this.settings.config);
      this.checkers.set(sheet, c);
    }
    return c;
  }

  /**
   * Reads the active sheet and checks it. A newer check supersedes an older one still reading: the older
   * result is dropped instead of being applied over the newer one. The report is emitted before marks are written.
   */
  async check(reason: CheckReason): Promise<SheetReport | null> {
    const gen = ++this.generation;
    let report: SheetReport;
    let grid: Grid;
    let book: string;
    try {
      const read = await this.readFor(reason);
      grid = read.grid;
      book = read.patched ? (this.book ?? "") : (this.host.bookOf?.(grid) ?? "");
      // another workbook (WPS): its own settings, its own marks
      if (book !== this.book) await this.loadSettings();
      if (gen !== this.generation) {
        this.stats.superseded++;
        return null;
      }
      report = this.checkerFor(grid.sheet).run(grid);
    } catch (e) {
      this.events.error?.(errorMessage(e));
      return null;
    }
    this.reports.set(grid.sheet, report);
    this.grids.set(grid.sheet, grid);
    this.lastSheet = grid.sheet;
    this.stats.completed++;
    this.events.report?.(report, reason);
    await this.applyMarks(grid, report, reason, book);
    return report;
  }

  /** Writes marks when they differ from what this session last wrote, per the reason's policy; never throws. */
  private async applyMarks(grid: Grid, report: SheetReport, reason: CheckReason, book: string): Promise<void> {
    const sheet = grid.sheet;
    const caps = this.host.capabilities();
    // 校验 (the pane's or the ribbon's) brings the marks back after 清除标注
    if (reason === "button" || reason === "ribbon") this.marksCleared = false;
    // cleared by the clerk: nothing is written (an edit must not bring the marks back)
    if (this.marksCleared) return;
    const marks = sheetMarks(report, this.settings, grid);
    const prev = this.appliedMarks.get(sheet);
    if (reason === "ribbon") {
      // the ribbon page checked the same sheet and wrote these marks
      this.appliedMarks.set(sheet, marks);
      this.waiting.delete(sheet);
      return;
    }
    if (!caps.marks) {
      this.setNotice(this.settings.marksOn ? MARK_NOTICES.unsupported : null);
      return;
    }
    if (!ALWAYS_WRITE.has(reason) && prev && sameMarks(prev, marks)) {
      if (!this.waiting.has(sheet)) this.setNotice(null);
      return;
    }
    if (reason === "change" && !caps.writesKeepUndo) {
      // fixed cells lose their marks by themselves; new findings wait for 校验 so Ctrl+Z stays the user's
      this.waiting.add(sheet);
      this.setNotice(MARK_NOTICES.waiting);
      return;
    }
    this.stats.markWrites++;
    const out = await writeMarks(this.host, sheet, marks, book);
    if (out.written) {
      this.appliedMarks.set(sheet, marks);
      this.waiting.delete(sheet);
    } else {
      this.appliedMarks.delete(sheet);
    }
    this.setNotice(out.notice);
  }

  issuesAt(cell: CellRef): Diagnostic[] {
    const r = this.reports.get(cell.sheet);
    if (!r) return [];
    return r.diagnostics.filter((d) => {
      const p = cellOf(d);
      return p.row === cell.row && p.col === cell.col;
    });
  }

  async jumpTo(d: Diagnostic): Promise<void> {
    await this.host.select({ sheet: d.sheet, ...cellOf(d) });
  }

  /** Applies a rule's proposed fix: the only write to a user cell besides template insertion. */
  async applyFix(d: Diagnostic, index = 0): Promise<void> {
    const s = d.suggestions[index];
    if (!s) return;
    await this.host.writeCell({ sheet: d.sheet, ...cellOf(s) }, s.value);
    await this.check("fix");
  }

  /** The cell's text in the grid last checked ("" when unknown): what a bulk fix's preview shows it replaces. */
  textAt(cell: CellRef): string {
    const g = this.grids.get(cell.sheet);
    if (!g) return "";
    return g.text(cell.row - g.origin.row, cell.col - g.origin.col);
  }

  /**
   * Applies several fixes the user confirmed ("全部应用"): one write, one undo step where the host groups writes
   * (writeCells); a host without it writes cell by cell. Then one check.
   */
  async applyFixes(edits: ReadonlyArray<{ readonly cell: CellRef; readonly value: string }>): Promise<void> {
    if (edits.length === 0) return;
    if (this.host.writeCells) await this.host.writeCells(edits);
    else for (const e of edits) await this.host.writeCell(e.cell, e.value);
    await this.check("fix");
  }

  async clearMarks(): Promise<void> {
    await this.host.clearMarks();
    this.appliedMarks.clear();
    this.marksCleared = true;
  }

  async updateSettings(s: Settings): Promise<void> {
    // WPS: the settings shown are the workbook's that was read; never save them into another one
    if (this.host.activeBook && this.book !== null && this.host.activeBook() !== this.book) {
      await this.check("activate");
      throw new HostError("BOOK_CHANGED", "工作簿已切换，设置未保存。已载入当前工作簿的设置，请重新修改后保存。");
    }
    this.settings = s;
    if (s.marksOn) this.marksCleared = false;
    this.checkers.clear();
    this.appliedMarks.clear();
    await this.host.saveSettings(s);
    if (this.host.capabilities().marks) await this.host.setMarksVisible(s.marksOn);
    await this.check("settings");
  }

  /** Inserts a blank table (src/app/template.ts) and re-checks; returns where it went and where to type first. */
  async insert(profile: TemplateProfile = this.settings.templateProfile): Promise<Inserted> {
    const done = await insertUseCase(this.host, this.settings, profile, (g) => this.reports.get(g.sheet) ?? null);
    await this.check("insert");
    return done;
  }

  async insertTemplate(profile: TemplateProfile = this.settings.templateProfile): Promise<RangeRef> {
    return (await this.insert(profile)).range;
  }
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error && /[\u4e00-\u9fff]/.test(e.message)) return e.message;
  return "操作失败：表格程序没有响应或返回了错误。请稍后重试；如果工作表受保护，请先撤销保护。";
}

export type { Config };
