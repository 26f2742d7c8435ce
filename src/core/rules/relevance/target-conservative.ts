// review-criteria.md C25: targets set too low ("不能设定过低的产出和效益目标", 10号 framework). Judged on the pattern
// of the table, never on one row: nearly every rate at 100%, the only 成本 row a control rate, counts of `≥1`.
import { z } from "zod";
import { optionsOf, type TableRule } from "../types";
import { familyOf, isMoneyLevel2 } from "../../form/catalogue";
import type { Indicator } from "../../layout/model";
import { cachedLexicon, directionOf, isCount, isFullRate, isRate } from "../../analysis/indicator-kind";
import { fmtNum } from "../../text";

const OPTIONS = z.object({
  minRates: z
    .number()
    .int()
    .min(1)
    .default(3)
    .describe("产出、效益中正向比率指标至少有几个时才判断“几乎全部为100%”（少于此数不提示）"),
  fullShare: z.number().min(0).max(1).default(0.8).describe("目标为100%、≥100%、＝100%的比率指标占比达到此值时提示"),
  minLowCounts: z
    .number()
    .int()
    .min(1)
    .default(2)
    .describe("数量指标中目标为“≥1”“>0”的计数至少有几个时提示（单个“≥1次”可能是合理的年度安排）"),
  costControlTerms: z
    .array(z.string())
    .default(["控制率", "成本控制", "预算控制", "不超预算", "执行率"])
    .describe("成本指标名称含其一且表中只有这一个成本指标时，提示成本目标只要求“不超预算”"),
  reverseWords: z
    .array(z.string())
    .default([
      "故障率",
      "差错率",
      "出错率",
      "错误率",
      "事故率",
      "发生率",
      "投诉率",
      "失误率",
      "返工率",
      "不合格率",
      "死亡率",
      "发病率",
      "空置率",
      "损耗率",
      "流失率",
      "超支率",
      "偏差率",
    ])
    .describe("反向指标名称（越低越好），不计入“100%”比率"),
});

export const targetConservative: TableRule = {
  meta: {
    id: "target-conservative",
    origin: "issue 10, review-criteria.md C25",
    severity: "info",
    category: "relevance",
    opinion: 2,
    scope: "table",
    options: OPTIONS,
    defersTo: ["non-cost-in-cost"],
    description:
      "目标值整体偏保守：产出和效益的比率指标几乎全部为100%、唯一的成本指标是控制率、数量目标写“≥1”。按表判断，单个100%不提示。",
    notes:
      "One finding per pattern and table (at most three), at the pattern's first row, naming every row of it: a reviewer returns the table for the pattern, and one finding per 100% row would bury the rows that are legitimately 100% (验收合格率) under the same words. Rates: positive percentages under 产出/效益 (not 成本, not 满意度 — satisfaction-threshold reports a 100% satisfaction; not reverse rates by `≤`, a 反向 direction column or `reverseWords`); fires when there are at least `minRates` and at least `fullShare` of them are 100%/≥100%/=100%. The only-cost-row-is-a-control-rate finding sits on that row's value cell, where non-cost-in-cost reports a percentage as not money: its finding (write an amount) stands alone there, so this one speaks only for a non-percentage control value (`控制在预算内`) or when non-cost-in-cost is off. Counts: 数量 targets `≥1`, `>0`, `≥0` (people, times, items), at least `minLowCounts` of them.",
    messages: {
      fullRates:
        "本表{{total}}个比率指标中有{{full}}个目标值为100%（第{{rows}}行）。目标几乎全部定为满额，只表示“完成任务”，看不出项目要达到的绩效水平，评审会认为目标未经测算、设定偏低。请按上年实际或同类项目水平测算，把能反映绩效的指标写成具体的量或可超额的比率（如“培训人次 ≥200人次”“考核合格率 ≥95%”）；确需100%的（如验收合格率）请在指标值设定依据中说明。",
      costControl:
        "本表唯一的成本指标“{{name}}”（{{value}}）只要求“不超预算”，没有说明花多少钱、按什么标准花，成本目标等于没有设定。请写总成本或单位成本，例如“培训经费总额 ≤10万元”“人均培训成本 ≤500元/人”。",
      lowCounts:
        "本表{{count}}个数量指标的目标是“≥1”之类的最低值（第{{rows}}行），只要求做到一次或一个，反映不出计划完成的工作量。请按计划写具体数量，例如“培训人次 ≥200人次”“开展督查 ≥4次”。",
    },
  },
  check(ctx) {
    const o = optionsOf(OPTIONS, ctx);
    const reverse = cachedLexicon(o.reverseWords);
    const origin = ctx.grid.origin.row;
    const rowsOf = (xs: ReadonlyArray<Indicator>) => xs.map((i) => origin + i.valueCell.row + 1).join("、");

    const rates = ctx.table.indicators.filter(
      (i) => isOutputOrBenefit(i) && isRate(i.value) && directionOf(i, reverse) === "positive",
    );
    const full = rates.filter((i) => isFullRate(i.value));
    const first = full[0];
    if (first && rates.length >= o.minRates && full.length >= o.fullShare * rates.length) {
      ctx.report({
        at: first.valueCell,
        messageId: "fullRates",
        data: { total: rates.length, full: full.length, rows: rowsOf(full) },
      });
    }

    const costs = ctx.table.indicators.filter((i) => isMoneyLevel2(i.level2) && ctx.analysis.nameKey(i) !== "");
    const only = costs.length === 1 ? costs[0] : undefined;
    if (only && cachedLexicon(o.costControlTerms).match(ctx.analysis.nameKey(only)) !== null) {
      ctx.report({
        at: only.valueCell,
        messageId: "costControl",
        data: { name: only.name.trim(), value: only.valueText.trim() || "未填" },
      });
    }

    const low = ctx.table.indicators.filter((i) => {
      const v = i.value;
      return i.level2 === "数量指标" && isCount(v) && (v.op === ">=" || v.op === ">") && v.number * v.unit.scale <= 1;
    });
    const firstLow = low[0];
    if (firstLow && low.length >= o.minLowCounts) {
      ctx.report({
        at: firstLow.valueCell,
        messageId: "lowCounts",
        data: { count: fmtNum(low.length), rows: rowsOf(low) },
      });
    }
  },
};

function isOutputOrBenefit(i: Indicator): boolean {
  if (i.level2 === null) return i.level1 === "产出指标" || i.level1 === "效益指标";
  const f = familyOf(i.level2);
  return f === "output" || f === "benefit";
}
