// rules.md §6 A6: 实施单位 names the unit that spends the money, not a category of units.
import type { TableRule } from "../types";
import { headerKey, splitDeptCode } from "./util";

/**
 * `相关部门单位`, `有关单位`, `各乡镇`, `各部门`, `其他单位`, `组织部等`, `待定`: a category, a list left open, or no
 * unit yet.
 */
const VAGUE =
  /^(?:相关|有关|各(?!族)|其他|其它|所属|下属|若干|多个)|(?:等|等单位|等部门|等相关单位)$|待定|未定|待确定|^(?:单位|部门|相关部门单位)$/;

export const implementingUnitVague: TableRule = {
  meta: {
    id: "implementing-unit-vague",
    severity: "warning",
    category: "document",
    opinion: 11,
    scope: "table",
    description: "“实施单位”必须写明项目用款单位的名称，不能写“相关部门单位”之类的泛称。",
    messages: {
      vague:
        "实施单位“{{text}}”是泛称，审核时无法确定用款单位。请写明具体单位名称，例如“{{example}}”；由多个单位实施的，逐一列出单位全称。",
    },
  },
  check(ctx) {
    const v = ctx.table.header.implementingUnit?.value;
    if (!v || ctx.analysis.isBlankOrNa(v.text)) return;
    if (!VAGUE.test(headerKey(v.text))) return;
    const deptText = ctx.table.header.department?.value?.text ?? "";
    const dept = ctx.analysis.isBlankOrNa(deptText) ? "" : splitDeptCode(deptText).name;
    const deptUsable = dept !== "" && !VAGUE.test(headerKey(dept));
    const at = { row: v.row, col: v.col };
    ctx.report({
      at,
      messageId: "vague",
      data: { text: v.text.trim(), example: deptUsable ? dept : "区委组织部" },
    });
  },
};
