// The shipped policies. Each says where its requirements come from; what it does not say it takes from the policy
// it extends. Sources are the forms in tests/fixtures/real-tables and the seed, and ../shared/review-criteria.md §3.
import type { Policy } from "./schema";

/** Every province's form has these two; the rest is each policy's. */
const NAME_AND_FUND = ["projectName", "fundTotal", "goal"] as const;

export const NATIONAL: Policy = {
  id: "national",
  name: "全国通用（财政部模板）",
  source:
    "财政部项目支出绩效目标表模板（财预〔2021〕101号及此前的88号框架）：必填二级指标取模板的必填标注；表头只要求各地表样都有的项目名称、年度资金总额和年度目标（没有目标栏的表样以项目概况代替）；满意度下限80%。",
  requiredHeaderFields: [...NAME_AND_FUND],
  // the national template has no 指标解释 / 评分标准 / 权重 columns; a province's form adds them
  requiredColumns: [],
  defaultRequired: [
    "数量指标",
    "质量指标",
    "时效指标",
    "成本指标",
    "社会效益指标",
    "可持续影响指标",
    "服务对象满意度指标",
  ],
  rules: {},
  options: {},
};

export const PRESETS: ReadonlyArray<Policy> = [
  NATIONAL,
  {
    id: "ningxia",
    name: "宁夏（项目支出预算绩效目标表）",
    extends: "national",
    source:
      "宁夏回族自治区 沙坡头区2024年项目支出预算绩效目标表（样例21张）：表头七栏（项目名称、主管部门及代码、实施单位、项目属性、项目期、项目资金、年度总体目标）均为必填；满意度目标样表中为≥85%～≥95%，下限取85%。",
    requiredHeaderFields: ["projectName", "department", "implementingUnit", "attribute", "period", "fundTotal", "goal"],
    options: { "satisfaction-threshold": { floor: 85 } },
  },
  {
    id: "hubei",
    name: "湖北（项目支出绩效目标申报表）",
    extends: "national",
    source:
      "湖北武汉青山区2020、2021年公开的绩效目标表：表头有项目属性、项目起止时间，资金分资金总额与当年资金总额两栏；满意度目标≥90%；预算一体化系统在湖北不拦截重名的三级指标（review-criteria §3.1）。",
    requiredHeaderFields: ["projectName", "department", "implementingUnit", "attribute", "period", "fundTotal", "goal"],
    rules: { "duplicate-indicator": "info" },
    options: { "satisfaction-threshold": { floor: 90 } },
  },
  {
    id: "anhui",
    name: "安徽（项目支出绩效目标表）",
    extends: "national",
    source:
      "安徽六安金安区2025年绩效目标表：表头为项目名称、主管部门及代码、实施单位、项目来源、项目期、项目资金、年度目标（以项目来源代替项目属性）；预算一体化系统在安徽不拦截重名的三级指标（review-criteria §3.1）；该系统的“不适用”选项写作“本指标不适用此项目”（review-criteria C44，T7）。",
    requiredHeaderFields: ["projectName", "department", "implementingUnit", "category", "period", "fundTotal", "goal"],
    naMarkers: ["本指标不适用此项目"],
    rules: { "duplicate-indicator": "info" },
  },
  {
    id: "hunan",
    name: "湖南（绩效目标申报表）",
    extends: "national",
    source:
      "湖南岳阳县2022年、南岳区2018年绩效目标申报表：表头为项目名称、主管部门、实施单位、资金情况、总体目标（无项目属性、项目期）；湘潭2023年满意度目标≥90%（review-criteria §3.1）；岳阳楼区价格认证鉴定中心2023年度整体绩效目标表的指标栏为“指标值类型 | *指标值 | 计量单位 | *指标解释 | *评(扣)分标准 | 备注”，标“*”的指标解释、评(扣)分标准为必填（rules.md S22，review-criteria C9）。",
    requiredHeaderFields: ["projectName", "department", "implementingUnit", "fundTotal", "goal"],
    requiredColumns: ["explanation", "standard"],
    options: { "satisfaction-threshold": { floor: 90 } },
  },
  {
    id: "shandong",
    name: "山东（项目支出目标申报表）",
    extends: "national",
    source:
      "山东临邑县2025年项目支出目标申报表：表头为项目名称、项目主管部门、项目资金申请、项目总体情况（无实施单位、项目属性、项目期）。",
    requiredHeaderFields: ["projectName", "department", "fundTotal", "goal"],
  },
  {
    id: "neimenggu",
    name: "内蒙古（项目绩效目标表）",
    extends: "national",
    source:
      "内蒙古乌海市2021年项目绩效目标表：表头为项目名称、项目类别、主管部门、实施单位、投入目标、年度目标；指标值分指标性质、指标方向、目标值、计量单位、分值各栏；指标栏表头注明“权重分值90分，其中产出指标权重分值50分，效益指标权重分值30分，满意度指标权重分值10分”，分值合计取90。",
    requiredHeaderFields: ["projectName", "department", "implementingUnit", "fundTotal", "goal"],
    options: { "weight-sum": { total: 90 } },
  },
  {
    id: "chongqing",
    name: "重庆（项目支出绩效目标审批表）",
    extends: "national",
    source:
      "重庆奉节县2023年项目支出绩效目标审批表（2021版模板，成本指标列首）：表头为项目名称、项目分类、建设周期、业务主管部门、实施单位、年度主要目标和成果，资金分项目总预算与当年年度预算；指标另有分值、指标解释栏，“年度绩效目标(90分)”加资金栏“预算执行 10分”，指标分值合计取90。",
    requiredHeaderFields: ["projectName", "department", "implementingUnit", "category", "period", "fundTotal", "goal"],
    options: { "weight-sum": { total: 90 } },
  },
];
