// rules.md §6 B27: the row's content sits left of the template columns; the parser re-aligned it.
import type { TableRule } from "../types";
import { colName } from "../../grid";
import { isIndicatorPrefixed, level1Of, level2Of, parseAnnotation } from "../../layout/labels";

export const rowMisaligned: TableRule = {
  meta: {
    id: "row-misaligned",
    severity: "warning",
    category: "structure",
    opinion: 11,
    scope: "table",
    description: "指标行的内容必须写在模板对应的列：一级指标、二级指标、三级指标、指标值各占一列。",
    notes: "Reports the parser's `row-misaligned` repairs; the checks of the row already use the re-aligned cells.",
    messages: {
      level1:
        "一级指标“{{text}}”写在了{{col}}列，本行内容整体向左错了{{n}}列。请把本行各格右移{{n}}列：一级指标在{{l1}}列、二级指标在{{l2}}列、三级指标在{{l3}}列、指标值在{{v}}列。",
      level2:
        "二级指标“{{text}}”写在了{{col}}列（一级指标列），本行内容整体向左错了{{n}}列。请把本行各格右移{{n}}列：二级指标在{{l2}}列、三级指标在{{l3}}列、指标值在{{v}}列。",
      level3:
        "三级指标“{{text}}”写在了{{col}}列，指标值也随之左移，本行内容向左错了{{n}}列。请把三级指标移到{{l3}}列、指标值移到{{v}}列。",
      other:
        "“{{text}}”写在了{{col}}列，本行内容比模板向左错了{{n}}列。请让一级指标在{{l1}}列、二级指标在{{l2}}列、三级指标在{{l3}}列、指标值在{{v}}列。",
    },
  },
  check(ctx) {
    const t = ctx.table;
    const h = t.indicatorHeader;
    const base = t.header.projectName?.label.col ?? t.area.left;
    const oc = ctx.grid.origin.col;
    const letter = (c: number): string => colName(c + oc);
    const cols = {
      l1: letter(h?.level1Col ?? base + 1),
      l2: letter(h?.level2Col ?? base + 2),
      l3: letter(h?.level3Col ?? base + 3),
      v: letter(h?.valueCol ?? base + 4),
    };
    for (const r of t.repairs) {
      if (r.kind !== "row-misaligned") continue;
      const text = r.text.trim();
      // `满意度指标` is both a 一级 and an alias of a 二级: unannotated, it reads as the 一级
      const asLevel1 = level1Of(text) !== null && parseAnnotation(text) === null;
      const messageId = isIndicatorPrefixed(text)
        ? "level3"
        : asLevel1
          ? "level1"
          : level2Of(text)
            ? "level2"
            : "other";
      const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
      ctx.report({
        at: { row: r.row, col: r.col },
        messageId,
        data: { text: shown, col: letter(r.col), n: Math.max(1, -r.shift), ...cols },
      });
    }
  },
};
