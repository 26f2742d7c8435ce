// Helpers shared by the value-format rules (rules.md §6 C); what a name measures is analysis/indicator-name.ts.
import type { Indicator, ProjectTable } from "../../layout/model";
import { nameCore, TIME_END, type NameClass } from "../../analysis/indicator-name";
import type { ParsedValue, QuantityValue, RangeValue, Unit, UnitFamily } from "../../values/types";
import { isBlockQuantified } from "../../form/requiredness";

/**
 * True when the row asks for a quantitative value: its own annotation decides (`(必填量化)`, `(必填硬性指标)`), and
 * an unannotated row follows the default-quantified 二级, as quantified-value-required reads it. Qualitative values
 * in such rows are that rule's.
 */
export function isQuantifiedRow(table: ProjectTable, ind: Indicator): boolean {
  const block = table.level2[ind.level2Index];
  return block !== undefined && isBlockQuantified(block);
}

const RATE_OR_QUALITY_END = /(?:性|率)$/;
const TIMELY = /及时|按时|准时|如期|按期|时效|进度|完成率|办结率|执行率|到位率|响应率|时间节点/;

/** The single quantity or range a value holds, for unit checks. */
export function measured(v: ParsedValue): QuantityValue | RangeValue | null {
  return v.kind === "quantity" || v.kind === "range" ? v : null;
}

const COUNTS: ReadonlyArray<UnitFamily> = ["people", "count", "times"];

export interface TypeMismatch {
  readonly messageId: "rateInQuantity" | "countInQuality" | "moneyInQuality" | "timeNotDeadline" | "rateNameWithDate";
}

/** value-type-mismatch (rules.md C38): the value's type does not fit the 二级. */
export function typeMismatch(ind: Indicator): TypeMismatch | null {
  const v = ind.value;
  const q = measured(v);
  switch (ind.level2) {
    case "数量指标":
      return q && q.unit.family === "percent" ? { messageId: "rateInQuantity" } : null;
    case "质量指标":
      if (!q) return null;
      if (COUNTS.includes(q.unit.family)) return { messageId: "countInQuality" };
      return q.unit.family === "money" ? { messageId: "moneyInQuality" } : null;
    case "时效指标": {
      if (v.kind === "date") {
        // `资金发放的及时性 | 2024年年底`: a rate name with a deadline value (seed T7 L154, info)
        const core = nameCore(ind.name);
        return RATE_OR_QUALITY_END.test(core) && !TIME_END.test(core) ? { messageId: "rateNameWithDate" } : null;
      }
      if (!q) return null;
      const f = q.unit.family;
      if (f === "duration" || f === "none" || f === "other") return null;
      if (f === "percent") return TIMELY.test(nameCore(ind.name)) ? null : { messageId: "timeNotDeadline" };
      return { messageId: "timeNotDeadline" };
    }
    default:
      return null;
  }
}

const SECOND_PREFIX = /指标\s*[0-9０-９]+\s*[:：]/;

/** A 三级 cell that holds a second `指标N:` (multiple-indicators-in-cell's finding, not a compound value). */
export function holdsSecondIndicator(ind: Indicator): boolean {
  return SECOND_PREFIX.test(ind.name);
}

/** True when a unit belongs to the family the name asks for, or the pair is not clearly wrong. */
export function unitFitsName(cls: NameClass, unit: Unit): boolean {
  const f = unit.family;
  if (f === "none" || f === "other") return true;
  switch (cls) {
    case "rate":
      return f === "percent";
    case "people":
      // `培训人数 | 200个` is colloquial, not a wrong family
      return f === "people" || (f === "count" && unit.base === "个");
    case "times":
      return (
        f === "times" ||
        (f === "people" && unit.base.endsWith("人次")) ||
        (f === "count" && (unit.base === "个" || unit.base === "批"))
      );
    case "objects":
      return f !== "people";
    case "money":
      // a percentage under a money name is a saving or a control rate (non-cost-in-cost's, if anyone's)
      return f === "money" || f === "percent";
    case "duration":
    case "time":
      return f === "duration";
  }
}

/** Chinese name of a unit family, for messages. */
export const FAMILY_LABEL: Readonly<Record<UnitFamily, string>> = {
  percent: "百分比（%）",
  money: "金额（元、万元）",
  people: "人数（人、名、人次）",
  times: "次数（次、场、期）",
  count: "个数（个、项、件、家）",
  duration: "时长（分钟、小时、天）",
  length: "长度（米、公里）",
  area: "面积（平方米、亩）",
  score: "分值（分）",
  other: "其他单位",
  none: "无单位",
};

export const CLASS_LABEL: Readonly<Record<NameClass, string>> = {
  rate: "比率，应以“%”计",
  people: "人数，应以“人”“名”或“人次”计",
  times: "次数，应以“次”“场”“期”计",
  objects: "组织或物品的个数，应以“个”“家”“项”“处”等计",
  money: "金额，应以“元”“万元”或“元/人/月”等计",
  duration: "时长，应以“分钟”“小时”“天”“工作日”计",
  time: "时间，应写完成时限，如“2024年12月31日前”",
};
