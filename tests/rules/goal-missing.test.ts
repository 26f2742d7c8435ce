import { gridFromStrings } from "../../src/core/grid";
import { goalMissing } from "../../src/core/rules/document/goal-missing";
import { ruleTester } from "../helpers/rule-tester";
import { tableRows } from "../helpers/table-builder";

/** The default table with its goal row replaced by `goalRows`. */
function goalRows(...rows: string[][]) {
  const out: string[][] = [];
  for (const r of tableRows()) {
    if (r[0] === "年度总体目标") out.push(...rows);
    else out.push(r);
  }
  return gridFromStrings("Sheet1", out);
}

ruleTester(goalMissing, {
  valid: [
    { name: "clean table" },
    {
      name: "L13 `目标1: 为基层党建工作提供经费保障…`",
      tables: [{ goal: "目标1: 为基层党建工作提供经费保障, 加强各领域基层党组织建设。" }],
    },
    { name: "a goal without the 目标1 prefix (L423)", tables: [{ goal: "购买软件系统和基础硬件设施、数据迁移。" }] },
    {
      name: "the text sits in the next merged column",
      grid: goalRows(["年度总体目标", "目标1:", "举办基层干部培训班4期"]),
    },
    { name: "目标2 on a row of its own", grid: goalRows(["年度总体目标", "目标1:"], ["", "目标2: 培训200人次"]) },
  ],
  invalid: [
    {
      name: "an empty 年度总体目标 cell",
      tables: [{ goal: "" }],
      errors: [{ row: 9, messageId: "empty", cell: "B9", messageIncludes: "没有填写" }],
    },
    {
      name: "only `目标1:`",
      tables: [{ goal: "目标1:" }],
      errors: [{ row: 9, messageId: "empty", messageIncludes: "目标1:" }],
    },
    {
      name: "the template's scaffold left as is",
      tables: [{ goal: "目标1: 目标2: 目标3: ……" }],
      errors: [{ row: 9, messageId: "empty" }],
    },
    {
      name: "no 年度总体目标 row",
      grid: goalRows(),
      errors: [{ row: 8, messageId: "labelMissing" }],
    },
  ],
});
