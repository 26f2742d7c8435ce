// .tsv/.txt bytes → Grid. Chinese offices save "文本文件(制表符分隔)" in the ANSI code page (GBK), so encoding
// is detected, not assumed: UTF-8 (BOM optional), UTF-16 with BOM (Excel's "Unicode 文本"), else GB18030.
import * as path from "path";
import type { Grid } from "../core/grid";
import { gridFromTsv } from "../core/tsv";
import { MSG } from "./errors";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * The text of a file and its encoding. Invalid UTF-8 means GB18030 only when the non-ASCII text is mostly invalid
 * UTF-8 (what GBK bytes look like); a UTF-8 file with a few stray bytes is reported (InputError), never re-read as
 * GB18030, which turns all of its Chinese into other characters and silently finds no table.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    // the UTF-8 decoder strips a BOM itself; fatal makes invalid sequences throw instead of becoming U+FFFD
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const bad = badUtf8(lossy);
    if (bad.valid >= bad.count)
      throw MSG.undecodable(bad.count, bad.lines.map((l) => `第 ${l} 行`).join("、") + (bad.more ? " 等" : ""));
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

/** Replacement characters (invalid UTF-8), valid non-ASCII characters, and the first lines holding a bad byte. */
function badUtf8(text: string): { count: number; valid: number; lines: number[]; more: boolean } {
  let count = 0;
  let valid = 0;
  let line = 1;
  const lines: number[] = [];
  let more = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c === 0xfffd) {
      count++;
      if (lines[lines.length - 1] !== line) {
        if (lines.length < 5) lines.push(line);
        else more = true;
      }
    } else if (c >= 0x80) valid++;
  }
  return { count, valid, lines, more };
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
