// src/core/values/years.ts: the one year scanner the budget-year rules share.
import { yearTokens, yearTokensAt, yearsIn } from "../../src/core/values/years";

describe("yearTokens: years followed by 年", () => {
  test.each([
    ["2022年度“三支一扶”", [2022]],
    ["２０２３年底前完成", [2023]],
    ["2023 年至2024年", [2023, 2024]],
    ["2023年2024年", [2023, 2024]],
    ["12023年", []], // the tail of a longer number
    ["1.2023年", []], // a decimal
    ["2023.07-2024.01", []], // no 年
    ["1899年 2100年", []], // outside 19xx/20xx
    ["", []],
  ] as Array<[string, number[]]>)("%s → %j", (text, years) => {
    expect(yearTokens(text)).toEqual(years);
  });

  test("indexes point into the original text, full-width digits included", () => {
    const text = "较２０２３年增长，2024年完成";
    const at = yearTokensAt(text);
    expect(at.map((y) => y.year)).toEqual([2023, 2024]);
    for (const y of at) expect(text.slice(y.index, y.index + 4).normalize("NFKC")).toBe(String(y.year));
  });
});

describe("yearsIn: every year-shaped number", () => {
  test.each([
    ["2023.07-2024.01", [2023, 2024]],
    ["2024", [2024]],
    ["20245", []], // followed by a digit
    ["12024", []], // after a digit
    ["项目期：1年期", []],
  ] as Array<[string, number[]]>)("%s → %j", (text, years) => {
    expect(yearsIn(text)).toEqual(years);
  });
});
