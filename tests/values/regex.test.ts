// src/core/regex.ts: the ES2017 stand-ins for lookbehind and the L/N property escapes must behave exactly like the
// ES2018 regular expressions they replaced (Node has both, so the originals are the oracle), and src/core must not
// use ES2018 regular-expression syntax again (the task pane runs the core in EdgeHTML and older embedded Chromium).
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import * as fc from "fast-check";
import * as ts from "typescript";
import { LETTER_OR_DIGIT_RANGES, lettersAndDigits, matchAllNotAfter } from "../../src/core/regex";

// the ES2018 originals, built from strings so that this file itself stays ES2017-parsable for any tool
const ORIGINALS: ReadonlyArray<{ name: string; es2018: RegExp; es2017: RegExp; notAfter: string }> = [
  {
    name: "personal-data PHONE",
    es2018: new RegExp("(?<![\\d.])1[3-9]\\d{9}(?![\\d.%元万亿])", "g"),
    es2017: /1[3-9]\d{9}(?![\d.%元万亿])/g,
    notAfter: "0123456789.",
  },
  {
    name: "personal-data ID_NUMBER",
    es2018: new RegExp("(?<![\\d.])\\d{17}[\\dXx](?![\\d.%元万亿])", "g"),
    es2017: /\d{17}[\dXx](?![\d.%元万亿])/g,
    notAfter: "0123456789.",
  },
  {
    name: "goal-amount-mismatch AMOUNT",
    es2018: new RegExp(
      "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(亿元|万元|千元|元|万(?![\\u4e00-\\u9fff]))",
      "g",
    ),
    es2017: /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(亿元|万元|千元|元|万(?![\u4e00-\u9fff]))/g,
    notAfter: "0123456789.,",
  },
  {
    name: "goal-year-mismatch YEAR_TOKEN",
    es2018: new RegExp("(?<!\\d)((?:19|20)\\d{2})(?=\\s*年)", "g"),
    es2017: /((?:19|20)\d{2})(?=\s*年)/g,
    notAfter: "0123456789",
  },
  {
    name: "document/util YEAR_G",
    es2018: new RegExp("(?<!\\d)((?:19|20)\\d{2})(?!\\d)", "g"),
    es2017: /((?:19|20)\d{2})(?!\d)/g,
    notAfter: "0123456789",
  },
];

const shape = (ms: Iterable<RegExpMatchArray>): Array<{ index: number | undefined; groups: string[] }> =>
  Array.from(ms, (m) => ({ index: m.index, groups: Array.from(m, (g) => g ?? "<undefined>") }));

/** Texts made of the characters these expressions care about, so matches and near-misses are frequent. */
const ALPHABET = [
  "0",
  "1",
  "2",
  "3",
  "9",
  "1",
  "2",
  "0",
  ".",
  ",",
  "年",
  "元",
  "万",
  "亿",
  "千",
  "%",
  " ",
  "X",
  "a",
  "项",
  "-",
];
const denseText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((cs) => cs.join(""));

describe("matchAllNotAfter = a negative lookbehind", () => {
  for (const o of ORIGINALS) {
    test(`${o.name}: same matches, indexes and groups as the ES2018 original`, () => {
      const samples = [
        "",
        "联系电话13812345678",
        "13812345678 13912345678",
        "113812345678",
        "1.13812345678",
        "a13812345678b",
        "11010519491231002X",
        "2023年度 2024年",
        "12023年 2023 2024年",
        "20232024年",
        "5万元 186.18万元 24000元 500,000元 60万人 60万",
        "1,500,000元 ,5万元 .5万元 1.5万元",
        "1380000000013800000000",
        "2023202320232023年",
      ];
      for (const s of samples)
        expect(shape(matchAllNotAfter(s, o.es2017, o.notAfter))).toEqual(shape(s.matchAll(o.es2018)));
      fc.assert(
        fc.property(denseText, (s) => {
          expect(shape(matchAllNotAfter(s, o.es2017, o.notAfter))).toEqual(shape(s.matchAll(o.es2018)));
        }),
        { numRuns: 2000 },
      );
    });
  }

  test("empty matches advance like matchAll", () => {
    const es2018 = new RegExp("(?<!a)", "g");
    for (const s of ["", "abc", "aab", "baa"])
      expect(shape(matchAllNotAfter(s, /(?:)/g, "a"))).toEqual(shape(s.matchAll(es2018)));
  });

  test("leaves the caller's regular expression alone and wants the g flag, not u", () => {
    const re = /\d/g;
    re.lastIndex = 3;
    expect(matchAllNotAfter("1a2", re, "").map((m) => m[0])).toEqual(["1", "2"]);
    expect(re.lastIndex).toBe(3);
    expect(() => matchAllNotAfter("1", /\d/, "")).toThrow(TypeError);
    expect(() => matchAllNotAfter("1", /\d/gu, "")).toThrow(TypeError);
  });
});

describe("lettersAndDigits = removing runs outside L and N", () => {
  const original = new RegExp("[^\\p{L}\\p{N}]+", "gu");
  const isLN = new RegExp("^[\\p{L}\\p{N}]$", "u");
  const inRanges = (c: number): boolean => LETTER_OR_DIGIT_RANGES.some(([a, b]) => a <= c && c <= b);

  test("the ranges are sorted, disjoint and hold letters and numbers only (never keeps what the original removed)", () => {
    let prev = -1;
    for (const [a, b] of LETTER_OR_DIGIT_RANGES) {
      expect(a).toBeGreaterThan(prev);
      expect(b).toBeGreaterThanOrEqual(a);
      prev = b;
      for (let c = a; c <= b; c++)
        if (!isLN.test(String.fromCodePoint(c))) throw new Error(`U+${c.toString(16)} is not L/N`);
    }
  });

  // the blocks the ranges claim to cover completely (src/core/regex.ts); outside them only other scripts' letters differ
  const BLOCKS: ReadonlyArray<readonly [number, number, string]> = [
    [0x0000, 0x02ff, "Latin, IPA, spacing modifiers"],
    [0x0370, 0x052f, "Greek, Cyrillic"],
    [0x1e00, 0x1eff, "Latin Extended Additional"],
    [0x2000, 0x24ff, "punctuation, super/subscripts, letterlike, number forms, enclosed alphanumerics"],
    [0x3000, 0x33ff, "CJK symbols, kana, Bopomofo, Hangul jamo, kanbun, enclosed CJK"],
    [0x3400, 0x4dbf, "CJK Extension A"],
    [0x4e00, 0x9fff, "CJK Unified Ideographs"],
    [0xac00, 0xd7ff, "Hangul"],
    [0xf900, 0xfaff, "CJK Compatibility Ideographs"],
    [0xfb00, 0xfb06, "Latin ligatures"],
    [0xff00, 0xffef, "half-width and full-width forms"],
    [0x20000, 0x3347f, "CJK Extensions B-J, Compatibility Supplement"],
  ];

  test.each(BLOCKS)("U+%s–%s (%s): exactly L ∪ N", (lo, hi) => {
    const diff: string[] = [];
    for (let c = lo; c <= hi; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (inRanges(c) !== isLN.test(String.fromCodePoint(c))) diff.push(c.toString(16));
    }
    expect(diff).toEqual([]);
  });

  test("same result as the original on table text, full-width forms and CJK beyond the BMP", () => {
    const samples = [
      "实现自治区、市、县…三级联动！",
      "（一）受益人数≥95%；２０２４年",
      "①完成 ②验收 Ⅲ类 ㈠ ㊀ 〇 々",
      "𠀀𪜀 生僻字𡈽 ABC-def_123",
      "μg/m³ ℃ № — ·",
      "",
    ];
    for (const s of samples) expect(lettersAndDigits(s)).toBe(s.replace(original, ""));
    const chars = fc.oneof(
      fc.constantFrom(..."年度目标项目资金万元％％，。、；：（）() ,.;:-_/\\①②Ⅰ〇々αβЖｱ가"),
      fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x3400, max: 0x9fff }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0xff01, max: 0xff5e }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x20000, max: 0x2a6df }).map((c) => String.fromCodePoint(c)),
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (cs) => {
        const s = cs.join("");
        expect(lettersAndDigits(s)).toBe(s.replace(original, ""));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("src/core uses ES5 regular expressions only (Internet Explorer 11)", () => {
  function files(dir: string, out: string[] = []): string[] {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) files(p, out);
      else if (p.endsWith(".ts")) out.push(p);
    }
    return out;
  }
  const CORE = join(__dirname, "../../src/core");
  /** `new RegExp(re.source, re.flags)`: copies the flags of a regular expression that is itself checked here. */
  const isSourceFlags = (e: ts.Expression): boolean => ts.isPropertyAccessExpression(e) && e.name.text === "flags";

  // flags beyond g, i, m (u, y, s) are SyntaxErrors in IE11; babel rewrites literals, but not a pattern built at run
  // time with new RegExp(…, "u"), so the core keeps to ES5 flags everywhere
  test("no lookbehind, named groups, property escapes, and no u, y or s flag, in literals, strings or comments", () => {
    const found: string[] = [];
    for (const file of files(CORE)) {
      const text = readFileSync(file, "utf8");
      const rel = file.slice(CORE.length + 1);
      // anywhere in the file: patterns handed to new RegExp(…) are strings, so the text is searched as a whole
      text.split("\n").forEach((line, i) => {
        if (/\(\?<|\\[pP]\{|\\k</.test(line)) found.push(`${rel}:${i + 1}: ${line.trim()}`);
      });
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (n: ts.Node): void => {
        if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const lit = n.getText(sf);
          const flags = lit.slice(lit.lastIndexOf("/") + 1);
          if (/[^gim]/.test(flags)) found.push(`${rel}: ${lit} (flags ${flags})`);
        }
        if (ts.isNewExpression(n) || ts.isCallExpression(n)) {
          const flags = n.arguments?.[1];
          const es5Flags =
            flags !== undefined && ((ts.isStringLiteral(flags) && /^[gim]*$/.test(flags.text)) || isSourceFlags(flags));
          if (n.expression.getText(sf) === "RegExp" && flags !== undefined && !es5Flags) {
            found.push(`${rel}: ${n.getText(sf).slice(0, 80)} (flags ${flags.getText(sf)})`);
          }
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(found).toEqual([]);
  });
});
