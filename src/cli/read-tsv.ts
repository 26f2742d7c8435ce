// .tsv/.txt bytes → Grid. Chinese offices save "文本文件(制表符分隔)" in the ANSI code page (GBK), so encoding
// is detected, not assumed: UTF-8 (BOM optional), UTF-16 with BOM (Excel's "Unicode 文本"), else GB18030.
import * as path from "path";
import type { Grid } from "../core/grid";
import { gridFromTsv } from "../core/tsv";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    // the UTF-8 decoder strips a BOM itself; fatal makes invalid sequences throw instead of becoming U+FFFD
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

/** Sheet name of a text file: its base name without extension. */
export function sheetNameOf(filePath: string): string {
  const base = path.basename(filePath);
  const ext = path.extname(base);
  return ext && ext !== base ? base.slice(0, -ext.length) : base;
}

/** Row = line number, column = tab-separated field number, as `gridFromTsv` lays them out. */
export function readTsv(filePath: string, bytes: Uint8Array): Grid {
  return gridFromTsv(sheetNameOf(filePath), decodeText(bytes).text);
}

/** NUL bytes do not occur in UTF-8 or GBK text: the file is binary (or UTF-16 without a BOM). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return false;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return false;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
