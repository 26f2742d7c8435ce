// Template placeholders left in a table: `**` / `XX` where the template asks for a figure (`≥**%`, `(≥**%)`,
// `≥XX人`), and the `*` / `★` a template puts before its core indicators. Every scan here is one linear pass:
// these run on every value and every 三级 name, and a cell may hold 32 767 characters.

/** Characters that form a placeholder when two or more stand together: `*`, `＊`, `×`, `X`, `x`. */
const STAR = 0x2a;
const FULL_STAR = 0xff0a;
const TIMES = 0xd7;
const X_UPPER = 0x58;
const X_LOWER = 0x78;

function isStarLike(c: number): boolean {
  return c === STAR || c === FULL_STAR || c === TIMES;
}

function isX(c: number): boolean {
  return c === X_UPPER || c === X_LOWER;
}

function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export interface TokenSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The first placeholder run in `s`: two or more of `*`, `＊`, `×`, or `X`/`x` not part of a longer Latin word
 * (`XX` and `xx` are placeholders, `Xbox` and `max` are not), or null.
 */
export function placeholderToken(s: string): TokenSpan | null {
  // character codes, not charAt: a CJK character read with charAt is a new string each time, on every value and name
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    const latin = isX(c);
    if (!latin && !isStarLike(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.length && (latin ? isX(s.charCodeAt(j)) : isStarLike(s.charCodeAt(j)))) j++;
    const long = j - i >= 2;
    const word = latin && ((i > 0 && isLatin(s.charCodeAt(i - 1))) || (j < s.length && isLatin(s.charCodeAt(j))));
    if (long && !word) return { start: i, end: j };
    i = j;
  }
  return null;
}

export function hasPlaceholder(s: string): boolean {
  return placeholderToken(s) !== null;
}

const MARKS = "*＊★☆";
const OPENERS = "(（";
const CLOSERS = ")）";
const OPERATOR_CHARS = "≥≤≧≦><=＞＜＝》《 ";
/** The unit after a placeholder in a name: `≥**人`, `≥**万元`, `≥**%`. */
const UNIT_AFTER = 4;

export interface NameLeftover {
  /** The leftover exactly as written in the name: `*`, `(≥**%)`, `( ≥**个 )`, `≥**人`. */
  readonly text: string;
  /** The name without it, trimmed. */
  readonly clean: string;
  /** `mark`: the template's core-indicator star; `hint`: the template's example of the value. */
  readonly kind: "mark" | "hint";
}

/**
 * A template leftover in a 三级 name: a leading `*`/`★` (the template's mark for a core indicator) or the template's
 * value hint with its placeholder — in brackets (`游客满意度(≥**%)`) or after the name (`受益人口数≥**人`).
 */
export function nameLeftover(name: string): NameLeftover | null {
  const lead = leadingMark(name);
  if (lead) return lead;
  const t = placeholderToken(name);
  if (!t) return null;
  const open = lastOpenerBefore(name, t.start);
  if (open >= 0) {
    const close = firstCloserFrom(name, t.end);
    if (close >= 0) return cut(name, open, close + 1);
  }
  let start = t.start;
  while (start > 0 && OPERATOR_CHARS.includes(name.charAt(start - 1))) start--;
  // `XX村` inside a name: only the run itself; after an operator the template's unit goes with it (`≥**人`)
  if (name.slice(start, t.start).trim() === "") return cut(name, t.start, t.end);
  let end = t.end;
  while (end < name.length && end - t.end < UNIT_AFTER && !/[\s,，、;；。()（）]/.test(name.charAt(end))) end++;
  return cut(name, start, end);
}

function leadingMark(name: string): NameLeftover | null {
  let i = 0;
  while (i < name.length && /\s/.test(name.charAt(i))) i++;
  const from = i;
  while (i < name.length && MARKS.includes(name.charAt(i))) i++;
  if (i === from) return null;
  // `**` alone (or `**人`) is a placeholder, not a mark before a name
  const rest = name.slice(i).trim();
  if (!rest || !/[\u4e00-\u9fff]{2}/.test(rest)) return null;
  return { text: name.slice(from, i), clean: rest, kind: "mark" };
}

/** The nearest `(` before `at` with no bracket between them, or -1. */
function lastOpenerBefore(s: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const c = s.charAt(i);
    if (OPENERS.includes(c)) return i;
    if (CLOSERS.includes(c)) return -1;
  }
  return -1;
}

/** The nearest `)` at or after `at` with no bracket between them, or -1. */
function firstCloserFrom(s: string, at: number): number {
  for (let i = at; i < s.length; i++) {
    const c = s.charAt(i);
    if (CLOSERS.includes(c)) return i;
    if (OPENERS.includes(c)) return -1;
  }
  return -1;
}

function cut(name: string, start: number, end: number): NameLeftover {
  return { text: name.slice(start, end), clean: (name.slice(0, start) + name.slice(end)).trim(), kind: "hint" };
}

/** The name with a template leftover removed, for reading what it measures. */
export function withoutLeftover(name: string): string {
  const l = nameLeftover(name);
  return l ? l.clean : name;
}
