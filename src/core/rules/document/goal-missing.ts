// rules.md §6 A12: 年度总体目标 holds real text, not an empty cell or a bare `目标1:`.
import type { TableRule } from "../types";
import type { CellPos, ProjectTable } from "../../layout/model";
import { goalCells, headerKey, valueCellOf } from "./util";

/** Template scaffolding: `目标1:`, `目标2：`, `……`, punctuation. */
const SCAFFOLD = /目标\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?|[.…。，,、;；:：\-—_\s]+/g;

export const goalMissing: TableRule = {
  meta: {
    id: "goal-missing",
    severity: "error",
    category: "document",
    opinion: 1,
    scope: "table",
    description: "“年度总体目标”必须填写本年度要达到的产出和效果，不能为空或只有“目标1:”。",
    messages: {
      empty:
        "年度总体目标{{what}}。请写明本年度计划达到的产出和效果，并与资金对应，例如“目标1: 举办基层干部培训班4期, 培训200人次, 年度资金总额10万元, 提升基层干部履职能力。”",
      labelMissing:
        "项目“{{project}}”缺少“年度总体目标”一栏。请在项目资金下方加一行“年度总体目标”，写明本年度计划达到的产出和效果，例如“目标1: 举办培训班4期, 培训200人次。”",
    },
  },
  check(ctx) {
    const t = ctx.table;
    const e = t.header.goal;
    if (!e) {
      // a form without any goal or overview field lacks it only where the policy requires one (all shipped ones do)
      if (!ctx.config.requiredHeaderFields.includes("goal")) return;
      const project = t.header.projectName?.value?.text ?? `第${t.index + 1}张表`;
      ctx.report({ at: anchor(t), messageId: "labelMissing", data: { project } });
      return;
    }
    // the goal may run on in the cells to the right or in rows below; any real text there counts
    const cells = goalCells(t).filter((c) => !ctx.analysis.isBlankOrNa(c.text));
    if (cells.length === 0) {
      ctx.report({ at: valueCellOf(e, ctx.grid), messageId: "empty", data: { what: "没有填写" } });
      return;
    }
    if (cells.every((c) => headerKey(c.text).replace(SCAFFOLD, "") === "")) {
      const text = cells.map((c) => c.text.trim()).join(" ");
      ctx.report({ at: valueCellOf(e, ctx.grid), messageId: "empty", data: { what: `只有“${text}”，没有内容` } });
    }
  },
};

/** The row where 年度总体目标 belongs: under the fund rows, else above the indicator header, else the title. */
function anchor(t: ProjectTable): CellPos {
  const h = t.header;
  const last = h.fundOther ?? h.fundFiscal ?? h.fundTotal ?? h.fundGroup;
  if (last) return { row: last.label.row, col: last.label.col };
  if (t.indicatorHeader) return { row: t.indicatorHeader.row, col: 0 };
  if (t.title) return { row: t.title.row, col: t.title.col };
  return { row: t.area.top, col: 0 };
}
