// Values as real tables of other provinces write them (issue 8 point 4), table-driven: operators as budget systems
// store them, tolerances, Excel date serials, units written only in the name, template placeholders. The row
// references are to tests/fixtures/real-tables (file number, row).
import { formatQuantity, parseValue } from "../../src/core/values/parse";
import { excelDateSerial, formatDate, serialToDate } from "../../src/core/values/serial";
import { unitInName } from "../../src/core/values/units";
import type { ParsedValue } from "../../src/core/values/types";

function quantity(v: ParsedValue): object | string {
  if (v.kind !== "quantity") return v.kind;
  return {
    op: v.op,
    opSource: v.opSource,
    number: v.number,
    base: v.unit.base,
    family: v.unit.family,
    tolerance: v.tolerance,
    fromName: v.unit.fromName,
  };
}

describe("operators as budget systems store them", () => {
  test.each<[string, object]>([
    [">=95%", { op: ">=", opSource: "symbol", number: 95, family: "percent" }],
    ["<=5%", { op: "<=", opSource: "symbol", number: 5 }],
    [">95%", { op: ">", opSource: "symbol", number: 95 }],
    ["<5%", { op: "<", opSource: "symbol", number: 5 }],
    ["=300天", { op: "=", opSource: "symbol", number: 300, family: "duration" }],
    ["=100百分比", { op: "=", number: 100, base: "%", family: "percent" }],
    ["=100%", { op: "=", opSource: "symbol", number: 100 }], // 05 row 11
    ["<=6962人", { op: "<=", number: 6962, family: "people" }], // 05 row 10
    [">=60亩", { op: ">=", number: 60, family: "area" }], // 15 row 12
    ["<=475元/亩", { op: "<=", number: 475, family: "money" }], // 15 row 15
    ["》=95%", { op: ">=", opSource: "symbol", number: 95, family: "percent" }],
    ["《=5%", { op: "<=", opSource: "symbol", number: 5 }],
    ["》95%", { op: ">", number: 95 }],
    ["《5%", { op: "<", number: 5 }],
    ["＞＝90％", { op: ">=", number: 90, family: "percent" }],
    ["＜＝5％", { op: "<=", number: 5, family: "percent" }],
    ["＞90％", { op: ">", number: 90 }],
    ["＜5％", { op: "<", number: 5 }],
    [">= 95 %", { op: ">=", number: 95, family: "percent" }],
    ["》=20年", { op: ">=", number: 20, family: "duration" }],
  ])("%s", (raw, expected) => {
    expect(quantity(parseValue(raw))).toMatchObject(expected);
  });

  test("a deadline with a stored operator stays a date", () => {
    expect(parseValue("《=2024年12月31日")).toMatchObject({
      kind: "date",
      op: "<=",
      end: { year: 2024, month: 12, day: 31 },
    });
  });

  test("the operator as written is kept for messages, the canonical one for rewrites", () => {
    const v = parseValue("》=95%");
    expect(v).toMatchObject({ kind: "quantity", opText: "》=" });
    if (v.kind === "quantity") expect(formatQuantity(v)).toBe("≥95%");
  });

  test("a book title is not an operator", () => {
    expect(parseValue("《条例》宣传到位")).toMatchObject({ kind: "qualitative" });
  });
});

describe("tolerances", () => {
  test.each<[string, object]>([
    ["±3%以内", { op: "<=", number: 3, family: "percent", tolerance: true }],
    ["±3%", { op: "<=", number: 3, tolerance: true }],
    ["＋－５％", { op: "<=", number: 5, tolerance: true }],
    ["+/-2天", { op: "<=", number: 2, family: "duration", tolerance: true }],
    ["≤3%", { op: "<=", tolerance: false }],
  ])("%s", (raw, expected) => {
    expect(quantity(parseValue(raw))).toMatchObject(expected);
  });

  test("a tolerance is written back with its ± sign", () => {
    const v = parseValue("±3%以内");
    if (v.kind !== "quantity") throw new Error(v.kind);
    expect(formatQuantity(v)).toBe("±3%");
  });
});

describe("Excel date serials published as numbers", () => {
  test.each<[string, string | null]>([
    ["44,561", "2021年12月31日"], // 06 rows 18 and 20 (`=` | `44,561`)
    ["=44,561", "2021年12月31日"],
    ["44561", "2021年12月31日"],
    ["=44561", "2021年12月31日"],
    ["≤45657", "2024年12月31日"],
    ["43831", "2020年1月1日"],
    ["30000", "1982年2月18日"],
    ["60000", "2064年4月8日"],
    ["29999", null],
    ["60001", null],
    ["44561.5", null],
    ["44561人", null],
    ["约44561", null],
    ["2021年12月31日", null],
    ["100%", null],
  ])("%s", (raw, date) => {
    const d = excelDateSerial(parseValue(raw));
    expect(d ? formatDate(d) : null).toBe(date);
  });

  test("serials follow Excel's 1900 system (its phantom 1900-02-29 included)", () => {
    expect(serialToDate(61)).toMatchObject({ year: 1900, month: 3, day: 1 });
    expect(serialToDate(44562)).toMatchObject({ year: 2022, month: 1, day: 1 });
    expect(serialToDate(45351)).toMatchObject({ year: 2024, month: 2, day: 29 });
  });
});

describe("a unit written only in the indicator name", () => {
  test.each<[string, string, object | string]>([
    ["流转土地(亩)", "60", { number: 60, base: "亩", family: "area", fromName: true }],
    ["建设资金（万元）", "50", { number: 50, base: "万元", family: "money", fromName: true }],
    ["景点开发数量(个)", "4", { base: "个", family: "count", fromName: true }],
    ["验收合格率(%)", "100", { base: "%", family: "percent", fromName: true }],
    ["受益人数（单位：人）", ">=500", { op: ">=", base: "人", family: "people", fromName: true }],
    ["补助标准(元/亩)", "1600", { base: "元", family: "money", fromName: true }],
    ["使用年限（年）。", "20", { base: "年", family: "duration", fromName: true }],
    // the value's own unit wins
    ["流转土地(亩)", "60公顷", { base: "公顷", fromName: false }],
    // no unit in the name: still bare
    ["流转土地", "60", { family: "none", fromName: false }],
    ["培训人员(试行)", "60", { family: "none" }],
    ["发放补贴(个人)", "60", { family: "none" }],
    ["培训经费(包括授课费、食宿费)", "60", { family: "none" }],
    ["旅游行业经营主体满意度(≥**%)", "90", { family: "none" }],
    ["项目(工程)验收合格率", "100", { family: "none" }],
  ])("%s | %s", (name, value, expected) => {
    expect(quantity(parseValue(value, { name }))).toMatchObject(expected);
  });

  test("ranges and compound parts take the name's unit too", () => {
    expect(parseValue("10-20", { name: "参训人数(人)" })).toMatchObject({
      kind: "range",
      unit: { base: "人", fromName: true },
    });
    const c = parseValue("3、4", { name: "新建设施(个)" });
    expect(c.kind === "compound" ? c.parts.map((p) => p.unit.base) : c.kind).toEqual(["个", "个"]);
  });

  test("without a name the grammar is unchanged", () => {
    expect(quantity(parseValue("60"))).toMatchObject({ family: "none", fromName: false });
  });

  test("unitInName reads only the closing bracket", () => {
    expect(unitInName("流转土地(亩)")?.base).toBe("亩");
    expect(unitInName("(亩)流转土地")).toBeNull();
    expect(unitInName("")).toBeNull();
    expect(unitInName("(1亩)")).toBeNull();
  });
});

describe("template placeholders", () => {
  test.each([
    ["**"],
    ["≥**%"],
    ["(≥**%)"],
    ["（≥**%）"],
    ["XX"],
    ["xx"],
    ["≥**人"],
    ["≥XX万元"],
    ["＊＊"],
    ["××"],
    ["2024年XX月XX日前"],
    ["≥ ** %"],
  ])("%s is a placeholder", (raw) => {
    expect(parseValue(raw)).toMatchObject({ kind: "placeholder" });
  });

  test.each<[string, string]>([
    ["Xbox", "qualitative"],
    ["3*4", "unparseable"],
    ["*", "qualitative"],
    ["X", "qualitative"],
    ["≥95%", "quantity"],
  ])("%s is not a placeholder (%s)", (raw, kind) => {
    expect(parseValue(raw).kind).toBe(kind);
  });
});

describe("values of the real tables keep parsing sensibly", () => {
  test.each<[string, object]>([
    ["2025年年底前", { kind: "date", years: [2025], deadline: true }], // 03 row 16
    ["780元/生/年", { kind: "quantity", number: 780, unit: { family: "money", per: ["生", "年"] } }], // 05 row 13
    ["否", { kind: "boolean", yes: false }],
    ["3年", { kind: "quantity", number: 3, unit: { family: "duration" } }], // 03 row 6
    ["1600元/亩", { kind: "quantity", number: 1600, unit: { family: "money", per: ["亩"] } }], // 13 row 16
    ["≤65万元", { kind: "quantity", op: "<=", number: 65, unit: { base: "万元", scale: 10000 } }], // 02 row 17
    ["≤1000万元", { kind: "quantity", op: "<=", number: 1000 }], // 03 row 17
    ["3500公斤", { kind: "quantity", number: 3500 }], // 13 row 17
    ["≥100%", { kind: "quantity", op: ">=", number: 100 }], // 13 row 15
    ["有效", { kind: "qualitative", vague: true }], // 05 row 12
    ["无", { kind: "na" }], // 03 row 20
    // a fund cell with breakdown text is no single target: unreadable as a value, read by the fund block
    ["854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)", { kind: "unparseable" }], // 13 row 6
    ["854万", { kind: "quantity", number: 854, unit: { base: "万元", abbreviated: true } }],
  ])("%s", (raw, expected) => {
    expect(parseValue(raw)).toMatchObject(expected);
  });
});
