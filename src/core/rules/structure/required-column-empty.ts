// review-criteria.md C9 / C50: a column the policy requires (or the form marks `*`) is left empty on an indicator row.
import { z } from "zod";
import { COLUMN_ROLE_LABELS, REQUIRABLE_COLUMN_ROLES, type RequirableColumnRole } from "../../form/catalogue";
import { isHeaderMarkedRequired } from "../../layout/labels";
import type { ColumnMap, Indicator } from "../../layout/model";
import { optionsOf, type TableRule } from "../types";
import { nameState, valueState } from "./util";

const OPTIONS = z.object({
  starredHeaders: z
    .boolean()
    .default(true)
    .describe("表头以“*”开头的栏目（如“*指标解释”）按表样本身的要求视为必填，无论策略是否列出。"),
  newProjectWords: z
    .array(z.string())
    .default(["新增"])
    .describe("项目属性中含有这些词的是新增项目：没有上年，不要求填写上年实际值。"),
});

/** What a clerk writes in each column, for the message. */
const WHAT: Readonly<Record<RequirableColumnRole, string>> = {
  direction: "指标性质（定量或定性，或正向、反向）",
  score: "本指标的分值（权重）",
  explanation: "指标的含义和口径：定量指标写计算方法或统计口径，定性指标写衡量内容和衡量方法",
  standard: "评(扣)分标准或绩效标准，即自评时怎样判断完成、怎样扣分",
  basis: "指标值的设定依据（计划标准、行业标准、历史标准或预算支出标准等）",
  history: "上年实际完成值",
  remark: "备注",
};

const REQUIRABLE: ReadonlySet<string> = new Set(REQUIRABLE_COLUMN_ROLES);

interface Required {
  readonly role: RequirableColumnRole;
  readonly col: number;
  readonly label: string;
  readonly why: string;
}

export const requiredColumnEmpty: TableRule = {
  meta: {
    id: "required-column-empty",
    origin: "issue 10, review-criteria.md C9",
    severity: "error",
    category: "structure",
    opinion: 1,
    scope: "table",
    options: OPTIONS,
    description:
      "策略要求（或表头标“*”）的指标栏目（指标解释、评(扣)分标准、分值、上年实际值等）在已填写的指标行上不能为空。",
    notes:
      "Judges only the columns the table's own form has (table.columns): a table without a 指标解释 column is not judged by this rule, whatever the policy says — a form that lacks the column is not missing it. The required columns are config.requiredColumns (the policy's; the national policy requires none) plus, with `starredHeaders`, every column whose header carries the form's own `*` mark (湖南 S22 `*指标解释`). Rows that are not filled (a bare `指标1:`, `不涉及`) are other rules' and are not judged. When the column is empty on every filled row the table gets one finding at the header, not one per row. 上年实际值 is not required of a 新增项目 (项目属性, C50); one filled in for a 新增项目 is an info.",
    messageSeverity: { historyInNewProject: "info" },
    messages: {
      empty: "“{{column}}”栏为必填（{{why}}），三级指标“{{name}}”的这一栏没有填写。请填写{{what}}。",
      columnEmpty: "“{{column}}”栏为必填（{{why}}），但本表所有指标行的这一栏都没有填写。请逐行填写{{what}}。",
      historyInNewProject:
        "项目属性为“{{attribute}}”，新增项目没有上年实际值，“{{column}}”栏的“{{value}}”请核实：若本项目是延续项目，请改正项目属性；否则请清空此栏。",
    },
  },
  check(ctx) {
    const opts = optionsOf(OPTIONS, ctx);
    const map = ctx.table.columns;
    if (!map) return;
    const attribute = ctx.table.header.attribute?.value?.text.trim() ?? "";
    const isNew = attribute !== "" && opts.newProjectWords.some((w) => w !== "" && attribute.includes(w));
    // rows the clerk filled in: a bare `指标1:` or a `不涉及` row needs no 指标解释
    const rows = ctx.table.indicators.filter(
      (ind) =>
        (nameState(ind, ctx.analysis.isNa) === "filled" || valueState(ind) === "filled") &&
        nameState(ind, ctx.analysis.isNa) !== "na" &&
        valueState(ind) !== "na",
    );
    for (const req of requiredColumns(map, ctx.config.requiredColumns, opts.starredHeaders)) {
      if (req.role === "history" && isNew) {
        for (const ind of rows) {
          const cell = ind.extras[req.role];
          if (!cell) continue;
          ctx.report({
            at: { row: cell.row, col: cell.col },
            messageId: "historyInNewProject",
            data: { attribute, column: req.label, value: cell.text.trim() },
          });
        }
        continue;
      }
      const empty = rows.filter((ind) => isEmpty(ind, req.role));
      if (empty.length === 0) continue;
      const data = { column: req.label, why: req.why, what: WHAT[req.role] };
      if (empty.length === rows.length && rows.length > 1) {
        ctx.report({ at: { row: map.row, col: req.col }, messageId: "columnEmpty", data });
        continue;
      }
      for (const ind of empty)
        ctx.report({
          at: { row: ind.nameCell.row, col: req.col },
          messageId: "empty",
          data: { ...data, name: ind.name.trim() || ind.valueText.trim() },
        });
    }
  },
};

/** The required columns the table's form has, each once, with the reason the message gives. */
function requiredColumns(
  map: ColumnMap,
  byPolicy: ReadonlyArray<RequirableColumnRole>,
  starred: boolean,
): ReadonlyArray<Required> {
  const out: Required[] = [];
  for (const x of map.roles) {
    if (!REQUIRABLE.has(x.role) || out.some((r) => r.role === x.role)) continue;
    const role = x.role as RequirableColumnRole;
    const label = x.label.replace(/^\s*[*＊]+\s*/, "").trim() || COLUMN_ROLE_LABELS[role];
    if (starred && isHeaderMarkedRequired(x.label)) out.push({ role, col: x.col, label, why: "表头标有“*”" });
    else if (byPolicy.includes(role)) out.push({ role, col: x.col, label, why: "审核策略要求填写" });
  }
  return out;
}

function isEmpty(ind: Indicator, role: RequirableColumnRole): boolean {
  const cell = ind.extras[role];
  return !cell || cell.text.trim() === "";
}
