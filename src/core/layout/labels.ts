// Recognising the form's labels in cell text; the vocabulary itself is the form catalogue's (src/core/form).
import { labelKey, memoShort, stripAnnotation } from "../text";
import {
  COLUMN_ALIASES,
  FOREIGN_LEVEL1,
  HEADER_ALIASES,
  HEADER_CANONICAL_RAW,
  HEADER_FIELD_DEFS,
  LEVEL1_ALIASES,
  LEVEL2_ALIASES,
  TITLE_PATTERN,
  TITLE_SUBJECT,
  YEAR_COLUMN_PATTERNS,
  type ColumnRole,
  type HeaderField,
  type Level1Name,
  type Level2Name,
} from "../form/catalogue";

export {
  LEVEL1_NAMES,
  LEVEL2_NAMES,
  LEVEL2_PARENT,
  MOF2021_LEVEL2,
  FOREIGN_LEVEL1,
  type Level1Name,
  type Level2Name,
  type HeaderField,
} from "../form/catalogue";

export interface Annotation {
  readonly raw: string;
  /** true 必填, false 选填. */
  readonly required: boolean;
  /** 量化 or 硬性指标: the value must be quantitative. */
  readonly quantified: boolean;
  readonly hard: boolean;
}

const ANNOTATION = /[（(]\s*(必填|选填)\s*(量化|硬性指标)?\s*[)）]/;

// a handful of label spellings across a whole sheet: one frozen object each, shared by every block that carries it
export const parseAnnotation: (text: string) => Annotation | null = memoShort((text) => {
  const m = ANNOTATION.exec(text);
  if (!m) return null;
  return Object.freeze({
    raw: m[0],
    required: m[1] === "必填",
    quantified: m[2] !== undefined,
    hard: m[2] === "硬性指标",
  });
});

/**
 * The alias tables as Maps: a lookup hashes the (memoised) key string once, where a property lookup on a large record
 * internalises it on every call; and a cell reading `constructor` or `__proto__` is no label.
 */
const LEVEL1_BY_KEY = new Map(Object.entries(LEVEL1_ALIASES));
const LEVEL2_BY_KEY = new Map(Object.entries(LEVEL2_ALIASES));
const HEADER_BY_KEY = new Map(Object.entries(HEADER_ALIASES));
const COLUMN_BY_KEY = new Map(Object.entries(COLUMN_ALIASES));

/**
 * The comparison key of an indicator label: half-width, no spaces (`绩 效 指 标`), without trailing notes —
 * annotations `(必填量化)`, score ranges glued to the label `(0-20)分`, `(90分)`, weights `(权重分值90分,…)`, and
 * `(长期)` / `(年度)` on side-by-side blocks.
 */
export const labelCore: (text: string) => string = memoShort(labelCoreOf);

function labelCoreOf(text: string): string {
  let k = labelKey(text).replace(/:$/, "");
  for (let i = 0; i < 4; i++) {
    const before = k;
    // anchored on a non-digit so a long run of digits is not retried from every position (linear time)
    k = k.replace(/(^|[^\d.])\d+(?:\.\d+)?分$/, "$1").replace(/分$/, (m) => (/\)分$/.test(k) ? "" : m));
    k = k.replace(/\([^()]*\)$/, "");
    if (k === before) break;
  }
  return k;
}

export function level1Of(text: string): Level1Name | null {
  return LEVEL1_BY_KEY.get(labelCore(text)) ?? null;
}

export function level2Of(text: string): Level2Name | null {
  return LEVEL2_BY_KEY.get(labelCore(text)) ?? null;
}

export function isForeignLevel1(text: string): boolean {
  return FOREIGN_LEVEL1.includes(labelCore(text));
}

/** A score range or weight glued to a label (`(0-20)分`, `(90分)`, `10分`): the province's form, not a misspelling. */
const GLUED_SCORE =
  /\s*(?:[(（]\s*\d{1,4}(?:\.\d{1,2})?\s*(?:[-~～—至]\s*\d{1,4}(?:\.\d{1,2})?\s*)?[)）]\s*分|[(（]\s*\d{1,4}(?:\.\d{1,2})?\s*分\s*[)）])$/;

/** True when the label differs from its canonical spelling by more than the annotation or a glued score (spaces, alias). */
export function isLabelVariant(text: string, canonical: string): boolean {
  const bare = stripAnnotation(text.trim().replace(GLUED_SCORE, "")).trim();
  return bare !== canonical;
}

// ---- header fields ----

/** The template's own spelling of each header label (rules.md §5, profile seed-A). */
export const HEADER_FIELD_LABEL: Readonly<Record<HeaderField, string>> = Object.fromEntries(
  HEADER_FIELD_DEFS.map((d) => [d.field, d.label]),
) as Record<HeaderField, string>;

export interface HeaderLabel {
  readonly field: HeaderField;
  readonly variant: boolean;
}

export function headerLabelOf(text: string): HeaderLabel | null {
  const key = headerKeyOf(text);
  const hit = HEADER_BY_KEY.get(key);
  if (!hit) return null;
  // spelt as its key (a colon either width allowed) or as the template prints it: no stray spaces or punctuation
  const raw = text.trim();
  const plain = raw === key || raw === `${key}:` || raw === `${key}：` || HEADER_CANONICAL_RAW.has(raw);
  return { field: hit.field, variant: hit.variant || !plain };
}

/** A header label's comparison key: half-width, no spaces, no trailing colon. */
export function headerKeyOf(text: string): string {
  return labelKey(text).replace(/:$/, "");
}

/** `预算单位: 奉节县…` — a label and its value typed into one cell. */
export function splitGluedLabel(text: string): { label: string; value: string; hit: HeaderLabel } | null {
  const m = /^([^:：]{2,12})[:：]\s*(\S[\s\S]*)$/.exec(text.trim());
  if (!m || !m[1] || !m[2]) return null;
  const hit = headerLabelOf(m[1]);
  return hit ? { label: m[1], value: m[2].trim(), hit } : null;
}

// ---- title, year, indicator header ----

/**
 * A title of the form: the text without spaces, bracketed notes (`(基础设施建设类)`, `(绩效目标)`) and a trailing
 * year (`…申报表2021年度`) ends like a 绩效目标表 of one of the catalogue's kinds.
 */
export function isTitle(text: string): boolean {
  if (text.length > 80) return false;
  const k = labelKey(text)
    .replace(/[(][^()]*[)]/g, "")
    .replace(/(?:19|20)\d{2}年度?$/, "");
  const m = TITLE_PATTERN.exec(k);
  if (!m) return false;
  // a title names the form (绩效目标申报表) or what it is for (…项目 / 专项 / 支出 …); a sentence that merely
  // mentions the table (`这里没有绩效目标表`) is not one
  const before = k.slice(0, m.index);
  return before === "" || TITLE_SUBJECT.test(before);
}

/** `(2024年度)`, `(2024 年度)`, `（2024年度）`, `2024`, `2024年度`, `2020年度)` (a bracket lost). */
export function parseYearLine(text: string): { year: number; format: "standard" | "spaced" | "bare" | "other" } | null {
  const t = text.trim();
  let m = /^[（(]\s*((?:19|20)\d{2})(\s*)年度?\s*[)）]$/.exec(t);
  if (m && m[1]) return { year: parseInt(m[1], 10), format: m[2] ? "spaced" : "standard" };
  m = /^((?:19|20)\d{2})$/.exec(t);
  if (m && m[1]) return { year: parseInt(m[1], 10), format: "bare" };
  m = /^[（(]?\s*((?:19|20)\d{2})\s*年度?\s*[)）]?$/.exec(t);
  if (m && m[1]) return { year: parseInt(m[1], 10), format: "other" };
  return null;
}

export function yearInTitle(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(text);
  return m && m[1] ? parseInt(m[1], 10) : null;
}

/** A leading `*` on a column header: the form marks the column required (`*指标解释`, S22). */
const REQUIRED_MARK = /^\s*[*＊]+\s*/;

export function isHeaderMarkedRequired(text: string): boolean {
  return REQUIRED_MARK.test(text);
}

/** The role a column header names (`指标值(年度)` → value), or null; the side note is returned for blocks. */
export function columnRoleOf(label: string): { role: ColumnRole; note: string } | null {
  const text = label.replace(REQUIRED_MARK, "");
  const k = labelKey(text);
  const direct = COLUMN_BY_KEY.get(k);
  if (direct) return { role: direct, note: "" };
  const core = labelCore(text);
  const role = COLUMN_BY_KEY.get(core);
  if (!role) {
    // `2021年实际实现值`, `预期2022年实现值`: a header that names a year (黄石 2022)
    const year = YEAR_COLUMN_PATTERNS.find((p) => p.pattern.test(core));
    return year ? { role: year.role, note: "" } : null;
  }
  const note = /\(([^()]*)\)$/.exec(k)?.[1] ?? "";
  return { role, note };
}

/** `指标1:`, `指标1：`, `指标:`, `指标1` (no colon). */
export const INDICATOR_PREFIX = /^\s*指标\s*([0-9０-９]*)\s*([:：]?)\s*/;

export function isIndicatorPrefixed(text: string): boolean {
  return /^\s*指标\s*[0-9０-９]*\s*[:：]?/.test(text) && !level2Of(text) && !level1Of(text) && !/^\s*指标值/.test(text);
}
