// rules.md §6 C30: 数量 and quality rates are positive (≥ > ＝), error rates and 成本 reverse (≤ <) or exact.
import type { Indicator } from "../../layout/model";
import { isSatisfactionLevel2, isCostLevel2 } from "../../form/catalogue";
import type { QuantityValue } from "../../values/types";
import { formatQuantity } from "../../values/parse";
import type { TableRule } from "../types";
import { isReverseName, nameCore } from "../../analysis/indicator-name";

type Direction = "positive" | "reverse" | "costCap";

const RATE_NAME = /(?:率|性|度|比例)$/;

/** The direction the row's target should take, or null when the catalogue does not settle it. */
function expected(ind: Indicator, v: QuantityValue): Direction | null {
  const f = v.unit.family;
  // satisfaction operators are satisfaction-format's (an error there)
  if (isSatisfactionLevel2(ind.level2)) return null;
  if (isReverseName(ind.name)) return "reverse";
  if (isCostLevel2(ind.level2)) return f === "money" ? "costCap" : null;
  // money under 数量 is money-in-quantity's, a rate under 数量 value-type-mismatch's
  if (ind.level2 === "数量指标") return f === "money" || f === "percent" ? null : "positive";
  if ((ind.level2 === "质量指标" || ind.level2 === "时效指标") && f === "percent") {
    return RATE_NAME.test(nameCore(ind.name)) ? "positive" : null;
  }
  return null;
}

function rewrite(v: QuantityValue, op: QuantityValue["op"]): string {
  return formatQuantity({ ...v, op, opSource: "symbol" });
}

export const operatorDirection: TableRule = {
  meta: {
    id: "operator-direction",
    severity: "warning",
    category: "value",
    opinion: 4,
    scope: "table",
    hasSuggestions: true,
    description:
      "数量指标和合格率、完成率等应为正向（≥、>、＝），差错率、故障率等反向指标和成本指标应为反向（≤、<）或等于。",
    notes:
      "Satisfaction rows are left to satisfaction-format (error). A bare value of an error or fault rate (`差错率 | 0%`, seed T11 L245) is reported as info, because `＝` is legal but `≤` states the intent.",
    messageSeverity: { bareReverse: "info" },
    messages: {
      upperBoundOnPositive:
        "{{level2}}“{{name}}”是正向指标，指标值“{{value}}”却写成了上限（{{op}}），完成得越多反而越不达标。请改为下限，例如“{{example}}”。",
      lowerBoundOnReverse:
        "“{{name}}”是差错、故障类反向指标，指标值“{{value}}”却写成了下限（{{op}}）。请改为上限，例如“{{example}}”。",
      bareReverse:
        "“{{name}}”是反向指标，指标值“{{value}}”没有写运算符，会按“等于”考核。建议写明上限“{{example}}”，或明确写“{{exact}}”。",
      lowerBoundOnCost:
        "成本指标“{{name}}”的指标值“{{value}}”写成了下限（{{op}}），成本应控制在上限以内或写确定金额。请改为“{{example}}”。",
      rewrite: "改为“{{value}}”",
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      const v = ind.value;
      // a tolerance (`±3%以内`) bounds the deviation both ways: it has no direction
      if (v.kind !== "quantity" || !Number.isFinite(v.number) || v.tolerance) continue;
      const dir = expected(ind, v);
      if (dir === null) continue;
      const value = ind.valueText.trim();
      const op = v.opText || v.op;
      const name = ind.name;
      const level2 = ind.level2 ?? "指标";
      const isUpper = v.op === "<=" || v.op === "<";
      const isLower = v.op === ">=" || v.op === ">";
      // `约` values keep their meaning only as written, so no rewrite is offered for them
      const fix = (newOp: QuantityValue["op"]) =>
        v.approx
          ? []
          : [
              {
                messageId: "rewrite",
                data: { value: rewrite(v, newOp) },
                cell: ind.valueCell,
                value: rewrite(v, newOp),
              },
            ];
      if (dir === "positive" && isUpper) {
        const example = rewrite(v, ">=");
        ctx.report({
          at: ind.valueCell,
          messageId: "upperBoundOnPositive",
          data: { level2, name, value, op, example },
          suggest: fix(">="),
        });
      } else if (dir === "reverse" && isLower) {
        const example = rewrite(v, "<=");
        ctx.report({
          at: ind.valueCell,
          messageId: "lowerBoundOnReverse",
          data: { name, value, op, example },
          suggest: fix("<="),
        });
      } else if (dir === "reverse" && v.opSource === "none") {
        const example = rewrite(v, "<=");
        const exact = rewrite(v, "=");
        ctx.report({
          at: ind.valueCell,
          messageId: "bareReverse",
          data: { name, value, example, exact },
          suggest: [...fix("<="), ...fix("=")],
        });
      } else if (dir === "costCap" && isLower) {
        const example = rewrite(v, "<=");
        ctx.report({
          at: ind.valueCell,
          messageId: "lowerBoundOnCost",
          data: { name, value, op, example },
          suggest: fix("<="),
        });
      }
    }
  },
};
