// rules.md §6 E44: count × unit standard × period must match 年度资金总额; info cost-unverifiable when no count pairs.
import { z } from "zod";
import { optionsOf, type TableRule } from "../types";

const OPTIONS = z.object({
  tolerance: z.number().nonnegative().default(0.05).describe("数量×标准×期数与资金总额允许的相对误差"),
});
import { EPS, type RateTerm } from "../../analysis/cost";
import { termFormula, trimNumber, wan } from "./util";

export const costDerivedMismatch: TableRule = {
  meta: {
    id: "cost-derived-mismatch",
    severity: "warning",
    category: "cost",
    opinion: 11,
    scope: "table",
    options: OPTIONS,
    description: "成本指标中的单位标准乘以数量和期数（人数×元/人/月×12）应与年度资金总额相符。",
    notes:
      "Reports only a derived amount ABOVE the total (beyond derivedTolerance); a shortfall is cost-below-budget's, so one gap gives one finding. Only the products are compared (not products + total rows) because tables often list a total row and its unit standards. Counts are paired from `N人` in the cost name, a 数量 row in the standard's unit or told apart by name (T7 一星级…), or `N名<role>` in the goal (T10); a headcount written only as a ceiling (`小于199人`) or a standard with two denominators (元/人/天) gives cost-unverifiable.",
    messages: {
      over: "按数量×标准×期数测算，成本为 {{formula}} = {{sum}} 万元，是年度资金总额 {{total}} 万元的 {{ratio}} 倍。{{hint}}请核对人数是否为本年度实际补助人数、标准是否为本年度标准，使三者乘积与预算一致。",
      noCount:
        "成本指标“{{value}}”是单位标准，但表中没有可与之对应的数量（人数、个数），无法核对“数量×标准×期数”是否等于年度资金总额 {{total}} 万元。{{implied}}请在数量指标中写明补助对象人数，例如“补贴发放人数 ≥{{example}}{{unit}}”。",
      countBound:
        "数量指标“{{count}}”只给出上限，无法与成本指标“{{value}}”核对年度资金总额 {{total}} 万元。{{implied}}请写明本年度计划人数，例如“≥{{example}}{{unit}}”。",
      denominators:
        "成本指标“{{value}}”含有两个以上的分母（如“元/人/天”），表中缺少对应的人数或天数，无法核对是否等于年度资金总额 {{total}} 万元。请在数量指标中写明人数和天数，或改写为“元/人/年”等可核对的标准。",
    },
    subIds: { "cost-unverifiable": "info" },
  },
  check(ctx) {
    const { tolerance } = optionsOf(OPTIONS, ctx);
    const a = ctx.analysis.cost;
    if (a.fundYuan === null) return;
    const fund = a.fundYuan;
    const determinate = a.terms.filter((t) => t.status === "determinate");
    const derived = determinate.reduce((s, t) => s + (t.product?.hi ?? 0), 0);
    const first = determinate[0];
    if (first && derived > fund * (1 + tolerance) * (1 + EPS)) {
      ctx.report({
        at: first.at,
        messageId: "over",
        data: {
          formula: determinate.map(termFormula).join(" + "),
          sum: wan(derived, 2),
          total: wan(fund),
          ratio: trimNumber(derived / fund, 2),
          hint: coverageHint(determinate, fund),
        },
      });
    }
    const open = a.terms.filter((t) => t.status === "unverifiable");
    const u = open[0];
    if (!u) return;
    // what the rest of the money buys at this standard, when it is the only unknown
    const known =
      a.totalsYuan + a.terms.reduce((s, t) => s + (t.status === "determinate" ? (t.product?.hi ?? 0) : 0), 0);
    const rest = fund - known;
    const single = open.length === 1 && !a.terms.some((t) => t.status === "range");
    const perUnit = u.rate.shape === "range" ? 0 : u.rate.hi;
    const unit = u.unitWord ?? "人";
    let implied = "";
    let example = "";
    if (single && rest > 0 && perUnit > 0 && u.reason !== "denominators") {
      const units = rest / perUnit;
      if (u.periodWord === "月" || u.periodWord === "个月") {
        implied = `按预算推算约为 ${trimNumber(units, 2)} ${unit}·月（约 ${trimNumber(units / 12, 2)} ${unit}·年）。`;
        example = String(Math.max(1, Math.round(units / 12)));
      } else if (u.periodWord !== null) {
        implied = `按预算推算约为 ${trimNumber(units, 2)} ${unit}·${u.periodWord}。`;
        example = String(Math.max(1, Math.round(units / u.periods)));
      } else {
        implied = `按预算推算约为 ${trimNumber(units, 2)} ${unit}。`;
        example = String(Math.max(1, Math.floor(units)));
      }
    }
    ctx.report({
      at: u.at,
      subId: "cost-unverifiable",
      messageId: u.reason ?? "noCount",
      data: {
        value: u.text,
        total: wan(fund),
        implied,
        example: example || "N",
        unit,
        count: u.count?.text ?? "",
      },
    });
  },
};

/** T16: “年度资金只够每人约 2.45 个月”. */
function coverageHint(terms: ReadonlyArray<RateTerm>, fund: number): string {
  if (terms.length !== 1) return "";
  const t = terms[0];
  if (!t || t.periods <= 1 || !t.count || t.count.source === "implicit") return "";
  const perPeriod = t.count.amount.hi * t.rate.hi;
  if (perPeriod <= 0) return "";
  const word = t.periodWord === "月" || t.periodWord === "个月" ? "个月" : (t.periodWord ?? "");
  return `年度资金只够按此人数和标准发放约 ${trimNumber(fund / perPeriod, 2)} ${word}，而不是 ${t.periods} ${word}。`;
}
