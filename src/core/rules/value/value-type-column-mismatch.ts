// review-criteria.md C43: in a value split over columns (指标值类型 / 指标性质 / 计算符号 | 指标值 | 计量单位) the
// columns agree with each other.
import { z } from "zod";
import type { ColumnRole } from "../../form/catalogue";
import type { Indicator, TextAt } from "../../layout/model";
import { parseUnit } from "../../values/units";
import type { UnitFamily } from "../../values/types";
import { toHalfWidth } from "../../text";
import { optionsOf, type TableRule } from "../types";

const OPTIONS = z.object({
  quantitativeWords: z
    .array(z.string())
    .default(["定量", "定量指标"])
    .describe("类型栏（指标值类型、指标性质或计算符号）中表示定量的写法。"),
  qualitativeWords: z
    .array(z.string())
    .default(["定性", "定性指标"])
    .describe("类型栏中表示定性的写法。“定量（其他）”等其他写法不判断。"),
});

const QUANTITATIVE_KINDS = new Set(["quantity", "range", "compound", "date"]);

/**
 * Unit families that cannot stand for each other. Within one group a different spelling is no contradiction (人次 | 次,
 * 平方米 | ㎡, 万元 | 元 may be the clerk's shorthand); unknown units (`other`) are not compared.
 */
const GROUP: Partial<Record<UnitFamily, string>> = {
  percent: "percent",
  money: "money",
  people: "count",
  times: "count",
  count: "count",
  duration: "duration",
  length: "length",
  area: "area",
  score: "score",
};

export const valueTypeColumnMismatch: TableRule = {
  meta: {
    id: "value-type-column-mismatch",
    origin: "issue 10, review-criteria.md C43",
    severity: "warning",
    category: "value",
    opinion: 4,
    scope: "table",
    options: OPTIONS,
    defersTo: ["quantified-value-required", "placeholder-value", "value-undetermined"],
    description:
      "指标值分栏填写时（指标值类型/计算符号 | 指标值 | 计量单位），各栏应一致：定量指标要有数值，定性指标不填数值和计量单位，计量单位栏与指标值自带的单位不能矛盾。",
    notes:
      "Only split layouts: the type word is read from the column the parser classes as a direction column by its content (指标值类型 / 指标性质 holding 定量 / 定性) or from an operator column cell reading 定性 (计算符号 code 6). A 正向/反向 column is no type column. `定量（其他）` (the budget system's option for an undetermined target, T3/T7) is not judged. A 定量 row without a number defers to quantified-value-required, placeholder-value and value-undetermined, which report the same cell at the same or a higher severity. The unit check applies to every split layout: the number cell's own unit (`28.8万元`) against a unit column of another family (`%`) — money, percent, counts (人, 人次, 次, 个), durations, lengths, areas and scores; spellings within one family (平方米 | ㎡, 人次 | 次, 万元 | 元) and unknown units are not compared; a number in the unit column (a copied date serial) is the parser's `unit-column-not-unit` and is not compared.",
    messages: {
      quantitativeNoNumber:
        "“{{type}}”为“定量”，但指标值“{{value}}”不是数值。请写带单位的数值或比例（例如“≥95%”“≥200人”）；若本指标只能定性描述，请把“{{type}}”改为“定性”并写明衡量标准。",
      qualitativeWithNumber:
        "“{{type}}”为“定性”，但指标值“{{value}}”是数值。请把“{{type}}”改为“定量”，并确认计量单位。",
      qualitativeWithUnit:
        "“{{type}}”为“定性”，计量单位栏却填了“{{unit}}”。定性指标不填计量单位：请清空此栏；若本指标可以量化，请把“{{type}}”改为“定量”并写数值。",
      unitContradicts:
        "指标值“{{value}}”自带单位“{{own}}”，计量单位栏却是“{{unit}}”，两者矛盾。请只保留正确的单位：指标值栏只写数字，计量单位栏写单位（例如“{{number}}”和“{{own}}”）。",
    },
  },
  check(ctx) {
    const opts = optionsOf(OPTIONS, ctx);
    const map = ctx.table.columns;
    if (!map) return;
    const colOf = (role: ColumnRole) => map.roles.find((x) => x.role === role);
    const unitCol = colOf("unit");
    const operatorCol = colOf("operator");
    const directionCol = colOf("direction");
    if (!unitCol && !operatorCol && !directionCol) return;
    const norm = (s: string) => toHalfWidth(s).replace(/\s/g, "");
    const quantWords = new Set(opts.quantitativeWords.map(norm));
    const qualWords = new Set(opts.qualitativeWords.map(norm));
    for (const ind of ctx.table.indicators) {
      const v = ind.value;
      if (v.kind === "empty" || v.kind === "na" || v.kind === "placeholder" || v.kind === "error") continue;
      const unit = partAt(ind, unitCol?.col);
      // `/`, `无` in the unit column say "no unit"
      const unitText = unit && !ctx.analysis.isNa(unit.text) ? unit.text.trim() : "";
      const numeric = unitText !== "" && /^[\d.,\s]+$/.test(toHalfWidth(unitText));
      // the type word: a direction column's cell, or an operator column's 定性 / 定量
      const typeCell = ind.extras.direction ?? partAt(ind, operatorCol?.col);
      const typeWord = typeCell ? norm(typeCell.text) : "";
      const typeLabel = typeCell
        ? (map.roles
            .find((x) => x.col === typeCell.col)
            ?.label.replace(/^\s*[*＊]+/, "")
            .trim() ?? "指标值类型")
        : "指标值类型";
      const quantitative = QUANTITATIVE_KINDS.has(v.kind);
      const value = ind.valueText.trim();
      if (quantWords.has(typeWord)) {
        if (!quantitative)
          ctx.report({ at: ind.valueCell, messageId: "quantitativeNoNumber", data: { type: typeLabel, value } });
      } else if (qualWords.has(typeWord)) {
        if (quantitative && v.kind !== "date") {
          ctx.report({ at: ind.valueCell, messageId: "qualitativeWithNumber", data: { type: typeLabel, value } });
          continue;
        }
        if (unit && unitText !== "" && !numeric) {
          ctx.report({
            at: { row: unit.row, col: unit.col },
            messageId: "qualitativeWithUnit",
            data: { type: typeLabel, unit: unitText },
          });
          continue;
        }
      }
      // the number cell's own unit against the unit column
      if (!unit || unitText === "" || numeric) continue;
      if (v.kind !== "quantity" && v.kind !== "range") continue;
      if (v.unit.raw === "" || v.unit.fromName) continue;
      const column = parseUnit(toHalfWidth(unitText));
      const a = GROUP[column.family];
      const b = GROUP[v.unit.family];
      if (a === undefined || b === undefined || a === b) continue;
      const number = partAt(ind, ind.valueCell.col)?.text.trim() ?? value;
      ctx.report({
        at: { row: unit.row, col: unit.col },
        messageId: "unitContradicts",
        data: { value: number, own: v.unit.raw, unit: unitText, number: number.replace(v.unit.raw, "").trim() },
      });
    }
  },
};

function partAt(ind: Indicator, col: number | undefined): TextAt | undefined {
  return col === undefined ? undefined : ind.valueParts.find((p) => p.col === col);
}
