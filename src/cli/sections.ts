// One file's part of the main report (text, JSON v1 or JSON v2), rendered where the file was checked — a worker
// thread with --jobs — so what crosses to the main thread is its UTF-8 bytes (utf8-body.ts) and a few counts, not
// the findings as an object graph (structured clone of a 200-project workbook's findings was ~1.5 MB and tens of ms
// each way), and the main thread only writes. report-output.ts adds the sections up, in input order.
import type { Severity } from "../core/rules/types";
import { summarize, type FileResult, type Summary } from "./report";
import { jsonFileBody } from "./render-json";
import { disabledRulesOf, writeTextFile } from "./render-text";
import { jsonV2FileBody, type V2Tally } from "./report/json-v2";
import { atLeast, type FileSummary } from "./report/summary";
import { Utf8Chunks, utf8Body, type Utf8Body } from "./utf8-body";

export type ReportKind = "text" | "json-v1" | "json-v2";

export interface Section {
  readonly kind: ReportKind;
  /** The file's text section, or its object inside the JSON report's `files`, as UTF-8 (utf8-body.ts). */
  readonly body: Utf8Body;
  /** Its counts, over the findings shown (text, JSON v1). */
  readonly summary: Summary;
  /** Its share of the v2 summary (JSON v2). */
  readonly v2: V2Tally | null;
  /** Rules switched off in any of its sheets (the text summary line says so). */
  readonly disabled: ReadonlyArray<string>;
}

/** `result` and `summary` as checked, before anything is dropped; `min` hides findings below it. */
export function renderSection(kind: ReportKind, result: FileResult, summary: FileSummary, min: Severity): Section {
  const shown = filterResult(result, min);
  const counts = summarize([shown]);
  const disabled = disabledRulesOf(shown);
  if (kind === "json-v2") {
    const out = new Utf8Chunks();
    const tally = jsonV2FileBody(summary, min, out);
    return { kind, body: out.finish(), summary: counts, v2: tally, disabled };
  }
  const body = utf8Body((sink) => (kind === "json-v1" ? jsonFileBody(shown, sink) : writeTextFile(shown, sink)));
  return { kind, body, summary: counts, v2: null, disabled };
}

/** The hidden findings are dropped from the lists; the projects' counts and grades stay over all findings. */
export function filterResult(r: FileResult, min: Severity): FileResult {
  if (min === "info") return r;
  const show = atLeast(min);
  return { ...r, sheets: r.sheets.map((s) => ({ ...s, diagnostics: s.diagnostics.filter(show) })) };
}
