// Template leftovers in values and 三级 names (src/core/values/placeholder.ts), table-driven.
import { hasPlaceholder, nameLeftover, placeholderToken, withoutLeftover } from "../../src/core/values/placeholder";

describe("placeholder runs", () => {
  test.each<[string, [number, number] | null]>([
    ["**", [0, 2]],
    ["≥**%", [1, 3]],
    ["≥XX人", [1, 3]],
    ["≥xxx人", [1, 4]],
    ["＊＊", [0, 2]],
    ["××", [0, 2]],
    ["*", null],
    ["3*4", null],
    ["X", null],
    ["Xbox", null],
    ["maxx", null],
    ["XX县", [0, 2]],
    ["", null],
  ])("%s", (s, span) => {
    const t = placeholderToken(s);
    expect(t ? [t.start, t.end] : null).toEqual(span);
    expect(hasPlaceholder(s)).toBe(span !== null);
  });
});

describe("leftovers in 三级 names (real table 15)", () => {
  test.each<[string, { text: string; clean: string; kind: string } | null]>([
    ["贫困地区旅游景点开发数量( ≥**个 )", { text: "( ≥**个 )", clean: "贫困地区旅游景点开发数量", kind: "hint" }], // row 11
    [
      "*贫困地区旅游基础设施建设质量达标率100%",
      { text: "*", clean: "贫困地区旅游基础设施建设质量达标率100%", kind: "mark" },
    ], // row 13
    ["贫困地区基础设施建设按期完成率(≥**%)", { text: "(≥**%)", clean: "贫困地区基础设施建设按期完成率", kind: "hint" }], // row 14
    ["乡村旅游带动增加贫困村收入(≥**万元)", { text: "(≥**万元)", clean: "乡村旅游带动增加贫困村收入", kind: "hint" }], // row 18
    ["受益建档立卡贫困人口数≥**人", { text: "≥**人", clean: "受益建档立卡贫困人口数", kind: "hint" }], // row 21
    ["游客满意度（≥**%）", { text: "（≥**%）", clean: "游客满意度", kind: "hint" }],
    ["★★★脱贫人口受益数", { text: "★★★", clean: "脱贫人口受益数", kind: "mark" }],
    ["XX村道路硬化里程", { text: "XX", clean: "村道路硬化里程", kind: "hint" }],
    ["**", { text: "**", clean: "", kind: "hint" }],
    ["≥**人", { text: "≥**人", clean: "", kind: "hint" }],
    ["流转土地", null],
    ["流转土地(亩)", null],
    ["项目(工程)验收合格率", null],
    ["*", null],
  ])("%s", (name, expected) => {
    const l = nameLeftover(name);
    expect(l ? { text: l.text, clean: l.clean, kind: l.kind } : null).toEqual(expected);
  });

  test("withoutLeftover keeps a name without one", () => {
    expect(withoutLeftover("游客满意度(≥**%)")).toBe("游客满意度");
    expect(withoutLeftover("游客满意度")).toBe("游客满意度");
  });
});
