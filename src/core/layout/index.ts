// Grid → ProjectTable[]: block detection, parsing and schema validation.
import type { Grid } from "../grid";
import { detectBlocks } from "./detect";
import { ProjectTableSchema, type ProjectTable } from "./model";
import { parseTable } from "./parse-table";

export { detectBlocks } from "./detect";
export { parseTable } from "./parse-table";
export * from "./model";

export interface ParseOptions {
  /** Validate each table against the zod schema (on by default; the benchmark measures both). */
  readonly validate?: boolean;
  /** A policy's own words for 不适用 (form/na's NaVocabulary.extraKeys). */
  readonly naMarkers?: ReadonlySet<string>;
}

export function parseSheet(grid: Grid, options: ParseOptions = {}): ProjectTable[] {
  const validate = options.validate ?? true;
  return detectBlocks(grid).map((b, i) => {
    const t = parseTable(grid, b, i, { naMarkers: options.naMarkers });
    if (!validate) return t;
    // a schema failure is a parser bug; surface it loudly in development rather than report garbage
    return ProjectTableSchema.parse(t);
  });
}
