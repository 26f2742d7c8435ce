// rules.md §6 C32: a number without a unit, or a money rate without its currency (`1200/人/年`).
import type { Indicator } from "../../layout/model";
import { isSatisfactionLevel2, isCostLevel2 } from "../../form/catalogue";
import type { QuantityValue, RangeValue } from "../../values/types";
import { normaliseValueText } from "../../values/parse";
import { excelDateSerial } from "../../values/serial";
import { unitInName } from "../../values/units";
import type { Suggestion, TableRule } from "../types";
import { unitFromName } from "../../analysis/indicator-name";

const BEFORE_RATE = /(\d)\s*(?=\/|每[人月年天日次个户])/g;
const BARE_WAN = /(\d)\s*([万亿])(?![元人])/g;

function parts(ind: Indicator): ReadonlyArray<QuantityValue | RangeValue> {
  const v = ind.value;
  if (v.kind === "quantity" || v.kind === "range") return [v];
  if (v.kind === "compound") return v.parts;
  return [];
}

/** `≥15` → `≥15次`; `95以上` → `95%以上`. */
function withUnit(text: string, v: QuantityValue | RangeValue, unit: string): string {
  if (v.kind === "quantity" && v.opSource === "suffix" && text.endsWith(v.opText)) {
    return text.slice(0, text.length - v.opText.length) + unit + v.opText;
  }
  return text + unit;
}

export const unitMissing: TableRule = {
  meta: {
    id: "unit-missing",
    severity: "warning",
    category: "value",
    opinion: 2,
    scope: "table",
    hasSuggestions: true,
    description: "指标值的数字缺少计量单位，或金额标准缺少币种（如“1200/人/年”应为“1200元/人/年”）。",
    notes:
      "A number whose unit the 三级 name declares in its closing bracket (`流转土地(亩) | 60`, `建设资金（万元） | 50`) has its unit. A date serial under 时效 (`44,561`) is time-value-format's. `60万` (万 for 万元) is reported as info, not warning: the seed-findings treat it as a normalisation (T1 L18, T11 L247) since 万 in a cost row can only mean 万元. A bare number in a satisfaction row is left to satisfaction-format (error).",
    messageSeverity: { abbreviated: "info", abbreviatedUnclear: "info" },
    messages: {
      noUnit: "指标值“{{value}}”只有数字，没有计量单位，考核时无法判断口径。请补上单位，例如“{{example}}”。",
      noCurrency: "指标值“{{value}}”是金额标准，但缺少币种“元”。请写成“{{example}}”。",
      abbreviated: "指标值“{{value}}”把“万元”简写成了“万”。请写全单位：“{{example}}”。",
      abbreviatedUnclear: "指标值“{{value}}”中的“万”后没有写明单位（万元、万人次等）。请补全单位，例如“{{example}}”。",
      fix: "改为“{{value}}”",
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      const ps = parts(ind);
      if (ps.length === 0) continue;
      const text = normaliseValueText(ind.valueText);
      const value = ind.valueText.trim();
      const suggest = (v: string): Suggestion[] => [
        { messageId: "fix", data: { value: v }, cell: ind.valueCell, value: v },
      ];

      if (ps.some((p) => p.unit.currencyMissing)) {
        const fixed = text.replace(BEFORE_RATE, "$1元");
        ctx.report({
          at: ind.valueCell,
          messageId: "noCurrency",
          data: { value, example: fixed },
          suggest: suggest(fixed),
        });
        continue;
      }
      const bare = ps.find((p) => p.unit.family === "none");
      const unitElsewhere =
        bare !== undefined &&
        (unitInName(ind.name) !== null || (ind.level2 === "时效指标" && excelDateSerial(ind.value) !== null));
      if (bare && !isSatisfactionLevel2(ind.level2) && !unitElsewhere) {
        const unit = ind.value.kind === "compound" ? null : unitFromName(ind.name);
        const fixed = unit !== null ? withUnit(text, bare, unit) : null;
        ctx.report({
          at: ind.valueCell,
          messageId: "noUnit",
          data: { value, example: fixed ?? "≥15次、≥200人、≥95%" },
          suggest: fixed !== null ? suggest(fixed) : [],
        });
        continue;
      }
      if (ps.some((p) => p.unit.abbreviated)) {
        const moneyRow = isCostLevel2(ind.level2) || ctx.analysis.nameClass(ind) === "money";
        const fixed = text.replace(BARE_WAN, "$1$2元");
        if (moneyRow) {
          ctx.report({
            at: ind.valueCell,
            messageId: "abbreviated",
            data: { value, example: fixed },
            suggest: suggest(fixed),
          });
        } else {
          ctx.report({
            at: ind.valueCell,
            messageId: "abbreviatedUnclear",
            data: { value, example: `${fixed}、${text.replace(BARE_WAN, "$1$2人次")}` },
          });
        }
      }
    }
  },
};
