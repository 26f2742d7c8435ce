// rules.md §6 D39: dates of a 时效 indicator must lie in the budget year.
import type { TableRule } from "../types";
import { parseDate } from "../../values/parse";

export const timeOutsideBudgetYear: TableRule = {
  meta: {
    id: "time-outside-budget-year",
    severity: "error",
    category: "time",
    opinion: 4,
    scope: "table",
    description: "时效指标的日期（指标值或三级指标名称中的年份）必须在预算年度内。",
    notes:
      "Lowered to warning when the table's 项目期 declares a period that crosses the budget year (e.g. 2023.07-2024.01), as rules.md D39 allows. Years in the 三级 name are read only when the name is itself a date (`指标: 2023年度`), so a cohort label such as `2022年度“三支一扶”` in a 数量 name is left to year-token-mismatch.",
    messages: {
      valueOutside:
        "时效指标值“{{value}}”中的年份 {{found}} 不在预算年度 {{year}} 年内。年度目标表只写本年度的完成时限，例如“{{example}}”。",
      nameOutside:
        "时效指标“{{name}}”写的是 {{found}} 年，不在预算年度 {{year}} 年内。请写本年度的完成时限，例如“{{example}}”。",
      valueOutsideInPeriod:
        "时效指标值“{{value}}”中的年份 {{found}} 不在预算年度 {{year}} 年内（项目期跨年）。年度目标表只写本年度的完成时限，例如“{{example}}”。",
      nameOutsideInPeriod:
        "时效指标“{{name}}”写的是 {{found}} 年，不在预算年度 {{year}} 年内（项目期跨年）。请写本年度的完成时限，例如“{{example}}”。",
    },
    messageSeverity: { valueOutsideInPeriod: "warning", nameOutsideInPeriod: "warning" },
  },
  check(ctx) {
    const year = ctx.year;
    if (year === null) return;
    const crossYear = periodCrossesYear(ctx.table.header.period?.value?.text ?? "", year);
    // a multi-year 项目期 covering the budget year makes another year plausible: the same finding, a warning
    const suffix = crossYear ? "InPeriod" : "";
    const example = `${year}年12月31日前`;
    for (const ind of ctx.table.indicators) {
      if (ind.level2 !== "时效指标") continue;
      const v = ind.value;
      if (v.kind === "date") {
        const outside = v.years.filter((y) => y !== year);
        if (outside.length > 0) {
          ctx.report({
            at: ind.valueCell,
            messageId: `valueOutside${suffix}`,
            data: { value: ind.valueText, found: outside.join("、"), year, example },
          });
        }
        continue;
      }
      const asDate = parseDate(ind.name);
      if (asDate) {
        const outside = asDate.years.filter((y) => y !== year);
        if (outside.length > 0) {
          ctx.report({
            at: ind.nameCell,
            messageId: `nameOutside${suffix}`,
            data: { name: ind.name, found: outside.join("、"), year, example },
          });
        }
      }
    }
  },
};

/** `2023.07-2024.01`: an 实施期 that starts or ends outside the budget year. */
function periodCrossesYear(text: string, year: number): boolean {
  const d = parseDate(text);
  if (!d || d.start === null) return false;
  return d.years.some((y) => y !== year) && d.years.includes(year);
}
