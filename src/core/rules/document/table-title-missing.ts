// rules.md §6 A1: every table block starts with the title 项目支出(预算)绩效目标表.
import type { TableRule } from "../types";
import { headerLabelOf } from "../../layout/labels";
import { headerKey } from "./util";

const CANONICAL_TITLE = "项目支出预算绩效目标表";
/** A title-like text the parser did not accept: `项目绩效目标表`, `绩效目标申报表`. */
const NEAR_TITLE = /绩效目标.*表|目标表$/;
/** How far above the 项目名称 row a misspelt title may sit (title, blank, year line, blank). */
const LOOKBACK = 4;

export const tableTitleMissing: TableRule = {
  meta: {
    id: "table-title-missing",
    severity: "error",
    category: "document",
    opinion: 11,
    scope: "table",
    description: "每张项目表必须以标题“项目支出预算绩效目标表”（或“…申报表/批复表”）开头。",
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
    const top = t.area.top;
    for (let r = top - 1; r >= Math.max(0, top - LOOKBACK); r--) {
      const cells = ctx.grid.nonEmpty(r);
      if (cells.length !== 1 || !cells[0]) continue;
      const c = cells[0];
      if (headerLabelOf(c.text) === null && NEAR_TITLE.test(headerKey(c.text))) {
        const at = { row: r, col: c.col };
        ctx.report({
          at,
          messageId: "misspelt",
          data: { text: c.text },
          suggest: [{ messageId: "useCanonical", cell: at, value: CANONICAL_TITLE }],
        });
        return;
      }
    }
    ctx.report({ at: { row: top, col: t.header.projectName?.label.col ?? 0 }, messageId: "missing", data: { project, year: ctx.year ?? "2024" } });
  },
};
