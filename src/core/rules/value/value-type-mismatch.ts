// rules.md §6 C38: the value's type does not fit the 二级 (a rate under 数量, a count under 质量, …).
import type { TableRule } from "../types";
import { typeMismatch } from "./util";

export const valueTypeMismatch: TableRule = {
  meta: {
    id: "value-type-mismatch",
    severity: "warning",
    messageSeverity: { rateNameWithDate: "info" },
    category: "value",
    opinion: 4,
    scope: "table",
    description: "指标值的类型与二级指标不符：数量指标写成比率、质量指标写成数量或金额、时效指标既非时限也非及时率。",
    notes:
      "A frequency under 时效 (`每月`, seed L202) is left to time-value-format and a non-money value under 成本 to non-cost-in-cost. A 时效 date under a `…及时性/…率` name is only info (seed T7 L154): the deadline itself is fine, the name is not.",
    messages: {
      rateInQuantity:
        "数量指标“{{name}}”的指标值“{{value}}”是比率，数量指标应写完成的数量。请改为具体数量（如“≥50人”“≥3个”），比率可移到质量指标。",
      countInQuality:
        "质量指标“{{name}}”的指标值“{{value}}”是数量，质量指标应反映达到的标准或水平。请改为合格率、完整率等（如“数据完整率 ＝100%”），数量移到数量指标。",
      moneyInQuality:
        "质量指标“{{name}}”的指标值“{{value}}”是金额，质量指标应反映达到的标准或水平（如“验收合格率 ≥95%”）。金额请写在成本指标中。",
      timeNotDeadline:
        "时效指标“{{name}}”的指标值“{{value}}”既不是完成时限，也不是及时率。请写完成时限（如“{{deadline}}”），或改为及时率（名称如“××按时完成率”，指标值如“≥95%”）。",
      rateNameWithDate:
        "时效指标名称“{{name}}”是比率或性质的说法，指标值“{{value}}”却是日期。请把名称改为完成时间（如“资金发放完成时间”），或把指标值改为比率（如“≥95%”）。",
    },
  },
  check(ctx) {
    const deadline = ctx.year !== null ? `${ctx.year}年12月31日前` : "12月31日前";
    for (const ind of ctx.table.indicators) {
      const m = typeMismatch(ind);
      if (m === null) continue;
      ctx.report({
        at: ind.valueCell,
        messageId: m.messageId,
        data: { name: ind.name, value: ind.valueText.trim(), deadline },
      });
    }
  },
};
