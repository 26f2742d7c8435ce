// Issue 15: crafted and huge inputs end in a clear TOO_LARGE / CORRUPT message (exit 2) while the other inputs are
// still checked, or are read in memory that follows their content: merges stay areas, sparse rows stay sparse,
// blank lines cost nothing, stray bytes are reported instead of a silent re-read in another encoding.
import * as fs from "fs";
import * as path from "path";
import { readInput } from "../../src/cli/read-input";
import { check } from "../../src/core/engine";
import { XLSX_LIMITS } from "../../src/cli/xlsx-limits";
import {
  blankLines,
  cellBomb,
  manyMerges,
  mergeBomb,
  sharedStringsBomb,
  sheetlessPackage,
  sparseRows,
  xlsxPackage,
} from "../helpers/hostile-inputs";
import { makeTmpDir, removeDir, runCli, SEED } from "../cli/fixtures";

let dir: string;
beforeEach(() => {
  dir = makeTmpDir();
});
afterEach(() => removeDir(dir));

function write(name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function errorOf(file: string): Promise<{ code: string; message: string }> {
  try {
    await readInput(file, 30);
  } catch (e) {
    return { code: (e as { code: string }).code, message: (e as Error).message };
  }
  throw new Error("no error");
}

test("one merge of the whole sheet (A1:XFD1048576) in a 1.7 KB file is TOO_LARGE, and the seed beside it is still checked", async () => {
  const bomb = write("bomb.xlsx", mergeBomb());
  expect(fs.statSync(bomb).size).toBeLessThan(4096);
  const r = await runCli([bomb, SEED]);
  expect(r.code).toBe(2);
  expect(r.stdout).toMatch(/无法读取（TOO_LARGE）：工作簿中合并单元格覆盖的范围过大/);
  expect(r.stdout).toMatch(/21 个项目/);
});

test("more merges than the limit are TOO_LARGE before any is modelled", async () => {
  const e = await errorOf(write("merges.xlsx", manyMerges(XLSX_LIMITS.merges + 1)));
  expect(e.code).toBe("TOO_LARGE");
  expect(e.message).toMatch(/合并单元格区域超过/);
});

test("merges under the limits are kept as areas, never expanded into cells", async () => {
  const grids = await readInput(write("wide-merge.xlsx", mergeBomb(["A1:Z100000"])), 30);
  const g = grids[0]!;
  expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 99999, right: 25 }]);
  expect(g.rowCount).toBe(100000);
  expect(g.text(0, 0)).toBe("合并");
  expect(g.nonEmpty(5000)).toEqual([]);
});

test("20 000 rows with a value in A and in XFD are read as sparse rows", async () => {
  const grids = await readInput(write("sparse.xlsx", sparseRows(20000)), 30);
  const g = grids[0]!;
  expect([g.rowCount, g.colCount]).toEqual([20000, 16384]);
  expect(g.nonEmpty(19999)).toEqual([
    { col: 0, text: "20000" },
    { col: 16383, text: "20000" },
  ]);
  expect(g.text(19999, 16383)).toBe("20000");
  expect(g.text(19999, 8000)).toBe("");
});

test("a sheet part that inflates past the part limit (a cell bomb) is TOO_LARGE", async () => {
  const e = await errorOf(write("cells.xlsx", cellBomb(5_000_000, 3)));
  expect(e.code).toBe("TOO_LARGE");
  expect(e.message).toMatch(/xl\/worksheets\/sheet1\.xml.*解压后/);
});

test("more cells than the limit, in parts each under the part limit, are TOO_LARGE", async () => {
  const e = await errorOf(write("cells.xlsx", cellBomb(Math.ceil((XLSX_LIMITS.cells + 1) / 3), 3)));
  expect(e.code).toBe("TOO_LARGE");
  expect(e.message).toMatch(/单元格超过/);
});

test("a 1.2 GB sharedStrings part is TOO_LARGE, not called damaged", async () => {
  const e = await errorOf(write("sst.xlsx", sharedStringsBomb(1.2e9)));
  expect(e.code).toBe("TOO_LARGE");
  expect(e.message).toMatch(/sharedStrings\.xml/);
});

test("a part whose header understates its size is caught while inflating", async () => {
  const zip = xlsxPackage({
    sheets: [{ name: "S", rows: [{ chunk: Buffer.from('<row r="1"></row>'.repeat(4_000_000)), times: 1 }] }],
  });
  // rewrite the declared size of the sheet part (central directory and local header) to 1 KB
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  for (let i = zip.indexOf(name); i >= 0; i = zip.indexOf(name, i + 1)) {
    const central = zip.readUInt32LE(i - 46) === 0x02014b50;
    zip.writeUInt32LE(1024, central ? i - 46 + 24 : i - 30 + 22);
  }
  const e = await errorOf(write("liar.xlsx", zip));
  expect(["CORRUPT", "TOO_LARGE"]).toContain(e.code);
});

test.each(["no-workbook", "no-sheets"] as const)(
  "a package with %s is CORRUPT, not an empty workbook",
  async (kind) => {
    const file = write(`${kind}.xlsx`, sheetlessPackage(kind));
    const r = await runCli([file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/无法读取（CORRUPT）/);
    expect(r.stdout).not.toMatch(/没有工作表/);
  },
);

test("29 MB of blank lines are read as 29 million empty rows without a row each", async () => {
  const file = write("blank.tsv", blankLines(29_000_000));
  const g = (await readInput(file, 30))[0]!;
  expect(g.rowCount).toBe(29_000_000);
  expect(g.nonEmpty(28_999_999)).toEqual([]);
  expect(check(g).tables).toEqual([]);
});

test("a table after a million blank lines keeps its line numbers", async () => {
  const file = write("late.tsv", "\n".repeat(1_000_000) + fs.readFileSync(SEED, "utf8"));
  const r = await runCli(["--format", "json", file]);
  const report = JSON.parse(r.stdout) as { files: Array<{ sheets: Array<{ projects: Array<{ range: string }> }> }> };
  expect(report.files[0]!.sheets[0]!.projects[0]!.range).toMatch(/^A100000\d:/);
});

test("a UTF-8 table with 6 stray bytes is reported as undecodable (exit 2), not re-read as GB18030", async () => {
  const seed = fs.readFileSync(SEED);
  const lines = seed.toString("utf8").split("\n");
  const at = Buffer.byteLength(lines.slice(0, 40).join("\n")) + 1; // start of line 41
  const damaged = Buffer.concat([
    seed.subarray(0, at),
    Buffer.from([0xff, 0xfe, 0xc0, 0x80, 0xff, 0xff]),
    seed.subarray(at),
  ]);
  const file = write("stray.tsv", damaged);
  const r = await runCli([file]);
  expect(r.code).toBe(2);
  expect(r.stdout).toMatch(/无法读取（CORRUPT）：文本文件中有 \d+ 处无效字节（第 41 行）/);
  expect(r.stdout).not.toMatch(/未找到绩效目标表/);
});
