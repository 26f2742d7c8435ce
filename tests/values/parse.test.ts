// The 指标值 grammar of rules.md §2.5, table-driven.
import { parseValue, totalMoneyYuan } from "../../src/core/values/parse";
import { parseUnit } from "../../src/core/values/units";
import type { ParsedValue } from "../../src/core/values/types";
import { compactKey, fmtNum, textKey, trimEnd } from "../../src/core/text";

type Q = {
  op?: string;
  opSource?: string;
  number: number;
  base?: string;
  family?: string;
  per?: string[];
  currencyMissing?: boolean;
  abbreviated?: boolean;
  approx?: boolean;
};

function q(v: ParsedValue): Q | string {
  if (v.kind !== "quantity") return v.kind;
  return {
    op: v.op,
    opSource: v.opSource,
    number: v.number,
    base: v.unit.base,
    family: v.unit.family,
    per: [...v.unit.per],
    currencyMissing: v.unit.currencyMissing,
    abbreviated: v.unit.abbreviated,
    approx: v.approx,
  };
}

describe("quantities: operator, number, unit", () => {
  test.each<[string, Partial<Q>]>([
    ["≥95%", { op: ">=", opSource: "symbol", number: 95, base: "%", family: "percent" }],
    [">=95%", { op: ">=", opSource: "symbol", number: 95 }],
    ["＞＝９０％", { op: ">=", number: 90, family: "percent" }],
    ["≤15万元", { op: "<=", number: 15, base: "万元", family: "money" }],
    ["≤60分钟", { op: "<=", number: 60, family: "duration" }],
    ["100%", { op: "=", opSource: "none", number: 100 }],
    ["0%", { op: "=", number: 0 }],
    ["小于199人", { op: "<", opSource: "word", number: 199, family: "people" }],
    ["不低于90%", { op: ">=", opSource: "word", number: 90 }],
    ["不超过5%", { op: "<=", opSource: "word", number: 5 }],
    ["95%以上。", { op: ">=", opSource: "suffix", number: 95 }],
    ["10万元以内", { op: "<=", opSource: "suffix", number: 10, family: "money" }],
    ["60万", { number: 60, base: "万元", family: "money", abbreviated: true }],
    ["1840元/人/月", { number: 1840, base: "元", family: "money", per: ["人", "月"] }],
    ["元/人·月 form: 1840元/人·月", { number: 1840, per: ["人", "月"] }],
    ["1200/人/年", { number: 1200, family: "money", per: ["人", "年"], currencyMissing: true }],
    ["12000/人/每年", { number: 12000, per: ["人", "年"], currencyMissing: true }],
    ["≤2.5万元/个", { op: "<=", number: 2.5, base: "万元", per: ["个"] }],
    ["≥15", { op: ">=", number: 15, family: "none" }],
    ["6名", { number: 6, family: "people" }],
    ["830卷", { number: 830, family: "count" }],
    ["1,000人", { number: 1000, family: "people" }],
    ["约12000平方米", { number: 12000, family: "area", approx: true }],
    ["≥100百分比", { op: ">=", number: 100, base: "%", family: "percent" }],
    ["343.183万元", { number: 343.183, family: "money" }],
  ])("%s", (raw, expected) => {
    const text = raw.includes(": ") ? (raw.split(": ")[1] ?? raw) : raw;
    expect(q(parseValue(text))).toMatchObject(expected);
  });
});

describe("other value kinds", () => {
  test.each<[string, string]>([
    ["", "empty"],
    ["   ", "empty"],
    ["/", "na"],
    ["不涉及", "na"],
    ["无", "na"],
    ["—", "na"],
    ["是", "boolean"],
    ["每月", "frequency"],
    ["按月发放", "frequency"],
    ["明显", "qualitative"],
    ["达到预期目标", "qualitative"],
    ["长期维护测评", "qualitative"],
    ["#REF!", "error"],
    ["#VALUE!", "error"],
    ["50-100人", "range"],
    ["1000-2000元/人", "range"],
    ["80%～90%", "range"],
    ["50%—80%", "range"],
    ["162个村、36个社区", "compound"],
    ["3600/人/每年 2400/人/每年", "compound"],
    ["2024年底", "date"],
    ["第3.5.2条", "unparseable"],
  ])("%s → %s", (raw, kind) => {
    expect(parseValue(raw).kind).toBe(kind);
  });

  test("vague and graded qualitative values", () => {
    expect(parseValue("有效保障")).toMatchObject({ kind: "qualitative", vague: true, graded: false });
    expect(parseValue("达到预期目标")).toMatchObject({ kind: "qualitative", vague: false, graded: true });
    expect(parseValue("保障工作有序开展")).toMatchObject({ kind: "qualitative", vague: false, graded: false });
  });

  test("a decimal is not a date", () => {
    expect(parseValue("1.5").kind).toBe("quantity");
  });
});

describe("dates and periods", () => {
  test.each<[string, object]>([
    [
      "2024年1月-12月",
      { years: [2024], start: { year: 2024, month: 1 }, end: { year: 2024, month: 12 }, wholeYear: false },
    ],
    ["2024年年底", { years: [2024], end: { year: 2024, month: null }, deadline: true }],
    ["2024年底", { years: [2024], deadline: true }],
    ["2023年底", { years: [2023] }],
    ["2024年", { years: [2024], wholeYear: true, deadline: false }],
    ["2024年度", { years: [2024], wholeYear: true }],
    ["2024.01--2024.12", { years: [2024, 2024], start: { month: 1 }, end: { month: 12 } }],
    ["2023.07-2024.01", { years: [2023, 2024], start: { year: 2023, month: 7 }, end: { year: 2024, month: 1 } }],
    ["2024年12月31日前", { end: { year: 2024, month: 12, day: 31 }, deadline: true }],
    ["2024-12-31", { end: { year: 2024, month: 12, day: 31 } }],
    ["12月底前", { years: [], end: { year: null, month: 12 }, deadline: true }],
  ])("%s", (raw, expected) => {
    const v = parseValue(raw);
    expect(v.kind).toBe("date");
    expect(v).toMatchObject(expected);
  });
});

describe("money", () => {
  test("total money in yuan, rates excluded", () => {
    expect(totalMoneyYuan(parseValue("≤3万元"))).toBe(30000);
    expect(totalMoneyYuan(parseValue("60万"))).toBe(600000);
    expect(totalMoneyYuan(parseValue("24000元"))).toBe(24000);
    expect(totalMoneyYuan(parseValue("1840元/人/月"))).toBeNull();
    expect(totalMoneyYuan(parseValue("100%"))).toBeNull();
  });

  test("unit families", () => {
    expect(parseUnit("人次").family).toBe("people");
    expect(parseUnit("批次").family).toBe("times");
    expect(parseUnit("万人").scale).toBe(10000);
    expect(parseUnit("").family).toBe("none");
    expect(parseUnit("平方米").family).toBe("area");
  });
});

describe("text keys and number formatting (src/core/text.ts)", () => {
  test.each([
    ["指标1: 受益人数 。", "指标1:受益人数"],
    ["≥ 95％；", "≥95%"],
    ["完成！！", "完成"],
    ["≤95%", "≤95%"],
  ])("textKey(%s) = %s", (s, k) => expect(textKey(s)).toBe(k));

  test("compactKey keeps letters and digits only", () => {
    expect(compactKey("实现自治区、市、县（区）三级联动！")).toBe("实现自治区市县区三级联动");
    expect(compactKey("ＡＢＣ-１２３")).toBe("ABC123");
  });

  test.each([
    [10, undefined, "10"],
    [0, undefined, "0"],
    [1 / 3, undefined, "0.333333"],
    [1 / 3, 4, "0.3333"],
    [186.18, undefined, "186.18"],
    [-2.5, undefined, "-2.5"],
    [1e20, undefined, "100000000000000000000"],
    [NaN, undefined, "NaN"],
  ] as Array<[number, number | undefined, string]>)("fmtNum(%s, %s) = %s", (n, d, out) =>
    expect(fmtNum(n, d)).toBe(out),
  );

  test("trimEnd drops only the trailing characters of the set, in linear time on long runs", () => {
    expect(trimEnd("a。.;", "。.;")).toBe("a");
    expect(trimEnd("。a", "。")).toBe("。a");
    expect(trimEnd("x" + "。".repeat(100000), "。")).toBe("x");
  });
});
