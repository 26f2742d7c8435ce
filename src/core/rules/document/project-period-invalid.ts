// rules.md §6 A9: 项目期 is `N年期`, `长期` or a year span, and the span contains the budget year.
import type { TableRule } from "../types";
import { headerKey, periodYears } from "./util";

const N_YEARS = /^(?:\d{1,2}|[一二两三四五六七八九十]{1,3})年期?$/;
const LONG_TERM = /^长期(?:项目)?$/;
/** One end of a span: `2024`, `2024年`, `2024年度`, `2024.01`, `2024年1月`, `2024-01-01`, `2024年1月1日`. */
const POINT = String.raw`(?:19|20)\d{2}(?:年度?|[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?|年\d{1,2}月(?:\d{1,2}日)?)?`;
/** The second end may omit its year: `2024年1月-12月`. */
const END = String.raw`(?:${POINT}|\d{1,2}月(?:\d{1,2}日)?)`;
const SPAN = new RegExp(String.raw`^${POINT}(?:(?:-{1,2}|~|至|到)${END})?$`);

export const projectPeriodInvalid: TableRule = {
  meta: {
    id: "project-period-invalid",
    severity: "warning",
    category: "document",
    opinion: 11,
    scope: "table",
    description: "“项目期”应写“N年期”“长期”或起止年月（如“2024.01--2024.12”），且须包含预算年度。",
    messages: {
      format: "项目期“{{text}}”不是可识别的写法。请写“1年期”“3年期”“长期”，或写起止时间，例如“{{example}}”。",
      outside:
        "项目期“{{text}}”（{{from}}—{{to}} 年）不包含预算年度 {{year}} 年，本年度的目标表不应属于这个项目期。请核对项目期，例如“{{example}}”。",
    },
  },
  check(ctx) {
    const v = ctx.table.header.period?.value;
    if (!v || ctx.analysis.isBlankOrNa(v.text)) return;
    const key = headerKey(v.text)
      .replace(/[－—–]/g, "-")
      .replace(/[～〜]/g, "~");
    const year = ctx.year;
    const example = year !== null ? `${year}.01--${year}.12` : "2024.01--2024.12";
    const at = { row: v.row, col: v.col };
    const text = v.text.trim();
    if (N_YEARS.test(key)) return;
    if (LONG_TERM.test(key)) return;
    if (!SPAN.test(key)) {
      ctx.report({ at, messageId: "format", data: { text, example } });
      return;
    }
    const span = periodYears(key);
    if (year === null || !span) return;
    if (year < span.from || year > span.to) {
      ctx.report({ at, messageId: "outside", data: { text, from: span.from, to: span.to, year, example } });
    }
  },
};
