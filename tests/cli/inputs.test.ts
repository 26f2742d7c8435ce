// Folder expansion: recursive, spreadsheets only, no lock files or hidden folders, problems as entries.
import * as fs from "fs";
import * as path from "path";
import { expandInputs, isSpreadsheetName } from "../../src/cli/inputs";
import { makeTmpDir, removeDir } from "./fixtures";

let dir: string;
beforeAll(() => {
  dir = makeTmpDir();
  const put = (rel: string, body = "x"): void => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), body);
  };
  put("in/a.xlsx");
  put("in/~$a.xlsx");
  put("in/readme.md");
  put("in/B.TSV");
  put("in/sub/c.txt");
  put("in/sub/10.xlsx");
  put("in/sub/9.xlsx");
  put("in/.git/d.txt");
  put("in/.hidden.txt");
  put("in/old.xls");
  put("none/notes.md");
  put("none/.cache/e.xlsx");
  put("none/~$f.xlsx");
});
afterAll(() => removeDir(dir));

test("a folder expands recursively to its spreadsheets, files before subfolders, numbers in order", () => {
  const given = path.join(dir, "in");
  const out = expandInputs([given]);
  expect(out.every((e) => !e.error)).toBe(true);
  expect(out.map((e) => path.relative(given, e.path).split(path.sep).join("/"))).toEqual([
    "a.xlsx",
    "B.TSV",
    "old.xls",
    "sub/9.xlsx",
    "sub/10.xlsx",
    "sub/c.txt",
  ]);
});

test("paths keep the folder as given", () => {
  const given = `${path.join(dir, "in")}${path.sep}`;
  expect(expandInputs([given])[0]?.path).toBe(`${given}a.xlsx`);
});

test("a folder with no spreadsheets is an error entry", () => {
  const out = expandInputs([path.join(dir, "none")]);
  expect(out).toHaveLength(1);
  expect(out[0]?.error?.code).toBe("NO_SPREADSHEETS");
  expect(out[0]?.error?.message).toContain("没有可检查的表格文件");
});

test("a missing path is an error entry; files are passed through as given", () => {
  const file = path.join(dir, "in", "readme.md");
  const out = expandInputs([path.join(dir, "missing.xlsx"), file]);
  expect(out[0]?.error?.code).toBe("ENOENT");
  expect(out[1]).toEqual({ path: file });
});

test.each([
  ["a.xlsx", true],
  ["a.XLSX", true],
  ["a.txt", true],
  ["a.tsv", true],
  ["a.xls", true],
  ["~$a.xlsx", false],
  [".a.xlsx", false],
  ["a.csv", true],
  ["a.et", true],
  ["a.docx", false],
])("isSpreadsheetName(%s) = %s", (name, ok) => {
  expect(isSpreadsheetName(name)).toBe(ok);
});
