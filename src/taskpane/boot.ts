// Which host the pane runs in, and the messages shown when it cannot run: pure, so jest tests it.
// The feature check that runs before the bundle is boot-check.js (ES5, inlined into the HTML pages): a webview too
// old to parse the bundle still gets a Chinese message instead of a blank pane.

declare global {
  interface Window {
    /** Set by boot-check.js when the webview lacks what the bundle needs (it has shown the message). */
    __PTC_TOO_OLD__?: string[];
    /** Set as soon as the bundle runs, so boot-check.js stops watching for load errors. */
    __PTC_BOOTED__?: boolean;
  }
}

/**
 * WPS 加载项: the ET object model root injected into every add-in page (`window.Application`, alias `wps`).
 * Read untyped: et-jsapi-declare's own `interface Window` declares it, and a second declaration here would clash.
 */
export function wpsApplication(w: object): unknown {
  const g = w as { Application?: unknown; wps?: unknown };
  return g.Application ?? g.wps ?? undefined;
}

export type HostChoice = "wps" | "excel" | "unsupported";

export interface HostEnvironment {
  /** `window.Application` with an ET object model (WPS 加载项), or the page was opened as `?host=wps`. */
  readonly wps: boolean;
  /** What Office.onReady reported: "Excel", another host, null outside Office; undefined when office.js is absent or timed out. */
  readonly officeHost: string | null | undefined;
}

export function chooseHost(env: HostEnvironment): HostChoice {
  if (env.wps) return "wps";
  if (env.officeHost === "Excel") return "excel";
  return "unsupported";
}

export const MESSAGES = {
  tooOld:
    "当前 Office/WPS 版本过旧，任务窗格无法运行（需要 Internet Explorer 11 或更新的浏览器内核）。请把 Windows 中的 Internet Explorer 升级到 11，或使用 Microsoft 365 / Office 2021 及以上版本，或升级 WPS Office 到最新版本后重新打开。",
  notInHost:
    "绩效目标表校验助手需要在 Excel 或 WPS 表格中运行。请在 Excel 或 WPS 表格的“绩效目标”选项卡中点击“打开任务窗格”。" +
    "（开发者：运行 npm start 可在浏览器中打开带示例工作簿的本地预览。）",
  otherOfficeHost: "绩效目标表校验助手只支持 Excel 和 WPS 表格，不支持当前的 Office 应用。",
  officeJsMissing:
    "无法加载 Office.js（appsforoffice.microsoft.com）。如果单位网络无法访问该地址，请联系管理员部署使用本地 Office.js 的版本。",
  wpsMissing: "未找到 WPS 表格接口。请在 WPS 表格中通过“绩效目标”选项卡打开任务窗格。",
  hostFailed: "无法连接到表格程序。请关闭任务窗格后重新打开。",
} as const;

/** Runtime features the bundle and the core rely on, checked after polyfills.ts has run (so a gap here is a polyfill
 * that failed to install); an ES5 engine and the DOM basics are probed before the bundle by boot-check.js. */
export function missingFeatures(g: {
  readonly Promise?: unknown;
  readonly Map?: unknown;
  readonly Set?: unknown;
  readonly String?: { readonly prototype: object };
  readonly Array?: { readonly prototype: object };
  readonly Object?: object;
  readonly Element?: { readonly prototype: object };
}): string[] {
  const out: string[] = [];
  const has = (o: object | undefined, k: string): boolean =>
    o !== undefined && typeof (o as Record<string, unknown>)[k] === "function";
  if (typeof g.Promise !== "function") out.push("Promise");
  if (typeof g.Map !== "function" || typeof g.Set !== "function") out.push("Map/Set");
  if (!has(g.String?.prototype, "matchAll")) out.push("String.prototype.matchAll");
  if (!has(g.Array?.prototype, "flatMap")) out.push("Array.prototype.flatMap");
  if (!has(g.Object, "fromEntries")) out.push("Object.fromEntries");
  if (!has(g.Element?.prototype, "closest")) out.push("Element.prototype.closest");
  return out;
}
