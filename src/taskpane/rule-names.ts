// Short Chinese names of the rules, shown beside the id in the pane and as the help page's section titles. Kept
// here, keyed by id, rather than in each rule's meta: rules are being added in parallel, and a test
// (tests/taskpane/rule-names.test.ts) fails for a registered rule or sub-id without a name.
export const RULE_NAMES: Readonly<Record<string, string>> = {
  // document
  "table-title-missing": "缺少表格标题",
  "budget-year-missing": "缺少预算年度",
  "budget-year-format": "年度行写法不规范",
  "header-field-missing": "表头栏目未填写",
  "header-label-variant": "栏目名不规范（含空格或别名）",
  "dept-code-missing": "主管部门缺少编码",
  "implementing-unit-vague": "实施单位写法笼统",
  "unit-name-inconsistent": "单位名称前后不一致",
  "project-attribute-invalid": "项目属性填写错误",
  "project-period-invalid": "项目期写法错误",
  "fund-not-number": "资金不是数字",
  "fund-sum-mismatch": "资金合计不符",
  "goal-missing": "年度总体目标未填写",
  "goal-amount-mismatch": "目标金额与资金不符",
  "goal-year-mismatch": "目标年份与预算年度不符",
  "goal-vague": "年度目标不可衡量",
  "goal-is-work-list": "年度目标只列工作内容",
  // structure
  "indicator-header-missing": "缺少指标表头行",
  "level1-invalid": "一级指标名称错误",
  "level2-in-level1-column": "二级指标写在一级列",
  "level2-wrong-parent": "二级指标放错一级",
  "generation-mixed": "新旧模板混用",
  "required-level2-missing": "缺少必填二级指标",
  "optional-level2-absent": "选填二级指标未列出",
  "required-level3-missing": "必填二级缺少三级指标",
  "required-marked-na": "必填指标写“不涉及”或留空",
  "name-without-value": "有指标名无指标值",
  "optional-empty-placeholder": "选填指标留有空占位",
  "quantified-value-required": "应量化的指标未量化",
  "indicator-numbering": "指标编号不规范",
  "multiple-indicators-in-cell": "一格写了多个指标",
  "row-misaligned": "指标行错列",
  "duplicate-indicator": "三级指标重复",
  "required-column-empty": "必填列未填写",
  "weight-sum": "分值合计不符",
  // value
  "value-unparseable": "指标值无法识别",
  "placeholder-value": "仍是模板占位符",
  "value-undetermined": "指标值写“待定”",
  "value-type-column-mismatch": "分栏指标值不一致",
  "operator-direction": "运算符方向错误",
  "operator-word": "运算符用文字表示",
  "unit-missing": "缺少计量单位",
  "unit-name-mismatch": "单位与指标不符",
  "percent-out-of-range": "百分比超出范围",
  "range-value": "指标值写成区间",
  "compound-value": "一格写了多个数值",
  "vague-qualitative": "定性表述笼统",
  "value-type-mismatch": "指标值类型与二级指标不符",
  // time
  "time-outside-budget-year": "时间不在预算年度内",
  "time-value-format": "时效指标写法不规范",
  "year-token-mismatch": "年份与预算年度不符",
  // cost
  "cost-exceeds-budget": "成本超过资金总额",
  "cost-below-budget": "成本远低于资金总额",
  "cost-derived-mismatch": "测算成本与资金不符",
  "cost-unverifiable": "成本无法测算",
  "cost-range-exceeds-budget": "区间上限超过资金总额",
  "money-in-quantity": "数量指标写了金额",
  "non-cost-in-cost": "成本指标不是金额",
  "cost-per-unit-over-standard": "单位成本超过支出标准",
  "quantity-cost-consistency": "成本人数与数量指标不符",
  // benefit
  "satisfaction-format": "满意度写法错误",
  "satisfaction-threshold": "满意度目标偏低",
  "satisfaction-subject": "满意度评价主体不当",
  "benefit-misclassified": "效益指标归类不当",
  "satisfaction-as-benefit": "用满意度代替效益",
  "benefit-vs-goal-relevance": "效益指标照抄目标",
  // relevance
  "benefit-boilerplate": "效益指标只写套话",
  "process-indicator": "用过程指标充当产出效益",
  "output-as-benefit": "产出与效益指标混放",
  "target-conservative": "目标值整体偏保守",
  "target-below-history": "目标低于上年实际值",
  "goal-indicator-mismatch": "目标数量无对应指标",
  "indicator-relevance-low": "指标与项目无关",
  // hygiene
  "cross-table-duplicate": "两表内容雷同",
  "personal-data": "含个人信息",
  "typo-duplicated-word": "文字重复",
};

/** The rule's Chinese name; its id when it has none yet (a rule added since). */
export function ruleName(id: string): string {
  return RULE_NAMES[id] ?? id;
}
