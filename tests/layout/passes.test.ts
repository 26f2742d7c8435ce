// The parser's passes, each on small grids (issue 8): segment → header → column map → rows.
import { gridFromStrings } from "../../src/core/grid";
import { detectBlocks } from "../../src/core/layout/detect";
import { parseHeader } from "../../src/core/layout/header";
import { readColumnMap, roleAt, positionsOf } from "../../src/core/layout/columns";
import { parseTable } from "../../src/core/layout/parse-table";
import { parseSheet } from "../../src/core/layout";
import { isTitle, labelCore, level1Of, level2Of, columnRoleOf } from "../../src/core/layout/labels";

const grid = (rows: string[][]) => gridFromStrings("S", rows);
const table = (rows: string[][]) => {
  const g = grid(rows);
  const t = parseSheet(g)[0];
  if (!t) throw new Error("no table");
  return t;
};

describe("labels", () => {
  test.each([
    ["项目支出预算绩效目标表", true],
    ["项目支出绩效目标申报表", true],
    ["2023年某项目支出绩效目标审批表", true],
    ["项目支出目标申报表", true],
    ["绩效目标申报表(基础设施建设类)", true],
    ["某区部门预算部门专项(绩效目标)申报表2021年度", true],
    ["再生资源回收市场管理经费项目绩效目标表", true],
    ["绩效项目指标表", false],
    ["项目基本信息", false],
    ["年度总体目标", false],
  ])("isTitle(%s) = %s", (text, expected) => {
    expect(isTitle(text)).toBe(expected);
  });

  test("label cores drop annotations, glued score ranges and side notes", () => {
    expect(labelCore("成本指标(0-20)分")).toBe("成本指标");
    expect(labelCore("年度绩效目标(90分)")).toBe("年度绩效目标");
    expect(labelCore("数量指标 (必填量化)")).toBe("数量指标");
    expect(labelCore("绩 效 指 标")).toBe("绩效指标");
    expect(level1Of("成本指标(0-20)分")).toBe("成本指标");
    expect(level1Of("产出值")).toBe("产出指标");
    expect(level2Of("经济效益 指标")).toBe("经济效益指标");
    expect(level2Of("环境效益指标")).toBe("生态效益指标");
    expect(columnRoleOf("指标值(年度)")).toEqual({ role: "value", note: "年度" });
    expect(columnRoleOf("绩效指标(权重分值90分,其中产出指标权重分值50分)")?.role).toBe("section");
  });
});

describe("segment", () => {
  test("each catalogue title starts a table; a 项目名称 without a title does too", () => {
    const g = grid([
      ["项目支出目标申报表"],
      ["项目名称", "甲"],
      [],
      ["绩效目标申报表(基础设施建设类)"],
      ["项目名称", "乙"],
      [],
      ["项目名称", "丙"],
    ]);
    expect(detectBlocks(g).map((b) => b.top)).toEqual([0, 3, 6]);
  });

  test("a cover page's glued `申报项目名称:` does not start a table", () => {
    const g = grid([
      ["某区部门专项(绩效目标)申报表2021年度"],
      ["申 报 项 目 名 称:科技创新"],
      ["项目基本信息"],
      ["项目名称", "科技创新"],
    ]);
    expect(detectBlocks(g)).toEqual([{ top: 0, bottom: 3 }]);
  });
});

describe("header", () => {
  test("two fund trees side by side: the 当年 labels are the year's, the plain ones the project's", () => {
    const t = table([
      ["项目支出绩效目标表"],
      ["项目名称", "X"],
      ["项目资金", "资金总额", "300", "当年资金总额:", "100"],
      ["", "其中:财政拨款", "280", "其中:当年财政拨款", "90"],
      ["", "其他资金", "20", "当年其他资金", "10"],
    ]);
    expect([t.header.fundTotal?.amount, t.header.fundFiscal?.amount, t.header.fundOther?.amount]).toEqual([
      100, 90, 10,
    ]);
    expect([
      t.header.fundProjectTotal?.amount,
      t.header.fundProjectFiscal?.amount,
      t.header.fundProjectOther?.amount,
    ]).toEqual([300, 280, 20]);
  });

  test("a project total above the annual one in one column: the 其中 lines under the annual total are the year's", () => {
    const t = table([
      ["项目支出绩效目标审批表"],
      ["项目名称", "X"],
      ["", "项目总预算", "65"],
      ["", "当年年度预算", "60"],
      ["", "其中:财政资金", "60"],
      ["", "其中:其它资金", "0"],
    ]);
    expect([
      t.header.fundProjectTotal?.amount,
      t.header.fundTotal?.amount,
      t.header.fundFiscal?.amount,
      t.header.fundOther?.amount,
    ]).toEqual([65, 60, 60, 0]);
  });

  test("a single 资金总额 is the year's", () => {
    const t = table([
      ["项目支出目标申报表"],
      ["项目名称", "X"],
      ["项目资金申请(万元)", "资金总额:", "438.768"],
      ["", "财政拨款:", "438.768"],
      ["", "其他:", ""],
    ]);
    expect(t.header.fundTotal?.amount).toBe(438.768);
    expect(t.header.fundProjectTotal).toBeNull();
  });

  test("the goal under sub-labels: the annual one's cell on the next row", () => {
    const t = table([
      ["项目支出绩效目标表"],
      ["项目名称", "X"],
      ["总体目标", "中期目标", "年度目标"],
      ["", "三年完成", "今年完成3所"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    ]);
    expect(t.header.goal?.value?.text).toBe("今年完成3所");
    expect(t.goalParts.map((p) => p.text)).toEqual(["今年完成3所"]);
  });

  test("a goal running over continuation rows is one goal", () => {
    const t = table([
      ["项目支出绩效目标表"],
      ["项目名称", "X"],
      ["年度总体目标", "目标1: 培训200人"],
      ["", "目标2: 考核合格率95%"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    ]);
    expect(t.goalParts.map((p) => p.text)).toEqual(["目标1: 培训200人", "目标2: 考核合格率95%"]);
  });

  test("a form with only 项目总体情况: its text stands for the goal, and says so", () => {
    const t = table([
      ["项目支出目标申报表"],
      ["项目名称", "X"],
      ["项目总体情况", "主要用于学校日常办公"],
      ["一级", "二级", "三级", "年度数值"],
    ]);
    expect(t.header.goal?.value?.text).toBe("主要用于学校日常办公");
    expect(t.repairs.map((r) => r.kind)).toContain("goal-from-overview");
  });

  test("a label and value typed into one cell, and the form's own fields", () => {
    const t = table([
      ["项目支出绩效目标审批表"],
      ["预算单位: 某乡人民政府"],
      ["项目名称", "X", "项目分类", "房屋类"],
      ["建设周期", "2023年4月-2024年2月"],
    ]);
    expect(t.header.department?.value?.text).toBe("某乡人民政府");
    expect(t.header.category?.value?.text).toBe("房屋类");
    expect(t.header.period?.value?.text).toBe("2023年4月-2024年2月");
    expect(t.form.fields).toEqual(["department", "projectName", "category", "period"]);
    expect(t.repairs.map((r) => r.kind)).toContain("glued-label");
  });

  test("the year from the year line, the title, or the project name; an unreadable year line is a candidate", () => {
    expect(table([["项目支出绩效目标表"], ["2020年度)"], ["项目名称", "X"]]).year).toBe(2020);
    expect(table([["某部门专项(绩效目标)申报表2021年度"], ["项目名称", "X"]]).yearFormat).toBe("title");
    const named = table([["绩效目标申报表"], ["项目名称", "2018年市级专项扶贫资金"]]);
    expect([named.year, named.yearFormat]).toEqual([2018, "project-name"]);
    const odd = table([["项目支出绩效目标表"], ["二〇二四年度"], ["项目名称", "X"]]);
    expect([odd.year, odd.yearCandidate?.text]).toEqual([null, "二〇二四年度"]);
  });

  test("a titleless table: a year line and an unknown title above it are read within the look-back", () => {
    const g = grid([["项目绩效目标情况表"], [], ["(2024年度)"], ["项目名称", "X"]]);
    const h = parseHeader(g, { top: 3, bottom: 3 });
    expect([h.year, h.titleCandidate?.text]).toEqual([2024, "项目绩效目标情况表"]);
  });
});

describe("column map", () => {
  const map = (rows: string[][]) => readColumnMap(grid(rows), 0, rows.length - 1);

  test("roles in any order, extras never the value", () => {
    const m = map([
      ["指标解释", "三级指标", "分值", "一级指标", "指标值", "二级指标"],
      ["说明", "培训人数", "10", "产出指标", "≥200人", "数量指标"],
    ]);
    expect(m.roles.map((x) => `${x.role}@${x.col}`)).toEqual([
      "explanation@0",
      "level3@1",
      "score@2",
      "level1@3",
      "value@4",
      "level2@5",
    ]);
  });

  test("a 指标方向 / 指标性质 column is an operator or a direction column by what it holds; the value then is the number", () => {
    const m = map([
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位"],
      ["产出指标", "数量指标", "出差人次", "正向", "=", "24", "人/次"],
      ["产出指标", "质量指标", "完成率", "正向", "≥", "100", "%"],
    ]);
    expect(m.roles.map((x) => x.role)).toEqual([
      "level1",
      "level2",
      "level3",
      "direction",
      "operator",
      "number",
      "unit",
    ]);
    expect(positionsOf(m).valueCol).toBe(5);
  });

  test("side-by-side blocks: the annual one is kept, the long-term one skipped", () => {
    const m = map([
      [
        "一级指标",
        "二级指标(长期)",
        "三级指标(长期)",
        "指标值(长期)",
        "二级指标(年度)",
        "三级指标(年度)",
        "指标值(年度)",
      ],
    ]);
    expect(m.skipped).toEqual([1, 2, 3]);
    expect(positionsOf(m)).toEqual({ level1Col: 0, level2Col: 4, level3Col: 5, valueCol: 6 });
  });

  test("an unnamed column right of an extra column shares its role (a merged header)", () => {
    const m = map([["一级指标", "二级指标", "三级指标", "指标值", "指标解释", ""]]);
    expect(roleAt(m, 5)).toBe("explanation");
    expect(roleAt(m, 3)).toBe("value");
  });
});

describe("rows", () => {
  const head = [["项目支出绩效目标表"], ["(2024年度)"], ["项目名称", "X"]];

  test("一级 / 二级 repeated on every row make one 一级 and one 二级 block", () => {
    const t = table([
      ...head,
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "甲", "1个"],
      ["产出指标", "数量指标", "乙", "2个"],
      ["产出指标", "质量指标", "丙", "100%"],
    ]);
    expect(t.level1).toHaveLength(1);
    expect(t.level2.map((b) => [b.name, b.indicators.length])).toEqual([
      ["数量指标", 2],
      ["质量指标", 1],
    ]);
  });

  test("a split value is composed from operator, number and unit; a numeric unit cell is not a unit", () => {
    const t = table([
      ...head,
      ["一级指标", "二级指标", "三级指标", "指标方向", "目标值", "计量单位", "分值"],
      ["产出指标", "数量指标", "出差人次", "=", "24", "人/次", "4"],
      ["产出指标", "时效指标", "到位时间", "=", "44,561", "44,561", "10"],
    ]);
    expect(t.indicators.map((i) => [i.valueText, i.valueCell.col, i.extras.score?.text])).toEqual([
      ["=24人/次", 4, "4"],
      ["=44,561", 4, "10"],
    ]);
    expect(t.indicators[0]?.valueParts.map((p) => p.col)).toEqual([3, 4, 5]);
    expect(t.repairs.map((r) => r.kind)).toEqual(expect.arrayContaining(["value-composed", "unit-column-not-unit"]));
  });

  test("a label wrapped over two rows is one label; a 一级 with one 二级 in the form implies it", () => {
    const t = table([
      ...head,
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "甲", "1个"],
      ["社会公众或服务", "", "政策满意度", "≥90%"],
      ["对象满意度指标"],
    ]);
    const last = t.indicators[t.indicators.length - 1];
    expect([last?.level1, last?.level2, last?.valueText]).toEqual(["满意度指标", "服务对象满意度指标", "≥90%"]);
    expect(t.repairs.map((r) => r.kind)).toEqual(expect.arrayContaining(["label-wrapped", "level2-inferred"]));
  });

  test("approval, signature and footnote rows are not indicators", () => {
    const t = table([
      ...head,
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
      ["区扶贫办审核意见", "(盖章)"],
      ["注:各地请根据实际情况选择填报"],
    ]);
    expect(t.indicators.map((i) => i.name)).toEqual(["群众满意度"]);
    expect(t.repairs.filter((r) => r.kind === "noise-row")).toHaveLength(2);
  });

  test("the 绩效指标 label repeated on the first data row, or written vertically, is not content", () => {
    const t = table([
      ...head,
      ["绩 效 指 标", "一级 指标", "二级指标", "三级指标", "指标值"],
      ["绩效指标", "产出指标", "数量指标", "甲", "1个"],
    ]);
    expect(t.indicators.map((i) => [i.name, i.level1, i.level2, i.valueText])).toEqual([
      ["甲", "产出指标", "数量指标", "1个"],
    ]);
  });

  test("long-term columns of side-by-side blocks are not read", () => {
    const t = table([
      ...head,
      [
        "一级指标",
        "二级指标(长期)",
        "三级指标(长期)",
        "指标值(长期)",
        "二级指标(年度)",
        "三级指标(年度)",
        "指标值(年度)",
      ],
      ["产出指标", "数量指标", "长期甲", "9所", "数量指标", "年度甲", "3所"],
    ]);
    expect(t.indicators.map((i) => [i.name, i.valueText])).toEqual([["年度甲", "3所"]]);
    expect(t.repairs.map((r) => r.kind)).toContain("side-block-skipped");
  });

  test("without a header row the template's columns count from the 项目名称 label", () => {
    const g = grid([...head, ["", "产出指标", "数量指标 (必填量化)", "指标1: 甲", "1个"]]);
    const t = parseTable(g, { top: 0, bottom: 3 }, 0);
    expect([t.indicatorHeader, t.indicators[0]?.valueText]).toEqual([null, "1个"]);
  });
});

describe("fund blocks", () => {
  test("lines by source are kept; a tree without a total line gets the sum of its lines, and says so", () => {
    const bySource = table([
      ["项目支出绩效目标表"],
      ["项目名称", "X"],
      ["项目资金", "年度资金总额", "10"],
      ["", "其中:中央资金", "6"],
      ["", "上年结转", "4"],
    ]);
    expect(bySource.fundSources.map((s) => [s.label.text, s.amount])).toEqual([
      ["其中:中央资金", 6],
      ["上年结转", 4],
    ]);
    const noTotal = table([
      ["项目支出绩效目标表"],
      ["项目名称", "X"],
      ["项目资金", "其中:财政拨款", "30"],
      ["", "其他资金", "5"],
    ]);
    expect([noTotal.header.fundTotal?.amount, noTotal.repairs.map((r) => r.kind)]).toEqual([
      35,
      ["fund-total-derived"],
    ]);
  });
});

test("a sentence that mentions the table is not a title", () => {
  expect(isTitle("这里没有绩效目标表")).toBe(false);
  expect(isTitle("请按绩效目标表填写")).toBe(false);
  expect(isTitle("2024年项目支出绩效目标表")).toBe(true);
  expect(isTitle("专项转移支付(区域)绩效目标表")).toBe(true);
});

test("hostile label text: a glued score after 32 767 digits and an indicator number of 32 000 digits parse, in linear time", () => {
  const digits = "9".repeat(32_767);
  expect(labelCore(`成本指标${digits}分`)).toBe("成本指标");
  const t = table([
    ["项目支出绩效目标表"],
    ["项目名称", "X"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", `指标${"1".repeat(32_000)}: 培训人数`, "200人"],
  ]);
  expect(t.indicators[0]?.prefix?.number).toBeNull();
});

test("a cell reading `constructor` after a goal label is the goal, not a sub-label", () => {
  const t = table([["项目支出绩效目标表"], ["项目名称", "X"], ["年度总体目标", "constructor"]]);
  expect(t.header.goal?.value?.text).toBe("constructor");
});

describe("issue 10: columns a form marks required, split value types, weights on label rows", () => {
  // 湖南 岳阳楼区 2023 (rules.md S22): 指标值类型 | *指标值 | 计量单位 | *指标解释 | *评(扣)分标准 | 备注
  const s22 = () =>
    table([
      ["项目支出绩效目标表"],
      ["项目名称", "价格认证"],
      ["一级指标", "二级指标", "三级指标", "指标值类型", "*指标值", "计量单位", "*指标解释", "*评(扣)分标准", "备注"],
      ["产出指标", "数量指标", "认证件数", "定量", "≥200", "件", "口径", "标准", ""],
      ["", "成本指标", "认证经费", "定量", "28.8万元", "%", "口径", "标准", ""],
      ["", "质量指标", "合格率", "定量", "100", "%", "口径", "标准", ""],
    ]);

  test("a `*` before a column header is the form's required mark, not part of the name", () => {
    expect(columnRoleOf("*指标解释")).toEqual({ role: "explanation", note: "" });
    expect(columnRoleOf("＊评(扣)分标准")?.role).toBe("standard");
    expect(columnRoleOf("*指标值")?.role).toBe("value");
    const t = s22();
    expect(t.columns?.roles.map((x) => `${x.role}:${x.label}`)).toEqual([
      "level1:一级指标",
      "level2:二级指标",
      "level3:三级指标",
      "direction:指标值类型",
      "number:*指标值",
      "unit:计量单位",
      "explanation:*指标解释",
      "standard:*评(扣)分标准",
      "remark:备注",
    ]);
    expect(t.indicators[0]?.extras.direction?.text).toBe("定量");
  });

  test("a figure with its own operator or unit keeps them; the columns' are not added twice", () => {
    const t = s22();
    expect(t.indicators.map((i) => i.valueText)).toEqual(["≥200件", "28.8万元", "100%"]);
    // the unit column stays among the parts, for a rule to compare with the value's own unit
    expect(t.indicators[1]?.valueParts.map((p) => p.text)).toEqual(["28.8万元", "%"]);
  });

  test("a 分值 on a 一级 or 二级 label row of its own is that level's set weight", () => {
    const t = table([
      ["项目支出绩效目标表"],
      ["项目名称", "X"],
      ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
      ["产出指标", "", "", "", "50"],
      ["", "数量指标", "", "", "30"],
      ["", "", "培训人数", "≥200人", "30"],
      ["", "质量指标", "合格率", "≥95%", "20"],
    ]);
    expect(t.level1.map((l) => l.score?.text ?? null)).toEqual(["50"]);
    expect(t.level2.map((b) => [b.name, b.score?.text ?? null])).toEqual([
      ["数量指标", "30"],
      ["质量指标", null],
    ]);
    expect(t.indicators.map((i) => i.extras.score?.text)).toEqual(["30", "20"]);
  });
});
