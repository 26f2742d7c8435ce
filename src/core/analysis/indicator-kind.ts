// What kind of measure an indicator is, from its name and value: the lexicon matcher the reviewer rules of
// issue 10 share (boilerplate benefits, process measures, outputs under 效益) and the rate / count / direction tests
// of the target rules. Lexicons are data passed in by the rules (their options), never province strings kept here.
import type { Indicator } from "../layout/model";
import type { ParsedValue, QuantityValue, Unit } from "../values/types";
import { isBenefitLevel2 } from "../form/catalogue";
import { textKey } from "../text";

/**
 * A lexicon entry's `…` stands for up to this many characters of one clause: `保障…正常运转` matches
 * `保障沙坡头区老年大学活动正常运转` but not two sentences that happen to hold both words.
 */
const GAP = "[^,，。;；!！?？:：、]{0,16}";
const SPECIAL = /[.*+?^${}()|[\]\\]/g;

export interface Lexicon {
  /** The entry the text matched, as written in the lexicon, or null. */
  match(text: string): string | null;
}

/** Compiles lexicon entries (`资金到位`, `保障…正常运转`) once; matching is linear in the text for each entry. */
export function lexicon(entries: ReadonlyArray<string>): Lexicon {
  const compiled = entries
    .map((e) => e.trim())
    .filter((e) => e.length > 0)
    .map((e) => ({
      entry: e,
      re: new RegExp(
        e
          .split(/…+|\.{3,}/)
          .map((p) => p.replace(SPECIAL, "\\$&"))
          .join(GAP),
      ),
    }));
  return {
    match(text) {
      for (const c of compiled) if (c.re.test(text)) return c.entry;
      return null;
    },
  };
}

/** Lexicons are compiled once per distinct option value (a policy may change them; the engine passes the same array). */
const cache = new WeakMap<ReadonlyArray<string>, Lexicon>();

export function cachedLexicon(entries: ReadonlyArray<string>): Lexicon {
  let lx = cache.get(entries);
  if (!lx) {
    lx = lexicon(entries);
    cache.set(entries, lx);
  }
  return lx;
}

/** A 效益 row: one of the 效益 二级, or an unnamed 二级 under the 效益 一级. */
export function isBenefitRow(ind: Indicator): boolean {
  return ind.level2 !== null ? isBenefitLevel2(ind.level2) : ind.level1 === "效益指标";
}

/** A value that says "not applicable" or is left empty: nothing to judge. */
export function isAbsentValue(v: ParsedValue): boolean {
  return v.kind === "na" || v.kind === "empty";
}

/** A percentage in percent (‰ converted). */
export function percentValue(v: QuantityValue): number {
  return v.unit.base === "‰" ? v.number / 10 : v.number;
}

/** A single percentage target (`≥95%`, `100%`, `=100百分比`). */
export function isRate(v: ParsedValue): v is QuantityValue {
  return v.kind === "quantity" && v.unit.family === "percent";
}

/** A target that cannot be exceeded: `100%`, `=100%`, `≥100%` (above 100 is percent-out-of-range's). */
export function isFullRate(v: ParsedValue): boolean {
  return isRate(v) && (v.op === ">=" || v.op === "=" || v.op === ">") && percentValue(v) >= 100;
}

/** A count target (人, 人次, 次, 个 …) without a per-unit denominator. */
export function isCount(v: ParsedValue): v is QuantityValue {
  return (
    v.kind === "quantity" &&
    (v.unit.family === "people" || v.unit.family === "times" || v.unit.family === "count") &&
    v.unit.per.length === 0
  );
}

export type Direction = "positive" | "reverse" | "neutral";

/**
 * Whether more is better: a 指标方向/指标性质 column's 正向/反向/中性 wins; else a `≤`/`<` target is reverse; else a
 * name with a reverse word (故障率, 差错率 …); else positive.
 */
export function directionOf(ind: Indicator, reverseWords: Lexicon): Direction {
  const col = ind.extras["direction"]?.text ?? "";
  if (/反向/.test(col)) return "reverse";
  if (/中性/.test(col)) return "neutral";
  if (/正向/.test(col)) return "positive";
  const v = ind.value;
  if ((v.kind === "quantity" && (v.op === "<=" || v.op === "<")) || reverseWords.match(textKey(ind.name)) !== null)
    return "reverse";
  return "positive";
}

/** The value in its family's base unit (万元 → 元, ‰ → %), for comparing two values of one family. */
export function inBaseUnit(v: QuantityValue): number {
  return v.unit.family === "percent" ? percentValue(v) : v.number * v.unit.scale;
}

/** Two units measure the same thing: same family, and for counts and the like the same base word (人 vs 人次). */
export function sameMeasure(a: Unit, b: Unit): boolean {
  if (a.family !== b.family || a.family === "none" || a.family === "other") return false;
  if (a.family === "percent" || a.family === "money") return a.per.join("/") === b.per.join("/");
  return a.base === b.base && a.per.join("/") === b.per.join("/");
}
