// rules.md §6 B24: 量化 / 硬性指标 rows (and the default-quantified 二级) need a number, a range or, for 时效, a date.
import type { TableRule } from "../types";
import { isSatisfactionLevel2 } from "../../form/catalogue";
import type { Indicator, Level2Block } from "../../layout/model";
import {
  annotationWords,
  exampleValue,
  isBlockQuantified,
  isBlockRequired,
  level2Label,
  nameState,
  requiredSet,
} from "./util";

export const quantifiedValueRequired: TableRule = {
  meta: {
    id: "quantified-value-required",
    severity: "error",
    category: "structure",
    opinion: 2,
    scope: "table",
    description:
      "标注“量化”“硬性指标”的二级指标（未标注时为数量、质量、时效、成本、服务对象满意度）的指标值必须是数值、比例或（时效指标的）日期。",
    notes:
      "Warning instead of error for a filled 选填量化 row. Values left to other rules are skipped: empty/N-A (required-marked-na, name-without-value), formula errors, text with digits that does not parse (value-unparseable) and a frequency such as `每月` under 时效 (time-value-format). A date counts as quantitative only under 时效. 服务对象满意度 rows are left to satisfaction-format, which reports the same fault more precisely. 经济成本指标 (2021) joins the default-quantified set as the successor of 成本指标. Template residue (`*`, `null`) and undetermined targets (暂不确定, 据实) are said more precisely by placeholder-value and value-undetermined, which report these rows at the same severity (error, or warning in a 选填量化 row): this rule's finding gives way to theirs on the same cell.",
    messageSeverity: { optionalQualitative: "warning" },
    // template residue (`*`, `null`) and 暂不确定 / 据实 said precisely, at the same severity in these rows
    defersTo: ["placeholder-value", "value-undetermined"],
    messages: {
      notQuantified:
        "“{{level2}}”{{why}}要求量化，但指标值“{{shown}}”不是数值。请写带单位的数值或比例，例如“{{example}}”。",
      notQuantifiedTime:
        "“{{level2}}”{{why}}要求量化，但指标值“{{shown}}”既不是完成时限也不是比例。请写具体时限，例如“{{example}}”，或写及时率，例如“≥95%”。",
      optionalQualitative:
        "“{{level2}}”标注为选填量化，填写时指标值应为数值，“{{shown}}”是定性描述。请改为可衡量的目标，例如“{{example}}”；若无法量化，可不填此项或写“不涉及”。",
    },
  },
  check(ctx) {
    const required = requiredSet(ctx.config, ctx.generation);
    for (const b of ctx.table.level2) {
      // satisfaction-format owns the value of a 服务对象满意度 row (one error per cell)
      if (!isBlockQuantified(b) || isSatisfactionLevel2(b.name)) continue;
      const isRequired = isBlockRequired(b, required);
      for (const ind of b.indicators) {
        if (!needsReport(b, ind)) continue;
        // a value with no 三级 name in a required row is already required-level3-missing
        if (isRequired && nameState(ind, ctx.analysis.isNa) !== "filled") continue;
        const why = b.annotation ? `标注为${annotationWords(b)}，` : "按模板默认";
        const data = {
          level2: level2Label(b),
          why,
          shown: ind.valueText.trim(),
          example: exampleValue(b.name, ctx.year),
        };
        if (b.annotation && !b.annotation.required) {
          ctx.report({ at: ind.valueCell, messageId: "optionalQualitative", data });
        } else {
          ctx.report({
            at: ind.valueCell,
            messageId: b.name === "时效指标" ? "notQuantifiedTime" : "notQuantified",
            data,
          });
        }
      }
    }
  },
};

function needsReport(b: Level2Block, ind: Indicator): boolean {
  const v = ind.value;
  switch (v.kind) {
    case "quantity":
    case "range":
    case "compound":
    case "empty":
    case "na":
    case "error":
    case "unparseable":
    case "placeholder": // a template leftover: value-unparseable's
      return false;
    case "date":
      return b.name !== "时效指标";
    case "frequency":
      return b.name !== "时效指标";
    case "boolean":
    case "qualitative":
      return true;
  }
}
