// Goal ↔ indicator coverage (review-criteria.md §2.1): which 产出 / 效益 / 满意度 indicators each goal clause is
// decomposed into, by shared content (character bigrams) and by stated quantities; goal clauses and indicators with
// no counterpart. The evidence behind goal-indicator-mismatch and the task pane's coverage view. Deterministic: the
// same table gives the same coverage, matches in indicator order.
import { level2Def } from "../form/catalogue";
import type { Indicator, ProjectTable } from "../layout/model";
import { textKey } from "../text";
import { isNaText } from "../form/na";
import type { UnitFamily } from "../values/types";
import { cjkBigrams, DEFAULT_GENERIC_WORDS, DEFAULT_STOP_BIGRAMS, sharedWords, withoutGeneric } from "./bigrams";
import { goalClauses, quantitiesIn, type GoalClause, type GoalQuantity } from "./goal";

export interface CoverageOptions {
  /** Bigrams that never count as shared content (default DEFAULT_STOP_BIGRAMS). */
  readonly stopBigrams?: ReadonlyArray<string>;
  /** Generic indicator words cut out before comparing (default DEFAULT_GENERIC_WORDS). */
  readonly genericWords?: ReadonlyArray<string>;
  /** The 一级 whose indicators are compared with the goal (default 产出指标, 效益指标, 满意度指标). */
  readonly level1?: ReadonlyArray<string>;
  /** Verbs that open a goal clause after a comma (default DEFAULT_CLAUSE_VERBS). */
  readonly clauseVerbs?: ReadonlyArray<string>;
  /**
   * Only the clauses that state a quantity (goal-indicator-mismatch reads no other): the others are left out of
   * `clauses`, and `orphanIndicators` is then not computed (empty). The view asks for everything.
   */
  readonly quantitiesOnly?: boolean;
  /** What says 不适用 under the policy in force (TableAnalysis.isNa); default: the built-in vocabulary. */
  readonly isNa?: (text: string) => boolean;
}

export interface QuantityPairing {
  /** The goal quantity as written (`280人次`). */
  readonly goal: string;
  /** The indicator's quantity as written (`≥260人次`). */
  readonly indicator: string;
  /** Same number in the same unit family (scales applied: `6万人` = `60000人`). */
  readonly equal: boolean;
  /** Index of the goal quantity in the clause's `quantities`. */
  readonly goalIndex: number;
  /** Both numbers in the family's base unit (`6万人` → 60000), for sums over a breakdown. */
  readonly goalValue: number;
  readonly indicatorValue: number;
}

export interface CoverageMatch {
  /** Index in table.indicators. */
  readonly indicatorIndex: number;
  readonly level1: string | null;
  /** Shared content (merged bigrams) and, for a quantity match, the goal quantity: what the view highlights. */
  readonly words: ReadonlyArray<string>;
  readonly quantity?: QuantityPairing;
}

export interface ClauseCoverage {
  readonly clause: GoalClause;
  readonly matches: ReadonlyArray<CoverageMatch>;
}

export interface GoalCoverage {
  readonly clauses: ReadonlyArray<ClauseCoverage>;
  /** Indices (table.indicators) of compared indicators that match no clause. */
  readonly orphanIndicators: ReadonlyArray<number>;
}

export const DEFAULT_COVERAGE_LEVEL1: ReadonlyArray<string> = ["产出指标", "效益指标", "满意度指标"];

/** The 一级 an indicator belongs to: as the sheet labels it, else the parent of its 二级 (a table without 一级 labels). */
export function indicatorLevel1(ind: Indicator): string | null {
  return ind.level1 ?? (ind.level2 !== null ? level2Def(ind.level2).parent : null);
}

/** A quantity on the indicator side: from the value or written in the name (`任职满20年以上…数量`). */
interface IndicatorQuantity {
  readonly text: string;
  readonly number: number;
  readonly scale: number;
  /** `none`: a bare number (`新增高新技术企业 | 15`). */
  readonly family: UnitFamily;
  readonly per: string;
}

/** Characters before a goal quantity that name what it counts (`培训合格率达到` of `培训合格率达到95%`). */
const LEAD_CHARS = 8;
const LEAD_STOP = /[,，、;；:：()（）]/;
/** A bigram that names a rate: `格率`, `意度`, `比例`, `占比`. */
const RATE_BIGRAM = /率$|度$|^比例$|^占比$/;

function indicatorQuantities(ind: Indicator): IndicatorQuantity[] {
  const out: IndicatorQuantity[] = [];
  const text = ind.valueText.trim();
  const v = ind.value;
  const parts = v.kind === "quantity" ? [v] : v.kind === "compound" ? v.parts : [];
  for (const p of parts) {
    if (p.kind !== "quantity") continue;
    out.push({ text, number: p.number, scale: p.unit.scale, family: p.unit.family, per: p.unit.per.join("/") });
  }
  for (const q of quantitiesIn(ind.name))
    out.push({ text: q.text, number: q.number, scale: q.scale, family: q.family, per: q.per.join("/") });
  return out;
}

/** The text naming a goal quantity: the clause's characters before it, back to the previous comma or enumeration mark. */
function leadOf(clause: GoalClause, q: GoalQuantity): string {
  const before = clause.text.slice(Math.max(0, q.start - LEAD_CHARS), q.start);
  let i = before.length;
  while (i > 0 && !LEAD_STOP.test(before.charAt(i - 1))) i--;
  return before.slice(i);
}

/** A name with nothing to compare: blank or a `不涉及` / `/` marker. */
function isBlankName(name: string, isNa: (text: string) => boolean): boolean {
  const k = textKey(name);
  return k === "" || isNa(k);
}

interface Candidate {
  pairing: QuantityPairing;
  lead: number;
}

/** A number as a map key: equal within 12 significant digits (`0.1 + 0.2` is `0.3`). */
function numberKey(n: number): number {
  return Number(n.toPrecision(12));
}

/** An indicator's quantities by unit family and denominators, and its bare numbers: one lookup per goal quantity. */
interface QuantityIndex {
  readonly byUnit: ReadonlyMap<string, { first: IndicatorQuantity; byValue: ReadonlyMap<number, IndicatorQuantity> }>;
  readonly bare: ReadonlyMap<number, IndicatorQuantity>;
}

function unitKey(family: UnitFamily, per: string): string {
  return `${family}|${per}`;
}

function indexQuantities(iqs: ReadonlyArray<IndicatorQuantity>): QuantityIndex {
  const byUnit = new Map<string, { first: IndicatorQuantity; byValue: Map<number, IndicatorQuantity> }>();
  const bare = new Map<number, IndicatorQuantity>();
  for (const iq of iqs) {
    if (iq.family === "none") {
      if (!bare.has(numberKey(iq.number))) bare.set(numberKey(iq.number), iq);
      continue;
    }
    const key = unitKey(iq.family, iq.per);
    let entry = byUnit.get(key);
    if (!entry) byUnit.set(key, (entry = { first: iq, byValue: new Map() }));
    const v = numberKey(iq.number * iq.scale);
    if (!entry.byValue.has(v)) entry.byValue.set(v, iq);
  }
  return { byUnit, bare };
}

/** The goal quantity an indicator states best: equal numbers first, then the one whose naming words it shares most. */
/** What pairing needs of a clause's quantities, computed once per clause rather than once per indicator. */
interface ClauseQuantities {
  /** Quantities per unit family. */
  readonly perFamily: ReadonlyMap<string, number>;
  /** Per quantity: its unit key, numberKey(number × scale) and numberKey(number). */
  readonly keys: ReadonlyArray<{ readonly unit: string; readonly scaled: number; readonly plain: number }>;
}

function clauseQuantities(clause: GoalClause): ClauseQuantities {
  const perFamily = new Map<string, number>();
  for (const q of clause.quantities) perFamily.set(q.family, (perFamily.get(q.family) ?? 0) + 1);
  const keys = clause.quantities.map((q) => ({
    unit: unitKey(q.family, q.per.join("/")),
    scaled: numberKey(q.number * q.scale),
    plain: numberKey(q.number),
  }));
  return { perFamily, keys };
}

function pair(
  clause: GoalClause,
  cq: ClauseQuantities,
  leads: ReadonlyArray<ReadonlyArray<string>>,
  nameBigrams: ReadonlySet<string>,
  hasWords: boolean,
  index: QuantityIndex,
): Candidate | null {
  let best: Candidate | null = null;
  const perFamily = cq.perFamily;
  const consider = (c: Candidate): void => {
    if (
      best === null ||
      (c.pairing.equal && !best.pairing.equal) ||
      (c.pairing.equal === best.pairing.equal && c.lead > best.lead)
    )
      best = c;
  };
  for (let k = 0; k < clause.quantities.length; k++) {
    const q = clause.quantities[k];
    const key = cq.keys[k];
    if (q === undefined || key === undefined) continue;
    const entry = index.byUnit.get(key.unit);
    const bareHit = index.bare.get(key.plain) ?? index.bare.get(key.scaled);
    // nothing of this unit and no equal bare number: no candidate, whatever the words
    if (entry === undefined && bareHit === undefined) continue;
    const lead = (leads[k] ?? []).filter((b) => nameBigrams.has(b));
    const candidate = (iq: IndicatorQuantity, equal: boolean): Candidate => ({
      pairing: {
        goal: q.text,
        indicator: iq.text,
        equal,
        goalIndex: k,
        goalValue: q.number * q.scale,
        indicatorValue: iq.number * iq.scale,
      },
      lead: lead.length,
    });
    if (entry) {
      const eq = entry.byValue.get(key.scaled);
      const equal = eq !== undefined;
      const accepted =
        q.family === "percent"
          ? // many rates in one table: a percentage pairs only with a row named like it, a different one only by its rate word
            lead.length > 0 && (equal || lead.some((b) => RATE_BIGRAM.test(b)))
          : equal || lead.length > 0 || (hasWords && (perFamily.get(q.family) ?? 0) === 1);
      if (accepted) consider(candidate(eq ?? entry.first, equal));
    }
    // a bare number: only an equal one, and only with shared content
    if (bareHit !== undefined && (hasWords || lead.length > 0)) consider(candidate(bareHit, true));
  }
  return best;
}

/** Goal clauses against the table's 产出 / 效益 / 满意度 indicators (review-criteria.md §2.1). */
export function goalCoverage(table: ProjectTable, options: CoverageOptions = {}): GoalCoverage {
  const stop = options.stopBigrams ?? DEFAULT_STOP_BIGRAMS;
  const generic = options.genericWords ?? DEFAULT_GENERIC_WORDS;
  const level1 = options.level1 ?? DEFAULT_COVERAGE_LEVEL1;
  const all = goalClauses(table, { clauseVerbs: options.clauseVerbs });
  const clauses = options.quantitiesOnly ? all.filter((c) => c.quantities.length > 0) : all;
  if (options.quantitiesOnly && clauses.length === 0) return { clauses: [], orphanIndicators: [] };
  const cqs = clauses.map(clauseQuantities);
  // with quantitiesOnly, an indicator no clause quantity can pair with (no such unit, no equal bare number) matches
  // nothing the caller reads: it is left out before its bigrams are taken
  const units = new Set<string>();
  const numbers = new Set<number>();
  for (const cq of cqs)
    for (const k of cq.keys) {
      units.add(k.unit);
      numbers.add(k.plain).add(k.scaled);
    }
  const mayPair = (q: QuantityIndex): boolean =>
    [...q.byUnit.keys()].some((u) => units.has(u)) || [...q.bare.keys()].some((n) => numbers.has(n));
  const compared = table.indicators
    .map((ind, index) => ({ ind, index }))
    .filter(({ ind }) => {
      const l1 = indicatorLevel1(ind);
      return l1 !== null && level1.includes(l1) && !isBlankName(ind.name, options.isNa ?? isNaText);
    })
    .map(({ ind, index }) => ({ ind, index, quantities: indexQuantities(indicatorQuantities(ind)) }))
    .filter((c) => !options.quantitiesOnly || mayPair(c.quantities))
    .map((c) => {
      const name = withoutGeneric(c.ind.name, generic);
      return {
        ...c,
        name,
        bigrams: new Set(cjkBigrams(name, { stop })),
        plainBigrams: new Set(cjkBigrams(c.ind.name, { stop })),
      };
    });

  const raw = clauses.map((clause, ci) => {
    const clauseBigrams = new Set(cjkBigrams(clause.text, { stop, generic }));
    const leads = clause.quantities.map((q) => cjkBigrams(leadOf(clause, q), { stop }));
    const cq = cqs[ci] ?? clauseQuantities(clause);
    const matches: Array<{
      indicatorIndex: number;
      level1: string | null;
      words: string[];
      pairing: Candidate | null;
    }> = [];
    for (const c of compared) {
      // scan the smaller side: a goal of many clauses against a long name stays linear
      const [few, many] =
        c.bigrams.size <= clauseBigrams.size ? [c.bigrams, clauseBigrams] : [clauseBigrams, c.bigrams];
      let shared: Set<string> | null = null;
      for (const b of few) if (many.has(b)) (shared ??= new Set()).add(b);
      const words =
        shared === null
          ? []
          : c.name.length <= clause.text.length
            ? sharedWords(c.name, clause.text, shared)
            : sharedWords(clause.text, c.name, shared);
      const pairing =
        clause.quantities.length > 0 ? pair(clause, cq, leads, c.plainBigrams, words.length > 0, c.quantities) : null;
      if (words.length === 0 && pairing === null) continue;
      matches.push({ indicatorIndex: c.index, level1: indicatorLevel1(c.ind), words, pairing });
    }
    return { clause, matches };
  });

  // a goal quantity some indicator states exactly is covered: nearer-but-different rows are not paired with it
  const covered = new Set<string>();
  raw.forEach((r, ci) => {
    for (const m of r.matches) if (m.pairing?.pairing.equal) covered.add(`${ci}|${m.pairing.pairing.goalIndex}`);
  });
  const result: ClauseCoverage[] = raw.map((r, ci) => ({
    clause: r.clause,
    matches: r.matches.flatMap((m): CoverageMatch[] => {
      const p = m.pairing?.pairing;
      const keep = p !== undefined && (p.equal || !covered.has(`${ci}|${p.goalIndex}`));
      if (!keep && m.words.length === 0) return [];
      const base = { indicatorIndex: m.indicatorIndex, level1: m.level1 };
      if (!keep || p === undefined) return [{ ...base, words: m.words }];
      const words = m.words.includes(p.goal) ? m.words : [...m.words, p.goal];
      return [{ ...base, words, quantity: p }];
    }),
  }));
  if (options.quantitiesOnly) return { clauses: result, orphanIndicators: [] };
  const matched = new Set(result.flatMap((r) => r.matches.map((m) => m.indicatorIndex)));
  return {
    clauses: result,
    orphanIndicators: compared.map((c) => c.index).filter((i) => !matched.has(i)),
  };
}
