// The live-check session: host-agnostic glue between a HostAdapter, the checker and the pane.
import { Checker, type SheetReport } from "../core/engine";
import type { Config } from "../core/config";
import type { Diagnostic, Severity } from "../core/rules/types";
import { blankTemplate, type TemplateProfile } from "../core/template/block-spec";
import { DEFAULT_SETTINGS, type CellRef, type HostAdapter, type Mark, type RangeRef, type Settings } from "../hosts/host";

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export type CheckReason = "button" | "change" | "activate" | "start" | "fix" | "insert" | "settings";

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
}

/** One mark per cell, the most severe finding's colour. */
export function marksOf(diagnostics: ReadonlyArray<Diagnostic>): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const d of diagnostics) {
    // diagnostics carry 1-based sheet coordinates; marks use 0-based sheet coordinates
    const row = d.row - 1;
    const col = d.col - 1;
    const k = `${row},${col}`;
    const prev = byCell.get(k);
    if (!prev || RANK[d.severity] > RANK[prev.severity]) byCell.set(k, { row, col, severity: d.severity });
  }
  return [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

function sameMarks(a: ReadonlyArray<Mark>, b: ReadonlyArray<Mark>): boolean {
  return a.length === b.length && a.every((m, i) => m.row === b[i]?.row && m.col === b[i]?.col && m.severity === b[i]?.severity);
}

export class Session {
  settings: Settings = DEFAULT_SETTINGS;
  /** The latest report per sheet. */
  readonly reports = new Map<string, SheetReport>();
  private readonly checkers = new Map<string, Checker>();
  private readonly appliedMarks = new Map<string, Mark[]>();
  private readonly unsubscribe: Array<() => void> = [];
  private timer: unknown = null;
  private generation = 0;
  private readonly debounceMs: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (t: unknown) => void;
  /** How many checks completed and how many were superseded before applying (for tests and diagnostics). */
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
    this.settings = (await this.host.loadSettings()) ?? DEFAULT_SETTINGS;
    // marks left by an earlier session may be stale: start from none (only the add-in's own are removed)
    try {
      await this.host.clearMarks();
    } catch (e) {
      this.events.error?.(errorMessage(e));
    }
    this.unsubscribe.push(
      this.host.onChange(() => this.schedule()),
      this.host.onActivate(() => void this.check("activate")),
      this.host.onSelection((cell) => this.events.selection?.(cell, this.issuesAt(cell))),
    );
  }

  stop(): void {
    for (const off of this.unsubscribe.splice(0)) off();
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  /** Debounced re-check after edits: typing several cells costs one check. */
  schedule(): void {
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
   * result is dropped instead of being applied over the newer one.
   */
  async check(reason: CheckReason): Promise<SheetReport | null> {
    const gen = ++this.generation;
    try {
      const grid = await this.host.readActiveSheet();
      if (gen !== this.generation) {
        this.stats.superseded++;
        return null;
      }
      const report = this.checkerFor(grid.sheet).run(grid);
      this.reports.set(grid.sheet, report);
      await this.applyMarks(grid.sheet, report, reason === "button" || reason === "settings");
      if (gen !== this.generation) {
        this.stats.superseded++;
        return null;
      }
      this.stats.completed++;
      this.events.report?.(report, reason);
      return report;
    } catch (e) {
      this.events.error?.(errorMessage(e));
      return null;
    }
  }

  /**
   * Writes marks only when they differ from what this session last wrote on the sheet. `always`: an explicit
   * 校验 or a settings change writes them anyway — another runtime (the WPS ribbon page, Excel 2019's function
   * commands) may have cleared or replaced them since, and the session cannot see that.
   */
  private async applyMarks(sheet: string, report: SheetReport, always: boolean): Promise<void> {
    const marks = this.settings.marksOn ? marksOf(report.diagnostics) : [];
    const prev = this.appliedMarks.get(sheet);
    if (!always && prev && sameMarks(prev, marks)) return;
    this.stats.markWrites++;
    await this.host.setMarks(sheet, marks);
    this.appliedMarks.set(sheet, marks);
  }

  issuesAt(cell: CellRef): Diagnostic[] {
    const r = this.reports.get(cell.sheet);
    if (!r) return [];
    return r.diagnostics.filter((d) => d.row === cell.row + 1 && d.col === cell.col + 1);
  }

  async jumpTo(d: Diagnostic): Promise<void> {
    await this.host.select({ sheet: d.sheet, row: d.row - 1, col: d.col - 1 });
  }

  /** Applies a rule's proposed fix: the only write to a user cell besides template insertion. */
  async applyFix(d: Diagnostic, index = 0): Promise<void> {
    const s = d.suggestions[index];
    if (!s) return;
    await this.host.writeCell({ sheet: d.sheet, row: s.row - 1, col: s.col - 1 }, s.value);
    await this.check("fix");
  }

  async clearMarks(): Promise<void> {
    await this.host.clearMarks();
    this.appliedMarks.clear();
  }

  async updateSettings(s: Settings): Promise<void> {
    this.settings = s;
    this.checkers.clear();
    this.appliedMarks.clear();
    await this.host.saveSettings(s);
    await this.host.setMarksVisible(s.marksOn);
    await this.check("settings");
  }

  /**
   * Inserts a blank table at the selection when the area there is empty, else two rows below the last block
   * of the active sheet. The host refuses to overwrite non-empty cells either way.
   */
  async insertTemplate(profile: TemplateProfile = this.settings.templateProfile): Promise<RangeRef> {
    const grid = await this.host.readActiveSheet();
    const year = this.settings.config.year ?? this.reports.get(grid.sheet)?.tables[0]?.year ?? new Date().getFullYear() + 1;
    const spec = blankTemplate(profile, year);
    const sel = await this.host.selection();
    const selRow = sel.row - grid.origin.row;
    const selCol = sel.col - grid.origin.col;
    let free = sel.sheet === grid.sheet;
    for (let r = 0; free && r < spec.height; r++)
      for (let c = 0; free && c < spec.width; c++) if (grid.text(selRow + r, selCol + c) !== "") free = false;
    const at: CellRef = free
      ? sel
      : { sheet: grid.sheet, row: grid.rowCount === 0 ? 0 : grid.origin.row + grid.rowCount + 1, col: grid.origin.col };
    const range = await this.host.insertBlock(at, spec);
    await this.check("insert");
    return range;
  }
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error && /[\u4e00-\u9fff]/.test(e.message)) return e.message;
  return "操作失败：表格程序没有响应或返回了错误。请稍后重试；如果工作表受保护，请先撤销保护。";
}

export type { Config };
