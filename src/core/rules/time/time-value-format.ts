// rules.md §6 D40: a 时效 value should be a deadline or a timeliness rate, not a frequency or the bare year.
import { normaliseValueText } from "../../values/parse";
import { excelDateSerial, formatDate } from "../../values/serial";
import type { TableRule } from "../types";

const DOUBLED_YEAR_END = /(?:19|20)\d{2}年年[底末]/;

export const timeValueFormat: TableRule = {
  meta: {
    id: "time-value-format",
    severity: "warning",
    category: "time",
    opinion: 4,
    scope: "table",
    hasSuggestions: true,
    messageSeverity: { wholeYear: "info", yearEnd: "info" },
    // a rate name with a deadline (`资金发放的及时性 | 2024年年底`) is value-type-mismatch's cell (T7 L154)
    defersTo: ["value-type-mismatch"],
    description:
      "时效指标值应为完成时限（如“2024年12月31日前”）或及时率，不应是频率（每月）、只写年份（2024年）或显示为数字的 Excel 日期序列号（44561）。",
    notes:
      "Qualitative non-deadlines (`长期`) under 时效 are left to quantified-value-required. `2024年年底` (seed T6 L129) is info: acceptable, but a precise deadline is better; where value-type-mismatch reports the same cell (T7 L154) its finding stands alone (defersTo). Whole-year or year-end values outside the budget year are time-outside-budget-year's. A bare whole number from 30000 to 60000 (`44,561`, `=44561`) under 时效 is an Excel date serial published as a number (a date cell copied as its value): reported here with the date it stands for, its year checked against the budget year in the same message; unit-missing leaves it alone.",
    messages: {
      frequency:
        "时效指标值“{{value}}”是发放频率，不是完成时限或及时率，无法考核是否按时。请写完成时限，例如“{{example}}”，或改为及时率（如“按月发放及时率 ≥95%”）。",
      wholeYear: "时效指标值“{{value}}”只写了年份，没有说明何时完成。建议写明截止日期，例如“{{example}}”。",
      yearEnd: "时效指标值“{{value}}”可以接受，但“年年底”写法重复且不够精确。建议写明截止日期，例如“{{example}}”。",
      dateSerial:
        "时效指标值“{{value}}”是 Excel 日期序列号，不是可读的日期：它代表 {{date}}。审核和公开时看到的只是一个数字，请把日期写成文字，例如“{{example}}”。",
      dateSerialOutside:
        "时效指标值“{{value}}”是 Excel 日期序列号，不是可读的日期：它代表 {{date}}，不在预算年度 {{year}} 年内。请把本年度的完成时限写成文字，例如“{{example}}”。",
      useDeadline: "改为“{{value}}”",
    },
  },
  check(ctx) {
    const year = ctx.year;
    const example = year !== null ? `${year}年12月31日前` : "12月31日前";
    const suggest = year !== null ? [{ messageId: "useDeadline", data: { value: example }, value: example }] : [];
    for (const ind of ctx.table.indicators) {
      if (ind.level2 !== "时效指标") continue;
      const v = ind.value;
      const value = ind.valueText.trim();
      const fix = suggest.map((s) => ({ ...s, cell: ind.valueCell }));
      if (v.kind === "frequency") {
        // no fix: turning a frequency into a deadline is the clerk's decision, not a spelling
        ctx.report({ at: ind.valueCell, messageId: "frequency", data: { value, example } });
        continue;
      }
      const serial = excelDateSerial(v);
      if (serial) {
        const date = formatDate(serial);
        const outside = year !== null && serial.year !== year;
        const data = { value, date, year: year ?? "", example: outside ? example : `${date}前` };
        ctx.report({ at: ind.valueCell, messageId: outside ? "dateSerialOutside" : "dateSerial", data });
        continue;
      }
      if (v.kind !== "date") continue;
      if (year !== null && v.years.some((y) => y !== year)) continue;
      if (v.wholeYear) {
        ctx.report({ at: ind.valueCell, messageId: "wholeYear", data: { value, example }, suggest: fix });
      } else if (DOUBLED_YEAR_END.test(normaliseValueText(ind.valueText))) {
        ctx.report({ at: ind.valueCell, messageId: "yearEnd", data: { value, example }, suggest: fix });
      }
    }
  },
};
