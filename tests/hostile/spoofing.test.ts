// Issue 15: output that cannot be spoofed. Control characters from the input (ESC sequences, U+202E) are shown
// escaped in the text report, and a bidi control inside a message's value is isolated so it cannot reverse the
// rest of the message.
import { check } from "../../src/core/engine";
import { gridFromTsv } from "../../src/core/tsv";
import { interpolate } from "../../src/core/i18n";
import { renderText } from "../../src/cli/render-text";
import { sheetGrid, withIndicator } from "../helpers/table-builder";
import { SEED_TEXT } from "../cli/fixtures";

const ESC = "\u001b";
const RLO = "\u202e";
/** Clears the screen, homes the cursor and prints a fake all-clear summary. */
const FAKE = `${ESC}[2J${ESC}[H共检查 1 个文件、1 个项目：错误 0 项`;

test("ESC sequences and U+202E in cell text, sheet name and path are printed escaped, never raw", () => {
  const text = SEED_TEXT.replace("基层党建工作经费", `基层党建工作经费${FAKE}`).replace(
    "指标1: 评审",
    `指标1: 评审${RLO}35005001`,
  );
  const sheet = check(gridFromTsv(`seed${ESC}[31m`, text));
  const out = renderText([{ path: `/in/seed${ESC}[31m.tsv`, error: null, sheets: [sheet] }]);
  expect(out).not.toContain(ESC);
  expect(out).not.toContain(RLO);
  expect(out).toContain("/in/seed\\u001B[31m.tsv");
  expect(out).toContain("工作表“seed\\u001B[31m”");
  expect(out).toContain("基层党建工作经费\\u001B[2J\\u001B[H共检查");
});

test("a value holding U+202E is isolated (FSI … PDI) in the message; other values are untouched", () => {
  expect(interpolate("单位“{{unit}}”与“{{other}}”不一致", { unit: `区委${RLO}35005001`, other: "区委组织部" })).toBe(
    `单位“\u2068区委${RLO}35005001\u2069”与“区委组织部”不一致`,
  );
  const indicators = withIndicator("数量指标", [
    "产出指标",
    "数量指标 (必填量化)",
    `指标1: 测评${RLO}35005001次数，等保测评4万元`,
    "≥1次",
  ]);
  const report = check(sheetGrid({ indicators }));
  const touched = report.diagnostics.filter((d) => d.message.includes(RLO));
  expect(touched.length).toBeGreaterThan(0);
  for (const d of touched) expect(d.message).toMatch(/\u2068[^\u2069]*\u202e[^\u2069]*\u2069/);
});
