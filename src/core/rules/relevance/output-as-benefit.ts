// review-criteria.md C16: output vs outcome, both ways. Rates and counts of the project's own work (完成率, 验收合格率,
// 及时率, 开展…次数, 培训…人数) are outputs, not 效益; effects on people or the environment (增收, 就业率, 治愈率,
// 知晓率, 优良天数) are 效益, not 质量. "设备故障率、质量合格率是项目质量指标，而疾病治愈率…是项目效益指标" (S18).
import { z } from "zod";
import { optionsOf, type TableRule } from "../types";
import { cachedLexicon, isAbsentValue, isBenefitRow } from "../../analysis/indicator-kind";

const OPTIONS = z.object({
  outputTerms: z
    .array(z.string())
    .default([
      "完成率",
      "合格率",
      "验收合格",
      "通过验收",
      "验收通过",
      "验收率",
      "及时率",
      "及时性",
      "按期完成",
      "到位率",
      "开展…次数",
      "举办…次数",
      "组织…次数",
      "培训…人数",
      "培训…人次",
      "发放…人数",
      "发放…人次",
    ])
    .describe("产出类指标名称（“…”代表同一分句中最多16个字），出现在经济/社会/生态效益或可持续影响指标下时提示"),
  effectContext: z
    .array(z.string())
    .default(["水质", "空气", "大气", "土壤", "饮用水", "噪声"])
    .describe("名称含其一时，合格率、达标率等衡量的是环境效果，不按产出提示（如“饮用水水质合格率”）"),
  effectTerms: z
    .array(z.string())
    .default(["增收", "收入增长", "就业", "治愈率", "知晓率", "优良天数", "优良率", "发病率", "死亡率"])
    .describe("效果类指标名称，出现在质量指标下时提示"),
  qualityExceptions: z
    .array(z.string())
    .default(["合格率", "完成率", "达标率", "验收", "及时", "到位率", "覆盖率", "培训", "发放"])
    .describe("质量指标名称含其一时是产出本身的质量（如“就业培训合格率”），不按效果提示"),
});

export const outputAsBenefit: TableRule = {
  meta: {
    id: "output-as-benefit",
    origin: "issue 10, review-criteria.md C16",
    severity: "info",
    category: "relevance",
    opinion: 7,
    scope: "table",
    options: OPTIONS,
    defersTo: ["process-indicator", "satisfaction-as-benefit"],
    description:
      "完成率、合格率、验收、及时率、开展次数、培训人数等产出指标不应放在效益指标下；增收、就业、治愈率、知晓率等效果不应放在质量指标下。",
    notes:
      "Name lexicons only (options). Under 效益 a name with an `outputTerms` entry is an output unless it also names the environment (`effectContext`: 饮用水水质合格率 is an effect); under 质量 a name with an `effectTerms` entry is an effect unless it also names an output measure (`qualityExceptions`: 就业培训合格率 is the training's quality). Reported on the name cell; where process-indicator (资金到位率) or satisfaction-as-benefit reports the same cell their more precise finding stands alone. benefit-misclassified defers to this rule (its advice, move to 社会效益, would keep an output under 效益). N/A rows are skipped.",
    messages: {
      outputInBenefit:
        "{{level2}}“{{name}}”衡量的是项目自身工作的完成情况（“{{term}}”），属于产出，应放在{{target}}下。效益指标应写这些工作给服务对象或社会带来的效果，例如“{{example}}”。",
      effectInQuality:
        "质量指标“{{name}}”衡量的是项目对人或环境产生的效果（“{{term}}”），属于效益，应移到{{target}}下。质量指标应写产出本身的质量，例如“培训考核合格率 ≥95%”“工程验收合格率 100%”。",
    },
  },
  check(ctx) {
    const o = optionsOf(OPTIONS, ctx);
    const outputs = cachedLexicon(o.outputTerms);
    const environment = cachedLexicon(o.effectContext);
    const effects = cachedLexicon(o.effectTerms);
    const qualityOwn = cachedLexicon(o.qualityExceptions);
    for (const ind of ctx.table.indicators) {
      if (isAbsentValue(ind.value)) continue;
      const name = ctx.analysis.nameKey(ind);
      if (!name) continue;
      if (isBenefitRow(ind)) {
        const term = outputs.match(name);
        if (term === null || environment.match(name) !== null) continue;
        const level2 = ind.level2 ?? "效益指标";
        ctx.report({
          at: ind.nameCell,
          messageId: "outputInBenefit",
          data: { level2, name: ind.name.trim(), term, target: outputHome(term), example: benefitExample(level2) },
        });
      } else if (ind.level2 === "质量指标") {
        const term = effects.match(name);
        if (term === null || qualityOwn.match(name) !== null) continue;
        ctx.report({
          at: ind.nameCell,
          messageId: "effectInQuality",
          data: { name: ind.name.trim(), term, target: effectHome(term) },
        });
      }
    }
  },
};

/** Where an output measure belongs: timeliness under 时效, counts under 数量, the rest under 质量. */
function outputHome(term: string): string {
  if (/及时|按期/.test(term)) return "时效指标";
  if (/次数|人数|人次/.test(term)) return "数量指标";
  return "质量指标";
}

function effectHome(term: string): string {
  if (/增收|收入/.test(term)) return "经济效益指标";
  if (/优良/.test(term)) return "生态效益指标";
  return "社会效益指标";
}

function benefitExample(level2: string): string {
  switch (level2) {
    case "经济效益指标":
      return "带动受益群众人均增收 ≥500元";
    case "生态效益指标":
      return "空气质量优良天数比例 ≥85%";
    case "可持续影响指标":
      return "长效管理制度持续运行 ≥3年";
    default:
      return "受益对象覆盖率 ≥95%";
  }
}
