// The WPS 加载项 entry page (wps/index.html loads this bundle; no office.js). WPS loads the page in the background
// when it starts and calls the callbacks ribbon.xml names — OnAddinLoad, OnAction, GetImage, OnGetLabel,
// OnGetEnabled, OnGetVisible — as globals of this page.
//
//   校验            shows the task pane and checks the active sheet through a Session over WpsHost (marks)
//   插入空白项目表   inserts a blank table at the selection (or below the last table)
//   清除标注        removes this add-in's marks from every sheet
//   打开任务窗格     shows / hides the task pane (one pane: its ID is kept in PluginStorage)
//
// The task pane is the same bundle as in Excel (taskpane.html, built by webpack.config.js); scripts/build-wps.js
// copies it to taskpane/ next to this page, and the pane's URL says `?host=wps` (so the pane never waits for
// office.js). The pane runs its own live Session (change events, selection). This page subscribes to no events:
// its sessions live for one button press, so two pages never re-check the same edit; after its 校验 it signals an
// open pane (src/hosts/wps/ribbon-signal.ts), which refreshes its list.
import "../taskpane/polyfills"; // first: before zod and the core are evaluated
import { summaryOf } from "../app/marks";
import type { HostAdapter } from "../hosts/host";
import { waitForApplication } from "../hosts/wps/application";
import type { EtApplication } from "../hosts/wps/et";
import { sendCheckSignal } from "../hosts/wps/ribbon-signal";
import { WpsHost } from "../hosts/wps/wps-host";
import { Session, errorMessage } from "../taskpane/session";

/** The task pane page, relative to this page (scripts/build-wps.js puts the taskpane build there). */
export const TASKPANE_PATH = "taskpane/taskpane.html";
export const PANE_TITLE = "绩效目标表校验助手";
/** PluginStorage key of the task pane's ID: shared by the add-in's pages, not persisted (WPS typings). */
export const PANE_ID_KEY = "ptc_taskpane_id";
/** How long an action waits for a late `window.Application`. */
const APPLICATION_WAIT_MS = 5000;

/** Ribbon controls (ids as in wps/ribbon.xml). Images are relative to this page, as WPS resolves them. */
export const CONTROLS: Readonly<Record<string, { readonly label: string; readonly image: string }>> = {
  btnCheck: { label: "校验", image: "images/check.svg" },
  btnInsert: { label: "插入空白项目表", image: "images/insert.svg" },
  btnClear: { label: "清除标注", image: "images/clear.svg" },
  btnPane: { label: "打开任务窗格", image: "images/pane.svg" },
};

/** XlCTPDockPosition / MsoCTPDockPosition: right. */
const DOCK_RIGHT = 2;

interface TaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition: number;
}

/** The WPS 加载项 members of `window.Application` this page uses (et-jsapi-declare index.d.ts: WPS.AddonRoot). */
export interface WpsAddonApplication extends EtApplication {
  CreateTaskPane(url: string, title?: string): TaskPane;
  GetTaskPane(id: number): TaskPane;
  readonly PluginStorage: {
    getItem(key: string): unknown;
    setItem(key: string, value: number | boolean | string): void;
  };
  StatusBar: unknown;
}

interface RibbonControl {
  readonly Id: string;
}

interface RibbonUi {
  InvalidateControl(id: string): void;
}

declare global {
  interface Window {
    OnAddinLoad?: (ribbonUI: RibbonUi) => boolean;
    OnAction?: (control: RibbonControl) => boolean;
    GetImage?: (control: RibbonControl) => string;
    OnGetLabel?: (control: RibbonControl) => string;
    OnGetEnabled?: (control: RibbonControl) => boolean;
    OnGetVisible?: (control: RibbonControl) => boolean;
    /** Set by wps/index.html when this page cannot run; cleared here once the bundle runs. */
    __ptcLoadError?: string;
    /** For diagnostics and the browser test: resolves when the actions started so far have finished. */
    __ptcWps?: { idle(): Promise<void>; readonly version: string };
  }
}

let ribbon: RibbonUi | null = null;
let host: WpsHost | null = null;
let hostApp: unknown = null;
let queue: Promise<void> = Promise.resolve();

function application(): WpsAddonApplication {
  const a = (window as unknown as { Application?: WpsAddonApplication }).Application;
  if (!a) throw new Error("window.Application is missing: this page must run inside WPS 表格");
  return a;
}

/** Waits for a late `window.Application` (some WPS builds inject it after the page's scripts ran). */
async function applicationReady(): Promise<WpsAddonApplication> {
  const a = await waitForApplication(
    () => (window as unknown as { Application?: WpsAddonApplication }).Application,
    APPLICATION_WAIT_MS,
  );
  if (!a) throw new Error("WPS 表格没有提供加载项接口（window.Application），请重启 WPS 后重试。");
  return a;
}

async function wpsHost(): Promise<HostAdapter> {
  const a = await applicationReady();
  if (!host || hostApp !== a) {
    host = new WpsHost(a, { onError: (e) => console.warn("[绩效目标表校验助手]", e) });
    hostApp = a;
  }
  return host;
}

/** The pane's absolute URL, from this page's own location (online: the server; offline: the jsaddons folder). */
export function paneUrl(location: string = document.location.href): string {
  const base = location.replace(/[?#].*$/, "");
  return base.slice(0, base.lastIndexOf("/") + 1) + TASKPANE_PATH + "?host=wps";
}

function existingPane(a: WpsAddonApplication): TaskPane | null {
  const id = a.PluginStorage.getItem(PANE_ID_KEY);
  if (id === null || id === undefined || id === "") return null;
  try {
    return a.GetTaskPane(Number(id)) ?? null;
  } catch {
    // the pane was deleted (or WPS restarted its add-in host): make a new one
    return null;
  }
}

/** Shows the pane, creating it once; `toggle` hides a visible pane instead (the 打开任务窗格 button). */
export function showPane(toggle: boolean): void {
  const a = application();
  const pane = existingPane(a);
  if (pane) {
    pane.Visible = toggle ? !pane.Visible : true;
  } else {
    const created = a.CreateTaskPane(paneUrl(), PANE_TITLE);
    a.PluginStorage.setItem(PANE_ID_KEY, created.ID);
    try {
      created.DockPosition = DOCK_RIGHT;
    } catch {
      // docking is cosmetic
    }
    created.Visible = true;
  }
  try {
    ribbon?.InvalidateControl("btnPane");
  } catch {
    // an older WPS without InvalidateControl keeps the static label
  }
}

function paneVisible(): boolean {
  try {
    return existingPane(application())?.Visible === true;
  } catch {
    return false;
  }
}

function say(text: string): void {
  try {
    application().StatusBar = text;
  } catch {
    // the status bar is a courtesy
  }
}

function fail(message: string): void {
  say(message);
  alert(message);
}

/** A session for one button press; it loads the settings of the workbook it reads. */
async function session(): Promise<Session> {
  const h = await wpsHost();
  return new Session(h, { error: fail, notice: (n) => n && say(n) });
}

/** Actions run one after another: a second click waits for the first to finish. */
function enqueue(work: () => Promise<void>): void {
  queue = queue.then(work).catch((e: unknown) => fail(errorMessage(e)));
}

export async function runCheck(): Promise<void> {
  const s = await session();
  const report = await s.check("button");
  if (!report) return; // the session reported the error
  if (s.notice === null) say(summaryOf(report));
  // an open pane refreshes its list on this
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  sendCheckSignal({ localStorage: storage, pluginStorage: (await applicationReady()).PluginStorage });
}

export async function insertTemplate(): Promise<void> {
  const s = await session();
  const done = await s.insert();
  // put the cursor where the clerk types first (项目名称)
  await s.host.select(done.select);
  say("已插入空白项目表。");
}

export async function clearMarks(): Promise<void> {
  const s = await session();
  await s.clearMarks();
  say("已清除绩效目标表校验助手的标注。");
}

// ---- ribbon callbacks ----------------------------------------------------------------------------------------

window.OnAddinLoad = (ribbonUI) => {
  ribbon = ribbonUI;
  return true;
};

window.OnAction = (control) => {
  try {
    switch (control.Id) {
      case "btnCheck":
        showPane(false);
        enqueue(runCheck);
        break;
      case "btnInsert":
        enqueue(insertTemplate);
        break;
      case "btnClear":
        enqueue(clearMarks);
        break;
      case "btnPane":
        showPane(true);
        break;
      default:
        break;
    }
  } catch (e) {
    fail(errorMessage(e));
  }
  return true;
};

window.GetImage = (control) => CONTROLS[control.Id]?.image ?? "images/check.svg";

window.OnGetLabel = (control) => {
  if (control.Id === "btnPane") return paneVisible() ? "关闭任务窗格" : "打开任务窗格";
  return CONTROLS[control.Id]?.label ?? "";
};

window.OnGetEnabled = () => true;
window.OnGetVisible = () => true;

window.__ptcLoadError = undefined;
window.__ptcWps = { idle: () => queue, version: "1" };
