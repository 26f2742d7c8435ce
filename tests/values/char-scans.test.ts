// The character scans rewritten over UTF-16 codes (no one-character string per CJK character) answer as the plain
// definitions do: full-width to half-width, the placeholder run, the trailing-character trim and the year scan's
// pre-test. Each reference below is the straightforward version, compared on random text of CJK, full-width,
// placeholder characters, Latin letters, digits and surrogate pairs.
import fc from "fast-check";
import { toHalfWidth, trimEnd } from "../../src/core/text";
import { placeholderToken } from "../../src/core/values/placeholder";
import { yearsIn, yearTokens } from "../../src/core/values/years";

function halfWidthReference(s: string): string {
  let out = "";
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000 || code === 0xa0) out += " ";
    else out += ch;
  }
  return out;
}

function placeholderReference(s: string): { start: number; end: number } | null {
  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    if (!"*＊×Xx".includes(c)) {
      i++;
      continue;
    }
    const latin = c === "X" || c === "x";
    let j = i + 1;
    while (j < s.length && (latin ? s.charAt(j) === "X" || s.charAt(j) === "x" : "*＊×".includes(s.charAt(j)))) j++;
    const word =
      latin && ((i > 0 && /[A-Za-z]/.test(s.charAt(i - 1))) || (j < s.length && /[A-Za-z]/.test(s.charAt(j))));
    if (j - i >= 2 && !word) return { start: i, end: j };
    i = j;
  }
  return null;
}

const piece = fc.constantFrom(
  "指标",
  "２０２４",
  "2023",
  "年",
  "１9",
  "＊",
  "*",
  "×",
  "X",
  "x",
  "Xbox",
  "max",
  "％",
  "（",
  "）",
  "　",
  "\u00a0",
  "ａ",
  "1",
  "9",
  "0",
  "2",
  "。",
  "，",
  "、",
  " ",
  "😀",
  "\ud83d",
  "≥",
);
const text = fc.array(piece, { maxLength: 24 }).map((p) => p.join(""));

test("toHalfWidth maps as the per-character definition does", () => {
  fc.assert(
    fc.property(text, (s) => expect(toHalfWidth(s)).toBe(halfWidthReference(s))),
    { numRuns: 1000 },
  );
});

test("placeholderToken finds the run the charAt definition finds", () => {
  fc.assert(
    fc.property(text, (s) => expect(placeholderToken(s)).toEqual(placeholderReference(s))),
    { numRuns: 1000 },
  );
});

test("trimEnd drops the same trailing characters as a charAt loop", () => {
  fc.assert(
    fc.property(text, fc.constantFrom("。．.;；,，、!！", "）)", "😀"), (s, chars) => {
      let end = s.length;
      while (end > 0 && chars.includes(s.charAt(end - 1))) end--;
      expect(trimEnd(s, chars)).toBe(s.slice(0, end));
    }),
    { numRuns: 1000 },
  );
});

test("the year scan's pre-test never hides a year: years found as by the patterns on the half-width text", () => {
  fc.assert(
    fc.property(text, (s) => {
      const h = halfWidthReference(s);
      const any = [...h.matchAll(/(?<![\d.])((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
      const nian = [...h.matchAll(/(?<![\d.])((?:19|20)\d{2})(?=\s*年)/g)].map((m) => Number(m[1]));
      expect(yearsIn(s)).toEqual(any);
      expect(yearTokens(s)).toEqual(nian);
    }),
    { numRuns: 1000 },
  );
});
