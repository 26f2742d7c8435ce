// review-criteria.md C42: where the form has a 分值 / 权重 column, the weights are positive, add up to each parent's
// set weight, and to the total the form or the policy gives (100, or 90 when 预算执行率 takes 10).
import { z } from "zod";
import { LEVEL1_NAMES, type Level1Name } from "../../form/catalogue";
import type { CellPos, Indicator, Level2Block, ProjectTable } from "../../layout/model";
import { fmtNum, toHalfWidth } from "../../text";
import { optionsOf, type TableRule } from "../types";
import { nameState, valueState } from "./util";

const OPTIONS = z.object({
  total: z
    .number()
    .positive()
    .default(100)
    .describe("全部三级指标分值（权重）的合计；表头自己注明了合计（如“绩效指标(权重分值90分…)”）时以表头为准。"),
  positive: z.boolean().default(true).describe("每个三级指标的分值必须大于0。"),
  checkSubSums: z
    .boolean()
    .default(true)
    .describe("一级、二级指标设定了分值时，其下级指标分值的合计必须等于该设定值。"),
});

/** A weight is a number, optionally with 分 or %: `10`, `10分`, `12.5`. A range (`0-10分`) or text is none. */
const WEIGHT = /^(\d+(?:\.\d+)?)\s*(?:分|%)?$/;
/** A weight glued to a label: `产出指标(50分)`, `产出指标50分` — not a score range `(0-20)分`. */
// no lookbehind: IE11 (Office 2016/2019) cannot parse a bundle holding one; "start or not a digit" is consumed instead
const GLUED = /(?:[(]\s*(\d+(?:\.\d+)?)\s*分\s*[)]|(?:^|[^\d.\-~—])(\d+(?:\.\d+)?)\s*分)\s*$/;
/** The section header's total and per-一级 weights: `绩效指标(权重分值90分,其中产出指标权重分值50分,…)`. */
const SECTION_TOTAL = /(?:^|[^\d.\-~—])(\d+(?:\.\d+)?)\s*分/;
const SECTION_LEVEL1 = /(产出|效益|满意度|成本)(?:指标)?(?:权重)?(?:分值)?\s*(\d+(?:\.\d+)?)\s*分/g;

const EPS = 1e-6;

function weightOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  const m = WEIGHT.exec(toHalfWidth(text).replace(/\s/g, ""));
  return m && m[1] !== undefined ? Number(m[1]) : null;
}

function gluedWeight(label: string): number | null {
  const m = GLUED.exec(toHalfWidth(label).replace(/\s/g, ""));
  const n = m?.[1] ?? m?.[2];
  return n === undefined ? null : Number(n);
}

interface Declared {
  readonly total: number | null;
  readonly level1: ReadonlyMap<Level1Name, number>;
}

/** What the section header (`绩效指标(…)`, `年度绩效目标(90分)`) declares. */
function declaredBySection(table: ProjectTable): Declared {
  const label = table.columns?.roles.find((x) => x.role === "section")?.label ?? "";
  const text = toHalfWidth(label).replace(/\s/g, "");
  const head = text.split(/其中/)[0] ?? "";
  const t = SECTION_TOTAL.exec(head);
  const level1 = new Map<Level1Name, number>();
  for (const m of text.matchAll(SECTION_LEVEL1)) {
    const name = LEVEL1_NAMES.find((n) => n.startsWith(m[1] ?? "-"));
    if (name && m[2] !== undefined) level1.set(name, Number(m[2]));
  }
  return { total: t?.[1] !== undefined ? Number(t[1]) : null, level1 };
}

export const weightSum: TableRule = {
  meta: {
    id: "weight-sum",
    origin: "issue 10, review-criteria.md C42",
    severity: "error",
    category: "structure",
    opinion: 11,
    scope: "table",
    options: OPTIONS,
    description:
      "表中有分值（权重）栏时：每个三级指标的分值大于0，下级指标分值合计等于一级、二级指标设定的分值，全部分值合计等于规定总分（一般为100，自评时另留10分给预算执行率的为90）。",
    notes:
      "Only tables whose form has a 分值 / 权重 column (role `score`). A weight is a number in that column (`10`, `10分`); score ranges (`0-20分`) and scoring text are not weights and are not judged. Set weights come from the 分值 cell of a 一级 / 二级 label row of its own (the model's Level1Label.score / Level2Block.score), a weight glued to the label (`产出指标(50分)`), or the section header (`绩效指标(权重分值90分,其中产出指标权重分值50分,…)`, 内蒙古 乌海); a total the header declares wins over the option. The total is judged only when 产出, 效益 and 满意度 each hold a weighted indicator: a table that lacks a whole block is required-level2-missing's, and a published copy cut off after 产出 (real tables 02, 06) has no total to judge. An empty weight is not this rule's (required-column-empty, with `score` in the policy's requiredColumns).",
    messages: {
      notPositive:
        "三级指标“{{name}}”的分值为“{{weight}}”，不大于0。每个考核的三级指标都应有大于0的分值；不考核的指标请删除。",
      level2Sum:
        "二级指标“{{parent}}”设定的分值为{{set}}，其下三级指标的分值合计为{{sum}}，两者应相等。请调整各三级指标的分值，使合计等于{{set}}。",
      level1Sum:
        "一级指标“{{parent}}”设定的分值为{{set}}，其下指标的分值合计为{{sum}}，两者应相等。请调整下级指标的分值，使合计等于{{set}}。",
      total: "全部三级指标的分值合计为{{sum}}，应为{{total}}（{{source}}）。请调整各指标的分值，使合计等于{{total}}。",
    },
  },
  check(ctx) {
    const opts = optionsOf(OPTIONS, ctx);
    const table = ctx.table;
    const scoreCol = table.columns?.roles.find((x) => x.role === "score");
    if (!table.columns || !scoreCol) return;
    const weighted = table.indicators
      .map((ind) => ({ ind, w: weightOf(ind.extras.score?.text) }))
      .filter((x): x is { ind: Indicator; w: number } => x.w !== null);
    if (weighted.length === 0) return;

    if (opts.positive)
      for (const { ind, w } of weighted) {
        if (w > 0 || nameState(ind, ctx.analysis.isNa) === "na" || valueState(ind) === "na") continue;
        const cell = ind.extras.score;
        if (cell)
          ctx.report({
            at: { row: cell.row, col: cell.col },
            messageId: "notPositive",
            data: { name: ind.name.trim() || ind.valueText.trim(), weight: cell.text.trim() },
          });
      }

    const sumOf = (inds: ReadonlyArray<Indicator>) =>
      weighted.filter((x) => inds.includes(x.ind)).reduce((s, x) => s + x.w, 0);
    const level2Set = (b: Level2Block): number | null => weightOf(b.score?.text) ?? gluedWeight(b.label.text);
    const declared = declaredBySection(table);

    if (opts.checkSubSums) {
      for (const b of table.level2) {
        const set = level2Set(b);
        if (set === null || b.indicators.length === 0) continue;
        const sum = sumOf(b.indicators);
        if (Math.abs(sum - set) > EPS)
          ctx.report({
            at: b.score ? { row: b.score.row, col: b.score.col } : { row: b.label.row, col: b.label.col },
            messageId: "level2Sum",
            data: { parent: b.name ?? b.label.text.trim(), set: fmtNum(set), sum: fmtNum(sum) },
          });
      }
      for (const name of LEVEL1_NAMES) {
        const label = table.level1.find((l) => l.name === name);
        const set =
          weightOf(label?.score?.text) ??
          (label ? gluedWeight(label.label.text) : null) ??
          declared.level1.get(name) ??
          null;
        const blocks = table.level2.filter((b) => b.level1 === name);
        if (set === null || blocks.length === 0) continue;
        const sum = blocks.reduce((s, b) => s + (level2Set(b) ?? sumOf(b.indicators)), 0);
        if (Math.abs(sum - set) <= EPS) continue;
        const at: CellPos = label?.score
          ? { row: label.score.row, col: label.score.col }
          : label
            ? { row: label.label.row, col: label.label.col }
            : { row: table.columns.row, col: scoreCol.col };
        ctx.report({ at, messageId: "level1Sum", data: { parent: name, set: fmtNum(set), sum: fmtNum(sum) } });
      }
    }

    // the total: only when 产出, 效益 and 满意度 each carry weights (a missing or cut-off block is another finding)
    const has = (n: Level1Name) => weighted.some((x) => x.ind.level1 === n);
    if (!has("产出指标") || !has("效益指标") || !has("满意度指标")) return;
    const total = declared.total ?? opts.total;
    const sum = weighted.reduce((s, x) => s + x.w, 0);
    if (Math.abs(sum - total) <= EPS) return;
    ctx.report({
      at: { row: table.columns.row, col: scoreCol.col },
      messageId: "total",
      data: {
        sum: fmtNum(sum),
        total: fmtNum(total),
        source: declared.total !== null ? "表头注明的总分" : "审核策略规定的总分",
      },
    });
  },
};
