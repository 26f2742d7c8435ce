// What one run produced, before rendering: per input, either its sheet reports or why it could not be read.
import type { SheetReport } from "../core/engine";
import type { InputError } from "./errors";

export interface FileResult {
  /** As given on the command line (or the given folder joined with the file's path inside it). */
  readonly path: string;
  readonly error: InputError | null;
  readonly sheets: ReadonlyArray<SheetReport>;
}

export interface Summary {
  /** Every input entry, readable or not. */
  readonly files: number;
  readonly projects: number;
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  /** Entries that could not be checked (text report only; not part of the JSON contract). */
  readonly failed: number;
}

export function summarize(files: ReadonlyArray<FileResult>): Summary {
  let projects = 0;
  let failed = 0;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of files) {
    if (f.error) failed++;
    for (const s of f.sheets) {
      projects += s.projects.length;
      for (const d of s.diagnostics) counts[d.severity]++;
    }
  }
  return { files: files.length, projects, ...counts, failed };
}

/** 2 when any input was unreadable (a reviewer must not mistake a skipped file for a clean one), else 1 on any error. */
export function exitCodeOf(files: ReadonlyArray<FileResult>): number {
  const s = summarize(files);
  if (s.failed > 0) return 2;
  return s.error > 0 ? 1 : 0;
}
