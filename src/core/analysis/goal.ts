// The 年度(总体)目标 read as clauses with their quantities (review-criteria.md §2.1, steps 1–2): what the goal ↔
// indicator rules and the task pane's coverage view compare the indicators with. Quantities are located here and
// read by the value grammar (values/parse.ts, values/units.ts): one grammar for values and goals.
import type { CellPos, ProjectTable, TextAt } from "../layout/model";
import { toHalfWidth } from "../text";
import { parseQuantityOrRange } from "../values/parse";
import type { UnitFamily } from "../values/types";
import { familyOfWord } from "../values/units";
import { listKey } from "./list-key";

export interface GoalQuantity {
  /** As written, operator and unit included: `不少于6万人`, `≥95%`, `280人次`. */
  readonly text: string;
  readonly number: number;
  /** The unit without operator and denominators: `人次`, `%`, `万元`, `万人`. */
  readonly unit: string;
  readonly family: UnitFamily;
  /** Canonical operator when one is written (`>=`, `<=`, `>`, `<`, `=`). */
  readonly operator?: string;
  /** Multiplier to the family's base unit (万人 → 10000), as the value grammar gives it. */
  readonly scale: number;
  /** Denominators of a rate (`元/人/月` → 人, 月): money rates and standards, not totals. */
  readonly per: ReadonlyArray<string>;
  /** Offset of `text` in the clause's text. */
  readonly start: number;
}

export interface GoalClause {
  /** The clause without its `目标N:` marker and surrounding punctuation. */
  readonly text: string;
  /** Offset of the clause in goalText(table). */
  readonly start: number;
  readonly quantities: ReadonlyArray<GoalQuantity>;
  /** The goal cell the clause starts in, and the clause's offset in that cell's text. */
  readonly cell: CellPos;
  readonly cellStart: number;
}

/**
 * Verbs that open a new clause after a comma (`培训学员280人次，开设课程20门`). A comma before anything else continues
 * the clause (`占地300平方米，包含场坪整治`).
 */
export const DEFAULT_CLAUSE_VERBS: ReadonlyArray<string> = [
  "开展",
  "组织",
  "做好",
  "落实",
  "保障",
  "保证",
  "推进",
  "推动",
  "加强",
  "强化",
  "增强",
  "完成",
  "完善",
  "健全",
  "举办",
  "开设",
  "召开",
  "培训",
  "新建",
  "新增",
  "建设",
  "建成",
  "打造",
  "购买",
  "购置",
  "采购",
  "支付",
  "发放",
  "提高",
  "提升",
  "改善",
  "促进",
  "实现",
  "确保",
  "引进",
  "招录",
  "聘用",
  "出差",
  "缓解",
  "解决",
  "帮助",
  "满足",
  "调动",
  "激励",
  "营造",
  "创造",
  "展现",
  "帮扶",
  "关爱",
  "慰问",
  "拍摄",
  "制作",
  "编制",
  "开发",
  "安装",
  "改造",
  "修缮",
  "维护",
  "覆盖",
  "带动",
  "服务",
  "用于",
  "为",
  "使",
  "让",
];

export interface GoalOptions {
  readonly clauseVerbs?: ReadonlyArray<string>;
}

/** Words that may stand between a comma and the clause's verb: `，并开设`, `，进一步提高`. */
const LEAD_IN = /^\s*(?:并且?|同时|从而|进而|以便|以|并|进一步|切实|积极|全力|有效|全面|持续|不断|大力|努力)?\s*/;

/** `目标1:`, `目标２：`, `目标一：` — a clause boundary whose marker is not part of the clause. */
const MARKER = /目标\s*[0-9一二三四五六七八九十]+\s*[:：]/g;
const codesOf = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const HARD_BREAK_CODES = codesOf(";；。!！?？\n\r");
const TRIM_CODES = codesOf(" \t,，、;；。:：.!！?？\u3000");

/** The goal as one text: its cells (value, cells to the right, continuation rows) joined by line breaks. */
export function goalText(table: ProjectTable): string {
  return goalPartsOf(table)
    .map((p) => p.text)
    .join("\n");
}

function goalPartsOf(table: ProjectTable): ReadonlyArray<TextAt> {
  if (table.goalParts.length > 0) return table.goalParts;
  const v = table.header.goal?.value;
  return v ? [v] : [];
}

/** Clauses per table and clause-verb list: several rules and the coverage read the same table's clauses. */
const CLAUSES = new WeakMap<ProjectTable, Map<string, ReadonlyArray<GoalClause>>>();

/** The goal's clauses in order, each with its quantities (computed once per table and verb list). */
export function goalClauses(table: ProjectTable, options: GoalOptions = {}): ReadonlyArray<GoalClause> {
  const key = listKey(options.clauseVerbs ?? DEFAULT_CLAUSE_VERBS);
  let byVerbs = CLAUSES.get(table);
  if (!byVerbs) CLAUSES.set(table, (byVerbs = new Map()));
  let clauses = byVerbs.get(key);
  if (!clauses) byVerbs.set(key, (clauses = computeClauses(table, options)));
  return clauses;
}

function computeClauses(table: ProjectTable, options: GoalOptions): GoalClause[] {
  const parts = goalPartsOf(table);
  const text = parts.map((p) => p.text).join("\n");
  const starts: number[] = [];
  let off = 0;
  for (const p of parts) {
    starts.push(off);
    off += p.text.length + 1;
  }
  return splitClauses(text, options).map((c) => {
    let k = 0;
    while (k + 1 < starts.length && (starts[k + 1] ?? Infinity) <= c.start) k++;
    const part = parts[k];
    return {
      text: c.text,
      start: c.start,
      quantities: quantitiesIn(c.text),
      cell: part ? { row: part.row, col: part.col } : { row: 0, col: 0 },
      cellStart: c.start - (starts[k] ?? 0),
    };
  });
}

/**
 * Clauses of a goal text (review-criteria.md §2.1 step 1): split at `目标N:`, `；` `;` `。`, line breaks, and at a comma
 * followed by a clause verb. Offsets refer to `text`.
 */
export function splitClauses(text: string, options: GoalOptions = {}): Array<{ text: string; start: number }> {
  const verbs = [...(options.clauseVerbs ?? DEFAULT_CLAUSE_VERBS)].sort((a, b) => b.length - a.length);
  // toHalfWidth maps character for character: offsets in `t` are offsets in `text`
  const t = toHalfWidth(text).replace(MARKER, (m) => "\n".repeat(m.length));
  const cuts: Array<[number, number]> = [];
  let from = 0;
  // character codes, not a one-character string and a regex test per character
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (HARD_BREAK_CODES.has(c)) {
      cuts.push([from, i]);
      from = i + 1;
    } else if (c === 0x2c) {
      const rest = t.slice(i + 1, i + 12).replace(LEAD_IN, "");
      if (verbs.some((v) => rest.startsWith(v))) {
        cuts.push([from, i]);
        from = i + 1;
      }
    }
  }
  cuts.push([from, t.length]);
  const out: Array<{ text: string; start: number }> = [];
  for (const [a, b] of cuts) {
    let s = a;
    let e = b;
    while (s < e && TRIM_CODES.has(t.charCodeAt(s))) s++;
    while (e > s && TRIM_CODES.has(t.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s });
  }
  return out;
}

/** Half- or full-width digit: a quantity needs one. */
const ANY_DIGIT = /[0-9\uff10-\uff19]/;
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/;
/** Years (`2024年`, `2024.12`) and month–day dates (`12月31日`, `6月底`): dates, not quantities. */
const DATE_PARTS = [/(?:19|20)\d{2}(?=\s*(?:年|[.\-/]\d))/g, /\d{1,2}\s*月份?\s*(?:\d{1,2}\s*[日号])?/g];
/** `50-100人`, `3至5次`: ranges are left to the reader (a goal rarely states one as its target). */
const RANGE = /\d+(?:\.\d+)?\s*(?:-|~|～|至|到)\s*\d+(?:\.\d+)?/g;
const SUFFIXES = ["及以上", "及以下", "以上", "以下", "以内", "左右"];
/** Last characters of the value grammar's operator words: only after one is an operator looked for. */
const OP_ENDS = "=≥≧≤≦<>》《于过到在少多";
/** Longest unit word of the value grammar's lexicon (`平方公里`, `个工作日`). */
const MAX_UNIT = 4;

function mask(t: string, re: RegExp): string {
  return t.replace(re, (m) => " ".repeat(m.length));
}

function isCjkChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * The quantities a goal text states (review-criteria.md §2.1 step 2): a number with a unit word of the value grammar
 * (`280人次`, `20门`, `≥95%`, `不少于6万人`, `1840元/人/月`), an operator written before or after it. Dates, ranges,
 * ordinals (`第3批`), codes (`C25`, `67号`) and numbers with a word the grammar does not know (`4.5立方米`) are left out.
 */
export function quantitiesIn(text: string): GoalQuantity[] {
  // most names and many clauses hold no digit at all: nothing to mask or scan
  if (!ANY_DIGIT.test(text)) return [];
  const half = toHalfWidth(text);
  let t = half;
  for (const re of DATE_PARTS) t = mask(t, re);
  t = mask(t, RANGE);
  const out: GoalQuantity[] = [];
  const numbers = new RegExp(NUMBER.source, "g");
  let m: RegExpExecArray | null;
  while ((m = numbers.exec(t)) !== null) {
    const start = m.index;
    const num = m[0];
    const before = t.charAt(start - 1);
    if (/[A-Za-z0-9.第]/.test(before)) continue;
    let end = start + num.length;
    // the unit: the longest word of the grammar's lexicon right after the number
    let unitLen = 0;
    for (let k = Math.min(MAX_UNIT, t.length - end); k >= 1; k--) {
      if (familyOfWord(t.slice(end, end + k)) !== "other") {
        unitLen = k;
        break;
      }
    }
    if (unitLen === 0) continue;
    const unitWord = t.slice(end, end + unitLen);
    // `6万亩`: 万 before a counted noun is a multiplier the grammar does not read, not 万元
    if ((unitWord === "万" || unitWord === "亿") && isCjkChar(t.charAt(end + unitLen))) continue;
    end += unitLen;
    // a rate's denominators: `元/人/月`, `元每人`
    for (;;) {
      const r = /^(?:\/|每)([\u4e00-\u9fff]{1,2})/.exec(t.slice(end, end + 3));
      if (!r || !r[1] || familyOfWord(r[1].charAt(0)) === "other") break;
      end += 1 + (familyOfWord(r[1]) !== "other" ? r[1].length : 1);
    }
    const suffix = SUFFIXES.find((s) => t.startsWith(s, end)) ?? "";
    end += suffix.length;
    // an operator before the number: the longest prefix the grammar reads as one (`不少于`, not `少于`)
    let opLen = 0;
    // every operator word of the grammar ends in one of these (`≥`, `不少于`, `超过`, `达到`, `控制在`, `至少`)
    const mayFollowOp = OP_ENDS.includes(half.charAt(start - 1));
    for (let k = mayFollowOp ? Math.min(5, start) : 0; k >= 1; k--) {
      const v = parseQuantityOrRange(half.slice(start - k, end));
      if (v && v.kind === "quantity" && v.opSource !== "none" && v.opSource !== "suffix") {
        opLen = k;
        break;
      }
    }
    const written = half.slice(start - opLen, end);
    const v = parseQuantityOrRange(written);
    if (!v || v.kind !== "quantity" || v.unit.family === "other" || v.unit.family === "none") continue;
    out.push({
      text: text.slice(start - opLen, end),
      number: v.number,
      unit: v.unit.base,
      family: v.unit.family,
      ...(v.opSource !== "none" ? { operator: v.op } : {}),
      scale: v.unit.scale,
      per: v.unit.per,
      start: start - opLen,
    });
  }
  return out;
}

/** A deadline in prose: `2024年底`, `12月31日前`, `6月底`, `年底前`. */
const DEADLINE =
  /(?:19|20)\d{2}\s*年\s*(?:底|末|\d{1,2}\s*月)|\d{1,2}\s*月\s*(?:底|末|前|\d{1,2}\s*[日号])|年底|年末|[上下]半年/;

export function hasDeadline(text: string): boolean {
  return DEADLINE.test(toHalfWidth(text));
}
