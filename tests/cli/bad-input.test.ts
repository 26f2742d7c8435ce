// Inputs that cannot be checked: each gets a code and a zh-CN message, exit 2, and never stops the others.
import * as fs from "fs";
import * as path from "path";
import { cfbFile, makeTmpDir, removeDir, runCli, SEED, writeEmptyWorkbook, writeSampleWorkbook } from "./fixtures";

let dir: string;
const p = (name: string): string => path.join(dir, name);

beforeAll(async () => {
  dir = makeTmpDir();
  await writeSampleWorkbook(p("good.xlsx"));
  const good = fs.readFileSync(p("good.xlsx"));
  fs.writeFileSync(p("truncated.xlsx"), good.subarray(0, Math.floor(good.length / 2)));
  fs.writeFileSync(p("empty.xlsx"), "");
  fs.writeFileSync(p("empty.txt"), "");
  fs.writeFileSync(p("encrypted.xlsx"), cfbFile(["EncryptionInfo", "EncryptedPackage"]));
  fs.writeFileSync(p("protected-unknown.xlsx"), cfbFile([]));
  fs.writeFileSync(p("old.xls"), cfbFile(["Workbook", "\u0005SummaryInformation"]));
  fs.writeFileSync(p("old-renamed.xlsx"), cfbFile(["Workbook"]));
  fs.writeFileSync(p("page.xls"), "<html><body><table><tr><td>x</td></tr></table></body></html>");
  const noise = Buffer.alloc(4096);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 251;
  fs.writeFileSync(p("binary.xlsx"), noise);
  fs.writeFileSync(p("report.pdf.xlsx"), "%PDF-1.7\n%\xe2\xe3\n1 0 obj\n");
  fs.writeFileSync(p("binary.txt"), noise);
  fs.writeFileSync(p("data.csv"), "a,b\n1,2\n");
  // sparse: 50 MB on paper, nothing on disk, so reading it all would be the only slow part
  fs.writeFileSync(p("huge.xlsx"), "");
  fs.truncateSync(p("huge.xlsx"), 50 * 1024 * 1024);
  fs.mkdirSync(p("no-sheets/.hidden"), { recursive: true });
  fs.writeFileSync(p("no-sheets/readme.md"), "# 说明");
  fs.writeFileSync(p("no-sheets/~$lock.xlsx"), "x");
  fs.writeFileSync(p("no-sheets/.hidden/a.xlsx"), "x");
  await writeEmptyWorkbook(p("blank-sheet.xlsx"));
});
afterAll(() => removeDir(dir));

interface JFile {
  path: string;
  error: { code: string; message: string } | null;
  sheets: Array<{ name: string; projects: unknown[]; diagnostics: unknown[] }>;
}

/** Runs one bad input beside the seed: the bad one is reported, the seed is still fully checked. */
async function withSeed(input: string, extra: string[] = []): Promise<{ code: number; bad: JFile; seed: JFile }> {
  const r = await runCli(["--format", "json", ...extra, input, SEED]);
  const report = JSON.parse(r.stdout) as { files: JFile[]; summary: { files: number; projects: number } };
  const bad = report.files[0]!;
  const seed = report.files[report.files.length - 1]!;
  expect(seed.path).toBe(SEED);
  expect(seed.error).toBeNull();
  expect(seed.sheets[0]?.projects).toHaveLength(21);
  expect(r.stderr).toBe("");
  return { code: r.code, bad, seed };
}

test.each([
  ["missing.xlsx", "ENOENT", ["找不到此文件或文件夹"]],
  ["empty.xlsx", "EMPTY", ["文件是空的（0 字节）"]],
  ["empty.txt", "EMPTY", ["文件是空的（0 字节）"]],
  ["no-sheets", "NO_SPREADSHEETS", ["文件夹", "没有可检查的表格文件（.xlsx、.xls、.et、.csv、.tsv 或 .txt）"]],
  ["truncated.xlsx", "CORRUPT", ["文件已损坏", "另存为 .xlsx"]],
  ["encrypted.xlsx", "ENCRYPTED", ["文件已加密", "取消打开密码"]],
  ["protected-unknown.xlsx", "ENCRYPTED", ["文件已加密"]],
  ["binary.xlsx", "NOT_XLSX", ["扩展名是 .xlsx，但内容不是 Excel 工作簿", "可能是改了扩展名的其他文件"]],
  ["report.pdf.xlsx", "NOT_XLSX", ["内容不是 Excel 工作簿（是 PDF 文件）"]],
  ["binary.txt", "NOT_XLSX", ["文件内容不是文本"]],
  ["old.xls", "XLS_UNSUPPORTED", [".xls 格式", "另存为 .xlsx"]],
  ["old-renamed.xlsx", "XLS_UNSUPPORTED", [".xls 格式", "另存为 .xlsx"]],
  ["huge.xlsx", "TOO_LARGE", ["文件大小 50.0 MB，超过上限 30 MB，未读取", "--max-size"]],
])("%s → %s, other inputs still checked, exit 2", async (name, code, phrases) => {
  const { code: exit, bad } = await withSeed(p(name));
  expect(bad.path).toBe(p(name));
  expect(bad.error?.code).toBe(code);
  for (const s of phrases) expect(bad.error?.message).toContain(s);
  expect(bad.sheets).toEqual([]);
  expect(exit).toBe(2);
});

test("a 50 MB file is refused without being read", async () => {
  // the module object itself: the `import * as fs` namespace has getter-only properties
  const spy = jest.spyOn(require("fs") as typeof fs, "readFileSync");
  const t0 = Date.now();
  const r = await runCli(["--format", "json", p("huge.xlsx")]);
  expect(Date.now() - t0).toBeLessThan(1000);
  expect(spy.mock.calls.some(([f]) => String(f) === p("huge.xlsx"))).toBe(false);
  // the spy does see reads of files that are within the limit
  await runCli(["--format", "json", SEED]);
  expect(spy.mock.calls.some(([f]) => String(f) === SEED)).toBe(true);
  spy.mockRestore();
  expect(JSON.parse(r.stdout).files[0].error.code).toBe("TOO_LARGE");
});

test("--max-size moves the limit", async () => {
  const small = await runCli(["--format", "json", "--max-size", "0.001", p("good.xlsx")]);
  const err = JSON.parse(small.stdout).files[0].error as { code: string; message: string };
  expect(err.code).toBe("TOO_LARGE");
  expect(err.message).toMatch(/^文件大小 \d+\.\d KB，超过上限 0\.001 MB，未读取。/);
  expect(small.code).toBe(2);
  const big = await runCli(["--format", "json", "--max-size", "60", p("huge.xlsx")]);
  expect(JSON.parse(big.stdout).files[0].error.code).toBe("NOT_XLSX");
});

test("an empty sheet is not an error: reported with zero projects, and the text report says so", async () => {
  const { code, bad } = await withSeed(p("blank-sheet.xlsx"));
  expect(bad.error).toBeNull();
  expect(bad.sheets).toEqual([{ name: "Sheet1", projects: [], diagnostics: [] }]);
  expect(code).not.toBe(2);
  const t = await runCli([p("blank-sheet.xlsx")]);
  expect(t.stdout).toContain("  工作表“Sheet1”：未找到绩效目标表，没有可检查的项目。");
  expect(t.code).toBe(0);
});

test("formulas and #REF! values are checked, not a crash", async () => {
  const { bad: good } = await withSeed(p("good.xlsx"));
  expect(good.error).toBeNull();
  expect(good.sheets.map((s) => s.projects.length)).toEqual([1, 1, 0]);
});

test("text output names the problem under the file", async () => {
  const r = await runCli([p("encrypted.xlsx"), p("old.xls")]);
  expect(r.stdout).toContain(`${p("encrypted.xlsx")}\n  无法读取（ENCRYPTED）：文件已加密`);
  expect(r.stdout).toContain(`${p("old.xls")}\n  无法读取（XLS_UNSUPPORTED）：`);
  expect(r.stdout).toContain("其中 2 个文件无法读取");
  expect(r.code).toBe(2);
});
