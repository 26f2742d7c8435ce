// rules.md §6 F53: a 效益 indicator that is really a satisfaction rate ("将满意度指标代替效益指标", S18).
import type { TableRule } from "../types";
import { isBenefitRow } from "../../analysis/indicator-kind";

const SATISFACTION_WORD = /满意|好评/;

export const satisfactionAsBenefit: TableRule = {
  meta: {
    id: "satisfaction-as-benefit",
    severity: "info",
    category: "benefit",
    opinion: 7,
    scope: "table",
    description: "效益指标不应用满意度代替；满意度属于服务对象满意度指标。",
    messages: {
      satisfaction:
        "{{level2}}“{{name}}”衡量的是满意程度，不是项目带来的效益。满意度请放到“服务对象满意度指标”下；这里请写项目产生的实际效果，例如把“市民对空气质量改善的满意程度”改为“空气质量优良天数比例 ≥85%”。",
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      if (!isBenefitRow(ind)) continue;
      const name = ctx.analysis.nameKey(ind);
      if (!name || !SATISFACTION_WORD.test(name)) continue;
      ctx.report({
        at: ind.nameCell,
        messageId: "satisfaction",
        data: { name: ind.name, level2: ind.level2 ?? "效益指标" },
      });
    }
  },
};
