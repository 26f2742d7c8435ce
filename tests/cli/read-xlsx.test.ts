// The .xlsx reader: every worksheet becomes a Grid that looks like the TSV of the same sheet.
import * as fs from "fs";
import * as path from "path";
import { check } from "../../src/core/engine";
import { fromA1, gridFromStrings, isCellError, type Grid } from "../../src/core/grid";
import type * as ExcelJS from "exceljs";
import { gridFromWorksheet, readXlsx } from "../../src/cli/read-xlsx";
import {
  firstSeedTable,
  makeTmpDir,
  removeDir,
  SEED_TABLE_MERGES,
  shifted,
  TYPED_OFFSET,
  writeSampleWorkbook,
} from "./fixtures";

let dir: string;
let grids: Grid[];

beforeAll(async () => {
  dir = makeTmpDir();
  const file = path.join(dir, "sample.xlsx");
  await writeSampleWorkbook(file);
  grids = await readXlsx(fs.readFileSync(file));
});
afterAll(() => removeDir(dir));

function sheet(name: string): Grid {
  const g = grids.find((x) => x.sheet === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}

/** Cell of a grid by its sheet address. */
function at(g: Grid, a1: string) {
  const p = fromA1(a1);
  if (!p) throw new Error(a1);
  return {
    cell: g.cell(p.row - g.origin.row, p.col - g.origin.col),
    text: g.text(p.row - g.origin.row, p.col - g.origin.col),
  };
}

test("every worksheet becomes a grid, in workbook order", () => {
  expect(grids.map((g) => g.sheet)).toEqual(["绩效目标表", "类型值", "填表说明"]);
});

test("merged slave cells are empty, as in the TSV: the grid reads exactly like the seed's text", () => {
  const g = sheet("绩效目标表");
  const tsv = gridFromStrings("tsv", firstSeedTable());
  expect(g.origin).toEqual({ row: 0, col: 0 });
  for (let r = 0; r < tsv.rowCount; r++) {
    for (let c = 0; c < 5; c++) expect([r, c, g.text(r, c)]).toEqual([r, c, tsv.text(r, c)]);
  }
  // ExcelJS itself answers D5 with the master's value; the grid must not
  expect(at(g, "D5").text).toBe("");
  expect(at(g, "C5").text).toBe("基层党建工作经费");
  expect(at(g, "A13").text).toBe("");
});

test("merges are passed on, relative to the grid", () => {
  const g = sheet("绩效目标表");
  const expected = SEED_TABLE_MERGES.map((m) => {
    const [a, b] = m.split(":").map((x) => fromA1(x)!);
    return { top: a!.row, left: a!.col, bottom: b!.row, right: b!.col };
  });
  expect([...g.merges].sort((x, y) => x.top - y.top || x.left - y.left)).toEqual(
    expected.sort((x, y) => x.top - y.top || x.left - y.left),
  );
  const typed = sheet("类型值");
  expect(typed.mergeAt(0, 0)).toEqual({ top: 0, left: 0, bottom: 0, right: 4 });
});

test("a formula keeps its text and shows its cached result", () => {
  const c = at(sheet("绩效目标表"), "C8");
  expect(c.cell.formula).toBe("=C9+C10");
  expect(c.cell.value).toBe(60);
  expect(c.text).toBe("60");
  // a cached result of 0 is a value, not an empty cell
  const zero = at(sheet("类型值"), shifted("C10"));
  expect(zero.cell.value).toBe(0);
  expect(zero.text).toBe("0");
});

test("the grid origin is the used range's top-left", () => {
  const g = sheet("类型值");
  expect(g.origin).toEqual(TYPED_OFFSET);
  expect(g.address(0, 0)).toBe("B3");
  expect(g.text(0, 0)).toBe("项目支出预算绩效目标表");
});

test("percent-formatted numbers show as the clerk sees them", () => {
  const g = sheet("类型值");
  expect(at(g, shifted("E14")).cell).toMatchObject({ value: 1, numFmt: "0%" });
  expect(at(g, shifted("E14")).text).toBe("100%");
  expect(at(g, shifted("E21")).cell.value).toBe(0.95);
  expect(at(g, shifted("E21")).text).toBe("95%");
});

test("a date cell becomes its serial with the displayed date as text", () => {
  const c = at(sheet("类型值"), shifted("E15"));
  expect(c.text).toBe("2023年12月31日");
  expect(c.cell.value).toBe(45291);
});

test("error values and error results are CellErrors, not crashes", () => {
  const g = sheet("类型值");
  const f = at(g, shifted("E16"));
  expect(f.cell.formula).toMatch(/^=.*#REF!$/);
  expect(isCellError(f.cell.value) && f.cell.value.error).toBe("#REF!");
  expect(f.text).toBe("#REF!");
  const plain = at(g, shifted("E17"));
  expect(plain.cell.value).toEqual({ error: "#REF!" });
  expect(plain.text).toBe("#REF!");
});

test("rich text becomes plain text", () => {
  expect(at(sheet("类型值"), shifted("C5")).text).toBe("基层党建工作经费");
});

test("the verbatim sheet checks exactly like the same table as text", () => {
  const fromXlsx = check(sheet("绩效目标表"));
  const fromTsv = check(gridFromStrings("绩效目标表", firstSeedTable()));
  expect(fromXlsx.projects).toEqual(fromTsv.projects);
  const key = (d: { ruleId: string; cell: string; severity: string }) => `${d.cell} ${d.severity} ${d.ruleId}`;
  expect(fromXlsx.diagnostics.map(key)).toEqual(fromTsv.diagnostics.map(key));
});

test("a sheet without a table yields no projects", () => {
  expect(check(sheet("填表说明")).projects).toEqual([]);
});

describe("rows as ExcelJS gives them", () => {
  /** A worksheet that walks its rows, and each row its cells, in the order given (ExcelJS's own are ascending). */
  function fakeSheet(rows: ReadonlyArray<[number, ReadonlyArray<[number, string]>]>): ExcelJS.Worksheet {
    return {
      name: "假表",
      eachRow: (_: unknown, fn: (row: unknown, n: number) => void) =>
        rows.forEach(([n, cells]) =>
          fn(
            {
              eachCell: (_o: unknown, f: (c: unknown, col: number) => void) =>
                cells.forEach(([col, value]) => f({ type: 3, value, master: undefined }, col)),
            },
            n,
          ),
        ),
    } as unknown as ExcelJS.Worksheet;
  }
  const texts = (g: Grid): string[][] =>
    Array.from({ length: g.rowCount }, (_, r) => g.nonEmpty(r).map((c) => `${c.col}:${c.text}`));

  it("rows go to the Grid as they are, in any order; cells out of order are sorted: the same Grid", () => {
    const inOrder = gridFromWorksheet(
      fakeSheet([
        [
          2,
          [
            [2, "项目名称"],
            [4, "甲"],
          ],
        ],
        [5, [[3, "乙"]]],
      ]),
      [],
    );
    const shuffled = gridFromWorksheet(
      fakeSheet([
        [5, [[3, "乙"]]],
        [
          2,
          [
            [4, "甲"],
            [2, "项目名称"],
          ],
        ],
      ]),
      [],
    );
    expect(inOrder.origin).toEqual({ row: 1, col: 1 });
    expect(texts(inOrder)).toEqual([["0:项目名称", "2:甲"], [], [], ["1:乙"]]);
    // rows out of order, each row's cells in order: the rows still go to the Grid as they are
    const rowsShuffled = gridFromWorksheet(
      fakeSheet([
        [5, [[3, "乙"]]],
        [
          2,
          [
            [2, "项目名称"],
            [4, "甲"],
          ],
        ],
      ]),
      [],
    );
    expect(texts(shuffled)).toEqual(texts(inOrder));
    expect(texts(rowsShuffled)).toEqual(texts(inOrder));
    expect(shuffled.origin).toEqual(inOrder.origin);
    expect(rowsShuffled.origin).toEqual(inOrder.origin);
  });
});
