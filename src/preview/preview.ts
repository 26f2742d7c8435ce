// The local preview (npm start where there is no Excel): the task pane beside a rendered, editable sample workbook,
// both over one in-memory host. The sample is the 21 tables of tests/fixtures/seed-2024.txt, bundled at build time.
import "../taskpane/polyfills"; // first: before zod and the core are evaluated
import seedText from "../../tests/fixtures/seed-2024.txt";
import { rowsFromTsv } from "../core/tsv";
import { MESSAGES, missingFeatures } from "../taskpane/boot";
import { mountTaskPane } from "../taskpane/pane";
import { errorMessage } from "../taskpane/session";
import { GridView } from "./grid-view";
import { PreviewHost } from "./preview-host";

async function boot(): Promise<void> {
  if (window.__PTC_TOO_OLD__) return;
  window.__PTC_BOOTED__ = true;
  const sheetArea = document.getElementById("sheet");
  const app = document.getElementById("app");
  if (!sheetArea || !app) return;
  const missing = missingFeatures(window as unknown as Parameters<typeof missingFeatures>[0]);
  if (missing.length > 0) {
    app.textContent = `${MESSAGES.tooOld}（缺少：${missing.join("、")}）`;
    return;
  }

  const host = new PreviewHost({ Sheet1: rowsFromTsv(seedText) });
  new GridView(sheetArea, host);
  const { pane, session } = await mountTaskPane(app, host, { hostLabel: "本地预览" });
  window.addEventListener("unhandledrejection", (e) => pane.showError(errorMessage(e.reason)));
  // for poking at the preview from the devtools console
  (window as unknown as { ptcPreview: unknown }).ptcPreview = { host, session };
}

void boot();
