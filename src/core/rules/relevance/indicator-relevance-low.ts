// review-criteria.md C14: each indicator is relevant to the project (reviewer opinion 3 "指标与项目的相关性不够").
// Judgement support, §2.1 step 4: an 产出 (optionally 效益) indicator sharing no character bigram (after the stop list and the
// generic indicator words) with the project name, the goal or the other indicators is shown for the reviewer to judge.
import { z } from "zod";
import { optionsOf, type TableRule } from "../types";
import { cjkBigrams, DEFAULT_GENERIC_WORDS, DEFAULT_STOP_BIGRAMS } from "../../analysis/bigrams";
import { indicatorLevel1 } from "../../analysis/coverage";
import { goalText } from "../../analysis/goal";
import { textKey } from "../../text";

const OPTIONS = z.object({
  level1: z
    .array(z.string())
    .default(["产出指标"])
    .describe(
      "检查这些一级指标下的三级指标；效益指标常用与产出不同的措辞（如农田项目的“年增粮食”），需要时可加入“效益指标”",
    ),
  skipLevel2: z
    .array(z.string())
    .default(["时效指标", "成本指标"])
    .describe("这些二级指标下的行（完成时间、及时率、各项费用等）不判断"),
  stopBigrams: z
    .array(z.string())
    .default([...DEFAULT_STOP_BIGRAMS])
    .describe("不算共同内容的双字（工作、提高、保障、项目等）"),
  genericWords: z
    .array(z.string())
    .default([...DEFAULT_GENERIC_WORDS])
    .describe("比较前从指标名称中去掉的通用词；名称只剩通用词的行（如“经费支出合规性”）不判断"),
});

export const indicatorRelevanceLow: TableRule = {
  meta: {
    id: "indicator-relevance-low",
    origin: "issue 10, review-criteria.md C14",
    severity: "info",
    category: "relevance",
    opinion: 3,
    scope: "table",
    options: OPTIONS,
    defersTo: ["process-indicator", "output-as-benefit"],
    description: "产出指标应与本项目相关：与项目名称、年度总体目标和其他指标没有任何共同内容的三级指标提示人工确认。",
    notes:
      "Character bigrams, no dictionary: the 三级 name with the generic indicator words cut out (完成率, 满意度, 经费 …) against the bigrams of 项目名称 + 年度总体目标 + every other 三级 name of the table. Only 产出 rows by default: effects are legitimately worded apart from the project's outputs (年增粮食 in a 高标准农田 table, 推动农村基层支农、支教、支医 for 三支一扶, 减税降费 for 高新技术企业 — all false alarms on the corpora when 效益 was judged); a policy adds 效益指标 to `level1`. A name left with no bigram is generic and not judged, as are 满意度 rows (not in `level1`), rows under `skipLevel2` (时效, 成本), rows whose value is money and N/A rows (`不涉及`, `本项目不适用此指标`). Where process-indicator or output-as-benefit reports the same name cell, their more precise finding stands alone. Info only: a reviewer decides relevance; the finding is the evidence.",
    messages: {
      unrelated:
        "{{level2}}“{{name}}”与项目名称和年度目标没有共同内容，请确认是否属于本项目。如属于，请在年度总体目标中写明对应的任务或效果；如不属于，请删去或改为衡量本项目产出、效果的指标。",
    },
  },
  check(ctx) {
    const { level1, skipLevel2, stopBigrams, genericWords } = optionsOf(OPTIONS, ctx);
    const t = ctx.table;
    const stop = { stop: stopBigrams };
    // what a judged row is compared with, each built on first need: most rows share content with the project's text,
    // and only the others are compared with the other indicators
    let project: ReadonlySet<string> | undefined;
    let names: { sets: ReadonlyArray<ReadonlySet<string>>; owners: ReadonlyMap<string, number> } | undefined;
    const projectBigrams = (): ReadonlySet<string> =>
      (project ??= new Set(cjkBigrams(`${t.header.projectName?.value?.text ?? ""}\n${goalText(t)}`, stop)));
    const nameBigrams = (): NonNullable<typeof names> => {
      if (names) return names;
      // each bigram of the indicator names, with the indicators it occurs in
      const sets = t.indicators.map((ind) => new Set(cjkBigrams(ind.name, stop)));
      const owners = new Map<string, number>();
      for (const set of sets) for (const b of set) owners.set(b, (owners.get(b) ?? 0) + 1);
      return (names = { sets, owners });
    };
    t.indicators.forEach((ind, i) => {
      const l1 = indicatorLevel1(ind);
      if (l1 === null || !level1.includes(l1)) return;
      if (ind.level2 !== null && skipLevel2.includes(ind.level2)) return;
      if (textKey(ind.name) === "" || ctx.analysis.isNa(ind.name)) return;
      // an amount under 数量 is money-in-quantity's and process-indicator's finding, not a question of relevance
      if (ind.value.kind === "quantity" && ind.value.unit.family === "money") return;
      const own = cjkBigrams(ind.name, { stop: stopBigrams, generic: genericWords });
      if (own.length === 0) return;
      if (own.some((b) => projectBigrams().has(b))) return;
      const { sets, owners } = nameBigrams();
      const mine = sets[i] ?? new Set<string>();
      // shared with another indicator (a bigram owned by more than this row)
      const related = own.some((b) => (owners.get(b) ?? 0) > (mine.has(b) ? 1 : 0));
      if (related) return;
      ctx.report({ at: ind.nameCell, messageId: "unrelated", data: { name: ind.name, level2: ind.level2 ?? "指标" } });
    });
  },
};
