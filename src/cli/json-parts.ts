// A file's object inside a JSON report's `files` (v1 and v2), written a project and a finding at a time, byte for
// byte as `JSON.stringify(report, null, 2)` indents it. A workbook of 20 000 projects would otherwise hold a copy of
// every finding, the whole text, and its re-indented copy at once.
import type { TextSink } from "./utf8-body";

/** A file object sits two levels deep: `{ "files": [ {…} ] }`. */
const BASE = 2;

/** A line break and the indentation of `depth` levels inside the file object. */
function at(depth: number): string {
  return `\n${"  ".repeat(depth + BASE)}`;
}

function jsonAt(v: unknown, depth: number): string {
  return JSON.stringify(v, null, 2).replace(/\n/g, at(depth));
}

/** One sheet's lists; `project` and `diagnostic` make each item's JSON object only when it is written. */
export interface SheetParts<P, D> {
  readonly name: string;
  readonly projects: ReadonlyArray<P>;
  readonly project: (p: P) => unknown;
  readonly diagnostics: ReadonlyArray<D>;
  readonly diagnostic: (d: D) => unknown;
}

/** `{ "path", "error", "sheets": [{ "name", "projects", "diagnostics" }] }` into `sink`. */
export function writeFileObject<P, D>(
  sink: TextSink,
  path: string,
  error: unknown,
  sheets: ReadonlyArray<SheetParts<P, D>>,
): void {
  sink.push(`{${at(1)}"path": ${jsonAt(path, 1)},${at(1)}"error": ${jsonAt(error, 1)},${at(1)}"sheets": `);
  if (sheets.length === 0) sink.push("[]");
  else {
    sink.push("[");
    sheets.forEach((s, i) => {
      sink.push(`${i === 0 ? "" : ","}${at(2)}{${at(3)}"name": ${jsonAt(s.name, 3)},`);
      sink.push(`${at(3)}"projects": `);
      writeList(sink, s.projects, 3, s.project);
      sink.push(`,${at(3)}"diagnostics": `);
      writeList(sink, s.diagnostics, 3, s.diagnostic);
      sink.push(`${at(2)}}`);
    });
    sink.push(`${at(1)}]`);
  }
  sink.push(`${at(0)}}`);
}

function writeList<T>(sink: TextSink, items: ReadonlyArray<T>, depth: number, each: (x: T) => unknown): void {
  if (items.length === 0) {
    sink.push("[]");
    return;
  }
  sink.push("[");
  items.forEach((x, i) => sink.push(`${i === 0 ? "" : ","}${at(depth + 1)}${jsonAt(each(x), depth + 1)}`));
  sink.push(`${at(depth)}]`);
}
