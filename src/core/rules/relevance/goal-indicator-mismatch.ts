// review-criteria.md C13: the indicators decompose the goal — every quantity the 年度总体目标 states (`280人次`,
// `20门`, `≥95%`) has an indicator with the same number in the same unit family (§2.1 steps 1–3). Money is
// goal-amount-mismatch's (rules.md §6 A13) and is skipped here.
import { z } from "zod";
import { optionsOf, type TableRule } from "../types";
import { DEFAULT_GENERIC_WORDS, DEFAULT_STOP_BIGRAMS } from "../../analysis/bigrams";
import { goalCoverage, indicatorLevel1 } from "../../analysis/coverage";
import { DEFAULT_CLAUSE_VERBS, goalClauses, type GoalQuantity } from "../../analysis/goal";

const OPTIONS = z.object({
  stopBigrams: z
    .array(z.string())
    .default([...DEFAULT_STOP_BIGRAMS])
    .describe("比较目标与指标时不算共同内容的双字（工作、提高、保障、项目等）"),
  genericWords: z
    .array(z.string())
    .default([...DEFAULT_GENERIC_WORDS])
    .describe("比较前从指标名称中去掉的通用词（完成率、满意度、经费等）"),
  clauseVerbs: z
    .array(z.string())
    .default([...DEFAULT_CLAUSE_VERBS])
    .describe("逗号后以这些动词开头时，年度目标在此分为两个分句"),
  shareWords: z
    .array(z.string())
    .default(["负担", "承担", "配套", "财政", "资金", "经费", "预算", "补助比例"])
    .describe("百分数前出现这些词时是资金分担比例（如“县级财政负担20%”），不要求对应指标"),
});

/** A clause quoted in a message: long clauses are cut, the quantity stays readable. */
const QUOTE_MAX = 40;
/** Quantities listed in one message at most. */
const LIST_MAX = 5;

function quote(s: string): string {
  return s.length > QUOTE_MAX ? `${s.slice(0, QUOTE_MAX)}…` : s;
}

/** `每月开展1次`, `每人每年培训2期`: a frequency or a per-head figure, not the year's total an indicator states. */
const PER_PERIOD = /每(?:人|户|名|个|年|季度?|月|周|日|天|次|期|班)[^,，、;；]{0,4}$/;

function isPerPeriod(clauseText: string, q: GoalQuantity): boolean {
  return PER_PERIOD.test(clauseText.slice(Math.max(0, q.start - 8), q.start));
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

interface Paired {
  readonly quantity?: { readonly goalIndex: number; readonly indicatorValue: number };
}

/**
 * The goal's figure and the indicators split the same total differently: the rows paired with the goal quantity add
 * up to it (`培训300人次` against `A班 200人次` + `B班 100人次`), or the clause's figures of this unit add up to a
 * row paired with one of them (`A班200人次、B班100人次` against `培训人次 300人次`).
 */
function isBreakdown(k: number, all: ReadonlyArray<GoalQuantity>, matches: ReadonlyArray<Paired>): boolean {
  const q = all[k];
  if (q === undefined) return false;
  const parts = matches.filter((m) => m.quantity?.goalIndex === k).map((m) => m.quantity?.indicatorValue ?? 0);
  if (
    parts.length > 1 &&
    same(
      parts.reduce((a, b) => a + b, 0),
      q.number * q.scale,
    )
  )
    return true;
  const unit = (o: GoalQuantity): string => `${o.family}|${o.per.join("/")}`;
  const sameUnit = all.map((o, i) => (unit(o) === unit(q) ? i : -1)).filter((i) => i >= 0);
  if (sameUnit.length < 2) return false;
  const goalSum = sameUnit.reduce((a, i) => a + (all[i]?.number ?? 0) * (all[i]?.scale ?? 1), 0);
  return matches.some(
    (m) =>
      m.quantity !== undefined && sameUnit.includes(m.quantity.goalIndex) && same(m.quantity.indicatorValue, goalSum),
  );
}

export const goalIndicatorMismatch: TableRule = {
  meta: {
    id: "goal-indicator-mismatch",
    origin: "issue 10, review-criteria.md C13",
    severity: "warning",
    category: "relevance",
    opinion: { default: 3, byData: { key: "gap", map: { 缺少指标: 1 } } },
    scope: "table",
    options: OPTIONS,
    messageSeverity: { noIndicator: "info" },
    description:
      "年度总体目标中写明的数量（人次、门、个、%等）应有同类单位、数值相同的绩效指标与之对应；金额由 goal-amount-mismatch 检查。",
    notes:
      "Built on src/core/analysis/coverage.ts. A goal quantity is covered by an indicator stating the same number in the same unit family (scales applied: 6万人 = 60000人; a bare indicator number counts when the names share content; a quantity written in the indicator's name counts too). A different number is reported on the indicator's value cell — the row a reviewer's opinion is attached to, and the cell the clerk most likely corrects — when the indicator is the goal quantity's nearest counterpart: same unit family and denominators, sharing the words that name the quantity (for a percentage: a rate word such as 合格率; many rates in one table must not pair by chance). A breakdown is not a mismatch: the rows paired with a goal figure add up to it, or the clause's figures of that unit add up to the row's. Quantities with no counterpart are listed per clause as info on the goal cell. Money (万元/元) is left to goal-amount-mismatch; percentages after funding-share words (`县级财政负担20%`) and per-period or per-head figures (`每月开展1次`) are skipped. A table without any 产出 indicator is skipped (required-level2-missing reports that; partial tables stop there).",
    messages: {
      different:
        "年度总体目标写的是“{{goal}}”（“{{clause}}”），对应的三级指标“{{name}}”的指标值却是“{{value}}”，两者不一致。请核对后统一：指标值应与目标中的数量相同，或按实际修改年度总体目标。",
      noIndicator:
        "年度总体目标中的“{{clause}}”写了{{quantities}}，但没有单位同类、数值相同的绩效指标与之对应，评审无法据以考核。请增加衡量这一数量的三级指标（指标值与目标一致），或删去目标中不考核的数量。",
    },
  },
  check(ctx) {
    const { stopBigrams, genericWords, clauseVerbs, shareWords } = optionsOf(OPTIONS, ctx);
    const t = ctx.table;
    if (!t.indicators.some((i) => indicatorLevel1(i) === "产出指标" && i.name.trim() !== "")) return;
    // money is goal-amount-mismatch's: a goal stating only amounts (or nothing countable) has nothing to compare here
    const clauses = goalClauses(t, { clauseVerbs });
    if (!clauses.some((c) => c.quantities.some((q) => q.family !== "money"))) return;
    const cov = goalCoverage(t, {
      stopBigrams,
      genericWords,
      clauseVerbs,
      quantitiesOnly: true,
      isNa: ctx.analysis.isNa,
    });
    const isShare = (clauseText: string, q: GoalQuantity): boolean =>
      q.family === "percent" && shareWords.some((w) => clauseText.slice(Math.max(0, q.start - 8), q.start).includes(w));
    const reported = new Set<number>();
    for (const { clause, matches } of cov.clauses) {
      const missing: string[] = [];
      clause.quantities.forEach((q, k) => {
        if (q.family === "money" || isShare(clause.text, q) || isPerPeriod(clause.text, q)) return;
        const paired = matches.filter((m) => m.quantity?.goalIndex === k);
        if (paired.some((m) => m.quantity?.equal)) return;
        if (isBreakdown(k, clause.quantities, matches)) return;
        // the nearest counterpart: the indicator sharing most content with the clause (matches are in table order)
        const nearest = paired.reduce<(typeof paired)[number] | undefined>(
          (best, m) => (best === undefined || m.words.length > best.words.length ? m : best),
          undefined,
        );
        if (nearest === undefined) {
          missing.push(`“${q.text}”`);
          return;
        }
        if (reported.has(nearest.indicatorIndex)) return;
        reported.add(nearest.indicatorIndex);
        const ind = t.indicators[nearest.indicatorIndex];
        if (!ind) return;
        ctx.report({
          at: ind.valueCell,
          messageId: "different",
          data: {
            goal: q.text,
            clause: quote(clause.text),
            name: ind.name,
            value: ind.valueText.trim(),
            gap: "数量不一致",
          },
        });
      });
      if (missing.length === 0) continue;
      const listed =
        missing.slice(0, LIST_MAX).join("、") + (missing.length > LIST_MAX ? ` 等${missing.length}处` : "");
      ctx.report({
        at: clause.cell,
        messageId: "noIndicator",
        data: { clause: quote(clause.text), quantities: listed, gap: "缺少指标" },
      });
    }
  },
};
