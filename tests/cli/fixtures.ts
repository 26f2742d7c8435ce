// Test-time fixtures for the CLI: workbooks built with ExcelJS, OLE files, GBK text, and an in-process runner.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../../src/cli/main";

export const SEED = path.join(__dirname, "../fixtures/seed-2024.txt");
export const SEED_TEXT = fs.readFileSync(SEED, "utf8");
export const SEED_LINES = SEED_TEXT.split(/\r\n|\n/);

/** The seed's first table (lines 3–23), as rows of fields; row 1 is the title. */
export function firstSeedTable(): string[][] {
  return SEED_LINES.slice(2, 23).map((l) => l.split("\t"));
}

export function makeTmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "ptcheck-test-"));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[]): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

/** The seed's first table merges, 1-based sheet coordinates as Excel shows them. */
export const SEED_TABLE_MERGES = ["A1:E1", "A3:E3", "C5:E5", "A8:A10", "B11:E11", "A12:A21", "B13:B16", "B17:B20"];

/** Where the typed sheet's copy of the table starts: B3, to prove addresses are sheet coordinates. */
export const TYPED_OFFSET = { row: 2, col: 1 };

/** Moves an A1 address of the seed table to the typed sheet. */
export function shifted(a1: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m || !m[1] || !m[2]) throw new Error(a1);
  const col = String.fromCharCode(m[1].charCodeAt(0) + TYPED_OFFSET.col);
  return `${col}${+m[2] + TYPED_OFFSET.row}`;
}

function shiftRange(r: string): string {
  return r.split(":").map(shifted).join(":");
}

/**
 * Three sheets:
 * - 绩效目标表: the seed's first table verbatim (merged cells, the total as `=C9+C10` with cached result 60);
 * - 类型值: the same table at B3 with typed cells: 100% and 95% as percent-formatted numbers, the 时效 value as a
 *   date 2023-12-31 (outside the budget year), the 成本 value a formula whose cached result is #REF!, a plain #REF!
 *   error value, a rich-text project name and a formula with cached result 0;
 * - 填表说明: a note, no table.
 */
export async function writeSampleWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const verbatim = wb.addWorksheet("绩效目标表");
  const rows = firstSeedTable();
  rows.forEach((r, i) => r.forEach((t, j) => t && (verbatim.getCell(i + 1, j + 1).value = t)));
  verbatim.getCell("C8").value = { formula: "C9+C10", result: 60 };
  verbatim.getCell("C9").value = 60;
  for (const m of SEED_TABLE_MERGES) verbatim.mergeCells(m);

  const typed = wb.addWorksheet("类型值");
  rows.forEach((r, i) =>
    r.forEach((t, j) => t && (typed.getCell(i + 1 + TYPED_OFFSET.row, j + 1 + TYPED_OFFSET.col).value = t)),
  );
  const at = (a1: string): ExcelJS.Cell => typed.getCell(shifted(a1));
  at("C5").value = { richText: [{ text: "基层党建" }, { text: "工作经费", font: { bold: true } }] };
  at("C8").value = { formula: `${shifted("C9")}+${shifted("C10")}`, result: 60 };
  at("C9").value = 60;
  at("C10").value = { formula: `${shifted("C9")}-${shifted("C9")}`, result: 0 };
  at("E14").value = 1;
  at("E14").numFmt = "0%";
  at("E15").value = new Date(Date.UTC(2023, 11, 31));
  at("E15").numFmt = 'yyyy"年"m"月"d"日"';
  at("E16").value = { formula: `${shifted("C8")}/#REF!`, result: { error: "#REF!" } };
  at("E17").value = { error: "#REF!" };
  at("E21").value = 0.95;
  at("E21").numFmt = "0%";
  for (const m of SEED_TABLE_MERGES) typed.mergeCells(shiftRange(m));

  wb.addWorksheet("填表说明").getCell("A1").value = "填表说明：请按模板逐项填写。";
  await wb.xlsx.writeFile(file);
}

/** A workbook whose only sheet is empty. */
export async function writeEmptyWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1");
  await wb.xlsx.writeFile(file);
}

/**
 * A minimal OLE compound file (CFB v3) holding empty streams with the given names: the container of an encrypted
 * .xlsx (`EncryptionInfo`, `EncryptedPackage`) or of an old .xls (`Workbook`).
 */
export function cfbFile(streams: string[]): Buffer {
  const SECTOR = 512;
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const FATSECT = 0xfffffffd;
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // byte order
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // directory starts at sector 1
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(END, 60); // no mini FAT
  header.writeUInt32LE(END, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 76); // DIFAT[0]: FAT in sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREE, 76 + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(END, 4);

  const dir = Buffer.alloc(SECTOR);
  const entry = (i: number, name: string, type: number, child: number, right: number): void => {
    const o = i * 128;
    const n = Buffer.from(`${name}\0`, "utf16le");
    n.copy(dir, o);
    dir.writeUInt16LE(n.length, o + 64);
    dir.writeUInt8(type, o + 66);
    dir.writeUInt8(1, o + 67); // black
    dir.writeUInt32LE(FREE, o + 68); // left sibling
    dir.writeUInt32LE(right, o + 72);
    dir.writeUInt32LE(child, o + 76);
    dir.writeUInt32LE(END, o + 116); // start sector: empty stream
  };
  entry(0, "Root Entry", 5, streams.length ? 1 : FREE, FREE);
  streams.slice(0, 3).forEach((s, i) => entry(i + 1, s, 2, FREE, i + 2 <= Math.min(streams.length, 3) ? i + 2 : FREE));
  return Buffer.concat([header, fat, dir]);
}

let gbkTable: Map<string, number[]> | undefined;

/** Encodes text as GBK/GB18030 (two-byte range), as Chinese Windows saves "文本文件(制表符分隔)". */
export function encodeGbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder("gb18030");
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = dec.decode(Uint8Array.from([hi, lo]));
        if (ch.length === 1 && ch !== "\ufffd" && !gbkTable.has(ch)) gbkTable.set(ch, [hi, lo]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = gbkTable.get(ch);
    if (!bytes) throw new Error(`no GBK code for ${ch}`);
    out.push(...bytes);
  }
  return Buffer.from(out);
}
