// What the ribbon's function commands do. With a shared runtime the task pane wires its live session in
// (setCommandActions); otherwise (Office 2019: no SharedRuntime 1.1, the function file runs in its own runtime)
// the commands run standalone over an ExcelHost and the core engine.
import { check } from "../core/engine";
import { marksFor, sheetMarks, writeMarks } from "../app/marks";
import { insertTemplate, templatePosition } from "../app/template";
import { DEFAULT_SETTINGS, type HostAdapter } from "../hosts/host";
import type { Session } from "../taskpane/session";

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

/** The part of the pane's live session the commands need (src/taskpane/session.ts). */
export type SessionLike = Pick<Session, "check" | "insert" | "clearMarks" | "host">;

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
      const done = await session.insert();
      await session.host.select(done.select);
    },
    async clearMarks() {
      await session.clearMarks();
    },
  };
}

/** One mark per cell, the most severe finding's, in 0-based sheet coordinates (src/app/marks.ts). */
export const marksFromDiagnostics = marksFor;
export { templatePosition };

/**
 * Commands on their own (no pane session): the application layer over the host — one check, its marks (a failed
 * mark write is reported to `onNotice`, the check itself still completes), one insert.
 */
export function standaloneActions(
  host: HostAdapter,
  show: () => Promise<void> = showTaskpane,
  onNotice: (text: string) => void = (t) => console.warn(t),
): CommandActions {
  return {
    async runCheck() {
      const settings = (await host.loadSettings()) ?? DEFAULT_SETTINGS;
      const grid = await host.readActiveSheet();
      const report = check(grid, settings.config);
      const out = await writeMarks(host, grid.sheet, sheetMarks(report, settings, grid));
      if (out.notice) onNotice(out.notice);
      await show();
    },
    async insertTemplate() {
      const settings = (await host.loadSettings()) ?? DEFAULT_SETTINGS;
      const done = await insertTemplate(host, settings, settings.templateProfile, (g) => check(g, settings.config));
      // put the cursor where the clerk types first (项目名称)
      await host.select(done.select);
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
