// Helpers shared by the value-format rules (rules.md §6 C) and the time rules 40–41.
import type { Indicator, ProjectTable } from "../../layout/model";
import { toHalfWidth, trimEnd } from "../../text";
import { withoutLeftover } from "../../values/placeholder";
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

const SPACES = /[\s\u3000]+/g;
const CLAUSE_SPLIT = /[;；。]/;
const TRAILING_PUNCT = ".,，、!！:：";
const TRAILING_REMARK = /\([^()]*\)$/;

/** The measured clause of a 三级 name: half-width, no spaces, no trailing `(…)` remark or punctuation. */
export function nameCore(name: string): string {
  // `游客满意度(≥**%)`, `*…达标率`: the template's leftovers are not what the name measures
  let s = toHalfWidth(withoutLeftover(name)).replace(SPACES, "");
  s = s.split(CLAUSE_SPLIT).find((p) => p.length > 0) ?? "";
  s = trimEnd(s, TRAILING_PUNCT);
  // `培训经费(包括授课费、食宿费…)`: the remark is not the measured thing
  for (let i = 0; i < 3 && TRAILING_REMARK.test(s); i++) s = s.replace(TRAILING_REMARK, "");
  return s;
}

export type NameClass = "rate" | "people" | "times" | "objects" | "money" | "duration" | "time";

// names are classified by their ending: in Chinese the measured noun comes last
const RATE_END = /(?:率|比例|比率|占比|满意度|知晓度|认可度|完成度|参与度|满足度|支持度|信任度)$/;
const PEOPLE_END = /(?:人数|人次|名额|人员数量?|学员数量?|人员|学员)$/;
const TIMES_END = /(?:次数|场次|期数|批次|频次|轮次|届数)$/;
const COUNT_END = /^(.*?)(?:数量|个数|数)$/;
// organisations and objects: counted in 个/家/处/项, never in 人/名
const OBJECT_END =
  /(?:合作社|社|组织|支部|企业|公司|单位|机构|学校|医院|项目|平台|场所|阵地|设施|设备|基地|中心|站|点|课程|教材|档案|系统|网站|展板|标牌|车辆|房屋|公寓|活动室|村|社区|乡镇|街道)$/;
const MONEY_END = /(?:费|费用|经费|成本|资金|补贴|补助|津贴|奖励|奖金|标准|总额|金额|预算|支出|资助)$/;
const DURATION_END = /(?:时长|修复时间|响应时间|处理时间|平均时间|办结时间|等待时间|用时|周期|工期|天数|时数)$/;
const TIME_END = /(?:时间|时限|日期|期限)$/;

/** What the name says it measures (rules.md §2.3), or null when the name does not say so clearly. */
export function nameClass(name: string): NameClass | null {
  const s = nameCore(name);
  if (!s) return null;
  if (RATE_END.test(s)) return "rate";
  if (PEOPLE_END.test(s)) return "people";
  if (TIMES_END.test(s)) return "times";
  if (DURATION_END.test(s)) return "duration";
  const count = COUNT_END.exec(s);
  if (count) return OBJECT_END.test(count[1] ?? "") ? "objects" : null;
  if (TIME_END.test(s)) return "time";
  if (MONEY_END.test(s)) return "money";
  return null;
}

/** Error and fault measures: a lower value is better (rules.md C30, S15 反向指标). */
const REVERSE_END =
  /(?:差错|错误|故障|投诉|事故|失误|返工|不合格|违规|缺陷|流失|空置|出错|失败|误差|偏差|超支|损坏|丢失|泄露|漏报|误报|发生)(?:率|次数|数|起数|件数|数量)?$/;

export function isReverseName(name: string): boolean {
  return REVERSE_END.test(nameCore(name));
}

const CHANGE = /增长|增幅|增加|增速|提高|提升|下降|降低|减少|降幅|同比|环比|比上年|较上年|倍/;

/** Growth and change measures may exceed 100% or be negative. */
export function isChangeName(name: string): boolean {
  return CHANGE.test(nameCore(name));
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

/** Unit text to add to a bare number, read from the name, or null when the name does not settle it. */
export function unitFromName(name: string): string | null {
  const core = nameCore(name);
  switch (nameClass(name)) {
    case "rate":
      return "%";
    case "people":
      return core.endsWith("人次") ? "人次" : "人";
    case "times":
      if (core.endsWith("场次")) return "场";
      if (core.endsWith("期数")) return "期";
      if (core.endsWith("批次")) return "批次";
      return "次";
    case "objects":
      return "个";
    default:
      return null;
  }
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
