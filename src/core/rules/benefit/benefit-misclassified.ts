// rules.md §6 F52: 生态效益 / 经济效益 rows whose text is about something else (quality/benefit confusion, S18).
import type { TableRule } from "../types";
import { stripSpaces, toHalfWidth } from "../../text";
import { projectContext } from "./util";

/** `环境` in a social sense (`良好的环境`, `人才引进、培养环境`) is not ecological; removed before matching. */
const SOCIAL_ENV =
  /(?:学习|工作|营商|发展|人才|培养|引进|政治|社会|舆论|网络|创业|就业|服务|办公|成长|法治|文化|治安|政务|投资|育人|教学|的)环境/g;
/** rules.md F52 keywords plus close synonyms; `水` but not `水平`. */
const ECO =
  /生态|环保|环境|绿色|绿化|节能|减排|排放|污染|碳|水(?!平)|土壤|植被|空气|扬尘|降尘|大气|森林|湿地|草原|垃圾|污水|能耗|能源|噪声|耕地|无纸化|纸张/;
/** A measure of people's attention or awareness, not of an effect on the environment (L111 `生态关注度`). */
const AWARENESS = /关注|意识|观念|理念|认识|素养|知识|宣传/;
/** rules.md F52 keywords plus close synonyms. */
const ECON =
  /收入|增收|创收|产值|节约|节省|节支|成本|效益|经济|就业|税|利润|营收|销售|投资|产业|增加值|消费|收益|开支|支出|价格|GDP|致富|产量|招商|营业|融资|分红|工资|薪酬/;

export const benefitMisclassified: TableRule = {
  meta: {
    id: "benefit-misclassified",
    severity: "info",
    category: "benefit",
    opinion: 7,
    scope: "table",
    defersTo: ["output-as-benefit", "process-indicator"],
    description: "生态效益指标应与生态环境有关，经济效益指标应与经济结果有关；内容不符的可能填错了二级指标。",
    notes:
      "Besides the keyword test, a 生态效益 row that only measures people's attention or awareness (L111 `提升党员生态关注度`) is reported when the project's name and goal say nothing ecological. `环境` in a social sense (`良好的环境`) and `水平` do not count as ecological words. Where output-as-benefit (an output such as 验收合格率) or process-indicator (资金到位率, 结余率) reports the same name cell, its finding stands alone: this rule's advice (move it to 社会效益) would keep an output or an input under 效益.",
    messages: {
      ecoNoKeyword:
        "生态效益指标“{{name}}”与生态环境无关（看不出节能、减排、污染治理、绿化、空气、水、土壤等方面的效果）。如是社会效果，请移到社会效益指标；生态效益应写项目对环境的实际影响，例如“空气质量优良天数比例 ≥85%”。",
      ecoAwareness:
        "生态效益指标“{{name}}”衡量的是人的关注或意识，而本项目的名称和目标都不涉及生态环境，这属于社会效益。生态效益应写项目对环境的实际影响，例如“空气质量优良天数比例 ≥85%”；项目确无生态效益的，按填报要求如实说明。",
      econNoKeyword:
        "经济效益指标“{{name}}”看不出经济方面的效果（如增收、节约、产值、就业、税收）。如是社会效果，请移到社会效益指标；经济效益应写可衡量的经济结果，例如“带动受益群众人均增收 ≥500元”。",
    },
  },
  check(ctx) {
    let projectIsEco: boolean | null = null;
    for (const ind of ctx.table.indicators) {
      if (ind.level2 !== "生态效益指标" && ind.level2 !== "经济效益指标") continue;
      const text = ctx.analysis.nameKey(ind);
      // `本项目不适用此指标` in an optional row says there is nothing to classify
      if (!text) continue;
      if (ind.level2 === "经济效益指标") {
        if (!ECON.test(text)) ctx.report({ at: ind.nameCell, messageId: "econNoKeyword", data: { name: ind.name } });
        continue;
      }
      if (!isEco(text)) {
        ctx.report({ at: ind.nameCell, messageId: "ecoNoKeyword", data: { name: ind.name } });
        continue;
      }
      if (AWARENESS.test(text)) {
        if (projectIsEco === null) projectIsEco = isEco(key(projectContext(ctx.table)));
        if (!projectIsEco) ctx.report({ at: ind.nameCell, messageId: "ecoAwareness", data: { name: ind.name } });
      }
    }
  },
};

function key(s: string): string {
  return stripSpaces(toHalfWidth(s));
}

function isEco(text: string): boolean {
  return ECO.test(text.replace(SOCIAL_ENV, ""));
}
