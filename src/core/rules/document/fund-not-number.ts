// rules.md §6 A10: the three fund cells hold plain numbers in 万元; the total is positive.
import type { TableRule, TableRuleContext } from "../types";
import type { FundEntry } from "../../layout/model";
import { isErrorText } from "../../grid";
import { fmtNum } from "../../text";
import { amountWithUnit } from "../../analysis/money";

const LABELS = { fundTotal: "年度资金总额", fundFiscal: "财政拨款", fundOther: "其他资金" } as const;
type FundKey = keyof typeof LABELS;

export const fundNotNumber: TableRule = {
  meta: {
    id: "fund-not-number",
    severity: "error",
    category: "document",
    opinion: 11,
    scope: "table",
    description: "年度资金总额、财政拨款、其他资金必须是以万元为单位的数字，年度资金总额须大于 0。",
    notes:
      "A number written with its unit (`50万元`) is info with a suggestion to keep only the number in 万元. Blank 财政拨款 or 其他资金 (or `/`, `无`) count as 0 and are left to fund-sum-mismatch; a blank total is header-field-missing's. A total of 0 beside a non-zero 财政拨款/其他 is left to fund-sum-mismatch.",
    hasSuggestions: true,
    messageSeverity: { withUnit: "info" },
    messages: {
      notNumber: "{{label}}“{{text}}”不是数字。项目资金栏只填以万元为单位的数字，例如“10”或“343.183”。",
      formulaError:
        "{{label}}单元格是公式错误“{{text}}”，无法读取金额。请检查公式引用，或直接填写以万元为单位的数字，例如“10”。",
      withUnit: "{{label}}“{{text}}”带了单位。栏目标题已注明“(万元)”，单元格只填数字，建议改为“{{fixed}}”{{note}}。",
      notPositive: "年度资金总额为 {{value}}，必须大于 0。请填写本年度安排的资金总额（万元），例如“10”。",
      negative: "{{label}}为 {{value}}，金额不能为负数。请填写以万元为单位的非负数，没有则填“0”。",
      keepNumber: "改为“{{fixed}}”",
    },
  },
  check(ctx) {
    const h = ctx.table.header;
    for (const key of Object.keys(LABELS) as FundKey[]) {
      const e = h[key];
      if (!e || !e.value || ctx.analysis.isBlankOrNa(e.value.text)) continue;
      checkFund(ctx, key, e);
    }
  },
};

function checkFund(ctx: TableRuleContext, key: FundKey, e: FundEntry): void {
  const v = e.value;
  if (!v) return;
  const label = LABELS[key];
  const at = { row: v.row, col: v.col };
  const text = v.text.trim();
  // a formula error shows as its text (`#REF!`): the model's text is enough, no need to read the cell again
  if (isErrorText(text)) {
    ctx.report({ at, messageId: "formulaError", data: { label, text } });
    return;
  }
  if (e.amount !== null) {
    if (key === "fundTotal" && e.amount <= 0) {
      // 0 against a non-zero 财政拨款 is a sum mismatch, reported once by fund-sum-mismatch
      const parts = (ctx.table.header.fundFiscal?.amount ?? 0) + (ctx.table.header.fundOther?.amount ?? 0);
      if (e.amount < 0 || parts <= 0) ctx.report({ at, messageId: "notPositive", data: { value: fmtNum(e.amount) } });
    } else if (e.amount < 0) {
      ctx.report({ at, messageId: "negative", data: { label, value: fmtNum(e.amount) } });
    }
    return;
  }
  const withUnit = amountWithUnit(text);
  if (withUnit) {
    const fixed = fmtNum(withUnit.wan);
    const note = withUnit.unit === "万元" || withUnit.unit === "万" ? "" : `（已由“${withUnit.unit}”折算为万元）`;
    ctx.report({
      at,
      messageId: "withUnit",
      data: { label, text, fixed, note },
      suggest: [{ messageId: "keepNumber", data: { fixed }, cell: at, value: fixed }],
    });
    return;
  }
  ctx.report({ at, messageId: "notNumber", data: { label, text } });
}
