// rules.md §6 A3: the header fields a reviewer needs must be filled in.
import type { TableRule } from "../types";
import type { CellPos, HeaderEntry, ProjectTable } from "../../layout/model";
import { headerFieldDef, type HeaderField } from "../../form/catalogue";
import { valueCellOf } from "./util";

// 年度总体目标 is left to goal-missing, which also knows the empty `目标1:` placeholder
const FIELDS: ReadonlyArray<HeaderField> = [
  "projectName",
  "department",
  "implementingUnit",
  "attribute",
  "category",
  "period",
  "fundTotal",
];

export const headerFieldMissing: TableRule = {
  meta: {
    id: "header-field-missing",
    severity: "error",
    category: "document",
    opinion: 1,
    scope: "table",
    description:
      "表头各栏（项目名称、主管部门、实施单位、项目属性、项目期、年度资金总额等）必须填写；表样里没有的栏目不算缺少。",
    notes:
      "Each form is judged by its own fields: a label the table's form carries must have a value; a field the form does not have is missing only when config.requiredHeaderFields (the policy) asks for it — by default 项目名称 and 年度资金总额, which every province's form has. 年度总体目标 is checked by goal-missing (it also catches a bare `目标1:`). A value of `/`, `无` or `—` counts as empty. A table with no header field at all gets one finding instead of six.",
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
    for (const field of FIELDS) {
      const spec = headerFieldDef(field);
      const entry = h[field as keyof typeof h];
      // a fund tree without a total: the parser summed its lines, nothing to fill in
      if (field === "fundTotal" && t.repairs.some((r) => r.kind === "fund-total-derived")) continue;
      if (!entry) {
        if (ctx.config.requiredHeaderFields.includes(field)) {
          ctx.report({
            at: anchorRow(t, previous),
            messageId: "labelMissing",
            data: { project, label: spec.label, example: spec.example },
          });
        }
        continue;
      }
      previous = entry;
      if (ctx.analysis.isBlankOrNa(entry.value?.text)) {
        // the clerk reads the label as their form prints it
        ctx.report({
          at: valueCellOf(entry, ctx.grid),
          messageId: "valueMissing",
          data: { label: entry.label.text.replace(/[:：]\s*$/, "").trim(), example: spec.example },
        });
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
