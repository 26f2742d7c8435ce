// One input file → its Grids, or an InputError saying in zh-CN why it cannot be checked.
// The content decides the reader, not the extension: offices rename files freely.
import * as fs from "fs";
import * as path from "path";
import type { Grid } from "../core/grid";
import { fsReason, InputError, MSG } from "./errors";
import { readXlsx } from "./read-xlsx";
import { looksBinary, readTsv, sheetNameOf } from "./read-tsv";
import { readOldWorkbook, readCsvFile } from "./read-xls-input";

const ZIP_MAGIC = Buffer.from([0x50, 0x4b]);
/** OLE compound file: .xls, .et, .doc, and an encrypted .xlsx (EncryptedPackage inside a CFB container). */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const TEXT_EXTS = [".tsv", ".txt"];

export async function readInput(filePath: string, maxSizeMb: number): Promise<Grid[]> {
  let st: fs.Stats;
  try {
    st = fs.statSync(filePath);
  } catch (e) {
    throw (e as { code?: unknown }).code === "ENOENT" ? MSG.missing() : MSG.readFailed(fsReason(e));
  }
  if (st.isDirectory()) throw MSG.readFailed("这是文件夹，不是文件");
  if (!st.isFile()) throw MSG.readFailed("不是普通文件");
  if (st.size === 0) throw MSG.empty();
  // refuse before reading a byte: a 50 MB file must not cost 50 MB of memory and parse time
  if (st.size > maxSizeMb * 1024 * 1024) throw MSG.tooLarge(st.size, maxSizeMb);

  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (e) {
    throw MSG.readFailed(fsReason(e));
  }
  if (bytes.length === 0) throw MSG.empty();

  const ext = path.extname(filePath).toLowerCase();
  if (startsWith(bytes, CFB_MAGIC)) {
    const refusal = oleError(bytes, ext);
    // an Excel 97-2003 workbook (or a WPS .et in that container) is read; encrypted files and Word stay refused
    if (refusal.code !== "XLS_UNSUPPORTED") throw refusal;
    return readOldWorkbook(bytes, ext);
  }
  if (startsWith(bytes, ZIP_MAGIC) && bytes.length >= 4 && (bytes[2] ?? 0) < 0x09) return readZip(bytes, ext);

  if (ext === ".csv") {
    if (looksBinary(bytes)) throw MSG.notText();
    return [readCsvFile(sheetNameOf(filePath), bytes)];
  }
  // government systems save HTML or SpreadsheetML tables under .xls; SheetJS reads those too
  if (ext === ".xls") return readOldWorkbook(bytes, ext);
  if (TEXT_EXTS.includes(ext)) {
    if (looksBinary(bytes)) throw MSG.notText();
    return [readTsv(filePath, bytes)];
  }
  if (ext === ".xlsx" || ext === ".xlsm") throw MSG.notXlsx(ext, describe(bytes));
  if (ext === ".et") throw MSG.et();
  throw MSG.unsupportedType(ext);
}

/** An OOXML package is a zip whose part names (stored uncompressed) show what kind of document it is. */
async function readZip(bytes: Buffer, ext: string): Promise<Grid[]> {
  if (!has(bytes, "xl/")) {
    if (has(bytes, "word/")) throw MSG.notXlsx(ext, "是 Word 文档");
    if (has(bytes, "ppt/")) throw MSG.notXlsx(ext, "是 PowerPoint 演示文稿");
    if (!has(bytes, "[Content_Types].xml")) throw MSG.notXlsx(ext, "是普通的 ZIP 压缩包");
  }
  try {
    return await readXlsx(bytes);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw MSG.corrupt();
  }
}

function oleError(bytes: Buffer, ext: string): InputError {
  // directory entry names are UTF-16LE; an encrypted OOXML package always has an EncryptedPackage stream
  if (hasUtf16(bytes, "EncryptedPackage") || hasUtf16(bytes, "EncryptionInfo")) return MSG.encrypted();
  if (ext === ".et") return MSG.et();
  if (hasUtf16(bytes, "WordDocument")) return MSG.notXlsx(ext, "是旧版 Word 文档（.doc）");
  if (hasUtf16(bytes, "Workbook") || hasUtf16(bytes, "Book") || ext === ".xls") return MSG.xls();
  // a compound file named .xlsx with no workbook stream is what password protection produces
  return MSG.encrypted();
}

/** What a non-workbook file named like a workbook actually is, for the message. */
function describe(bytes: Buffer): string {
  const head = bytes.subarray(0, 512).toString("latin1");
  if (head.startsWith("%PDF")) return "是 PDF 文件";
  if (/^\s*<(!doctype html|html|table)/i.test(head)) return "是网页（HTML）文件";
  if (/^\s*<\?xml/i.test(head)) return "是 XML 文件";
  if (bytes[0] === 0x89 && head.startsWith("PNG", 1)) return "是 PNG 图片";
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return "是 JPEG 图片";
  if (!looksBinary(bytes)) return "是文本文件；若是制表符分隔的表格，请把扩展名改为 .txt";
  return "可能是改了扩展名的其他文件";
}

function startsWith(bytes: Buffer, magic: Buffer): boolean {
  return bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);
}

function has(bytes: Buffer, ascii: string): boolean {
  return bytes.indexOf(ascii, 0, "latin1") >= 0;
}

function hasUtf16(bytes: Buffer, name: string): boolean {
  return bytes.indexOf(Buffer.from(name, "utf16le")) >= 0;
}
