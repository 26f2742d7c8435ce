// The version 1 JSON report of design.md "ptcheck (CLI) contract". Tools parse it: fields are built
// explicitly, in the documented order, so engine additions never leak into the contract.
import type { ProjectSummary } from "../core/engine";
import type { Diagnostic } from "../core/rules/types";
import { writeFileObject } from "./json-parts";
import type { FileResult } from "./report";
import { summarize, type Summary } from "./report";
import { joined, type TextSink } from "./utf8-body";

export interface JsonDiagnostic {
  readonly ruleId: string;
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
  readonly cell: string;
  /** 1-based sheet row (for text input: the line number). */
  readonly row: number;
  /** 1-based sheet column (for text input: the tab-separated field number). */
  readonly col: number;
  readonly project: string;
}

export interface JsonProject {
  readonly name: string;
  readonly range: string;
  readonly year: number | null;
  readonly generation: string;
}

export interface JsonSheet {
  readonly name: string;
  readonly projects: ReadonlyArray<JsonProject>;
  readonly diagnostics: ReadonlyArray<JsonDiagnostic>;
}

export interface JsonFile {
  readonly path: string;
  readonly error: { readonly code: string; readonly message: string } | null;
  readonly sheets: ReadonlyArray<JsonSheet>;
}

export interface JsonReport {
  readonly version: 1;
  readonly files: ReadonlyArray<JsonFile>;
  readonly summary: {
    readonly files: number;
    readonly projects: number;
    readonly error: number;
    readonly warning: number;
    readonly info: number;
  };
}

export function toJsonReport(files: ReadonlyArray<FileResult>): JsonReport {
  const s = summarize(files);
  return {
    version: 1,
    files: files.map(toJsonFile),
    summary: { files: s.files, projects: s.projects, error: s.error, warning: s.warning, info: s.info },
  };
}

function toJsonFile(f: FileResult): JsonFile {
  return {
    path: f.path,
    error: errorOf(f),
    sheets: f.error
      ? []
      : f.sheets.map((sh) => ({
          name: sh.sheet,
          projects: sh.projects.map(jsonProject),
          diagnostics: sh.diagnostics.map(jsonDiagnostic),
        })),
  };
}

function errorOf(f: FileResult): JsonFile["error"] {
  return f.error ? { code: f.error.code, message: f.error.message } : null;
}

function jsonProject(p: ProjectSummary): JsonProject {
  return { name: p.name, range: p.range, year: p.year, generation: p.generation };
}

function jsonDiagnostic(d: Diagnostic): JsonDiagnostic {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    cell: d.cell,
    row: d.row,
    col: d.col,
    project: d.project,
  };
}

/**
 * One file of the v1 report as it stands inside `files`, indented as `JSON.stringify(report, null, 2)` does, into
 * `sink` a project and a finding at a time.
 */
export function jsonFileBody(f: FileResult, sink: TextSink): void {
  const sheets = f.error
    ? []
    : f.sheets.map((sh) => ({
        name: sh.sheet,
        projects: sh.projects,
        project: jsonProject,
        diagnostics: sh.diagnostics,
        diagnostic: jsonDiagnostic,
      }));
  writeFileObject(sink, f.path, errorOf(f), sheets);
}

export function renderJson(files: ReadonlyArray<FileResult>): string {
  const report = new JsonReportStream();
  return report.start() + files.map((f) => report.file(f)).join("") + report.end();
}

/**
 * The version 1 JSON report written as the files finish, byte for byte what `JSON.stringify(report, null, 2)`
 * gives: `start()`, then `file()` per file (which keeps only its counts), then `end()` with the summary.
 */
export class JsonReportStream {
  private count = 0;
  private readonly totals = { files: 0, projects: 0, error: 0, warning: 0, info: 0 };

  start(): string {
    return '{\n  "version": 1,\n  "files": [';
  }

  file(f: FileResult): string {
    return this.add(summarize([f])) + joined((sink) => jsonFileBody(f, sink));
  }

  /**
   * The counts of a file whose body was rendered elsewhere (jsonFileBody, on a worker thread); returns what goes
   * before that body. The body is written on its own: joined to it, a large file's body would be copied once more.
   */
  add(s: Summary): string {
    for (const k of ["files", "projects", "error", "warning", "info"] as const) this.totals[k] += s[k];
    return `${this.count++ === 0 ? "" : ","}\n    `;
  }

  end(): string {
    const summary = JSON.stringify(this.totals, null, 2).replace(/\n/g, "\n  ");
    return `${this.count > 0 ? "\n  " : ""}],\n  "summary": ${summary}\n}\n`;
  }
}
