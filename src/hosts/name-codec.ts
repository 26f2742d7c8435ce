// Text stored in a workbook name (`_PTC_SETTINGS`) as a formula of string constants: ="…"&"…".
// Excel limits one string constant in a formula to 255 characters and a formula to 8,192, so long text is
// split into constants joined by `&`. Both Excel and WPS read workbook names, so the settings follow the file.

/** Characters per string constant (Excel's limit is 255; quotes are doubled, so measure the escaped text). */
const CHUNK = 250;
/** Excel's formula length limit. */
const MAX_FORMULA_CHARS = 8192;

/** `="a"&"b"` for any text; throws a RangeError when the formula would exceed Excel's limit. */
export function encodeTextFormula(text: string): string {
  const parts: string[] = [];
  let cur = "";
  for (const ch of text) {
    // iterating a string yields code points, so a surrogate pair is never split
    const esc = ch === '"' ? '""' : ch;
    if (cur.length + esc.length > CHUNK) {
      parts.push(cur);
      cur = "";
    }
    cur += esc;
  }
  parts.push(cur);
  const formula = "=" + parts.map((p) => `"${p}"`).join("&");
  if (formula.length > MAX_FORMULA_CHARS) throw new RangeError(`formula of ${formula.length} characters`);
  return formula;
}

/** The text of a formula written by encodeTextFormula; null for anything else. */
export function decodeTextFormula(formula: string): string | null {
  let i = 0;
  const s = formula.trim();
  if (s.charAt(i) === "=") i++;
  let out = "";
  let first = true;
  while (i < s.length) {
    if (!first) {
      while (s.charAt(i) === " ") i++;
      if (s.charAt(i) !== "&") return null;
      i++;
      while (s.charAt(i) === " ") i++;
    }
    if (s.charAt(i) !== '"') return null;
    i++;
    for (;;) {
      if (i >= s.length) return null;
      const ch = s.charAt(i);
      if (ch === '"') {
        if (s.charAt(i + 1) === '"') {
          out += '"';
          i += 2;
          continue;
        }
        i++;
        break;
      }
      out += ch;
      i++;
    }
    first = false;
  }
  return first ? null : out;
}
