// Text tables: UTF-8 with or without BOM, UTF-16 with BOM, and GBK/GB18030 as Chinese Windows saves them.
import { decodeText, looksBinary, readTsv, sheetNameOf } from "../../src/cli/read-tsv";
import { encodeGbk, SEED_LINES, SEED_TEXT } from "./fixtures";

const utf8 = Buffer.from(SEED_TEXT, "utf8");

test.each([
  ["UTF-8", utf8, "utf-8"],
  ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), "utf-8"],
  ["UTF-16LE with BOM", Buffer.from(`\ufeff${SEED_TEXT}`, "utf16le"), "utf-16le"],
  ["GBK", encodeGbk(SEED_TEXT), "gb18030"],
])("%s decodes to the same text", (_name, bytes, encoding) => {
  const d = decodeText(bytes);
  expect(d.encoding).toBe(encoding);
  expect(d.text.replace(/^\ufeff/, "")).toBe(SEED_TEXT);
});

test("GBK input parses into the same 21 projects as UTF-8", () => {
  const a = readTsv("a/seed.txt", utf8);
  const b = readTsv("b/seed.txt", encodeGbk(SEED_TEXT));
  expect(b.rowCount).toBe(a.rowCount);
  for (let r = 0; r < a.rowCount; r++) expect(b.rowTexts(r)).toEqual(a.rowTexts(r));
});

test("row = line number and column = tab-separated field number", () => {
  const g = readTsv("seed-2024.txt", utf8);
  expect(g.origin).toEqual({ row: 0, col: 0 });
  // line 224, field 5 of the seed
  expect(g.text(223, 4)).toBe((SEED_LINES[223] ?? "").split("\t")[4]);
  expect(g.address(223, 4)).toBe("E224");
});

test("the sheet name is the file's base name", () => {
  expect(sheetNameOf("/x/y/seed-2024.txt")).toBe("seed-2024");
  expect(sheetNameOf("表格.tsv")).toBe("表格");
  expect(sheetNameOf("noext")).toBe("noext");
});

test("binary content is recognised", () => {
  expect(looksBinary(Buffer.from([1, 2, 0, 4]))).toBe(true);
  expect(looksBinary(utf8)).toBe(false);
  expect(looksBinary(Buffer.from(`\ufeff${SEED_TEXT}`, "utf16le"))).toBe(false);
});
