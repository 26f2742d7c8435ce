import { tableTitleMissing } from "../../src/core/rules/document/table-title-missing";
import { ruleTester } from "../helpers/rule-tester";

ruleTester(tableTitleMissing, {
  valid: [
    { name: "clean table" },
    { name: "title L3 `项目支出预算绩效目标表` in every stacked table", tables: [{}, {}, {}] },
    { name: "申报表 wording (S20)", tables: [{ title: "项目支出绩效目标申报表" }] },
    // titles of other provinces' forms (tests/fixtures/real-tables): the catalogue accepts them
    {
      name: "审批表 with the project in front (重庆)",
      tables: [{ title: "2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表" }],
    },
    { name: "项目支出目标申报表 (山东)", tables: [{ title: "项目支出目标申报表" }] },
    { name: "绩效目标申报表(基础设施建设类) (湖南)", tables: [{ title: "绩效目标申报表(基础设施建设类)" }] },
    { name: "<project>项目绩效目标表 (内蒙古)", tables: [{ title: "再生资源回收市场管理经费项目绩效目标表" }] },
    {
      name: "部门专项(绩效目标)申报表 with its year (湖北)",
      tables: [{ title: "青山区部门预算部门专项(绩效目标)申报表2021年度" }],
    },
    { name: "title carrying the year (S19)", tables: [{ title: "自治区本级部门2024年项目支出预算绩效目标表" }] },
  ],
  invalid: [
    {
      name: "a table with no title at all",
      tables: [{ title: "" }],
      errors: [{ row: 3, messageId: "missing", cell: "A3" }],
    },
    {
      name: "a second table pasted under the first without its title",
      tables: [{}, { title: "" }],
      errors: [{ row: 23, messageId: "missing" }],
    },
    {
      name: "a misspelt title is pointed at, with the canonical spelling",
      // `项目绩效目标表` itself is a catalogue title now (内蒙古: `<project>项目绩效目标表`); this one is not
      tables: [{ title: "项目绩效目标情况表" }],
      errors: [{ row: 1, messageId: "misspelt", cell: "A1", suggestions: ["项目支出预算绩效目标表"] }],
    },
  ],
});
