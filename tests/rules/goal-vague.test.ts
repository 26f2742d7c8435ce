import { goalVague } from "../../src/core/rules/relevance/goal-vague";
import { corpusFindings } from "../helpers/goal-corpus";
import { ruleTester } from "../helpers/rule-tester";

/** The goal's cell in a default table. */
const GOAL = "B9";

ruleTester(goalVague, {
  valid: [
    { name: "clean table: the goal counts 200人次" },
    {
      name: "a measure beside the vague verbs (seed L125: 不少于3天 … 进一步提高)",
      tables: [
        {
          goal: "目标1: 落实“每年对基层党组织书记进行轮训, 时间不少于3天”的要求, 进一步提高村(社区)党组织书记能力素质, 加强基层党组织书记队伍建设。",
        },
      ],
    },
    {
      name: "a named output (seed L421: 购买软件系统 … 进一步完善)",
      tables: [
        {
          goal: "购买软件系统和基础硬件设施、数据迁移,进一步完善数字档案集中管理平台功能,实现自治区、市、县三级联网查档。",
        },
      ],
    },
    {
      name: "a deadline",
      tables: [{ goal: "目标1: 进一步提升档案管理水平, 2024年底前完成平台升级。" }],
    },
    {
      name: "no vague adverb (seed L22)",
      tables: [
        {
          goal: "目标1: 为基层党建工作提供经费保障, 加强各领域基层党组织建设, 强化党员学习、教育、管理, 提高基层党建工作质量。",
        },
      ],
    },
    { name: "no goal (goal-missing's)", tables: [{ goal: "" }] },
  ],
  invalid: [
    {
      name: "seed L147: 进一步强化, nothing measurable",
      tables: [
        {
          goal: "目标1: 为增强非公企业和社会组织党组织书记工作积极性和荣誉感, 进一步强化两新组织党组织凝聚力、战斗力, 根据上年度基层党组织星级评定结果, 综合平时党建工作开展情况予以发放。",
        },
      ],
      errors: [{ row: 9, cell: GOAL, messageIncludes: "只用“进一步强化”等表述" }],
    },
    {
      name: "review-criteria C2: the phrases in the order written",
      tables: [{ goal: "进一步提高服务水平，明显改善群众生活，有效地促进经济发展。" }],
      errors: [{ row: 9, messageIncludes: "“进一步提高”“明显改善”“有效地促进”" }],
    },
    {
      name: "an amount is the input, not a result (seed L356: 186.18万元 … 有效缓解)",
      tables: [
        {
          goal: "目标1:生活补贴、保险费用186.18万元。支付“三支一扶”高校毕业生工资和保险费用,为“三支一扶”人员提供生活保障,有效缓解高校毕业生就业压力。",
        },
      ],
      errors: [{ row: 9, messageIncludes: "“有效缓解”" }],
    },
    {
      name: "the lexicons are options",
      tables: [{ goal: "目标1: 切实做实党员教育。" }],
      config: { options: { "goal-vague": { adverbs: ["切实"], verbs: ["做实"] } } },
      errors: [{ row: 9, messageIncludes: "“切实做实”" }],
    },
  ],
});

test("on the seed and the real tables: the three goals with vague verbs and nothing measurable", () => {
  // seed L147 进一步强化 (两新组织 津贴), L356 and L379 有效缓解 (三支一扶: an amount, no count of graduates)
  expect(corpusFindings(goalVague)).toEqual(["seed B147 info/vague", "seed B356 info/vague", "seed B379 info/vague"]);
});
