// Text normalisation shared by the layout parser, the value grammar and the rules.
import { lettersAndDigits } from "./regex";

/** Full-width ASCII (digits, letters, ＞＝％ …) to half-width; ideographic space to a space. */
const WIDE = /[\uff01-\uff5e\u3000\u00a0]/;

const WIDE_ALL = /[\uff01-\uff5e\u3000\u00a0]/g;

export function toHalfWidth(s: string): string {
  if (!WIDE.test(s)) return s;
  // one replace over the wide characters only, not a string per character of the text (as `for … of` made)
  return s.replace(WIDE_ALL, halfOf);
}

function halfOf(ch: string): string {
  const code = ch.charCodeAt(0);
  return code === 0x3000 || code === 0xa0 ? " " : String.fromCharCode(code - 0xfee0);
}

/** Removes every kind of white space (ASCII, full-width, NBSP, line breaks). */
export function stripSpaces(s: string): string {
  return s.replace(/[\s\u3000\u00a0\u200b]+/g, "");
}

/**
 * `fn` remembering its results for short strings (labels, units, operators: the same few hundred texts in every
 * table, normalised again by every pass and rule). Long texts are computed each time, so a hostile sheet cannot fill
 * the memory; the map is emptied when it grows past `limit` entries. `fn` must be pure.
 */
export function memoShort<T>(fn: (s: string) => T, maxLength = 64, limit = 20000): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    if (s.length > maxLength) return fn(s);
    let r = seen.get(s);
    if (r === undefined) {
      r = fn(s);
      if (seen.size >= limit) seen.clear();
      seen.set(s, r);
    }
    return r;
  };
}

/** Canonical comparison form of a label: half-width, no spaces, `：` → `:`, `（）` → `()`. */
export const labelKey: (s: string) => string = memoShort((s) => stripSpaces(toHalfWidth(s))); // `：` → `:` by toHalfWidth

/** Removes a trailing parenthesised annotation such as `(必填量化)` and a trailing colon. */
export function stripAnnotation(s: string): string {
  return s.replace(/[(（][^()（）]*[)）]\s*$/, "").replace(/[:：]\s*$/, "");
}

/** Drops trailing characters from a set, in linear time (a `[…]+$` regex is quadratic on long runs). */
export function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && hasCode(chars, s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** `chars` holds the UTF-16 code unit `c` (no one-character string made per test, as charAt does for CJK). */
function hasCode(chars: string, c: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === c) return true;
  return false;
}

const TERMINAL_PUNCT = "。．.;；,，、!！";

/** Text without trailing sentence punctuation, for comparing indicator names. */
export function trimPunct(s: string): string {
  return trimEnd(s.trim(), TERMINAL_PUNCT).trim();
}

/** Comparison key of a name or value: half-width, no spaces, no trailing punctuation (`≥95%` ≠ `≤95%`). */
export function textKey(s: string): string {
  return trimPunct(labelKey(s));
}

/** Comparison key of a sentence: letters and digits only (`实现自治区、市、县…` = `实现自治区市县…`). */
export function compactKey(s: string): string {
  return lettersAndDigits(toHalfWidth(s));
}

/** A number for messages and suggestions: at most `decimals` decimals, no trailing zeros, no exponent. */
export function fmtNum(n: number, decimals = 6): string {
  if (!Number.isFinite(n)) return String(n);
  const p = 10 ** decimals;
  const r = Math.round(n * p) / p;
  if (Math.abs(r) >= 1e15) return String(Math.round(r));
  return r.toFixed(decimals).replace(/\.?0+$/, "");
}
