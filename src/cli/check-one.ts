// One input → its findings and the compact summary the reports consume. Runs in the main thread or in a worker;
// everything it returns is plain data, and the workbook (grids, parsed tables) is dropped before it returns.
import { check, type SheetReport } from "../core/engine";
import { layerConfigs, type Config } from "../core/config";
import { workbookSettingsOfFile } from "./workbook-settings";
import type { Grid } from "../core/grid";
import type { Severity } from "../core/rules/types";
import { InputError, MSG, fsReason } from "./errors";
import { readInput } from "./read-input";
import type { FileResult } from "./report";
import { summarizeFile, type FileSummary } from "./report/summary";
import { renderSection, type ReportKind, type Section } from "./sections";

export interface CheckJob {
  readonly path: string;
  /** Set when the input could not even be listed (expandInputs). */
  readonly error?: { readonly code: string; readonly message: string };
  readonly maxSizeMb: number;
  readonly config: Config;
  /** Where to write this file's annotated copy, when --annotate asks for one. */
  readonly annotateTo?: string;
  /** Findings below this severity are not annotated. */
  readonly minSeverity?: Severity;
  /**
   * What the run's outputs need kept: the engine's findings (text, JSON v1) and the summaries' findings (JSON v2,
   * reports). Whatever is not needed is dropped here, before it is copied out of a worker or kept for the folder.
   */
  readonly keep?: { readonly results: boolean; readonly findings: boolean };
  /** Render this file's section of the main report here (sections.ts), hiding findings below `min`. */
  readonly render?: { readonly kind: ReportKind; readonly min: Severity };
}

export interface Checked {
  readonly result: FileResult;
  readonly summary: FileSummary;
  /** The annotated copy written, or why not. */
  readonly annotated?: { readonly path: string } | { readonly skipped: string };
  /** Error-level findings, counted before anything is dropped (the exit code). */
  readonly errors: number;
  /** The file's section of the main report, when the job asked for one. */
  readonly section?: Section;
}

export async function checkOne(job: CheckJob): Promise<Checked> {
  const c = await checkFile(job);
  // the section is rendered from everything that was checked, before the findings are dropped
  const section = job.render ? renderSection(job.render.kind, c.result, c.summary, job.render.min) : undefined;
  const kept = trimmed(c, job.keep ?? { results: true, findings: true });
  return section ? { ...kept, section } : kept;
}

async function checkFile(job: CheckJob): Promise<Checked> {
  if (job.error) {
    const result: FileResult = {
      path: job.path,
      error: new InputError(job.error.code as InputError["code"], job.error.message),
      sheets: [],
    };
    return { result, summary: { path: job.path, error: job.error, sheets: [] }, errors: 0 };
  }
  let grids: Grid[];
  try {
    grids = await readInput(job.path, job.maxSizeMb);
  } catch (e) {
    return failed(job.path, e instanceof InputError ? e : MSG.readFailed(fsReason(e)));
  }
  // the unit's settings saved in the workbook, under the command line's (issue 9: one order of precedence)
  const saved = workbookSettingsOfFile(job.path);
  const config: Config = saved ? layerConfigs(saved, job.config) : job.config;
  const sheets: SheetReport[] = [];
  try {
    for (const g of grids) sheets.push(check(g, config));
  } catch (e) {
    // a rule bug must cost one file, not the whole run
    return failed(job.path, MSG.checkFailed(e instanceof Error ? e.message : String(e)));
  }
  const full: FileResult = { path: job.path, error: null, sheets };
  const policySource =
    job.config.policy !== undefined ? "option" : saved?.policy !== undefined ? "workbook" : "default";
  // the summary's findings (a fingerprint, value and opinion per finding) are built only where something reads them
  const keep = job.keep ?? { results: true, findings: true };
  const withFindings = keep.findings || job.annotateTo !== undefined || job.render?.kind === "json-v2";
  const summary = summarizeFile(full, grids, config, policySource, withFindings);
  let annotated: Checked["annotated"];
  if (job.annotateTo !== undefined) {
    const { annotateCopy } = await import("./report/annotate");
    annotated = await annotateCopy(job.path, job.annotateTo, summary, job.minSeverity);
  }
  let errors = 0;
  for (const s of sheets) for (const d of s.diagnostics) if (d.severity === "error") errors++;
  return { result: full, summary, errors, ...(annotated ? { annotated } : {}) };
}

/** What the caller keeps of a checked file: never the parsed tables; findings only where an output reads them. */
function trimmed(c: Checked, keep: NonNullable<CheckJob["keep"]>): Checked {
  // parsed tables are the bulk of a result; nothing downstream reads them
  const result: FileResult = {
    ...c.result,
    sheets: c.result.sheets.map((s) => ({
      ...s,
      tables: [],
      ...(keep.results ? {} : { diagnostics: [], projects: [] }),
    })),
  };
  const summary: FileSummary = keep.findings
    ? c.summary
    : { ...c.summary, sheets: c.summary.sheets.map((s) => ({ ...s, findings: [] })) };
  return { ...c, result, summary };
}

function failed(path: string, error: InputError): Checked {
  return {
    result: { path, error, sheets: [] },
    summary: { path, error: { code: error.code, message: error.message }, sheets: [] },
    errors: 0,
  };
}
