import { goalIsWorkList } from "../../src/core/rules/relevance/goal-is-work-list";
import { goalVague } from "../../src/core/rules/relevance/goal-vague";
import { Checker } from "../../src/core/engine";
import { corpusFindings } from "../helpers/goal-corpus";
import { ruleTester } from "../helpers/rule-tester";
import { sheetGrid } from "../helpers/table-builder";

const GOAL = "B9";
/** Seed L446: 1 of 3 clauses opens with a work verb. */
const L446 =
  "目标1: 完善离退休干部困难帮扶工作机制, 加强对离退休干部关心帮扶, 对因重大疾病、家庭变故、生活特别困难的离退休干部进行帮扶。";

ruleTester(goalIsWorkList, {
  valid: [
    { name: "clean table" },
    { name: "work items with a count", tables: [{ goal: "目标1: 开展党员培训工作, 组织集中学习, 培训200人次。" }] },
    {
      name: "work items with a deadline",
      tables: [{ goal: "目标1: 开展党员培训工作, 做好考核工作, 2024年底前完成。" }],
    },
    { name: "a minority of work items (seed L446)", tables: [{ goal: L446 }] },
    {
      name: "组织部 is not the verb 组织; the money clause is not counted (seed L400)",
      tables: [
        {
          goal: "目标1: 组织部日常办公、差旅、印刷、报刊征订等费用10万元, 用于组织部日常办公开支, 保障组织工作的顺利开展, 提高工作效率。",
        },
      ],
    },
  ],
  invalid: [
    {
      name: "review-criteria C3: 开展…、组织…、做好…、落实…",
      tables: [{ goal: "开展党员教育培训工作，组织党员集中学习，做好党员发展工作，落实“三会一课”制度。" }],
      errors: [{ row: 9, cell: GOAL, messageIncludes: "“开展党员教育培训工作”“组织党员集中学习”“做好党员发展工作”" }],
    },
    {
      name: "完成…工作, after 目标N: markers, with the funds stated",
      tables: [{ goal: "目标1: 党建工作经费10万元。目标2: 完成年度党建工作；积极推进基层组织建设。" }],
      errors: [{ row: 9, messageIncludes: "“完成年度党建工作”" }],
    },
    {
      name: "the share is an option (seed L446 at 30%)",
      tables: [{ goal: L446 }],
      config: { options: { "goal-is-work-list": { minShare: 0.3 } } },
      errors: [{ row: 9, messageIncludes: "“加强对离退休干部关心帮扶…”" }],
    },
  ],
});

test("a goal that is both a work list and vague is reported once, as a work list (goal-vague defers)", () => {
  const grid = sheetGrid({ goal: "开展党员教育工作，组织集中学习，做好发展工作，进一步提高党员素质。" });
  const both = new Checker({}, [goalVague, goalIsWorkList]).run(grid).diagnostics.map((d) => d.ruleId);
  expect(both).toEqual(["goal-is-work-list"]);
  expect(new Checker({}, [goalVague]).run(grid).diagnostics.map((d) => d.ruleId)).toEqual(["goal-vague"]);
});

test("on the seed and the real tables: silent (no goal there is mostly work items)", () => {
  expect(corpusFindings(goalIsWorkList)).toEqual([]);
});
