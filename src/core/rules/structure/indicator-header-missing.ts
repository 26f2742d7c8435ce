// rules.md §6 B15: the row 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 must head the indicator area.
import type { TableRule } from "../types";
import { tableAnchor } from "./util";

export const indicatorHeaderMissing: TableRule = {
  meta: {
    id: "indicator-header-missing",
    severity: "error",
    category: "structure",
    opinion: 1,
    scope: "table",
    description: "绩效指标区域上方必须有表头行“绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值”。",
    messages: {
      missing:
        "指标行上方缺少表头行。请在第{{row}}行之前插入一行：“绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值”，让一级、二级、三级指标和指标值各占一列。",
      noIndicators:
        "项目“{{project}}”没有绩效指标区域。请在年度总体目标下方插入表头行“绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值”，再按产出指标、效益指标、满意度指标逐行填写，例如“产出指标 | 数量指标 | 指标1: 培训人数 | ≥200人”。",
    },
  },
  check(ctx) {
    const t = ctx.table;
    if (t.indicatorHeader) return;
    // the first row of the indicator area: a 一级 label, a 二级 label or an indicator
    const cells = [
      ...t.level1.map((l) => l.label),
      ...t.level2.filter((b) => b.label.text !== "").map((b) => b.label),
      ...t.indicators.map((i) => i.nameCell),
    ];
    if (cells.length === 0) {
      const project = t.header.projectName?.value?.text ?? `第${t.index + 1}张表`;
      const goal = t.header.goal?.label;
      ctx.report({
        at: goal ? { row: goal.row, col: goal.col } : tableAnchor(t),
        messageId: "noIndicators",
        data: { project },
      });
      return;
    }
    const firstRow = cells.reduce((m, c) => Math.min(m, c.row), Number.POSITIVE_INFINITY);
    const labelCol = t.header.projectName?.label.col ?? t.area.left;
    ctx.report({
      at: { row: firstRow, col: labelCol },
      messageId: "missing",
      data: { row: firstRow + ctx.grid.origin.row + 1 },
    });
  },
};
