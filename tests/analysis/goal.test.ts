// Goal clauses and the quantities they state (src/core/analysis/goal.ts, review-criteria.md §2.1 steps 1–2).
import { goalClauses, goalText, hasDeadline, quantitiesIn, splitClauses } from "../../src/core/analysis/goal";
import { parseSheet } from "../../src/core/layout";
import { sheetGrid, type TableSpec } from "../helpers/table-builder";

function table(spec: TableSpec) {
  const t = parseSheet(sheetGrid(spec))[0];
  if (!t) throw new Error("no table");
  return t;
}

const texts = (s: string): string[] => splitClauses(s).map((c) => c.text);

describe("splitClauses", () => {
  test("a comma before a verb starts a clause, a comma before anything else does not", () => {
    expect(texts("培训学员280人次，开设课程20门")).toEqual(["培训学员280人次", "开设课程20门"]);
    expect(texts("新建晾晒房一座,占地300平方米,包含场坪整治及硬化")).toEqual([
      "新建晾晒房一座,占地300平方米,包含场坪整治及硬化",
    ]);
    expect(texts("举办培训班4期，并开设课程20门")).toEqual(["举办培训班4期", "并开设课程20门"]);
  });

  test("目标N: markers, semicolons, full stops and line breaks end a clause; the marker is not part of it", () => {
    expect(texts("目标1: 举办培训班4期。 目标2：培训200人次；考核合格率≥95%\n满意度≥90%")).toEqual([
      "举办培训班4期",
      "培训200人次",
      "考核合格率≥95%",
      "满意度≥90%",
    ]);
  });

  test("offsets point into the text", () => {
    const s = "目标1: 培训学员280人次，开设课程20门。";
    for (const c of splitClauses(s)) expect(s.slice(c.start, c.start + c.text.length)).toBe(c.text);
  });

  test("the clause verbs are an option", () => {
    expect(texts("培训学员280人次，开设课程20门")).toHaveLength(2);
    expect(splitClauses("培训学员280人次，开设课程20门", { clauseVerbs: [] })).toHaveLength(1);
  });
});

describe("quantitiesIn", () => {
  const brief = (s: string) => quantitiesIn(s).map((q) => [q.text, q.number, q.unit, q.family, q.operator ?? ""]);

  test("counts with the unit words of the value grammar, in order", () => {
    expect(brief("培训学员280人次，开设课程20门")).toEqual([
      ["280人次", 280, "人次", "people", ""],
      ["20门", 20, "门", "count", ""],
    ]);
  });

  test("operators before and after the number, as the value grammar reads them", () => {
    expect(brief("考核合格率≥95%")).toEqual([["≥95%", 95, "%", "percent", ">="]]);
    expect(brief("观光游客不少于6万人")).toEqual([["不少于6万人", 6, "万人", "people", ">="]]);
    expect(quantitiesIn("观光游客不少于6万人")[0]?.scale).toBe(10000);
    expect(brief("任职累计满20年以上")).toEqual([["20年以上", 20, "年", "duration", ">="]]);
  });

  test("money, with the denominators of a rate", () => {
    const [q] = quantitiesIn("生活补贴(1840元/人/月)");
    expect(q).toMatchObject({ text: "1840元/人/月", number: 1840, unit: "元", family: "money", per: ["人", "月"] });
    expect(brief("经费2.4万元")).toEqual([["2.4万元", 2.4, "万元", "money", ""]]);
  });

  test("full-width digits and signs are read; offsets refer to the original text", () => {
    const s = "培训学员２８０人次";
    const [q] = quantitiesIn(s);
    expect(q).toMatchObject({ number: 280, family: "people" });
    expect(s.slice(q?.start ?? 0, (q?.start ?? 0) + (q?.text.length ?? 0))).toBe("２８０人次");
  });

  test("dates, ranges, ordinals, codes and unknown unit words are not quantities", () => {
    expect(quantitiesIn("2021年12月31日前完成")).toEqual([]);
    expect(quantitiesIn("根据鲁财科教(2024)67号文件")).toEqual([]);
    expect(quantitiesIn("C25混凝土,厚15cm,化粪池4.5立方米")).toEqual([]);
    expect(quantitiesIn("帮扶50-100人")).toEqual([]);
    expect(quantitiesIn("第3批")).toEqual([]);
    expect(quantitiesIn("流转6万亩")).toEqual([]);
  });
});

describe("goalClauses", () => {
  test("each clause knows its cell and its offsets in the goal text and in that cell", () => {
    const t = table({ goal: "目标1: 培训学员280人次，开设课程20门。" });
    const cs = goalClauses(t);
    expect(cs.map((c) => c.text)).toEqual(["培训学员280人次", "开设课程20门"]);
    const goal = goalText(t);
    for (const c of cs) {
      expect(goal.slice(c.start, c.start + c.text.length)).toBe(c.text);
      expect(c.cell).toEqual({ row: t.header.goal?.value?.row, col: t.header.goal?.value?.col });
      expect((t.header.goal?.value?.text ?? "").slice(c.cellStart, c.cellStart + c.text.length)).toBe(c.text);
    }
    expect(cs[1]?.quantities.map((q) => q.text)).toEqual(["20门"]);
  });

  test("an empty goal has no clauses", () => {
    expect(goalClauses(table({ goal: "" }))).toEqual([]);
  });
});

test("hasDeadline: a date that ends the work, not a year alone", () => {
  expect(hasDeadline("2024年12月31日前完成")).toBe(true);
  expect(hasDeadline("2024年底前完成验收")).toBe(true);
  expect(hasDeadline("6月底完成")).toBe(true);
  expect(hasDeadline("提高2024年度培训质量")).toBe(false);
});
