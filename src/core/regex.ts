// ES5 stand-ins for the regular-expression features the core would otherwise use: lookbehind assertions and the
// Unicode property escapes for letters and numbers (L, N), which need ES2018, and the `u` flag their ranges beyond the
// BMP need (ES2015). The task pane runs the core in the webviews Office and WPS use: Internet Explorer 11 (volume-
// licensed Office 2016/2019), EdgeHTML (Edge 18) and older embedded Chromium. A literal using what an engine lacks is
// a SyntaxError that stops the whole bundle, and a pattern built at run time fails when it is compiled; neither can be
// polyfilled (babel lowers literals, not patterns assembled at run time). Keep the core's regular expressions ES5:
// flags g, i, m only, no lookbehind, no named groups, no property escapes. tests/values/regex.test.ts scans src/core.

/**
 * Every match of `re` (with the `g` flag, without `u`) in `text` that does not start right after one of the characters
 * in `notAfter`: `matchAllNotAfter(t, /X/g, "0123456789.")` returns the matches of X preceded by a negative lookbehind
 * for `[\d.]`: the same matches, with the same indexes and groups.
 *
 * How: the pattern runs as `[^notAfter](?:X)` over the text behind one sentinel character (not in `notAfter`), so the
 * engine tries X only where the lookbehind would let it, at the same start positions in the same order, and the
 * leftmost such match is the lookbehind's. Trying X at every position and discarding the excluded ones (the previous
 * way) is quadratic on hostile text: a 32 767-digit run made every position scan the whole run. X must not use `^`
 * (the sentinel precedes the text).
 */
export function matchAllNotAfter(text: string, re: RegExp, notAfter: string): RegExpExecArray[] {
  if (!re.global || re.unicode) throw new TypeError("matchAllNotAfter needs a global, non-unicode regular expression");
  const { r, sentinel } = compiledNotAfter(re, notAfter);
  r.lastIndex = 0;
  const padded = sentinel + text;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = r.exec(padded)) !== null) {
    const full = m[0];
    // the body starts one past the prefix in `padded`, which is m.index in `text`
    m[0] = full.slice(1);
    m.input = text;
    out.push(m);
    // the next prefix may be the body's last character; an empty body moves on by one, as matchAll does
    r.lastIndex = m.index + (full.length > 1 ? full.length - 1 : 1);
  }
  return out;
}

/**
 * The prefixed pattern per (pattern, flags, notAfter), compiled once: rules call matchAllNotAfter for every cell,
 * and compiling the RegExp was most of its cost. Bounded, since a caller may build its pattern at run time.
 */
const compiled = new Map<string, { r: RegExp; sentinel: string }>();

function compiledNotAfter(re: RegExp, notAfter: string): { r: RegExp; sentinel: string } {
  const key = `${re.flags}\u0000${notAfter}\u0000${re.source}`;
  let c = compiled.get(key);
  if (!c) {
    const sentinel = SENTINELS.split("").find((ch) => notAfter.indexOf(ch) < 0) ?? "\n";
    const excluded = notAfter.replace(/[\\\]^-]/g, "\\$&");
    c = { r: new RegExp(`${excluded ? `[^${excluded}]` : "[\\s\\S]"}(?:${re.source})`, re.flags), sentinel };
    if (compiled.size >= 256) compiled.clear();
    compiled.set(key, c);
  }
  return c;
}

/** Non-word characters that can stand before the text in matchAllNotAfter. */
const SENTINELS = "\n\u0000 ";

/**
 * Letters and numbers (general categories L and N) as explicit ranges, so no property escape is needed. Within
 * each block listed the set is exactly L ∪ N of Unicode 17 (tests/values/regex.test.ts checks it against Node):
 *   Latin: Basic Latin, Latin-1 (incl. ª µ º ¹ ² ³ ¼ ½ ¾), Latin Extended-A/B, IPA and spacing modifier letters,
 *     Latin Extended Additional, ligatures ﬀ–ﬆ; Greek; Cyrillic;
 *   number and letter-like forms: super/subscript digits, ℓ ℕ …, Roman numerals Ⅰ–ↈ, circled and parenthesised
 *     numbers ①–⒛ ⓪–⓿, ㈠–㈩ ㊀–㊉ and the other enclosed CJK numbers;
 *   CJK: 々 〆 〇, Hangzhou numerals 〡–〩, Hiragana, Katakana, Bopomofo, kanbun digits, CJK Unified Ideographs
 *     (U+4E00–9FFF) and Extension A (U+3400–4DBF), Compatibility Ideographs (U+F900–FAFF), Extensions B–J and the
 *     Compatibility Supplement (U+20000–3347F); Hangul syllables and compatibility jamo;
 *   full-width digits and Latin letters (U+FF10–FF5A) and half-width Katakana and Hangul.
 * Not covered (removed like punctuation, though they are letters): letters of other scripts (Arabic, Hebrew, Indic, Thai,
 * Tibetan, Mongolian, Yi, …) — none of them occur in 绩效目标表.
 */
export const LETTER_OR_DIGIT_RANGES: ReadonlyArray<readonly [number, number]> = [
  // Basic Latin, Latin-1 Supplement, Latin Extended-A/B, IPA Extensions, Spacing Modifier Letters
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xaa, 0xaa],
  [0xb2, 0xb3],
  [0xb5, 0xb5],
  [0xb9, 0xba],
  [0xbc, 0xbe],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x2c1],
  [0x2c6, 0x2d1],
  [0x2e0, 0x2e4],
  [0x2ec, 0x2ec],
  [0x2ee, 0x2ee],
  // Greek and Coptic
  [0x370, 0x374],
  [0x376, 0x377],
  [0x37a, 0x37d],
  [0x37f, 0x37f],
  [0x386, 0x386],
  [0x388, 0x38a],
  [0x38c, 0x38c],
  [0x38e, 0x3a1],
  [0x3a3, 0x3f5],
  [0x3f7, 0x3ff],
  // Cyrillic, Cyrillic Supplement
  [0x400, 0x481],
  [0x48a, 0x52f],
  // Latin Extended Additional
  [0x1e00, 0x1eff],
  // Superscripts and Subscripts, Letterlike Symbols, Number Forms, Enclosed Alphanumerics
  [0x2070, 0x2071],
  [0x2074, 0x2079],
  [0x207f, 0x2089],
  [0x2090, 0x209c],
  [0x2102, 0x2102],
  [0x2107, 0x2107],
  [0x210a, 0x2113],
  [0x2115, 0x2115],
  [0x2119, 0x211d],
  [0x2124, 0x2124],
  [0x2126, 0x2126],
  [0x2128, 0x2128],
  [0x212a, 0x212d],
  [0x212f, 0x2139],
  [0x213c, 0x213f],
  [0x2145, 0x2149],
  [0x214e, 0x214e],
  [0x2150, 0x2189],
  [0x2460, 0x249b],
  [0x24ea, 0x24ff],
  // CJK Symbols and Punctuation (々〆〇, 〡–〩 …), Hiragana, Katakana
  [0x3005, 0x3007],
  [0x3021, 0x3029],
  [0x3031, 0x3035],
  [0x3038, 0x303c],
  [0x3041, 0x3096],
  [0x309d, 0x309f],
  [0x30a1, 0x30fa],
  [0x30fc, 0x30ff],
  // Bopomofo, Hangul Compatibility Jamo, Kanbun, Bopomofo Extended, Katakana Phonetic Extensions, Enclosed CJK
  [0x3105, 0x312f],
  [0x3131, 0x318e],
  [0x3192, 0x3195],
  [0x31a0, 0x31bf],
  [0x31f0, 0x31ff],
  [0x3220, 0x3229],
  [0x3248, 0x324f],
  [0x3251, 0x325f],
  [0x3280, 0x3289],
  [0x32b1, 0x32bf],
  // CJK Unified Ideographs Extension A, CJK Unified Ideographs
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  // Hangul Syllables, Hangul Jamo Extended-B
  [0xac00, 0xd7a3],
  [0xd7b0, 0xd7c6],
  [0xd7cb, 0xd7fb],
  // CJK Compatibility Ideographs, Alphabetic Presentation Forms (Latin ligatures)
  [0xf900, 0xfa6d],
  [0xfa70, 0xfad9],
  [0xfb00, 0xfb06],
  // Halfwidth and Fullwidth Forms
  [0xff10, 0xff19],
  [0xff21, 0xff3a],
  [0xff41, 0xff5a],
  [0xff66, 0xffbe],
  [0xffc2, 0xffc7],
  [0xffca, 0xffcf],
  [0xffd2, 0xffd7],
  [0xffda, 0xffdc],
  // CJK Unified Ideographs Extensions B–J, CJK Compatibility Ideographs Supplement
  [0x20000, 0x2a6df],
  [0x2a700, 0x2b81d],
  [0x2b820, 0x2cead],
  [0x2ceb0, 0x2ebe0],
  [0x2ebf0, 0x2ee5d],
  [0x2f800, 0x2fa1d],
  [0x30000, 0x3134a],
  [0x31350, 0x33479],
];

/** Whether the code point `c` is in LETTER_OR_DIGIT_RANGES (binary search; ASCII answered directly). */
function isLetterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  let lo = 0;
  let hi = LETTER_OR_DIGIT_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = LETTER_OR_DIGIT_RANGES[mid] as readonly [number, number];
    if (c < r[0]) hi = mid - 1;
    else if (c > r[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The text with everything but letters and numbers removed (the ranges above): what replacing the negated L/N
 * property-escape class with "" did. A scan by code point rather than a regular expression: a class holding code
 * points beyond the BMP needs the `u` flag (ES2015), which Internet Explorer 11 (the webview of volume-licensed
 * Office 2016/2019) does not have and no build step can add to a pattern assembled at run time. A lone surrogate
 * counts as a code point of its own and is removed, as with the `u` flag.
 */
export function lettersAndDigits(s: string): string {
  let out = "";
  let keepFrom = 0; // start of the run of kept units not yet copied to `out`
  let i = 0;
  while (i < s.length) {
    const u = s.charCodeAt(i);
    let c = u;
    let n = 1;
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = (u - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        n = 2;
      }
    }
    if (!isLetterOrDigit(c)) {
      if (keepFrom < i) out += s.slice(keepFrom, i);
      keepFrom = i + n;
    }
    i += n;
  }
  return keepFrom === 0 ? s : out + s.slice(keepFrom);
}
