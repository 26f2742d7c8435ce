// What the ribbon's function commands do. With a shared runtime the task pane wires its live session in
// (setCommandActions); otherwise (Office 2019: no SharedRuntime 1.1, the function file runs in its own runtime)
// the commands run standalone over an ExcelHost and the core engine.
import { check } from "../core/engine";
import type { Grid } from "../core/grid";
import { detectBlocks, parseSheet } from "../core/layout";
import type { Diagnostic, Severity } from "../core/rules/types";
import { blankTemplate, type BlockSpec } from "../core/template/block-spec";
import { DEFAULT_SETTINGS, type CellRef, type HostAdapter, type Mark } from "../hosts/host";

/** The ids of the ribbon's ExecuteFunction buttons (manifest.xml `<FunctionName>`). */
export const COMMAND_IDS = ["runCheck", "insertTemplate", "clearMarks"] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

export interface CommandActions {
  /** 校验: read the active sheet, check it, mark it, show the pane. */
  runCheck(): Promise<void>;
  /** 插入空白项目表: at the selection when that area is empty, else below the last block. */
  insertTemplate(): Promise<void>;
  /** 清除标注: remove this add-in's marks from every sheet (never the user's formats). */
  clearMarks(): Promise<void>;
}

/** The part of the pane's live session the commands need (src/taskpane/session.ts has these). */
export interface SessionLike {
  check(reason: "button"): Promise<unknown>;
  insertTemplate(): Promise<unknown>;
  clearMarks(): Promise<unknown>;
}

/** Opens the task pane where the shared runtime allows it; a no-op elsewhere (the 打开任务窗格 button remains). */
export async function showTaskpane(): Promise<void> {
  if (typeof Office === "undefined") return;
  try {
    if (!Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) return;
    await Office.addin.showAsTaskpane();
  } catch {
    // the pane could not be shown (an older host): the check's marks are in the sheet all the same
  }
}

/** Commands that drive the pane's session (shared runtime): one session, one set of marks. */
export function sessionActions(session: SessionLike, show: () => Promise<void> = showTaskpane): CommandActions {
  return {
    async runCheck() {
      await session.check("button");
      await show();
    },
    async insertTemplate() {
      await session.insertTemplate();
    },
    async clearMarks() {
      await session.clearMarks();
    },
  };
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** One mark per cell, the most severe finding's, in 0-based sheet coordinates. */
export function marksFromDiagnostics(diagnostics: ReadonlyArray<Diagnostic>): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const d of diagnostics) {
    const m: Mark = { row: d.row - 1, col: d.col - 1, severity: d.severity };
    const k = `${m.row},${m.col}`;
    const prev = byCell.get(k);
    if (!prev || RANK[m.severity] > RANK[prev.severity]) byCell.set(k, m);
  }
  return [...byCell.values()];
}

/**
 * Where a new table goes: at the selection when the block-sized area there is empty, else two rows below the
 * last block of the sheet (one blank row between tables), in the column where the sheet's content starts.
 */
export function templatePosition(grid: Grid, sel: CellRef, spec: Pick<BlockSpec, "height" | "width">): CellRef {
  if (sel.sheet === grid.sheet) {
    let free = true;
    for (let r = 0; free && r < spec.height; r++) {
      for (let c = 0; free && c < spec.width; c++) {
        if (grid.text(sel.row - grid.origin.row + r, sel.col - grid.origin.col + c) !== "") free = false;
      }
    }
    if (free) return sel;
  }
  if (grid.rowCount === 0) return { sheet: grid.sheet, row: 0, col: 0 };
  const blocks = detectBlocks(grid);
  const last = blocks[blocks.length - 1];
  const bottom = last ? last.bottom : grid.rowCount - 1;
  return { sheet: grid.sheet, row: grid.origin.row + bottom + 2, col: grid.origin.col };
}

/** Commands on their own (no pane session): the host and the core engine, one read and one write per check. */
export function standaloneActions(host: HostAdapter, show: () => Promise<void> = showTaskpane): CommandActions {
  return {
    async runCheck() {
      const settings = (await host.loadSettings()) ?? DEFAULT_SETTINGS;
      const grid = await host.readActiveSheet();
      const report = check(grid, settings.config);
      await host.setMarks(grid.sheet, settings.marksOn ? marksFromDiagnostics(report.diagnostics) : []);
      await show();
    },
    async insertTemplate() {
      const settings = (await host.loadSettings()) ?? DEFAULT_SETTINGS;
      const grid = await host.readActiveSheet();
      const sel = await host.selection();
      const year = settings.config.year ?? parseSheet(grid)[0]?.year ?? new Date().getFullYear() + 1;
      const spec = blankTemplate(settings.templateProfile, year);
      const at = templatePosition(grid, sel, spec);
      await host.insertBlock(at, spec);
      // put the cursor where the clerk types first (项目名称)
      const first = spec.inputs[0];
      if (first) await host.select({ sheet: at.sheet, row: at.row + first.row, col: at.col + first.col });
    },
    async clearMarks() {
      await host.clearMarks();
    },
  };
}

let wired: CommandActions | null = null;
let fallback: (() => CommandActions) | null = null;

/** The pane calls this once its session runs (shared runtime); null unwires it. */
export function setCommandActions(actions: CommandActions | null): void {
  wired = actions;
}

/** How to build the standalone actions when nothing is wired (set by commands.ts; tests inject a fake host). */
export function setFallbackActions(make: (() => CommandActions) | null): void {
  fallback = make;
}

export function getCommandActions(): CommandActions {
  if (wired) return wired;
  if (!fallback) throw new Error("no command actions: neither a session nor a host is available");
  const made = fallback();
  wired = made;
  return made;
}
