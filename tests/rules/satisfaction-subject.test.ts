import { satisfactionSubject } from "../../src/core/rules/benefit/satisfaction-subject";
import { ruleTester } from "../helpers/rule-tester";
import { indicatorRow, withIndicator, type IndicatorRow } from "../helpers/table-builder";

const row = indicatorRow("服务对象满意度指标");
const sat = (name: string): IndicatorRow[] =>
  withIndicator("服务对象满意度指标", ["满意度指标", "服务对象满意度指标 (必填量化)", `指标1: ${name}`, "≥90%"]);

ruleTester(satisfactionSubject, {
  valid: [
    { name: "clean table" },
    {
      name: "beneficiaries rate (L113)",
      tables: [{ name: "党内关怀帮扶本级配套资金", indicators: sat("受助党员的满意度") }],
    },
    {
      name: "applicants rate (L69)",
      tables: [{ name: "事业单位公开招聘工作人员面试考务费用", indicators: sat("报考人员对公开招聘的满意度") }],
    },
    {
      name: "recipients rate (L344)",
      tables: [{ name: "实习大学生就业见习补助", indicators: sat("接受生活补贴人员满意度") }],
    },
    {
      name: "trainees rate in a training project (L297)",
      tables: [{ name: "干部教育培训费", indicators: sat("培训学员满意度") }],
    },
    {
      name: "staff named as trainees",
      tables: [{ name: "企业经营管理培训经费", indicators: sat("参训管理人员满意度") }],
    },
    {
      name: "the project serves those staff",
      tables: [{ name: "基层工作人员培训经费", indicators: sat("工作人员满意度") }],
    },
    {
      name: "the public rates a non-training project",
      tables: [{ name: "农村人居环境整治经费", indicators: sat("村(居)民满意度") }],
    },
    { name: "no name", tables: [{ indicators: sat("") }] },
  ],
  invalid: [
    {
      name: "implementing staff rate their own work (L23)",
      tables: [{ name: "基层党建工作经费", indicators: sat("基层党建工作人员满意度") }],
      errors: [{ row, messageId: "staff", cell: `D${row}`, messageIncludes: "工作人员", suggestions: [] }],
    },
    {
      name: "archive staff rate their own platform (L433)",
      tables: [{ name: "数字档案集中管理平台建设", indicators: sat("档案管理人员工作满意度") }],
      errors: [{ row, messageId: "staff", messageIncludes: "管理人员" }],
    },
    {
      name: "residents rate a secretaries' training (L135)",
      tables: [{ name: "村、社区党组织书记培训经费", indicators: sat("村(居)民满意度") }],
      errors: [{ row, messageId: "trainingPublic", messageIncludes: "参训学员满意度", suggestions: [] }],
    },
    {
      name: "the public rates a training",
      tables: [{ indicators: sat("群众满意度") }],
      errors: [{ row, messageId: "trainingPublic", messageIncludes: "群众" }],
    },
  ],
});
