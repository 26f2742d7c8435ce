// Ribbon function commands (manifest.xml ExecuteFunction). Loaded by the function file: taskpane.html under the
// shared runtime, or the same page in a separate hidden runtime where SharedRuntime 1.1 is missing (Office 2019).
// Every command calls event.completed(), also after an error: Office queues later commands until it does.
import "../taskpane/polyfills"; // first: before zod and the core are evaluated
import { ExcelHost } from "../hosts/excel/excel-host";
import { getCommandActions, setFallbackActions, standaloneActions, type CommandActions } from "./actions";

export type Associate = (id: string, fn: (event: Office.AddinCommands.Event) => void) => void;

/** Reports a failed command; the default writes to the console (a function command has no UI of its own). */
export type CommandErrorSink = (id: string, error: unknown) => void;

function wrap(
  id: string,
  run: (a: CommandActions) => Promise<void>,
  actions: () => CommandActions,
  onError: CommandErrorSink,
) {
  return (event: Office.AddinCommands.Event): void => {
    let p: Promise<void>;
    try {
      p = run(actions());
    } catch (e) {
      p = Promise.reject(e);
    }
    p.catch((e: unknown) => onError(id, e)).finally(() => event.completed());
  };
}

/** Associates the three ids of manifest.xml with their actions. */
export function registerCommands(
  associate: Associate,
  actions: () => CommandActions = getCommandActions,
  onError: CommandErrorSink = (id, e) => console.error(`[${id}]`, e),
): void {
  associate(
    "runCheck",
    wrap("runCheck", (a) => a.runCheck(), actions, onError),
  );
  associate(
    "insertTemplate",
    wrap("insertTemplate", (a) => a.insertTemplate(), actions, onError),
  );
  associate(
    "clearMarks",
    wrap("clearMarks", (a) => a.clearMarks(), actions, onError),
  );
}

// In Office: commands work standalone until the pane wires its session (setCommandActions).
if (typeof Office !== "undefined" && typeof Office.actions !== "undefined") {
  setFallbackActions(() => standaloneActions(ExcelHost.fromOffice()));
  registerCommands((id, fn) => Office.actions.associate(id, fn));
}
