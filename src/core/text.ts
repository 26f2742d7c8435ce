// Text normalisation shared by the layout parser and the value grammar.

/** Full-width ASCII (digits, letters, ＞＝％ …) to half-width; ideographic space to a space. */
const WIDE = /[\uff01-\uff5e\u3000\u00a0]/;

export function toHalfWidth(s: string): string {
  if (!WIDE.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000 || code === 0xa0) out += " ";
    else out += ch;
  }
  return out;
}

/** Removes every kind of white space (ASCII, full-width, NBSP, line breaks). */
export function stripSpaces(s: string): string {
  return s.replace(/[\s\u3000\u00a0\u200b]+/g, "");
}

/** Canonical comparison form of a label: half-width, no spaces, `：` → `:`, `（）` → `()`. */
export function labelKey(s: string): string {
  return stripSpaces(toHalfWidth(s)); // toHalfWidth already maps `：` to `:`
}

/** Removes a trailing parenthesised annotation such as `(必填量化)` and a trailing colon. */
export function stripAnnotation(s: string): string {
  return s.replace(/[(（][^()（）]*[)）]\s*$/, "").replace(/[:：]\s*$/, "");
}

const TERMINAL_PUNCT = "。．.;；,，、!！";

/** Text without trailing sentence punctuation, for comparing indicator names (linear, unlike a `+$` regex). */
export function trimPunct(s: string): string {
  const t = s.trim();
  let end = t.length;
  while (end > 0 && TERMINAL_PUNCT.includes(t.charAt(end - 1))) end--;
  return t.slice(0, end).trim();
}
