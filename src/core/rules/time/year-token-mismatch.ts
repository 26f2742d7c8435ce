// rules.md §6 D41: an indicator name or value (or the project name, info) names a year other than the budget year.
import { parseDate } from "../../values/parse";
import type { TableRule } from "../types";
import { yearTokens } from "../../values/years";

function others(years: ReadonlyArray<number>, year: number): number[] {
  return [...new Set(years.filter((y) => y !== year))];
}

export const yearTokenMismatch: TableRule = {
  meta: {
    id: "year-token-mismatch",
    severity: "warning",
    category: "time",
    opinion: 4,
    scope: "table",
    description: "三级指标名称或指标值中的年份与预算年度不一致（项目名称中的年份仅作提示）。",
    notes:
      "Not reported where time-outside-budget-year already reports the same year (dates in 时效 values, a 时效 name that is itself a date such as seed L291 `指标: 2023年度`), nor in an indicator name whose year also appears in the project name (a cohort label such as T16 `2022年度“三支一扶”`, reported once, as info, on the project name). The goal text is goal-year-mismatch's.",
    messageSeverity: { projectName: "info" },
    messages: {
      projectName:
        "项目名称“{{text}}”含有年份 {{found}}，与预算年度 {{year}} 年不同。若是批次或届别名称（如“2022年度“三支一扶”人员”）可以保留；否则请改为本年度或删去年份。",
      indicatorName:
        "三级指标“{{text}}”写的是 {{found}} 年，与预算年度 {{year}} 年不同。年度目标表只写本年度的目标，请改为 {{year}} 年或删去年份。",
      value: "指标值“{{text}}”写的是 {{found}} 年，与预算年度 {{year}} 年不同。请改为本年度的目标，例如“{{example}}”。",
    },
  },
  check(ctx) {
    const year = ctx.year;
    if (year === null) return;
    const example = `${year}年12月31日前`;
    const project = ctx.table.header.projectName?.value ?? null;
    const projectYears = project ? yearTokens(project.text) : [];
    if (project) {
      const found = others(projectYears, year);
      if (found.length > 0) {
        ctx.report({
          at: project,
          messageId: "projectName",
          data: { text: project.text, found: found.join("、"), year },
        });
      }
    }
    for (const ind of ctx.table.indicators) {
      const timeRow = ind.level2 === "时效指标";
      if (!(timeRow && parseDate(ind.name))) {
        const found = others(yearTokens(ind.name), year).filter((y) => !projectYears.includes(y));
        if (found.length > 0) {
          ctx.report({
            at: ind.nameCell,
            messageId: "indicatorName",
            data: { text: ind.name, found: found.join("、"), year },
          });
        }
      }
      if (timeRow && ind.value.kind === "date") continue;
      const found = others(yearTokens(ind.valueText), year);
      if (found.length > 0) {
        ctx.report({
          at: ind.valueCell,
          messageId: "value",
          data: { text: ind.valueText.trim(), found: found.join("、"), year, example },
        });
      }
    }
  },
};
