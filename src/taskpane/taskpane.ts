// Entry of taskpane.html, for Excel and WPS alike: picks the host at run time and mounts the pane on it.
// Never a blank pane: outside a host, on a timeout or in a webview that is too old, a Chinese message says why.
import "./polyfills"; // first: before zod and the core are evaluated
import { chooseHost, MESSAGES, missingFeatures, wpsApplication } from "./boot";
import { createExcelHost, createWpsHost, wireExcelCommands } from "./hosts";
import { mountTaskPane } from "./pane";
import { errorMessage } from "./session";

/** Office.onReady can hang when office.js' own files are blocked (office-js#6040). */
const OFFICE_READY_TIMEOUT_MS = 10000;

function showMessage(root: HTMLElement, title: string, detail?: string): void {
  while (root.firstChild) root.removeChild(root.firstChild);
  const box = document.createElement("div");
  box.className = "boot boot-error";
  box.setAttribute("role", "alert");
  box.setAttribute("data-testid", "host-message");
  box.textContent = title;
  if (detail) {
    const small = document.createElement("div");
    small.className = "boot-detail";
    small.textContent = detail;
    box.appendChild(small);
  }
  root.appendChild(box);
}

function isWps(): boolean {
  if (/[?&]host=wps(?:&|$)/.test(window.location.search)) return true;
  const app = wpsApplication(window);
  return app !== undefined && app !== null;
}

function officeReady(ms: number): Promise<string | null | undefined> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => resolve(undefined), ms);
    Office.onReady().then(
      (info) => {
        window.clearTimeout(timer);
        resolve(info.host === null || info.host === undefined ? null : String(info.host));
      },
      () => {
        window.clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

async function boot(): Promise<void> {
  if (window.__PTC_TOO_OLD__) return;
  window.__PTC_BOOTED__ = true;
  const root = document.getElementById("app");
  if (!root) return;

  const missing = missingFeatures(window as unknown as Parameters<typeof missingFeatures>[0]);
  if (missing.length > 0) return showMessage(root, MESSAGES.tooOld, `缺少：${missing.join("、")}`);

  const wps = isWps();
  const officeHost = wps ? undefined : await officeReady(OFFICE_READY_TIMEOUT_MS);
  const choice = chooseHost({ wps, officeHost });

  let pane: { showError(m: string): void } | null = null;
  const report = (e: unknown): void => {
    if (pane) pane.showError(errorMessage(e));
    else console.error(e);
  };
  window.addEventListener("unhandledrejection", (e) => report(e.reason));

  try {
    if (choice === "excel") {
      const host = createExcelHost(report);
      const mounted = await mountTaskPane(root, host, { hostLabel: "Excel" });
      pane = mounted.pane;
      wireExcelCommands(mounted.session);
    } else if (choice === "wps") {
      const host = createWpsHost(wpsApplication(window), report);
      if (!host) return showMessage(root, MESSAGES.wpsMissing);
      pane = (await mountTaskPane(root, host, { hostLabel: "WPS 表格" })).pane;
    } else if (typeof officeHost === "string") {
      showMessage(root, MESSAGES.otherOfficeHost);
    } else if (officeHost === undefined && typeof Office !== "undefined") {
      showMessage(root, MESSAGES.hostFailed, MESSAGES.notInHost);
    } else if (officeHost === undefined) {
      showMessage(root, MESSAGES.notInHost, MESSAGES.officeJsMissing);
    } else {
      showMessage(root, MESSAGES.notInHost);
    }
  } catch (e) {
    showMessage(root, MESSAGES.hostFailed, errorMessage(e));
  }
}

void boot();
