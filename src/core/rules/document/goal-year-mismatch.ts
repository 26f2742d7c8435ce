// rules.md §6 A14: a year written in 年度总体目标 is the budget year.
import type { TableRule } from "../types";
import { toHalfWidth } from "../../text";
import { yearTokensAt } from "../../values/years";
import { goalCells, periodYears } from "./util";

/** `较2023年增长`, `自2022年以来`, `在2023年基础上`: a comparison with another year, not the goal's own year. */
const REFERENCE_BEFORE = /(?:较|比|相比|对比|同比|截至|截止|自|从|与)\s*$/;
const REFERENCE_AFTER = /^\s*年度?(?:以来|起|底以来|的?基础上|相比|同期)/;

function isReference(text: string, index: number): boolean {
  return (
    REFERENCE_BEFORE.test(text.slice(Math.max(0, index - 3), index)) ||
    REFERENCE_AFTER.test(text.slice(index + 4, index + 12))
  );
}

export const goalYearMismatch: TableRule = {
  meta: {
    id: "goal-year-mismatch",
    severity: "warning",
    category: "document",
    opinion: 11,
    scope: "table",
    description: "年度总体目标中出现的年份应与预算年度一致。",
    notes:
      "Only four-digit years followed by 年 count, and comparisons (`较2023年`, `2022年以来`, `在2023年基础上`) are skipped. A year inside a multi-year 项目期 that also covers the budget year (`2023.07-2024.01`) is lowered to info: the goal may then name the period's other year on purpose.",
    hasSuggestions: true,
    messageSeverity: { mismatchInPeriod: "info" },
    messages: {
      mismatch:
        "年度总体目标写的是 {{found}} 年，与预算年度 {{year}} 年不一致。年度目标表只写本年度计划达到的目标，例如把“{{sample}}”改为“{{fixed}}”。",
      mismatchInPeriod:
        "年度总体目标写的是 {{found}} 年，与预算年度 {{year}} 年不一致（该年份在项目期内）。年度目标表只写本年度计划达到的目标，例如把“{{sample}}”改为“{{fixed}}”。",
      replaceYear: "把目标中的 {{found}} 年改为 {{year}} 年",
    },
  },
  check(ctx) {
    const year = ctx.year;
    if (year === null) return;
    const span = periodYears(ctx.table.header.period?.value?.text ?? "");
    const crossYear = span !== null && span.from <= year && year <= span.to && span.from !== span.to;
    for (const cell of goalCells(ctx.table)) {
      const text = toHalfWidth(cell.text);
      // a calendar year used as a year (`2023年度`), not an amount or a code
      const wrong = yearTokensAt(text).filter((m) => m.year !== year && !isReference(text, m.index));
      const firstWrong = wrong[0];
      if (!firstWrong) continue;
      const found = Array.from(new Set(wrong.map((m) => m.year)));
      const inPeriod = crossYear && span !== null && found.every((y) => y >= span.from && y <= span.to);
      // the year as written with what follows it (`2023年度`), for a message the clerk can find in the text
      const sample = /^\d{4}\s*年度?/.exec(text.slice(firstWrong.index))?.[0] ?? `${firstWrong.year}年`;
      const fixed = sample.replace(String(firstWrong.year), String(year));
      const at = { row: cell.row, col: cell.col };
      // toHalfWidth maps character for character, so indexes in `text` are indexes in the cell text
      let value = cell.text;
      for (const m of wrong) value = value.slice(0, m.index) + String(year) + value.slice(m.index + 4);
      ctx.report({
        at,
        messageId: inPeriod ? "mismatchInPeriod" : "mismatch",
        data: { found: found.join("、"), year, sample, fixed },
        suggest: [{ messageId: "replaceYear", data: { found: found.join("、"), year }, cell: at, value }],
      });
      return;
    }
  },
};
