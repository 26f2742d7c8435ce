// rules.md §6 A2: the budget year must be readable from the year line under the title.
import type { TableRule } from "../types";
import { yearsIn } from "../../values/years";

export const budgetYearMissing: TableRule = {
  meta: {
    id: "budget-year-missing",
    severity: "error",
    category: "document",
    opinion: 11,
    scope: "table",
    description: "标题下方必须有可识别的预算年度行，规范写法为“(2024年度)”。",
    notes:
      "A year given only inside the title (`自治区本级部门2019年项目支出预算绩效目标表`, S19) or, on forms without a year line (湖南 2018), in the project name is accepted silently. A line between the title and 项目名称 that names a year the parser could not read (the parser's yearCandidate) is reported at that cell. `2020年度)` with a bracket lost is read as the year and gets the format hint only.",
    hasSuggestions: true,
    subIds: { "budget-year-format": "info" },
    messages: {
      missing: "项目“{{project}}”找不到预算年度。请在标题下一行填写编制预算所属年份，例如“{{example}}”。",
      unreadable: "年度行“{{text}}”无法识别为预算年度。请改为“{{example}}”的格式（括号、四位年份、“年度”）。",
      format: "年度行“{{text}}”可以识别为 {{year}} 年，但不是规范写法，建议改为“{{example}}”。",
      useCanonical: "改为“{{example}}”",
    },
  },
  check(ctx) {
    const t = ctx.table;
    const project = t.header.projectName?.value?.text ?? `第${t.index + 1}张表`;
    if (t.year !== null) {
      if (t.yearLine && (t.yearFormat === "spaced" || t.yearFormat === "bare" || t.yearFormat === "other")) {
        const example = `(${t.year}年度)`;
        const at = { row: t.yearLine.row, col: t.yearLine.col };
        ctx.report({
          at,
          subId: "budget-year-format",
          messageId: "format",
          data: { text: t.yearLine.text, year: t.year, example },
          suggest: [{ messageId: "useCanonical", data: { example }, cell: at, value: example }],
        });
      }
      return;
    }
    // a year line the parser could not read: a single cell between the title and the first header label
    const c = t.yearCandidate;
    if (c) {
      const y = yearsIn(c.text)[0] ?? ctx.year;
      const example = `(${y ?? 2024}年度)`;
      const at = { row: c.row, col: c.col };
      ctx.report({
        at,
        messageId: "unreadable",
        data: { text: c.text, example },
        suggest:
          y !== undefined && y !== null
            ? [{ messageId: "useCanonical", data: { example }, cell: at, value: example }]
            : undefined,
      });
      return;
    }
    const at = t.title ? { row: t.title.row, col: t.title.col } : { row: t.area.top, col: 0 };
    ctx.report({ at, messageId: "missing", data: { project, example: `(${ctx.year ?? 2024}年度)` } });
  },
};
