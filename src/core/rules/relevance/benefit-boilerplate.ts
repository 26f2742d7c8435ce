// review-criteria.md C6: a 效益 indicator named with a slogan (保障…正常运转, 促进…发展, 提高…效率) and valued with a
// word or 100% states no effect a reviewer can check ("建议增加明确效益指标", opinion 8).
import { z } from "zod";
import { optionsOf, type TableRule } from "../types";
import { cachedLexicon, isAbsentValue, isBenefitRow, isFullRate } from "../../analysis/indicator-kind";

const OPTIONS = z.object({
  names: z
    .array(z.string())
    .default([
      "保障…正常运转",
      "保障…正常运行",
      "保障…正常开展",
      "保障…顺利开展",
      "保障…有序开展",
      "保障…顺利实施",
      "保证…正常运转",
      "保证…正常运行",
      "保证…顺利开展",
      "确保…正常运转",
      "确保…顺利开展",
      "维持…正常运转",
      "促进…发展",
      "推动…发展",
      "助力…发展",
      "提高…效率",
      "提升…效率",
      "提高…水平",
      "提升…水平",
      "提高…能力",
      "提升…能力",
      "提升…形象",
      "提高…形象",
      "保持…形象",
      "树立…形象",
      "保障…工作",
      "社会效益明显",
      "经济效益明显",
      "效果明显",
      "效果显著",
      "成效显著",
      "效益显著",
    ])
    .describe("套话式效益指标名称（“…”代表同一分句中最多16个字），名称含其一且指标值为文字或100%时提示"),
  exceptions: z
    .array(z.string())
    .default(["收入", "生活水平", "生活质量", "就业"])
    .describe(
      "名称含其一时不按套话提示：写的是对人的具体效果（如“提升党员家庭收入水平”），缺的只是量化，由指标值的规则提示",
    ),
});

const EXAMPLE: Readonly<Record<string, string>> = {
  经济效益指标: "带动受益群众人均增收 ≥500元",
  社会效益指标: "受益对象覆盖率 ≥95%",
  生态效益指标: "公共机构能耗降低率 ≥5%",
  可持续影响指标: "长效管理制度持续运行 ≥3年",
};

export const benefitBoilerplate: TableRule = {
  meta: {
    id: "benefit-boilerplate",
    origin: "issue 10, review-criteria.md C6",
    severity: "warning",
    category: "relevance",
    opinion: 8,
    scope: "table",
    options: OPTIONS,
    description:
      "效益指标不应只写套话（保障…正常运转、促进…发展、提高…效率/水平、效果明显等）并配以文字或100%的指标值，应写可衡量的具体效果。",
    notes:
      "Fires when a 效益 row's 三级 name holds a `names` entry and its value is qualitative (graded or not), a bare `是`, or a full rate (`100%`, `≥100%`); a measurable value (`提高办事效率 | 办理时限缩短≥20%`) is left alone, and so are N/A rows. Reported on the value cell: vague-qualitative (info, same cell) defers to this rule, because its advice — grade the word, e.g. `达到预期目标` — would leave the slogan in place; with this rule off, vague-qualitative speaks again.",
    messages: {
      boilerplate:
        "{{level2}}“{{name}}”配指标值“{{value}}”是套话，看不出项目带来什么可衡量的效果，评审通常会退回并提出“建议增加明确效益指标”。请写项目对服务对象或社会的具体效果及目标值，例如“{{example}}”。",
    },
  },
  check(ctx) {
    const { names, exceptions } = optionsOf(OPTIONS, ctx);
    const slogans = cachedLexicon(names);
    const allowed = cachedLexicon(exceptions);
    for (const ind of ctx.table.indicators) {
      if (!isBenefitRow(ind)) continue;
      const name = ctx.analysis.nameKey(ind);
      if (!name || slogans.match(name) === null || allowed.match(name) !== null) continue;
      const v = ind.value;
      if (isAbsentValue(v)) continue;
      // `是` says as little as `明显`
      if (v.kind !== "qualitative" && v.kind !== "boolean" && !isFullRate(v)) continue;
      const level2 = ind.level2 ?? "效益指标";
      ctx.report({
        at: ind.valueCell,
        messageId: "boilerplate",
        data: {
          level2,
          name: ind.name.trim(),
          value: ind.valueText.trim(),
          example: EXAMPLE[level2] ?? "受益对象覆盖率 ≥95%",
        },
      });
    }
  },
};
