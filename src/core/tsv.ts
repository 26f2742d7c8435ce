// Tab-separated text (the seed's format) to a Grid: one line a row, merged cells as empty fields.
import { Grid, type SortedRow } from "./grid";

/** Tab-separated lines to rows of cell texts (a BOM is dropped; a trailing newline adds no row). */
export function rowsFromTsv(text: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((l) => l.split("\t"));
}

/**
 * The Grid of a text file, built line by line: only lines with text become rows and only non-empty fields become
 * cells, so 29 MB of blank lines (or of tabs) cost a count, not a row array per line.
 */
export function gridFromTsv(sheet: string, text: string): Grid {
  const rows: SortedRow[] = [];
  const n = text.length;
  let row = 0;
  let col = 0;
  let cols = 0;
  let lineCols: number[] = [];
  let lineTexts: string[] = [];
  let from = text.charCodeAt(0) === 0xfeff ? 1 : 0; // start of the current field
  // one pass over the characters: a field ends at a tab, a line at \r\n, \n or \r
  for (let i = from; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c !== 9 && c !== 10 && c !== 13) continue;
    if (i > from) {
      const t = text.slice(from, i);
      lineCols.push(col);
      lineTexts.push(t);
    }
    col++;
    if (c !== 9) {
      if (i === n && col === 1 && i === from) break; // a trailing newline adds no row
      if (col > cols) cols = col;
      if (lineCols.length > 0) {
        rows.push({ row, cols: lineCols, texts: lineTexts });
        lineCols = [];
        lineTexts = [];
      }
      row++;
      col = 0;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    }
    from = i + 1;
  }
  return new Grid({ sheet, rows: [], sortedRows: rows, size: { rows: row, cols } });
}
