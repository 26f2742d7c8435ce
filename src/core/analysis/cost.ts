// The cost model of a table, read by the rules of rules.md §6 E (42–48) and 56: which 成本 values are totals, which
// are unit standards, and which count each standard multiplies (count × standard × period, rules.md §3 "Cost vs
// budget"). Computed once per table by TableAnalysis (analysis/table.ts), never by a rule itself.
import type { CellPos, Indicator, ProjectTable } from "../layout/model";
import type { ParsedValue, QuantityValue, RangeValue, Unit } from "../values/types";
import { formatQuantity } from "../values/parse";
import { toHalfWidth, stripSpaces } from "../text";
import { isMoneyLevel2 } from "../form/catalogue";

/** A row whose money is paid from the project's funds (社会/生态环境成本 of 101号 need not be money). */
export function isCostIndicator(ind: Indicator): boolean {
  return isMoneyLevel2(ind.level2);
}

/** Point: `=`, `≥` (a target), or a rate's `≤` read as its planned value; bound: a count's `≤`/`<`; range: `a-b`. */
export type Shape = "point" | "bound" | "range";

export interface Amount {
  readonly lo: number;
  readonly hi: number;
  readonly shape: Shape;
}

/** A total-type money value (no per-unit denominator) of a 成本 row. */
export interface TotalItem {
  readonly ind: Indicator;
  readonly yuan: number;
  readonly text: string;
}

export type CountSource = "name" | "quantity" | "goal" | "implicit";

export interface CountInfo {
  readonly amount: Amount;
  readonly source: CountSource;
  /** `17人`, `199人`, `10名书记 + 1名副书记`. */
  readonly text: string;
  readonly unitLabel: string;
  readonly ind?: Indicator;
}

export type TermStatus = "determinate" | "range" | "unverifiable";
export type UnverifiableReason = "noCount" | "countBound" | "denominators";

/** One unit standard (a rate) of a 成本 row, or one part of a compound value. */
export interface RateTerm {
  readonly ind: Indicator;
  readonly at: CellPos;
  /** The row's 三级 name, or the part of it that belongs to this part of a compound value. */
  readonly name: string;
  /** The rate as written, e.g. `5242.17元/人/月`. */
  readonly text: string;
  /** Yuan per counted unit per period. */
  readonly rate: Amount;
  /** The denominators as written, `每` removed: [`人`, `月`]. */
  readonly per: ReadonlyArray<string>;
  /** The counted unit (`人`, `个`), null when the rate is per period only (`元/月`). */
  readonly unitWord: string | null;
  /** `月`, `年` … or null when the standard has no period. */
  readonly periodWord: string | null;
  /** Periods per budget year: 月 → 12, 年 → 1, none → 1 (a one-off standard). */
  readonly periods: number;
  /** A total-type range (`10-20万元`): a term with an implicit count of 1. */
  readonly totalType: boolean;
  count: CountInfo | null;
  status: TermStatus;
  reason: UnverifiableReason | null;
  /** Yuan for the year: count × rate × periods; lo is null when a bound leaves it open. */
  product: { readonly lo: number | null; readonly hi: number } | null;
}

export interface CostAnalysis {
  readonly costIndicators: ReadonlyArray<Indicator>;
  readonly totals: ReadonlyArray<TotalItem>;
  /** Sum of the totals, or the one row that equals the sum of the others (`总成本` + its breakdown). */
  readonly totalsYuan: number;
  readonly breakdownTotal: TotalItem | null;
  readonly terms: ReadonlyArray<RateTerm>;
  /** A 成本 value with digits the grammar could not read: it may hold money the sums miss. */
  readonly hasUnreadMoney: boolean;
  /** 年度资金总额 in yuan, null when missing or not positive. */
  readonly fundYuan: number | null;
}

const PEOPLE_WORDS: ReadonlySet<string> = new Set(["人", "名", "位"]);
/** Periods per year by word; a Map, so `元/constructor` is no period and a lookup does not internalise the word. */
const PERIODS: ReadonlyMap<string, number> = new Map([
  ["年", 1],
  ["年度", 1],
  ["月", 12],
  ["个月", 12],
  ["季", 4],
  ["季度", 4],
  ["半年", 2],
]);

/** Relative slack for float noise when comparing yuan (1.14 × 10000 = 11399.999…). */
export const EPS = 1e-9;

/** The table's cost model; TableAnalysis memoises it (`ctx.analysis.cost`), so rules never call this themselves. */
export function analyseCost(table: ProjectTable): CostAnalysis {
  const costIndicators = table.indicators.filter(isCostIndicator);
  const totals: TotalItem[] = [];
  const terms: RateTerm[] = [];
  let hasUnreadMoney = false;
  for (const ind of costIndicators) {
    const v = ind.value;
    if (v.kind === "unparseable" || v.kind === "error") hasUnreadMoney = true;
    const parts: ReadonlyArray<QuantityValue | RangeValue> =
      v.kind === "compound" ? v.parts : v.kind === "quantity" || v.kind === "range" ? [v] : [];
    const names = parts.length > 1 ? splitNames(ind.name, parts.length) : [ind.name];
    parts.forEach((p, i) => {
      if (p.unit.family !== "money") return;
      const name = names[i] ?? ind.name;
      if (p.kind === "quantity" && p.unit.per.length === 0) {
        totals.push({ ind, yuan: p.number * p.unit.scale, text: formatQuantity(p) });
        return;
      }
      terms.push(makeTerm(ind, name, p));
    });
  }
  const fund = table.header.fundTotal?.amount ?? null;
  const fundYuan = fund !== null && Number.isFinite(fund) && fund > 0 ? fund * 10000 : null;
  const { sum: totalsYuan, breakdown } = effectiveTotal(totals);
  pairCounts(table, terms);
  for (const t of terms) resolve(t);
  const a: CostAnalysis = {
    costIndicators,
    totals,
    totalsYuan,
    breakdownTotal: breakdown,
    terms,
    hasUnreadMoney,
    fundYuan,
  };
  return a;
}

/** `指标1: A 指标2: B` in one cell: the names of the parts of a compound value, in order. */
const PREFIX_SPLIT = /\s*指标\s*\d+\s*[:：]\s*/;
const TOTAL_WORD = /总|合计|共计|小计/;
/** A number glued to a preceding digit, decimal point or slash is part of another figure (`1840元/人`). */
const GLUED = /[\d./]/;

function splitNames(name: string, n: number): string[] {
  const pieces = name.split(PREFIX_SPLIT).filter((s) => s.trim().length > 0);
  return pieces.length === n ? pieces : Array.from({ length: n }, () => name);
}

function makeTerm(ind: Indicator, name: string, p: QuantityValue | RangeValue): RateTerm {
  const scale = p.unit.scale;
  const rate: Amount =
    p.kind === "range"
      ? { lo: Math.min(p.low, p.high) * scale, hi: Math.max(p.low, p.high) * scale, shape: "range" }
      : { lo: p.number * scale, hi: p.number * scale, shape: p.op === "<=" || p.op === "<" ? "bound" : "point" };
  const text = p.kind === "range" ? `${p.low}-${p.high}${p.unit.raw}` : formatQuantity(p);
  const per = p.unit.per;
  const unitWords = per.filter((w) => !PERIODS.has(w));
  const periodWords = per.filter((w) => PERIODS.has(w));
  const base = { ind, at: ind.valueCell, name, text, rate, per, count: null, product: null };
  if (unitWords.length > 1 || periodWords.length > 1) {
    // `元/人/天`, `元/人/次`: a second count (days, sessions) the table rarely gives
    return {
      ...base,
      unitWord: unitWords[0] ?? null,
      periodWord: periodWords[0] ?? null,
      periods: 1,
      totalType: false,
      status: "unverifiable",
      reason: "denominators",
    };
  }
  const periodWord = periodWords[0] ?? null;
  const periods = periodWord !== null ? (PERIODS.get(periodWord) ?? 1) : 1;
  const totalType = per.length === 0;
  return {
    ...base,
    unitWord: unitWords[0] ?? null,
    periodWord,
    periods,
    totalType,
    status: "unverifiable",
    reason: "noCount",
  };
}

/** A row that equals the sum of the other rows is their total, not one more item (`总成本 ≤50万元` + breakdown). */
function effectiveTotal(totals: ReadonlyArray<TotalItem>): { sum: number; breakdown: TotalItem | null } {
  const sum = totals.reduce((s, t) => s + t.yuan, 0);
  if (totals.length >= 2) {
    for (const t of totals) {
      const rest = sum - t.yuan;
      const named = TOTAL_WORD.test(t.ind.name);
      if ((totals.length >= 3 || named) && Math.abs(rest - t.yuan) <= 0.005 * t.yuan + EPS)
        return { sum: t.yuan, breakdown: t };
    }
  }
  return { sum, breakdown: null };
}

// ---------------------------------------------------------------------------------------------------------------
// Pairing counts with standards (rules.md 44): `N人` inside the cost name, then the 数量 rows, then the goal text.

function pairCounts(table: ProjectTable, terms: RateTerm[]): void {
  const needing = terms.filter((t) => t.reason === "noCount");
  for (const t of needing) {
    if (t.totalType) {
      t.count = { amount: { lo: 1, hi: 1, shape: "point" }, source: "implicit", text: "1", unitLabel: "" };
      continue;
    }
    const found = countsInText(t.name, t.unitWord);
    if (t.unitWord === null) {
      // `600元/月` with `17人` in the name: per person or a lump sum? Only a name without a count is a lump sum.
      if (countsInText(t.name, "人").length === 0)
        t.count = { amount: { lo: 1, hi: 1, shape: "point" }, source: "implicit", text: "1", unitLabel: "" };
      continue;
    }
    if (found.length === 1) {
      const f = found[0];
      if (f)
        t.count = {
          amount: { lo: f.n, hi: f.n, shape: "point" },
          source: "name",
          text: `${f.n}${f.word}`,
          unitLabel: f.word,
        };
    }
  }
  const open = needing.filter((t) => t.count === null && t.unitWord !== null);
  if (open.length === 0) return;
  pairWithQuantities(table, open);
  pairWithGoal(
    table,
    terms,
    open.filter((t) => t.count === null),
  );
}

interface QuantityCount {
  readonly ind: Indicator;
  readonly amount: Amount;
  readonly unit: Unit;
}

/** The 数量 rows that state a count (quantity, range, or a compound of one unit such as `162个村、36个社区`). */
export function quantityCounts(table: ProjectTable): QuantityCount[] {
  const out: QuantityCount[] = [];
  for (const ind of table.indicators) {
    if (ind.level2 !== "数量指标") continue;
    const c = countOf(ind.value);
    if (c) out.push({ ind, ...c });
  }
  return out;
}

const COUNT_FAMILIES: ReadonlySet<string> = new Set(["people", "count", "times"]);

function countOf(v: ParsedValue): { amount: Amount; unit: Unit } | null {
  if (v.kind === "quantity") {
    if (!COUNT_FAMILIES.has(v.unit.family) || v.unit.per.length > 0) return null;
    const n = v.number * v.unit.scale;
    return { amount: { lo: n, hi: n, shape: v.op === "<=" || v.op === "<" ? "bound" : "point" }, unit: v.unit };
  }
  if (v.kind === "range") {
    if (!COUNT_FAMILIES.has(v.unit.family) || v.unit.per.length > 0) return null;
    return {
      amount: {
        lo: Math.min(v.low, v.high) * v.unit.scale,
        hi: Math.max(v.low, v.high) * v.unit.scale,
        shape: "range",
      },
      unit: v.unit,
    };
  }
  if (v.kind === "compound" && v.parts.length > 0) {
    const first = v.parts[0];
    if (!first || first.kind !== "quantity" || !COUNT_FAMILIES.has(first.unit.family)) return null;
    let n = 0;
    for (const p of v.parts) {
      if (p.kind !== "quantity" || p.op !== "=" || p.unit.family !== first.unit.family) return null;
      n += p.number * p.unit.scale;
    }
    return { amount: { lo: n, hi: n, shape: "point" }, unit: first.unit };
  }
  return null;
}

export function isPeopleUnit(unit: Unit): boolean {
  return PEOPLE_WORDS.has(unit.base);
}

function strictCompat(word: string, unit: Unit): boolean {
  if (PEOPLE_WORDS.has(word)) return PEOPLE_WORDS.has(unit.base);
  return unit.base === word || unit.base === `个${word}`;
}

/** A per-person standard may be counted in 个 when each counted body has one recipient (T7: 党组织 ↔ 书记). */
function looseCompat(word: string, unit: Unit): boolean {
  if (strictCompat(word, unit)) return true;
  if (PEOPLE_WORDS.has(word)) return unit.family === "people" || unit.base === "个";
  return false;
}

function pairWithQuantities(table: ProjectTable, open: RateTerm[]): void {
  const counts = quantityCounts(table);
  if (counts.length === 0) return;
  // one standard, one 数量 row in its unit (T16 199人 × 元/人/月, T20 4个 × 万元/个)
  if (open.length === 1) {
    const t = open[0];
    if (t && t.unitWord !== null) {
      const word = t.unitWord;
      const strict = counts.filter((c) => strictCompat(word, c.unit));
      if (strict.length === 1 && strict[0]) {
        t.count = fromQuantity(strict[0]);
        return;
      }
    }
  }
  // several standards: pair by the words that tell the 数量 rows apart (T7 一星级 … 四星级); a pair of characters
  // found in exactly one 数量 name belongs to that row
  const owner = new Map<string, number>();
  const seen = new Set<string>();
  counts.forEach((c, i) => {
    for (const g of bigrams(c.ind.name)) {
      if (seen.has(g)) owner.delete(g);
      else {
        seen.add(g);
        owner.set(g, i);
      }
    }
  });
  const claim = new Map<number, RateTerm[]>();
  for (const t of open) {
    if (t.unitWord === null) continue;
    const word = t.unitWord;
    const hits = new Set<number>();
    for (const g of bigrams(t.name)) {
      const i = owner.get(g);
      const c = i === undefined ? undefined : counts[i];
      // another unit is trusted only when several 数量 rows were told apart by this name
      if (i !== undefined && c && (strictCompat(word, c.unit) || (counts.length >= 2 && looseCompat(word, c.unit))))
        hits.add(i);
    }
    if (hits.size !== 1) continue;
    const i = [...hits][0] ?? -1;
    claim.set(i, [...(claim.get(i) ?? []), t]);
  }
  for (const [i, ts] of claim) {
    const c = counts[i];
    const t = ts[0];
    if (ts.length === 1 && c && t) t.count = fromQuantity(c);
  }
}

function fromQuantity(c: QuantityCount): CountInfo {
  return { amount: c.amount, source: "quantity", text: c.ind.valueText.trim(), unitLabel: c.unit.base, ind: c.ind };
}

/** Character pairs of the CJK and Latin text (no digits: years and amounts do not tell rows apart). */
function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  const chars = Array.from(stripSpaces(toHalfWidth(s)));
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i] ?? "";
    const b = chars[i + 1] ?? "";
    if (WORD_CHAR.test(a) && WORD_CHAR.test(b)) out.add(a + b);
  }
  return out;
}

const WORD_CHAR = /^[\u4e00-\u9fffA-Za-z]$/;

/** T10: counts written only in the goal (`10名书记、1名副书记、20名委员`), matched by the role named after them. */
function pairWithGoal(table: ProjectTable, all: ReadonlyArray<RateTerm>, open: RateTerm[]): void {
  const goal = table.header.goal?.value?.text ?? "";
  if (open.length === 0 || !goal) return;
  const people = all.filter((t) => t.unitWord !== null && PEOPLE_WORDS.has(t.unitWord));
  if (people.length === 0) return;
  const got = new Map<RateTerm, Array<{ n: number; text: string }>>();
  for (const m of goalCounts(goal)) {
    let owner: RateTerm | null = null;
    let role = "";
    for (let len = m.role.length; len >= 2 && owner === null; len--) {
      const prefix = m.role.slice(0, len);
      const hits = people.filter((t) => t.name.includes(prefix));
      if (hits.length === 1) {
        owner = hits[0] ?? null;
        role = prefix;
      } else if (hits.length > 1) break; // the role names several standards: ambiguous
    }
    if (owner && open.includes(owner))
      got.set(owner, [...(got.get(owner) ?? []), { n: m.n, text: `${m.text}${role}` }]);
  }
  for (const [t, ms] of got) {
    const n = ms.reduce((s, m) => s + m.n, 0);
    t.count = {
      amount: { lo: n, hi: n, shape: "point" },
      source: "goal",
      text: ms.map((m) => m.text).join(" + "),
      unitLabel: "人",
    };
  }
}

const NUMBER_G = /\d+(?:\.\d+)?/g;
const ROLE_STOP = /[\d、，,。；;：:\s（(）)“”"/]/;

/** `10名书记` → {n: 10, role: 书记}. */
function goalCounts(goal: string): Array<{ n: number; role: string; text: string }> {
  const text = toHalfWidth(goal);
  const out: Array<{ n: number; role: string; text: string }> = [];
  for (const m of text.matchAll(NUMBER_G)) {
    const start = (m.index ?? 0) + m[0].length;
    const word = text[start] ?? "";
    if (!PEOPLE_WORDS.has(word) || text[start + 1] === "次") continue;
    if (m.index !== undefined && m.index > 0 && GLUED.test(text[m.index - 1] ?? "")) continue;
    let role = "";
    for (const ch of text.slice(start + 1, start + 13)) {
      if (ROLE_STOP.test(ch)) break;
      role += ch;
    }
    if (role.length >= 2) out.push({ n: parseFloat(m[0]), role, text: `${m[0]}${word}` });
  }
  return out;
}

/** `离职村书记、村主任17人` → [{n: 17, word: 人}]: counts in the unit of a standard written inside a name. */
export function countsInText(name: string, unitWord: string | null): Array<{ n: number; word: string }> {
  if (unitWord === null) return [];
  const words = PEOPLE_WORDS.has(unitWord) ? [...PEOPLE_WORDS] : [unitWord];
  const text = toHalfWidth(name);
  const out: Array<{ n: number; word: string }> = [];
  for (const m of text.matchAll(NUMBER_G)) {
    const idx = m.index ?? 0;
    if (GLUED.test(text[idx - 1] ?? "")) continue;
    const after = text.slice(idx + m[0].length).trimStart();
    const w = words.find((x) => after.startsWith(x));
    if (!w) continue;
    if (after.startsWith(`${w}次`)) continue; // 人次 counts visits, not people
    out.push({ n: parseFloat(m[0]), word: w });
  }
  return out;
}

function resolve(t: RateTerm): void {
  if (t.reason === "denominators") return;
  const c = t.count;
  if (!c) {
    t.status = "unverifiable";
    t.reason = "noCount";
    return;
  }
  const k = c.amount;
  const r = t.rate;
  if (k.shape === "bound" && r.shape === "point") {
    // `小于199人` × an exact standard (T17): a headcount written as a ceiling, most likely a misused operator
    t.status = "unverifiable";
    t.reason = "countBound";
    return;
  }
  if (k.shape === "point" && r.shape !== "range") {
    const v = k.lo * r.hi * t.periods;
    t.status = "determinate";
    t.reason = null;
    t.product = { lo: v, hi: v };
    return;
  }
  t.status = "range";
  t.reason = null;
  const lo = k.shape === "bound" || r.shape === "bound" ? null : k.lo * r.lo * t.periods;
  t.product = { lo, hi: k.hi * r.hi * t.periods };
}
