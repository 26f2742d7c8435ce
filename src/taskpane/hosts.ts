// Where the pane's HostAdapter comes from. Construction of the Excel and WPS adapters is isolated here so a change
// in their constructors touches this file only.
import { ExcelHost } from "../hosts/excel/excel-host";
import type { HostAdapter } from "../hosts/host";
import type { EtApplication } from "../hosts/wps/et";
import { WpsHost } from "../hosts/wps/wps-host";
import type { SignalEnv } from "../hosts/wps/ribbon-signal";
import { sessionActions, setCommandActions } from "../commands/actions";
// registers the ribbon's function commands: manifest.xml's FunctionFile is taskpane.html (shared runtime)
import "../commands/commands";
import type { Session } from "./session";

export function createExcelHost(onError: (e: unknown) => void): HostAdapter {
  return ExcelHost.fromOffice({ onError });
}

/**
 * With a shared runtime the ribbon's 校验 / 插入 / 清除 drive the pane's session (one set of marks). Without one
 * (Office 2019) the ribbon runs in its own runtime and commands.ts' standalone actions apply.
 */
export function wireExcelCommands(session: Session): void {
  let shared = false;
  try {
    shared = Office.context.requirements.isSetSupported("SharedRuntime", "1.1");
  } catch {
    shared = false;
  }
  if (shared) setCommandActions(sessionActions(session));
}

/** The WPS adapter over the ET object model root (`window.Application`); null when there is none. */
export function createWpsHost(app: unknown, onError: (e: unknown) => void): HostAdapter | null {
  if (app === null || typeof app !== "object") return null;
  // the ribbon page's 校验 reaches the pane by a storage event or a PluginStorage counter (ribbon-signal.ts)
  let pluginStorage: SignalEnv["pluginStorage"] = null;
  try {
    pluginStorage = (app as { PluginStorage?: SignalEnv["pluginStorage"] }).PluginStorage ?? null;
  } catch {
    pluginStorage = null;
  }
  const signals: SignalEnv = {
    window,
    pluginStorage,
    setInterval: (f, ms) => window.setInterval(f, ms),
    clearInterval: (t) => window.clearInterval(t as number),
  };
  return new WpsHost(app as EtApplication, { onError, signals });
}
