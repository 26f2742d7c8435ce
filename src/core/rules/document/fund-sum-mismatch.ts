// rules.md §6 A11: 年度资金总额 = 财政拨款 + 其他资金.
import { z } from "zod";
import { optionsOf, type TableRule, type TableRuleContext } from "../types";

const OPTIONS = z.object({
  tolerance: z.number().nonnegative().default(0.0001).describe("年度资金总额与各项资金之和允许的误差（万元）"),
});
import { fmtNum } from "../../text";
import { fundWan } from "../../analysis/money";

export const fundSumMismatch: TableRule = {
  meta: {
    id: "fund-sum-mismatch",
    severity: "error",
    category: "document",
    opinion: 11,
    scope: "table",
    options: OPTIONS,
    description: "年度资金总额必须等于财政拨款与其他资金之和（万元）。",
    notes:
      "Blank 财政拨款 or 其他资金 (or `/`) count as 0; a figure written with its unit (`50万元`) is converted to 万元 so the sum is still checked. Skipped when 财政拨款 has no row or a cell is not a number (fund-not-number reports it).",
    messages: {
      mismatch:
        "年度资金总额 {{total}} 万元不等于财政拨款 {{fiscal}} 万元 + 其他资金 {{other}} 万元 = {{sum}} 万元（相差 {{diff}} 万元）。请核对三栏金额，使“年度资金总额 = 财政拨款 + 其他资金”，例如把总额改为“{{sum}}”。",
      sourcesMismatch:
        "年度资金总额 {{total}} 万元不等于各项资金来源之和 {{sum}} 万元（{{parts}}，相差 {{diff}} 万元）。请核对各栏金额，使总额等于各来源之和。",
    },
  },
  check(ctx) {
    const { tolerance } = optionsOf(OPTIONS, ctx);
    const h = ctx.table.header;
    // a blank total is header-field-missing's
    if (!h.fundTotal?.value || ctx.analysis.isBlankOrNa(h.fundTotal.value.text)) return;
    if (!h.fundFiscal) {
      checkSources(ctx, tolerance);
      return;
    }
    const { total, fiscal } = ctx.analysis.fund;
    const other = h.fundOther ? ctx.analysis.fund.other : 0;
    if (total === null || fiscal === null || other === null) return;
    const sum = fiscal + other;
    const diff = total - sum;
    // a little slack for binary floating point on top of the configured tolerance
    if (Math.abs(diff) <= tolerance + 1e-9) return;
    const totalCell = { row: h.fundTotal.value.row, col: h.fundTotal.value.col };
    // no fix: which of the figures is wrong is the clerk's judgement (issue 10)
    ctx.report({
      at: totalCell,
      messageId: "mismatch",
      data: {
        total: fmtNum(total),
        fiscal: fmtNum(fiscal),
        other: fmtNum(other),
        sum: fmtNum(sum),
        diff: fmtNum(Math.abs(diff)),
      },
    });
  },
};

/** A fund block by source (中央 / 省级 / 上年结转 …) instead of 财政拨款 + 其他资金: the total is their sum. */
function checkSources(ctx: TableRuleContext, tolerance: number): void {
  const h = ctx.table.header;
  const sources = ctx.table.fundSources;
  const total = ctx.analysis.fund.total;
  if (!h.fundTotal?.value || total === null || sources.length === 0) return;
  const amounts = sources.map((s) => fundWan(s, ctx.analysis.isBlankOrNa));
  if (amounts.some((a) => a === null)) return;
  const sum = amounts.reduce<number>((s, a) => s + (a ?? 0), 0);
  const diff = total - sum;
  if (Math.abs(diff) <= tolerance + 1e-9) return;
  const at = { row: h.fundTotal.value.row, col: h.fundTotal.value.col };
  const parts = sources
    .map((s, i) => `${s.label.text.replace(/^其中[:：]\s*/, "").replace(/[:：]\s*$/, "")} ${fmtNum(amounts[i] ?? 0)}`)
    .join(" + ");
  ctx.report({
    at,
    messageId: "sourcesMismatch",
    data: { total: fmtNum(total), sum: fmtNum(sum), parts, diff: fmtNum(Math.abs(diff)) },
  });
}
