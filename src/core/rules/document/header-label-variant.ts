// rules.md §6 A4: label spellings that were recognised through an alias or with stray spaces.
import type { TableRule } from "../types";
import type { ProjectTable } from "../../layout/model";
import { HEADER_FIELD_LABEL } from "../../layout/labels";

type HeaderKey = keyof ProjectTable["header"];

export const headerLabelVariant: TableRule = {
  meta: {
    id: "header-label-variant",
    severity: "info",
    category: "document",
    opinion: 11,
    scope: "table",
    description: "表头栏目名、一级指标名、二级指标名使用了别名或含多余空格，已按规范名称识别。",
    notes:
      "Covers header labels and the 一级/二级 labels of the indicator area (`满意度 指标`, `经济效益 指标`, `环境效益指标`); a 二级 label keeps its `(必填…)` annotation in the suggestion.",
    hasSuggestions: true,
    messages: {
      header:
        "表头栏目“{{text}}”不是模板的规范写法，已按“{{canonical}}”识别。建议改为“{{canonical}}”，便于汇总和导入预算系统。",
      level1: "一级指标“{{text}}”含多余空格或使用了别名，已按“{{canonical}}”识别。建议改为规范写法“{{canonical}}”。",
      level2: "二级指标“{{text}}”含多余空格或使用了别名，已按“{{canonical}}”识别。建议改为规范写法“{{fixed}}”。",
      useCanonical: "改为“{{value}}”",
    },
  },
  check(ctx) {
    const t = ctx.table;
    for (const key of Object.keys(HEADER_FIELD_LABEL) as HeaderKey[]) {
      const e = t.header[key];
      if (!e || !e.variant) continue;
      const canonical = HEADER_FIELD_LABEL[key];
      const at = { row: e.label.row, col: e.label.col };
      ctx.report({
        at,
        messageId: "header",
        data: { text: e.label.text, canonical },
        suggest: [{ messageId: "useCanonical", data: { value: canonical }, cell: at, value: canonical }],
      });
    }
    for (const l of t.level1) {
      if (!l.variant || l.name === null) continue;
      const at = { row: l.label.row, col: l.label.col };
      ctx.report({
        at,
        messageId: "level1",
        data: { text: l.label.text, canonical: l.name },
        suggest: [{ messageId: "useCanonical", data: { value: l.name }, cell: at, value: l.name }],
      });
    }
    for (const b of t.level2) {
      if (!b.variant || b.name === null) continue;
      const a = b.annotation;
      const fixed = a
        ? `${b.name} (${a.required ? "必填" : "选填"}${a.hard ? "硬性指标" : a.quantified ? "量化" : ""})`
        : b.name;
      const at = { row: b.label.row, col: b.label.col };
      ctx.report({
        at,
        messageId: "level2",
        data: { text: b.label.text, canonical: b.name, fixed },
        suggest: [{ messageId: "useCanonical", data: { value: fixed }, cell: at, value: fixed }],
      });
    }
  },
};
