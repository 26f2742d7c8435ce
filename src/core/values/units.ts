// Unit words of 指标值 and their families (rules.md §2.3).
import { memoShort, toHalfWidth, trimEnd } from "../text";
import type { Unit, UnitFamily } from "./types";
// the one money-unit table (the fund cells and the goal text read the same one)
import { YUAN_PER_MONEY_UNIT as MONEY } from "../analysis/money";

const FAMILY_WORDS: Array<[UnitFamily, ReadonlyArray<string>]> = [
  ["percent", ["%", "百分比", "‰"]],
  ["people", ["万人次", "万人", "人次", "人", "名", "位", "户人"]],
  ["times", ["批次", "场次", "次", "场", "期", "轮", "届", "班", "趟"]],
  ["duration", ["分钟", "小时", "工作日", "个工作日", "个月", "天", "日", "周", "年", "月", "秒", "h", "min"]],
  ["area", ["平方米", "平方公里", "平米", "㎡", "亩", "公顷"]],
  ["length", ["公里", "千米", "米", "km", "m", "M"]],
  ["score", ["分"]],
  [
    "count",
    [
      "个",
      "项",
      "件",
      "套",
      "台",
      "辆",
      "处",
      "家",
      "部",
      "所",
      "册",
      "卷",
      "门",
      "篇",
      "份",
      "张",
      "本",
      "条",
      "户",
      "座",
      "间",
      "栋",
      "株",
      "棵",
      "头",
      "只",
      "吨",
      "批",
      "类",
      "种",
      "支",
      "组",
      "首",
      "集",
      "片",
      "页",
      "村",
      "社区",
      "个村",
      "个社区",
      "所学校",
      "节",
      "课时",
      "学时",
      "册次",
    ],
  ],
];

const PEOPLE_SCALE: Record<string, number> = { 万人: 1e4, 万人次: 1e4 };

/** Longest unit words first, so `人次` wins over `人` and `万元` over `万`. */
const ALL_WORDS: Array<[string, UnitFamily]> = [
  ...Object.keys(MONEY).map((w): [string, UnitFamily] => [w, "money"]),
  ...FAMILY_WORDS.flatMap(([f, ws]) => ws.map((w): [string, UnitFamily] => [w, f])),
].sort((a, b) => b[0].length - a[0].length);

/** Each word's family, the first listing winning as in ALL_WORDS' order. */
const FAMILY_OF_WORD: ReadonlyMap<string, UnitFamily> = ALL_WORDS.reduce(
  (m, [w, f]) => (m.has(w) ? m : m.set(w, f)),
  new Map<string, UnitFamily>(),
);

export function familyOfWord(word: string): UnitFamily {
  return FAMILY_OF_WORD.get(word) ?? "other";
}

/**
 * Reads the unit text that follows a number: `元/人/月`, `万`, `/人/每年`, `个村`, `%`.
 * Unknown words give the family `other`; no text gives `none`. A unit text repeats across a sheet (`%`, `人`,
 * `万元`): one frozen Unit per text, not one per value; longer texts are prose, not units, and are not kept.
 */
export const parseUnit: (rawUnit: string) => Unit = memoShort(
  (raw: string): Unit => {
    const unit = readUnit(raw);
    Object.freeze(unit.per);
    return Object.freeze(unit);
  },
  24,
  4096,
);

function readUnit(rawUnit: string): Unit {
  const raw = rawUnit.trim();
  if (!raw)
    return {
      raw,
      base: "",
      family: "none",
      per: [],
      currencyMissing: false,
      abbreviated: false,
      scale: 1,
      fromName: false,
    };
  const slashParts = raw.split(/[/／·•]|每(?=[人月年天日次个户])/).map((p) => p.trim());
  const head = slashParts[0] ?? "";
  const per = slashParts
    .slice(1)
    .map((p) => p.replace(/^每/, ""))
    .filter((p) => p.length > 0);
  if (head === "" && per.length > 0) {
    // `1200/人/年`: a rate with no currency; money is the only thing a clerk writes per person per year
    return {
      raw,
      base: "元",
      family: "money",
      per,
      currencyMissing: true,
      abbreviated: false,
      scale: 1,
      fromName: false,
    };
  }
  const word = matchWord(head);
  if (!word)
    return {
      raw,
      base: head,
      family: "other",
      per,
      currencyMissing: false,
      abbreviated: false,
      scale: 1,
      fromName: false,
    };
  const [w, family] = word;
  if (family === "money") {
    return {
      raw,
      base: w === "万" ? "万元" : w === "亿" ? "亿元" : w,
      family,
      per,
      currencyMissing: false,
      abbreviated: w === "万" || w === "亿",
      scale: MONEY[w] ?? 1,
      fromName: false,
    };
  }
  const base = w === "百分比" ? "%" : w;
  return {
    raw,
    base,
    family,
    per,
    currencyMissing: false,
    abbreviated: false,
    scale: PEOPLE_SCALE[w] ?? 1,
    fromName: false,
  };
}

const SLASH = /[/／·•]/;
/** Longer bracket text is a remark (`(包括授课费、食宿费)`), not a unit. */
const NAME_UNIT_MAX = 12;

/**
 * The unit a 三级 name declares in its closing bracket — `流转土地(亩)`, `建设资金（万元）`, `开发数量(个)`,
 * `完成率(%)`, `补助标准(元/亩)`, `受益人数(单位:人)` — or null. Only known unit words count, written exactly, so a
 * remark such as `(试行)` or `(个人)` is not read as a unit. Linear: one scan from the last opening bracket.
 */
export function unitInName(name: string): Unit | null {
  const s = trimEnd(toHalfWidth(name).trim(), "。.;；,，、 ");
  if (!s.endsWith(")")) return null;
  const open = s.lastIndexOf("(");
  if (open < 0 || s.length - open - 2 > NAME_UNIT_MAX + 4) return null;
  let inner = s.slice(open + 1, -1).replace(/\s+/g, "");
  if (inner.startsWith("单位")) inner = inner.slice(2).replace(/^:/, "");
  if (!inner || inner.length > NAME_UNIT_MAX || /\d/.test(inner)) return null;
  const head = inner.split(SLASH)[0] ?? "";
  if (familyOfWord(head) === "other") return null;
  const unit = parseUnit(inner);
  if (unit.family === "none" || unit.family === "other" || unit.currencyMissing) return null;
  return { ...unit, fromName: true };
}

function matchWord(head: string): [string, UnitFamily] | undefined {
  for (const entry of ALL_WORDS) if (head === entry[0]) return entry;
  // `个村` / `人左右` style: the unit word starts the text
  for (const entry of ALL_WORDS) if (head.startsWith(entry[0])) return entry;
  return undefined;
}

/** Amount in yuan for a money unit (`万元` → ×10000), or null for other families. */
export function toYuan(n: number, unit: Unit): number | null {
  return unit.family === "money" ? n * unit.scale : null;
}

/** True when the money unit is a total (no per-person, per-month … denominator). */
export function isTotalMoney(unit: Unit): boolean {
  return unit.family === "money" && unit.per.length === 0;
}
