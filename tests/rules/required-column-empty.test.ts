import { requiredColumnEmpty } from "../../src/core/rules/structure/required-column-empty";
import { gridFromStrings } from "../../src/core/grid";
import type { Config } from "../../src/core/config";
import { ruleTester } from "../helpers/rule-tester";
import { FIRST_INDICATOR_ROW, tableRows, type TableSpec } from "../helpers/table-builder";

const HEADER_ROW = FIRST_INDICATOR_ROW - 1; // 1-based

/** The default table with extra columns right of 指标值: `header` names them, `cells(i)` fills indicator row i. */
function withColumns(header: ReadonlyArray<string>, cells: (i: number) => ReadonlyArray<string>, spec: TableSpec = {}) {
  const rows = tableRows(spec).map((r, i) => {
    if (i === HEADER_ROW - 1) return [...r, ...header];
    if (i >= FIRST_INDICATOR_ROW - 1) return [...r, ...cells(i - FIRST_INDICATOR_ROW + 1)];
    return r;
  });
  return gridFromStrings("Sheet1", rows);
}

const EXPLAINED = (i: number) => [`第${i + 1}项指标的统计口径`];
// the hunan preset's columns (the preset itself is tested in tests/policy/required-columns.test.ts)
const hunan: Config = { requiredColumns: ["explanation", "standard"] };

ruleTester(requiredColumnEmpty, {
  valid: [
    { name: "clean table (no extra column)" },
    {
      name: "the national policy requires no column: an empty 指标解释 passes",
      grid: withColumns(["指标解释"], (i) => (i === 2 ? [""] : EXPLAINED(i))),
    },
    {
      name: "a policy requiring 指标解释 does not judge a table whose form has no such column",
      config: hunan,
    },
    {
      name: "湖南: every row explained and scored",
      grid: withColumns(["指标解释", "评(扣)分标准"], (i) => [...EXPLAINED(i), "完成得满分，未完成不得分"]),
      config: hunan,
    },
    {
      name: "a 不涉及 row needs no 指标解释",
      grid: gridFromStrings(
        "Sheet1",
        tableRows().map((r, i) =>
          i === HEADER_ROW - 1
            ? [...r, "指标解释"]
            : i === FIRST_INDICATOR_ROW - 1 + 4
              ? ["", "", "经济效益指标 (选填量化)", "不涉及", "", ""]
              : i >= FIRST_INDICATOR_ROW - 1
                ? [...r, "口径"]
                : r,
        ),
      ),
      config: { requiredColumns: ["explanation"] },
    },
    {
      name: "starred headers off: `*指标解释` follows the policy only",
      grid: withColumns(["*指标解释"], (i) => (i === 0 ? [""] : EXPLAINED(i))),
      config: { options: { "required-column-empty": { starredHeaders: false } } },
    },
    {
      name: "a 新增项目 leaves 上年实际值 empty (C50)",
      grid: withColumns(["上年实际值"], () => [""], { attr: "新增项目" }),
      config: { requiredColumns: ["history"] },
    },
  ],
  invalid: [
    {
      name: "湖南 (S22 `*指标解释` and `*评(扣)分标准`): one row without its 指标解释",
      grid: withColumns(["指标解释", "评(扣)分标准"], (i) => [i === 1 ? "" : `口径${i}`, "完成得满分"]),
      config: hunan,
      errors: [{ row: FIRST_INDICATOR_ROW + 1, messageId: "empty", cell: "F12", messageIncludes: "培训考核合格率" }],
    },
    {
      name: "a column empty on every row gets one finding at its header",
      grid: withColumns(["指标解释", "评(扣)分标准"], (i) => [`口径${i}`, ""]),
      config: hunan,
      errors: [{ row: HEADER_ROW, messageId: "columnEmpty", cell: "G10", messageIncludes: "评(扣)分标准" }],
    },
    {
      name: "the form's own `*` makes a column required under the national policy",
      grid: withColumns(["*指标解释"], (i) => (i === 3 ? [""] : EXPLAINED(i))),
      errors: [{ row: FIRST_INDICATOR_ROW + 3, messageId: "empty", messageIncludes: "表头标有“*”" }],
    },
    {
      name: "上年实际值 required of a 延续项目 (C50)",
      grid: withColumns(["上年实际值"], (i) => (i === 0 ? [""] : ["≥180人次"]), { attr: "延续性项目" }),
      config: { requiredColumns: ["history"] },
      errors: [{ row: FIRST_INDICATOR_ROW, messageId: "empty", messageIncludes: "上年实际完成值" }],
    },
    {
      name: "上年实际值 filled in for a 新增项目 is an info (C50)",
      grid: withColumns(["上年实际值"], (i) => (i === 0 ? ["150人次"] : [""]), { attr: "新增项目" }),
      config: { requiredColumns: ["history"] },
      errors: [{ row: FIRST_INDICATOR_ROW, messageId: "historyInNewProject", severity: "info" }],
    },
    {
      name: "a unit's own policy file requiring 分值",
      grid: withColumns(["分值"], (i) => (i === 8 ? [""] : ["10"])),
      config: { policy: { extends: "national", requiredColumns: ["score"] } },
      errors: [{ row: FIRST_INDICATOR_ROW + 8, messageId: "empty", messageIncludes: "分值" }],
    },
  ],
});
