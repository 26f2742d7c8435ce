// Issue 9: what counts as 不适用 is policy data (`naMarkers`), added to the built-in vocabulary of form/na.ts, read
// by the value grammar at parse time and by every rule through ctx.analysis.
import { check } from "../../src/core/engine";
import { resolveConfig, type Config } from "../../src/core/config";
import { naVocabulary } from "../../src/core/form/na";
import { gridFromStrings } from "../../src/core/grid";
import { parseSheet } from "../../src/core/layout";
import { parsePolicyFile, policySettings, findPolicy } from "../../src/core/policy";
import { tableRows } from "../helpers/table-builder";

const OWN_WORDS = "本项目暂不涉及该指标";
const PMKPI_NA = "本指标不适用此项目";

/** Findings on the two rows under test (E11 数量, E12 满意度), as `cell rule/message`. */
function rowFindings(config: Config): string[] {
  const grid = gridFromStrings(
    "S",
    tableRows({
      indicators: [
        ["产出指标", "数量指标 (必填量化)", "指标1: 培训人数", OWN_WORDS],
        ["满意度指标", "服务对象满意度指标 (必填量化)", "指标1: 参训学员满意度", PMKPI_NA],
      ],
    }),
  );
  return check(grid, config)
    .diagnostics.filter((d) => d.cell === "E11" || d.cell === "E12")
    .map((d) => `${d.cell} ${d.ruleId}/${d.messageId}`);
}

describe("N/A vocabulary as policy data", () => {
  test("one table judged by two policies: a policy's own words make a required row N/A, not an unreadable target", () => {
    // national: the sentence is text in a quantified row, and the satisfaction target is 'a description'
    expect(rowFindings({ policy: "national" })).toEqual([
      "E11 quantified-value-required/notQuantified",
      "E12 satisfaction-format/qualitative",
    ]);
    // the same table under a unit's file adding its words: the row says 不适用, which a required 二级 does not allow
    expect(rowFindings({ policy: { extends: "national", naMarkers: [OWN_WORDS] } })).toEqual([
      "E11 name-without-value/naRequired",
      "E12 satisfaction-format/qualitative",
    ]);
  });

  test("the anhui preset reads the budget system's 不适用 option (本指标不适用此项目) as N/A", () => {
    expect(resolveConfig({ policy: "anhui" }).naMarkers).toEqual([PMKPI_NA]);
    expect(rowFindings({ policy: "anhui" })).toEqual([
      "E11 quantified-value-required/notQuantified",
      "E12 name-without-value/naRequired",
    ]);
  });

  test("a unit's file extending a preset adds markers to the preset's; a config adds to both", () => {
    const file = parsePolicyFile({ extends: "anhui", naMarkers: [OWN_WORDS] });
    expect(policySettings(file).naMarkers).toEqual([PMKPI_NA, OWN_WORDS]);
    expect(resolveConfig({ policy: file }).naMarkers).toEqual([PMKPI_NA, OWN_WORDS]);
    expect(resolveConfig({ policy: "anhui", naMarkers: ["不需要"] }).naMarkers).toEqual([PMKPI_NA, "不需要"]);
    expect(rowFindings({ policy: file })).toEqual([
      "E11 name-without-value/naRequired",
      "E12 name-without-value/naRequired",
    ]);
    // the national policy adds nothing: the built-in vocabulary alone
    const national = findPolicy("national");
    if (!national) throw new Error("no national policy");
    expect(policySettings(national).naMarkers).toBeUndefined();
    expect(resolveConfig({}).naMarkers).toEqual([]);
  });

  test("header rules ask the same vocabulary: a fund line written in the policy's words is empty, not a bad number", () => {
    const grid = gridFromStrings("S", tableRows({ other: OWN_WORDS }));
    const fundFindings = (config: Config) =>
      check(grid, config)
        .diagnostics.filter((d) => d.ruleId.startsWith("fund-"))
        .map((d) => `${d.cell} ${d.ruleId}/${d.messageId}`);
    expect(fundFindings({})).toEqual(["C8 fund-not-number/notNumber"]);
    expect(fundFindings({ naMarkers: [OWN_WORDS] })).toEqual([]);
  });

  test("a marker must say something", () => {
    expect(() => parsePolicyFile({ extends: "national", naMarkers: [" "] })).toThrow(
      /策略文件格式不正确：naMarkers\.0/,
    );
  });

  test("an added word matches as the value grammar reads cells: spaces, full-width forms and end punctuation aside", () => {
    const v = naVocabulary([OWN_WORDS]);
    expect(v.isNa(OWN_WORDS)).toBe(true);
    expect(v.isNa(` 本项目 暂不涉及该指标。`)).toBe(true);
    expect(v.isNa("本项目暂不涉及该指标的部分内容")).toBe(false);
    // the built-in words stay
    expect(v.isNa("不涉及")).toBe(true);
    expect(naVocabulary([]).isNa(OWN_WORDS)).toBe(false);
    // one object per list, so every checker with the same settings shares it
    expect(naVocabulary([OWN_WORDS])).toBe(v);
  });

  test("the parser reads an added word as an N/A value only when asked", () => {
    const grid = gridFromStrings(
      "S",
      tableRows({ indicators: [["产出指标", "数量指标", "指标1: 培训人数", OWN_WORDS]] }),
    );
    const value = (naMarkers?: ReadonlySet<string>) => parseSheet(grid, { naMarkers })[0]?.indicators[0]?.value.kind;
    expect(value()).toBe("qualitative");
    expect(value(naVocabulary([OWN_WORDS]).extraKeys)).toBe("na");
  });
});
