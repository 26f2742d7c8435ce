// Tab-separated text (the seed's format) to a Grid: one line a row, merged cells as empty fields.
import { gridFromStrings, type Grid } from "./grid";

/** Tab-separated lines to rows of cell texts (a BOM is dropped; a trailing newline adds no row). */
export function rowsFromTsv(text: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((l) => l.split("\t"));
}

export function gridFromTsv(sheet: string, text: string): Grid {
  return gridFromStrings(sheet, rowsFromTsv(text));
}
