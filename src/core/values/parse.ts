// The 指标值 grammar of rules.md §2.5: operator, number, unit, ranges, dates, compound values, grades.
import { isErrorText } from "../grid";
import { stripSpaces, toHalfWidth, trimEnd } from "../text";
import { hasPlaceholder } from "./placeholder";
import type {
  CompoundValue,
  DatePoint,
  DateValue,
  Op,
  OpSource,
  ParsedValue,
  QualitativeValue,
  QuantityValue,
  RangeValue,
} from "./types";
import { parseUnit, unitInName } from "./units";

export const NA_MARKERS: ReadonlyArray<string> = ["不涉及", "/", "无", "—", "——", "-", "--", "不适用", "暂无", "\\"];

/** Non-graded words: legal in a qualitative row, but not measurable (rules.md §2.4). */
export const VAGUE_WORDS: ReadonlyArray<string> = [
  "明显",
  "显著",
  "有效保障",
  "有所改善",
  "有所提升",
  "有所保障",
  "长期",
  "持续提高",
  "有效提升",
  "健全",
  "不断提升服务功能",
  "持续提升",
  "有效",
  "提高",
  "提升",
  "改善",
  "良好",
  "较好",
  "逐步提高",
  "稳步提升",
  "明显提升",
  "明显改善",
  "显著提升",
  "显著提高",
  "有效改善",
  "持续",
  "长效",
  "优良",
  "完善",
];

/** Graded statements from budget-integration monitoring (rules.md §2.4). */
export const GRADED_PHRASES: ReadonlyArray<string> = [
  "达到预期目标",
  "部分达到预期目标",
  "未达到预期目标",
  "好",
  "较好",
  "一般",
  "差",
  "优",
  "良",
  "中",
];

interface OpWord {
  readonly text: string;
  readonly op: Op;
  readonly source: OpSource;
}

// longest first so `不低于` wins over `低于`; full-width `＞＝` `＜` arrive half-width, the budget system's
// `》=` `《=` (book-title marks standing in for ≥ ≤) do not
const PREFIX_OPS: ReadonlyArray<OpWord> = [
  { text: ">=", op: ">=", source: "symbol" },
  { text: "》=", op: ">=", source: "symbol" },
  { text: "《=", op: "<=", source: "symbol" },
  { text: "≥", op: ">=", source: "symbol" },
  { text: "≧", op: ">=", source: "symbol" },
  { text: "<=", op: "<=", source: "symbol" },
  { text: "≤", op: "<=", source: "symbol" },
  { text: "≦", op: "<=", source: "symbol" },
  { text: "大于等于", op: ">=", source: "word" },
  { text: "大于或等于", op: ">=", source: "word" },
  { text: "小于等于", op: "<=", source: "word" },
  { text: "小于或等于", op: "<=", source: "word" },
  { text: "控制在", op: "<=", source: "word" },
  { text: "不低于", op: ">=", source: "word" },
  { text: "不少于", op: ">=", source: "word" },
  { text: "不小于", op: ">=", source: "word" },
  { text: "不高于", op: "<=", source: "word" },
  { text: "不超过", op: "<=", source: "word" },
  { text: "不大于", op: "<=", source: "word" },
  { text: "不多于", op: "<=", source: "word" },
  { text: "至少", op: ">=", source: "word" },
  { text: "达到", op: ">=", source: "word" },
  { text: "至多", op: "<=", source: "word" },
  { text: "最多", op: "<=", source: "word" },
  { text: "大于", op: ">", source: "word" },
  { text: "高于", op: ">", source: "word" },
  { text: "超过", op: ">", source: "word" },
  { text: "多于", op: ">", source: "word" },
  { text: "小于", op: "<", source: "word" },
  { text: "低于", op: "<", source: "word" },
  { text: "少于", op: "<", source: "word" },
  { text: ">", op: ">", source: "symbol" },
  { text: "》", op: ">", source: "symbol" },
  { text: "<", op: "<", source: "symbol" },
  { text: "《", op: "<", source: "symbol" },
  { text: "=", op: "=", source: "symbol" },
];

/** `±3%以内`, `+-3%`: a tolerance, not a direction. */
const TOLERANCE_SIGNS: ReadonlyArray<string> = ["±", "+/-", "+-"];

const SUFFIX_OPS: ReadonlyArray<OpWord> = [
  { text: "及以上", op: ">=", source: "suffix" },
  { text: "以上", op: ">=", source: "suffix" },
  { text: "及以下", op: "<=", source: "suffix" },
  { text: "以下", op: "<=", source: "suffix" },
  { text: "以内", op: "<=", source: "suffix" },
  { text: "之内", op: "<=", source: "suffix" },
];

/** Longer values are prose, not a figure (the longest real value in the seed has 21 characters). */
const MAX_GRAMMAR_LENGTH = 80;

const NUMBER = String.raw`-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?`;
const NUMBER_RE = new RegExp(`^(${NUMBER})`);
// compiled once; no `\s*` before the separator: it overlapped the lazy unit group (quadratic on a run of spaces)
const RANGE_RE = new RegExp(`^([^\\d\\-~至]*?)(?:-|~|至|到)\\s*(${NUMBER})(.*)$`);

const BEFORE_RANGE_DASH = "0123456789%人元次个名月年天";

/**
 * A dash run with a figure after it and a figure or unit before it (spaces allowed), in linear time: the former
 * `/[－—–]+(?=\s*\d)/` backtracked over a long dash run, and `/[…]\s*$/.test(s.slice(0, off))` rescanned the prefix
 * for every dash.
 */
function isRangeDash(s: string, off: number, len: number): boolean {
  // a scan, not a sticky /\s*\d/y: the `y` flag is ES2015 (no Internet Explorer 11)
  let j = off + len;
  while (j < s.length && /\s/.test(s.charAt(j))) j++;
  const d = s.charCodeAt(j);
  if (!(d >= 0x30 && d <= 0x39)) return false;
  let i = off - 1;
  while (i >= 0 && /\s/.test(s.charAt(i))) i--;
  return i >= 0 && BEFORE_RANGE_DASH.includes(s.charAt(i));
}

/** Normalises a value for parsing: half-width, trimmed, trailing sentence punctuation dropped. */
export function normaliseValueText(raw: string): string {
  const t = toHalfWidth(raw)
    .replace(/[～〜~]/g, "~")
    // a dash between two figures is a range sign (`50-100人`, `50%—80%`), elsewhere it may be an N/A marker
    .replace(/[－—–]+/g, (m, off: number, s: string) => (isRangeDash(s, off, m.length) ? "-" : m))
    .trim();
  return trimEnd(t, "。.;,，、").trim();
}

export interface ParseOptions {
  /** The 三级 name: a unit written only there (`流转土地(亩) | 60`, `建设资金（万元）| 50`) completes a bare number. */
  readonly name?: string;
  /**
   * A policy's own words for 不适用 (`本指标不适用此项目`), as form/na's naKey writes them: besides NA_MARKERS, a value
   * equal to one of them is N/A.
   */
  readonly naMarkers?: ReadonlySet<string>;
}

export function parseValue(raw: string, options: ParseOptions = {}): ParsedValue {
  const v = parseText(raw, options.naMarkers);
  return options.name === undefined ? v : withNameUnit(v, options.name);
}

function parseText(raw: string, naMarkers: ReadonlySet<string> | undefined): ParsedValue {
  const text = normaliseValueText(raw);
  if (!text) return { kind: "empty" };
  if (isErrorText(text)) return { kind: "error", code: text };
  if (NA_MARKERS.includes(text)) return { kind: "na", marker: text };
  if (naMarkers !== undefined && naMarkers.size > 0 && naMarkers.has(stripSpaces(text)))
    return { kind: "na", marker: text };
  if (text === "是" || text === "否") return { kind: "boolean", yes: text === "是" };
  if (/^(?:按|每)(?:年|月|季度?|周|日|天|学期)(?:发放|支付|一次)?$/.test(text)) return { kind: "frequency", text };
  // `≥**%`, `XX`: the template's example was never replaced by a target
  if (hasPlaceholder(text)) return { kind: "placeholder", text };

  // no quantity, date or range is this long: skip the grammar so pathological cells stay linear
  if (text.length > MAX_GRAMMAR_LENGTH) return /\d/.test(text) ? { kind: "unparseable", text } : qualitative(text);
  const date = parseDate(text);
  if (date) return date;
  const single = parseQuantityOrRange(text);
  if (single) return single;
  const compound = parseCompound(text);
  if (compound) return compound;
  if (!/\d/.test(text)) return qualitative(text);
  return { kind: "unparseable", text };
}

/** A bare number (or range, or compound part) takes the unit its name declares. */
function withNameUnit(v: ParsedValue, name: string): ParsedValue {
  switch (v.kind) {
    case "quantity":
    case "range": {
      if (v.unit.family !== "none") return v;
      const unit = unitInName(name);
      return unit ? { ...v, unit } : v;
    }
    case "compound": {
      if (!v.parts.some((p) => p.unit.family === "none")) return v;
      const unit = unitInName(name);
      return unit ? { ...v, parts: v.parts.map((p) => (p.unit.family === "none" ? { ...p, unit } : p)) } : v;
    }
    default:
      return v;
  }
}

function qualitative(text: string): QualitativeValue {
  const graded = GRADED_PHRASES.includes(text);
  return { kind: "qualitative", text, graded, vague: !graded && VAGUE_WORDS.includes(text) };
}

/** `≥95%`, `小于199人`, `95%以上`, `约12000平方米`, `50-100人`, `1000-2000元/人`. */
export function parseQuantityOrRange(text: string): QuantityValue | RangeValue | null {
  let rest = text;
  let approx = false;
  if (/^约|^大约|^左右/.test(rest)) {
    approx = true;
    rest = rest.replace(/^大?约/, "");
  }
  let op: Op = "=";
  let opSource: OpSource = "none";
  let opText = "";
  const tol = TOLERANCE_SIGNS.find((t) => rest.startsWith(t));
  if (tol !== undefined) {
    // `±3%以内`: the deviation stays within 3% either way
    op = "<=";
    opSource = "symbol";
    opText = "±";
    rest = rest.slice(tol.length).trim();
  } else {
    for (const w of PREFIX_OPS) {
      if (rest.startsWith(w.text)) {
        op = w.op;
        opSource = w.source;
        opText = w.text;
        rest = rest.slice(w.text.length).trim();
        break;
      }
    }
  }
  if (/左右$/.test(rest)) {
    approx = true;
    rest = rest.replace(/左右$/, "");
  }
  const m = NUMBER_RE.exec(rest);
  if (!m || !m[1]) return null;
  const low = toNumber(m[1]);
  rest = rest.slice(m[1].length).trim();

  // range: 50-100人, 1000-2000元/人, 80%~90%, 3至5次
  const rm = RANGE_RE.exec(rest);
  if (rm && rm[2] !== undefined && opSource === "none") {
    const unitLow = (rm[1] ?? "").trim();
    const unitText = (rm[3] ?? "").trim() || unitLow;
    const unit = parseUnit(unitText);
    if (unit.family === "other" && /\d/.test(unitText)) return null;
    return { kind: "range", low, high: toNumber(rm[2]), unit };
  }

  for (const w of SUFFIX_OPS) {
    if (rest.endsWith(w.text)) {
      if (opSource === "none") {
        op = w.op;
        opSource = w.source;
        opText = w.text;
      }
      rest = rest.slice(0, rest.length - w.text.length).trim();
      break;
    }
  }
  if (/\d/.test(rest)) return null;
  const unit = parseUnit(rest);
  if (unit.family === "other" && rest.length > 6) return null;
  return { kind: "quantity", op, opSource, opText, number: low, unit, approx, tolerance: tol !== undefined };
}

function toNumber(s: string): number {
  return parseFloat(s.replace(/,/g, ""));
}

/** `162个村、36个社区`; `3600/人/每年 2400/人/每年`. */
function parseCompound(text: string): CompoundValue | null {
  const pieces = text.split(/[、,;；\s]+|和|及/).filter((p) => p.length > 0);
  if (pieces.length < 2) return null;
  const parts: Array<QuantityValue | RangeValue> = [];
  for (const p of pieces) {
    const v = parseQuantityOrRange(p);
    if (!v) return null;
    parts.push(v);
  }
  return { kind: "compound", parts };
}

const YEAR = String.raw`((?:19|20)\d{2})`;
// compiled once, not on every call (parseDate runs for every value and, in rules, every 三级 name)
const YEAR_G = new RegExp(YEAR, "g");
const ISO_RE = new RegExp(String.raw`^${YEAR}[-/.](\d{1,2})[-/.](\d{1,2})(前|以前|之前)?$`);
const PERIOD_RE = new RegExp(
  String.raw`^${YEAR}(?:[年.\-/](\d{1,2})月?)?(?:[.\-/](\d{1,2})日?)?(?:-{1,2}|~|至|到)(?:${YEAR}[年.\-/]?)?(\d{1,2})?月?(?:[.\-/]?(\d{1,2})日?)?(底|末|前)?$`,
);
const POINT_RE = new RegExp(
  String.raw`^(?:${YEAR}(?:年度?|[.\-/])?)?(?:(\d{1,2})(?:月份?|[.\-/]))?(?:(\d{1,2})[日号]?)?(年底|年末|底|末|前|以前|之前|内|中旬|上旬|下旬|初)?(?:前|以前|之前|完成)?$`,
);

/**
 * Dates and periods: `2024年底`, `2024年年底`, `2024年12月31日前`, `2024年1月-12月`, `2024.01--2024.12`,
 * `2024年度`, `2024-12-31`, `12月底前`, `≤2024年10月`.
 */
export function parseDate(text: string): DateValue | null {
  // every date form below holds a digit (a year, or a month before 月): most values are ruled out here
  if (!/\d/.test(text)) return null;
  let rest = text.replace(/\s+/g, "");
  let op: Op | null = null;
  for (const w of PREFIX_OPS) {
    if (rest.startsWith(w.text)) {
      op = w.op;
      rest = rest.slice(w.text.length);
      break;
    }
  }
  const yearsIn = (t: string): number[] => Array.from(t.matchAll(YEAR_G), (m) => parseInt(m[1] ?? "0", 10));

  const iso = ISO_RE.exec(rest);
  if (iso) {
    const end: DatePoint = { year: num(iso[1]), month: num(iso[2]), day: num(iso[3]) };
    if ((end.month ?? 0) < 1 || (end.month ?? 0) > 12 || (end.day ?? 0) < 1 || (end.day ?? 0) > 31) return null;
    return { kind: "date", years: yearsIn(rest), start: null, end, wholeYear: false, deadline: true, op };
  }

  // period with two points: YYYY.MM--YYYY.MM, YYYY年M月-M月, YYYY年M月至YYYY年M月
  const period = PERIOD_RE.exec(rest);
  if (period && (period[2] || period[5])) {
    const y1 = parseInt(period[1] ?? "0", 10);
    const y2 = period[4] ? parseInt(period[4], 10) : y1;
    const start: DatePoint = { year: y1, month: num(period[2]), day: num(period[3]) };
    const end: DatePoint = { year: y2, month: num(period[5]), day: num(period[6]) };
    return { kind: "date", years: yearsIn(rest), start, end, wholeYear: false, deadline: true, op };
  }

  const point = POINT_RE.exec(rest);
  if (point && (point[1] || point[2])) {
    const year = num(point[1]);
    const month = num(point[2]);
    const day = num(point[3]);
    if (month !== null && (month < 1 || month > 12)) return null;
    if (day !== null && (day < 1 || day > 31)) return null;
    if (year === null && month === null) return null;
    // `1.5` is a decimal, not January 5th: a date without a year needs 月, 日 or 号
    if (year === null && !/[月日号]/.test(rest)) return null;
    // a bare year `2024` is a number, not a date, unless a 年 follows it
    if (year !== null && month === null && day === null && !/年/.test(rest)) return null;
    const suffix = point[4] ?? "";
    const wholeYear = month === null && day === null && suffix === "" && !/前|完成$/.test(rest);
    const deadline = /^(?:年底|年末|底|末|前|以前|之前|内)$/.test(suffix) || day !== null || /(?:前|完成)$/.test(rest);
    return { kind: "date", years: yearsIn(rest), start: null, end: { year, month, day }, wholeYear, deadline, op };
  }
  return null;
}

function num(s: string | undefined): number | null {
  return s ? parseInt(s, 10) : null;
}

/** Money amount in yuan of a total-type value (no per-unit denominator), or null. */
export function totalMoneyYuan(v: ParsedValue): number | null {
  if (v.kind !== "quantity") return null;
  if (v.unit.family !== "money" || v.unit.per.length > 0) return null;
  return v.number * v.unit.scale;
}

/** True for quantities, ranges, dates and compound quantities: what a 量化 row asks for. */
export function isQuantitative(v: ParsedValue): boolean {
  return v.kind === "quantity" || v.kind === "range" || v.kind === "date" || v.kind === "compound";
}

export function isBlankOrNa(v: ParsedValue): boolean {
  return v.kind === "empty" || v.kind === "na";
}

/** Canonical spelling of an operator for messages: `≥`, `＞`, `＝`, `≤`, `＜`. */
export function opSymbol(op: Op): string {
  switch (op) {
    case ">=":
      return "≥";
    case ">":
      return ">";
    case "=":
      return "＝";
    case "<=":
      return "≤";
    case "<":
      return "<";
  }
}

/** `≥95%`: a value written back in canonical form. */
export function formatQuantity(v: QuantityValue): string {
  const op = v.tolerance ? "±" : v.opSource === "none" ? "" : opSymbol(v.op);
  return `${op}${v.number}${v.unit.raw === "百分比" ? "%" : v.unit.raw}`;
}
