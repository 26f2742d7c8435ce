// What a 三级 name says it measures (rules.md §2.3): its measured clause, its class (rate, people, money …), whether a
// lower value is better, and the unit a bare number under it takes. TableAnalysis memoises the class per indicator.
import { toHalfWidth, trimEnd } from "../text";
import { withoutLeftover } from "../values/placeholder";

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
export const TIME_END = /(?:时间|时限|日期|期限)$/;

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
