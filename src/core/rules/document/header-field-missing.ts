// rules.md §6 A3: the header fields a reviewer needs must be filled in.
import type { TableRule } from "../types";
import type { CellPos, HeaderEntry, ProjectTable } from "../../layout/model";
import { isBlankText, valueCellOf } from "./util";

type Field = "projectName" | "department" | "implementingUnit" | "attribute" | "period" | "fundTotal";

interface FieldSpec {
  readonly field: Field;
  readonly label: string;
  /** What to write, for the message. */
  readonly example: string;
}

// 年度总体目标 is left to goal-missing, which also knows the empty `目标1:` placeholder
const FIELDS: ReadonlyArray<FieldSpec> = [
  { field: "projectName", label: "项目名称", example: "与部门预算项目名称一致，例如“基层党建工作经费”" },
  { field: "department", label: "主管部门及代码", example: "预算编码和一级单位全称，例如“35005001 区委组织部”" },
  { field: "implementingUnit", label: "实施单位", example: "项目用款单位的名称，例如“区委组织部”" },
  { field: "attribute", label: "项目属性", example: "“新增项目”或“延续性项目”" },
  { field: "period", label: "项目期", example: "例如“1年期”“长期”或“2024.01--2024.12”" },
  { field: "fundTotal", label: "年度资金总额", example: "以万元为单位的数字，例如“10”" },
];

export const headerFieldMissing: TableRule = {
  meta: {
    id: "header-field-missing",
    severity: "error",
    category: "document",
    opinion: 1,
    scope: "table",
    description: "项目名称、主管部门及代码、实施单位、项目属性、项目期、年度资金总额必须填写。",
    notes:
      "年度总体目标 is checked by goal-missing (it also catches a bare `目标1:`), so it is not repeated here. A value of `/`, `无` or `—` counts as empty. A table with no header field at all gets one finding instead of six.",
    messages: {
      valueMissing: "表头“{{label}}”没有填写。请填写{{example}}。",
      labelMissing: "项目“{{project}}”的表头缺少“{{label}}”一栏。请按模板补上该栏并填写{{example}}。",
      headerMissing:
        "项目表缺少表头（项目名称、主管部门及代码、实施单位、项目属性、项目期、项目资金、年度总体目标）。请在标题与“绩效指标”行之间按模板补全表头。",
    },
  },
  check(ctx) {
    const t = ctx.table;
    const h = t.header;
    const project = h.projectName?.value?.text ?? `第${t.index + 1}张表`;
    if (Object.values(h).every((e) => e === null)) {
      ctx.report({ at: anchorRow(t, null), messageId: "headerMissing" });
      return;
    }
    let previous: HeaderEntry | null = null;
    for (const spec of FIELDS) {
      const entry = h[spec.field];
      if (!entry) {
        ctx.report({ at: anchorRow(t, previous), messageId: "labelMissing", data: { project, label: spec.label, example: spec.example } });
        continue;
      }
      previous = entry;
      if (isBlankText(entry.value?.text)) {
        ctx.report({ at: valueCellOf(entry), messageId: "valueMissing", data: { label: spec.label, example: spec.example } });
      }
    }
  },
};

/** Where to point when a label is absent: the field before it (its pair shares the row), else the title. */
function anchorRow(t: ProjectTable, previous: HeaderEntry | null): CellPos {
  if (previous) return { row: previous.label.row, col: previous.label.col };
  if (t.title) return { row: t.title.row, col: t.title.col };
  return { row: t.area.top, col: 0 };
}
