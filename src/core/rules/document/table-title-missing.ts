// rules.md §6 A1: every table block starts with the title 项目支出(预算)绩效目标表.
import type { TableRule } from "../types";
import { CANONICAL_TITLE } from "../../form/catalogue";

export const tableTitleMissing: TableRule = {
  meta: {
    id: "table-title-missing",
    severity: "error",
    category: "document",
    opinion: 11,
    scope: "table",
    description:
      "每张项目表必须以绩效目标表的标题开头，例如“项目支出预算绩效目标表”（各地表样的“…申报表/审批表/批复表”同样可以）。",
    notes:
      "Every title of the form catalogue (src/core/form) is accepted: 项目支出(预算)绩效目标表, …申报表 / 审批表 / 批复表 / 公开表, 项目支出目标申报表, 绩效目标申报表(…类), 部门专项(绩效目标)申报表. A title-like line above a titleless table that the catalogue does not know is the parser's titleCandidate.",
    hasSuggestions: true,
    messages: {
      missing:
        "项目“{{project}}”上方没有表标题。请在项目名称上方加一行标题“项目支出预算绩效目标表”，下一行写年度，例如“({{year}}年度)”；一张工作表中有多张表时，每张表都要有自己的标题。",
      misspelt:
        "“{{text}}”不是规范的表标题，无法据此划分项目表。请改为“项目支出预算绩效目标表”（也可用“项目支出绩效目标申报表”“项目支出绩效目标批复表”）。",
      useCanonical: "改为“项目支出预算绩效目标表”",
    },
  },
  check(ctx) {
    const t = ctx.table;
    if (t.title) return;
    const project = t.header.projectName?.value?.text ?? `第${t.index + 1}张表`;
    // a title-like text just above the block: point at it and offer the canonical spelling
    const c = t.titleCandidate;
    if (c) {
      const at = { row: c.row, col: c.col };
      ctx.report({
        at,
        messageId: "misspelt",
        data: { text: c.text },
        suggest: [{ messageId: "useCanonical", cell: at, value: CANONICAL_TITLE }],
      });
      return;
    }
    const top = t.area.top;
    ctx.report({
      at: { row: top, col: t.header.projectName?.label.col ?? 0 },
      messageId: "missing",
      data: { project, year: ctx.year ?? "2024" },
    });
  },
};
