// A blank project table as data: values, merges, borders, widths and dropdowns. Hosts only render it.
import type { Area } from "../grid";
import { LEVEL2_DEFS, level1Order, type FormGeneration } from "../form/catalogue";

export type TemplateProfile = FormGeneration;

export interface BlockSpec {
  readonly profile: TemplateProfile;
  /** Cell texts, row by row; "" for an empty cell. Every row has `width` entries. */
  readonly values: ReadonlyArray<ReadonlyArray<string>>;
  readonly width: number;
  readonly height: number;
  /** Areas relative to the block's top-left cell. */
  readonly merges: ReadonlyArray<Area>;
  /** Thin borders on every cell of these areas. */
  readonly borders: ReadonlyArray<Area>;
  readonly bold: ReadonlyArray<Area>;
  /** Centred, larger text. */
  readonly title: Area;
  /** Column widths in characters (Excel's unit), for columns that are still at the default width. */
  readonly columnWidths: ReadonlyArray<number>;
  /** In-cell dropdowns (list data validation), relative positions. */
  readonly lists: ReadonlyArray<{ readonly row: number; readonly col: number; readonly items: ReadonlyArray<string> }>;
  /** Cells the clerk fills in (used by the pane to focus the first one after insertion). */
  readonly inputs: ReadonlyArray<{ readonly row: number; readonly col: number }>;
}

export const ATTRIBUTE_CHOICES = ["新增项目", "延续性项目"] as const;
export const PERIOD_CHOICES = ["1年期", "2年期", "3年期", "长期"] as const;

interface Level1Group {
  readonly level1: string;
  readonly level2: ReadonlyArray<string>;
}

/** The form's 一级 groups in its order, each 二级 with the template's annotation (财预〔2021〕101号 puts 成本 first). */
function groupsOf(generation: FormGeneration): ReadonlyArray<Level1Group> {
  return level1Order(generation).map((level1) => ({
    level1,
    level2: LEVEL2_DEFS.filter((d) => d.parent === level1 && d.generations.includes(generation)).map(
      (d) => `${d.name} ${d.annotation}`,
    ),
  }));
}

const WIDTH = 5;

/** The blank table of rules.md §5 (profile `legacy` reproduces seed table T1's layout). */
export function blankTemplate(profile: TemplateProfile, year: number): BlockSpec {
  const values: string[][] = [];
  const merges: Area[] = [];
  const lists: Array<{ row: number; col: number; items: ReadonlyArray<string> }> = [];
  const inputs: Array<{ row: number; col: number }> = [];
  const row = (...cells: string[]): number => {
    values.push([...cells, ...Array<string>(WIDTH - cells.length).fill("")]);
    return values.length - 1;
  };
  const merge = (top: number, left: number, bottom: number, right: number): void => {
    if (bottom > top || right > left) merges.push({ top, left, bottom, right });
  };

  const title = row("项目支出预算绩效目标表");
  merge(title, 0, title, WIDTH - 1);
  const yearRow = row(`(${year}年度)`);
  merge(yearRow, 0, yearRow, WIDTH - 1);

  const name = row("项目名称", "", "");
  merge(name, 0, name, 1);
  merge(name, 2, name, 4);
  inputs.push({ row: name, col: 2 });
  const dept = row("主管部门及代码", "", "实施单位", "");
  merge(dept, 3, dept, 4);
  inputs.push({ row: dept, col: 1 }, { row: dept, col: 3 });
  const attr = row("项目属性", "", "项目期", "");
  merge(attr, 3, attr, 4);
  lists.push({ row: attr, col: 1, items: ATTRIBUTE_CHOICES }, { row: attr, col: 3, items: PERIOD_CHOICES });
  inputs.push({ row: attr, col: 1 }, { row: attr, col: 3 });
  const total = row("项目资金 (万元)", "年度资金总额:", "");
  const fiscal = row("", "其中:财政拨款", "");
  const other = row("", "其他资金", "");
  merge(total, 0, other, 0);
  for (const r of [total, fiscal, other]) {
    merge(r, 2, r, 4);
    inputs.push({ row: r, col: 2 });
  }
  const goal = row("年度总体目标", "目标1:");
  merge(goal, 1, goal, 4);
  inputs.push({ row: goal, col: 1 });
  const header = row("绩效指标", "一级指标", "二级指标", "三级指标", "指标值");

  const groups = groupsOf(profile);
  for (const g of groups) {
    const first = values.length;
    g.level2.forEach((l2, i) => {
      const r = row("", i === 0 ? g.level1 : "", l2, "指标1:", "");
      inputs.push({ row: r, col: 3 });
    });
    merge(first, 1, values.length - 1, 1);
  }
  merge(header + 1, 0, values.length - 1, 0);

  const height = values.length;
  const body: Area = { top: name, left: 0, bottom: height - 1, right: WIDTH - 1 };
  return {
    profile,
    values,
    width: WIDTH,
    height,
    merges,
    borders: [body],
    bold: [{ top: header, left: 0, bottom: header, right: WIDTH - 1 }],
    title: { top: title, left: 0, bottom: title, right: WIDTH - 1 },
    columnWidths: [16, 14, 30, 40, 16],
    lists,
    inputs,
  };
}
