// rules.md §6 A5: 主管部门及代码 holds the budget code and the department's name.
import type { TableRule } from "../types";
import { splitDeptCode } from "./util";

export const deptCodeMissing: TableRule = {
  meta: {
    id: "dept-code-missing",
    severity: "info",
    category: "document",
    opinion: 11,
    scope: "table",
    description: "“主管部门及代码”应同时写预算编码和主管部门名称，例如“35005001 区委组织部”。",
    notes:
      "A code is a run of at least three digits, bare or in brackets (`[812]自治区教育厅`). A code glued to the name (`35005001组织部`) is accepted and only gets the suggestion to add a space. Only a label that asks for a code (主管部门及代码 / 及编码 / (代码)) is checked: a form whose label is 主管部门 or 预算部门 asks for the name alone.",
    hasSuggestions: true,
    messages: {
      noCode:
        "“主管部门及代码”只写了名称“{{text}}”，没有预算编码。请按财政部门规定的预算编码补上代码，例如“35005001 {{text}}”（代码以本级财政编码为准）。",
      glued: "“{{text}}”中预算编码与单位名称连写，建议用空格分开：“{{fixed}}”。",
      addSpace: "改为“{{fixed}}”",
    },
  },
  check(ctx) {
    const e = ctx.table.header.department;
    const v = e?.value;
    if (!e || !v || ctx.analysis.isBlankOrNa(v.text)) return;
    if (!/代码|编码/.test(e.label.text)) return;
    const parts = splitDeptCode(v.text);
    const at = { row: v.row, col: v.col };
    if (parts.code === null) {
      ctx.report({ at, messageId: "noCode", data: { text: v.text.trim() } });
    } else if (parts.glued) {
      const fixed = `${parts.code} ${parts.name}`;
      ctx.report({
        at,
        messageId: "glued",
        data: { text: v.text.trim(), fixed },
        suggest: [{ messageId: "addSpace", data: { fixed }, cell: at, value: fixed }],
      });
    }
  },
};
