// A Grid row built from cells in column order (the fast path) is the row built from the same cells in any order
// (the general path): dense and sparse rows, gaps, a cell far to the right.
import fc from "fast-check";
import { Grid, type Cell, type PlacedCell, type SortedRow } from "../../src/core/grid";
import { gridFromTsv, rowsFromTsv } from "../../src/core/tsv";

const cellArb = fc.record({
  row: fc.integer({ min: 0, max: 3 }),
  col: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 100, max: 16383 })),
  text: fc.constantFrom("", " 指标 ", "95%", "≥1", "项目名称"),
});

function view(g: Grid): unknown {
  const rows = [];
  for (let r = 0; r < g.rowCount; r++)
    rows.push({
      texts: g.rowTexts(r),
      nonEmpty: g.nonEmpty(r),
      probes: [0, 1, 5, 12, 100, 16383].map((c) => [g.text(r, c), g.cell(r, c).text, g.cell(r, c).value]),
    });
  return { rows, rowCount: g.rowCount, colCount: g.colCount };
}

test("cells in column order give the same grid as the same cells shuffled", () => {
  fc.assert(
    fc.property(fc.uniqueArray(cellArb, { selector: (c) => `${c.row}|${c.col}`, maxLength: 40 }), (cells) => {
      const placed: PlacedCell[] = cells.map((c) => ({
        row: c.row,
        col: c.col,
        cell: { value: c.text, text: c.text },
      }));
      const sorted = [...placed].sort((a, b) => a.row - b.row || a.col - b.col);
      const reversed = [...sorted].reverse();
      const a = new Grid({ sheet: "s", rows: [], cells: sorted });
      const b = new Grid({ sheet: "s", rows: [], cells: reversed });
      expect(view(a)).toEqual(view(b));
    }),
    { numRuns: 300 },
  );
});

test("a row with a value in A and in XFD stays sparse on the fast path", () => {
  const g = new Grid({
    sheet: "s",
    rows: [],
    cells: [
      { row: 0, col: 0, cell: { value: "a", text: "a" } },
      { row: 0, col: 16383, cell: { value: "z", text: "z" } },
    ],
  });
  expect(g.nonEmpty(0)).toEqual([
    { col: 0, text: "a" },
    { col: 16383, text: "z" },
  ]);
  expect(g.text(0, 16383)).toBe("z");
  expect(g.text(0, 5000)).toBe("");
});

test("rows given side by side (sortedRows, a text file's lines) give the same grid as the same cells placed", () => {
  fc.assert(
    fc.property(fc.uniqueArray(cellArb, { selector: (c) => `${c.row}|${c.col}`, maxLength: 40 }), (cells) => {
      const placed: PlacedCell[] = cells
        .filter((c) => c.text !== "")
        .map((c) => ({ row: c.row, col: c.col, cell: { value: c.text, text: c.text } }))
        .sort((a, b) => a.row - b.row || a.col - b.col);
      const rows: Array<{ row: number; cols: number[]; cells: Cell[] }> = [];
      for (const p of placed) {
        const last = rows[rows.length - 1];
        if (last && last.row === p.row) {
          last.cols.push(p.col);
          last.cells.push(p.cell);
        } else rows.push({ row: p.row, cols: [p.col], cells: [p.cell] });
      }
      const a = new Grid({ sheet: "s", rows: [], sortedRows: rows });
      const b = new Grid({ sheet: "s", rows: [], cells: [...placed].reverse() });
      expect(view(a)).toEqual(view(b));
      // rows out of order take the general path, with the same result
      const c = new Grid({ sheet: "s", rows: [], sortedRows: [...rows].reverse() });
      expect(view(c)).toEqual(view(b));
      // the same rows as texts (a text file's fields, value = text): no Cell kept, the same grid and the same cells
      const texts: SortedRow[] = rows.map((r) => ({ row: r.row, cols: r.cols, texts: r.cells.map((x) => x.text) }));
      expect(view(new Grid({ sheet: "s", rows: [], sortedRows: texts }))).toEqual(view(b));
      expect(view(new Grid({ sheet: "s", rows: [], sortedRows: [...texts].reverse() }))).toEqual(view(b));
    }),
    { numRuns: 150 },
  );
});

test("a text file's grid is the grid of its lines split at tabs (rowsFromTsv)", () => {
  const field = fc.constantFrom("", "", " ", "指标", " 95% ", "≥1");
  const line = fc.array(field, { maxLength: 8 }).map((fs) => fs.join("\t"));
  fc.assert(
    fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom("\n", "\r\n", "\r"), (lines, eol) => {
      const text = lines.join(eol);
      const rows = rowsFromTsv(text);
      const placed: PlacedCell[] = [];
      rows.forEach((r, i) => r.forEach((t, j) => t && placed.push({ row: i, col: j, cell: { value: t, text: t } })));
      const width = Math.max(0, ...rows.map((r) => r.length));
      const expected = new Grid({ sheet: "s", rows: [], cells: placed, size: { rows: rows.length, cols: width } });
      expect(view(gridFromTsv("s", text))).toEqual(view(expected));
    }),
    { numRuns: 300 },
  );
});
