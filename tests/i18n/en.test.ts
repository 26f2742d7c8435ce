// The English message table: one entry per message of every rule, with the zh-CN template's placeholders, and the
// engine renders it when the config asks for English.
import { Checker } from "../../src/core/engine";
import { interpolate } from "../../src/core/i18n";
import { EN_MESSAGES } from "../../src/core/i18n/en";
import { RULES } from "../../src/core/rules";
import { sheetGrid, withIndicator } from "../helpers/table-builder";

/** The same placeholder syntax as interpolate(). */
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

function placeholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1] ?? ""))].sort();
}

/** `ruleId/messageId` → zh-CN template, for every message of every registered rule (ruleId is meta.id, never a sub-id). */
const ZH: ReadonlyMap<string, string> = new Map(
  RULES.flatMap((r) =>
    Object.entries(r.meta.messages).map(([id, template]) => [`${r.meta.id}/${id}`, template] as const),
  ),
);
const KEYS = [...ZH.keys()];

describe("EN_MESSAGES", () => {
  test("covers the registry: every rule has messages and no key is counted twice", () => {
    expect(RULES.length).toBeGreaterThan(0);
    for (const r of RULES) expect(Object.keys(r.meta.messages).length).toBeGreaterThan(0);
    expect(ZH.size).toBe(RULES.reduce((n, r) => n + Object.keys(r.meta.messages).length, 0));
  });

  test("has a key for every message of every rule", () => {
    expect(KEYS.filter((k) => !(k in EN_MESSAGES))).toEqual([]);
  });

  test("has no key for a message that does not exist", () => {
    expect(Object.keys(EN_MESSAGES).filter((k) => !ZH.has(k))).toEqual([]);
  });

  test("is sorted by key", () => {
    const keys = Object.keys(EN_MESSAGES);
    expect(keys).toEqual([...keys].sort());
  });

  test.each(KEYS)("%s keeps the zh-CN placeholders", (key) => {
    const en = EN_MESSAGES[key] ?? "";
    expect(placeholders(en)).toEqual(placeholders(ZH.get(key) ?? ""));
    // no malformed placeholder that interpolate() would leave in the text
    expect(en.replace(PLACEHOLDER, "")).not.toMatch(/\{\{|\}\}/);
  });

  test.each(KEYS)("%s is English, not a copy of the zh-CN text", (key) => {
    const en = EN_MESSAGES[key] ?? "";
    // Latin words outside the placeholders: Chinese labels and examples may stay, the explanation may not
    expect(en.replace(PLACEHOLDER, "")).toMatch(/[A-Za-z]{2,}/);
    expect(en).not.toBe(ZH.get(key));
    expect(en.trim()).toBe(en);
  });
});

describe("Checker with locale en", () => {
  const grid = sheetGrid({
    indicators: withIndicator("时效指标", ["", "时效指标 (必填量化)", "指标1: 发放完成时间", "2023年底"]),
  });

  function finding(locale: "en" | "zh-CN") {
    const report = new Checker({ locale }).run(grid);
    const d = report.diagnostics.find((x) => x.ruleId === "time-outside-budget-year");
    if (!d) throw new Error(`no time-outside-budget-year finding in ${locale}`);
    return d;
  }

  test("renders the English message of a time-outside-budget-year finding", () => {
    const d = finding("en");
    expect(d.messageId).toBe("valueOutside");
    expect(d.data).toMatchObject({ value: "2023年底", found: "2023", year: 2024, example: "2024年12月31日前" });
    expect(d.message).toBe(interpolate(EN_MESSAGES["time-outside-budget-year/valueOutside"] ?? "", d.data));
    expect(d.message).toBe(
      "The year 2023 in the timeliness target “2023年底” is outside the budget year 2024. The annual target table gives only this year's deadlines, e.g. “2024年12月31日前”.",
    );
    expect(d.message).not.toMatch(/\{\{/);
  });

  test("the same finding stays zh-CN by default", () => {
    const zh = finding("zh-CN");
    const en = finding("en");
    expect([zh.ruleId, zh.messageId, zh.row, zh.col, zh.cell]).toEqual([
      en.ruleId,
      en.messageId,
      en.row,
      en.col,
      en.cell,
    ]);
    expect(zh.message).toBe(interpolate(ZH.get("time-outside-budget-year/valueOutside") ?? "", zh.data));
    expect(zh.message).not.toBe(en.message);
  });
});
