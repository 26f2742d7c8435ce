// English renderings of rule messages, keyed `ruleId/messageId` (ruleId is the rule's meta.id, also for messages
// reported under a sub-id). zh-CN, in each rule's meta.messages, is the default and the source text: every entry keeps
// exactly the zh-CN template's {{placeholders}}; labels and example texts a clerk types into cells stay in Chinese.
// One entry per message of every rule, sorted by key (tests/i18n/en.test.ts checks both).
export const EN_MESSAGES: Readonly<Record<string, string>> = {
  "benefit-boilerplate/boilerplate":
    "{{level2}} “{{name}}” with the target “{{value}}” is boilerplate: it shows no measurable effect of the project, and reviewers usually return it with “建议增加明确效益指标” (add a clear benefit indicator). State a specific effect on the service recipients or society with a target, e.g. “{{example}}”.",
  "benefit-misclassified/ecoAwareness":
    "The ecological benefit indicator (生态效益指标) “{{name}}” measures people's attention or awareness, and neither the project name nor the goal concerns the environment, so it is a social benefit. An ecological benefit states the project's actual impact on the environment, e.g. “空气质量优良天数比例 ≥85%”; if the project truly has no ecological benefit, say so as the filing rules require.",
  "benefit-misclassified/ecoNoKeyword":
    "The ecological benefit indicator (生态效益指标) “{{name}}” has nothing to do with the environment (no effect on energy saving, emissions, pollution control, greening, air, water, soil, etc. is apparent). If it is a social effect, move it to 社会效益指标 (social benefit); an ecological benefit states the project's actual impact on the environment, e.g. “空气质量优良天数比例 ≥85%”.",
  "benefit-misclassified/econNoKeyword":
    "The economic benefit indicator (经济效益指标) “{{name}}” shows no economic effect (such as income growth, savings, output value, jobs or tax revenue). If it is a social effect, move it to 社会效益指标 (social benefit); an economic benefit states a measurable economic result, e.g. “带动受益群众人均增收 ≥500元”.",
  "benefit-vs-goal-relevance/goalCopy":
    "{{level2}} “{{name}}” copies wording from the annual overall goal: it merely restates the goal and gives nothing to assess the effect against. State a specific, measurable effect of the project, e.g. “{{example}}”.",
  "benefit-vs-goal-relevance/rowCopy":
    "{{level2}} “{{name}}” is the same level-3 indicator as the one under {{otherLevel2}} on row {{row}}. Different level-2 indicators should measure different effects; rewrite it to fit what “{{level2}}” means, e.g. “{{example}}”.",
  "budget-year-missing/format":
    "The year line “{{text}}” reads as {{year}} but is not in the standard form; write “{{example}}” instead.",
  "budget-year-missing/missing":
    "No budget year found for project “{{project}}”. On the row below the title, enter the year the budget is prepared for, e.g. “{{example}}”.",
  "budget-year-missing/unreadable":
    "The year line “{{text}}” cannot be read as a budget year. Write it as “{{example}}” (brackets, a four-digit year, then “年度”).",
  "budget-year-missing/useCanonical": "Change to “{{example}}”",
  "compound-value/compound":
    "The target value “{{value}}” contains {{count}} figures ({{parts}}), which cannot be assessed one by one. Split it into {{count}} level-3 indicators with one value each, e.g. “指标1: …数量 | {{first}}”.",
  "cost-below-budget/belowDerived":
    "Computed as quantity × standard × periods, the cost is {{formula}} = {{sum}} 万元, only {{pct}}% of the annual total of {{total}} 万元, leaving {{gap}} 万元 unexplained. Check the headcount and the subsidy standard, or add cost indicators for the remaining spending (e.g. “其他支出 ≤{{gap}}万元”), so that the costs add up to the budget.",
  "cost-below-budget/belowTotals":
    "The cost indicator amounts add up to {{sum}} 万元, only {{pct}}% of the annual total of {{total}} 万元, leaving {{gap}} 万元 without a cost indicator. Add cost indicators for the remaining spending (e.g. “其他支出 ≤{{gap}}万元”), or check the annual total.",
  "cost-derived-mismatch/countBound":
    "The quantity indicator “{{count}}” gives only an upper bound, so the cost indicator “{{value}}” cannot be checked against the annual total of {{total}} 万元. {{implied}}State the number planned for this year, e.g. “≥{{example}}{{unit}}”.",
  "cost-derived-mismatch/denominators":
    "The cost indicator “{{value}}” has two or more denominators (e.g. “元/人/天”) and the table lacks the matching headcount or number of days, so it cannot be checked against the annual total of {{total}} 万元. State the headcount and days in the quantity indicators, or rewrite it as a checkable standard such as “元/人/年”.",
  "cost-derived-mismatch/noCount":
    "The cost indicator “{{value}}” is a per-unit standard, but the table has no matching quantity (people, items), so it cannot be checked whether quantity × standard × periods equals the annual total of {{total}} 万元. {{implied}}State the number of recipients in the quantity indicators, e.g. “补贴发放人数 ≥{{example}}{{unit}}”.",
  "cost-derived-mismatch/over":
    "Computed as quantity × standard × periods, the cost is {{formula}} = {{sum}} 万元, {{ratio}} times the annual total of {{total}} 万元. {{hint}}Check that the headcount is this year's actual number of recipients and the standard is this year's, so that their product matches the budget.",
  "cost-exceeds-budget/exceeds":
    "The total-type amounts in the cost indicators add up to {{sum}} 万元 ({{items}}), exceeding the annual total of {{total}} 万元 by {{over}} 万元. Cost indicators must not exceed the budget: reduce the amounts so that they add up to no more than {{total}} 万元, e.g. scale “{{firstName}}” down to “≤{{firstScaled}}万元”; if the budget really has changed, revise the annual overall goal as well.",
  "cost-per-unit-over-standard/overStandard":
    "The unit cost “{{value}}” of the cost indicator “{{name}}” ({{yuan}} 元/{{per}}) exceeds the budget expenditure standard of {{max}} 元/{{per}}{{source}}. Cost targets must not exceed the prescribed expenditure standards; set the target by the standard, e.g. “≤{{max}}元/{{per}}”.",
  "cost-range-exceeds-budget/lower":
    "Even at the lower bounds of quantity and standard, the cost is {{formula}} = {{lo}} 万元 (upper bound {{hi}} 万元), more than the annual total of {{total}} 万元. Check the headcount and the standard, e.g. quantity “{{countExample}}” and standard “≤{{rateExample}}元/{{unit}}” ({{check}}).",
  "cost-range-exceeds-budget/totalRange":
    "The cost indicator “{{value}}” is a range; at its upper bound of {{hi}} 万元 it exceeds the annual total of {{total}} 万元. A range does not pin down the actual cost: give an amount within the budget, e.g. “≤{{totalWan}}万元”.",
  "cost-range-exceeds-budget/upper":
    "At the upper bounds of quantity and standard, the cost can reach {{formula}} = {{hi}} 万元, more than the annual total of {{total}} 万元{{lowNote}}. A range does not pin down the actual cost: give a quantity and a standard consistent with the budget, e.g. quantity “{{countExample}}” and standard “≤{{rateExample}}元/{{unit}}” ({{check}}).",
  "cross-table-duplicate/duplicate":
    "This project shares {{shared}} identical level-3 indicators and target values with “{{others}}”{{standard}}, which may mean the same funds are claimed twice. Check whether the projects overlap in the use of funds, recipients and period; if they do not, tell them apart in the indicators by each project's recipients, headcount and standard, e.g. a quantity indicator “本项目补贴的××乡镇人员 50人”.",
  "dept-code-missing/addSpace": "Change to “{{fixed}}”",
  "dept-code-missing/glued":
    "In “{{text}}” the budget code runs into the unit name; separate them with a space: “{{fixed}}”.",
  "dept-code-missing/noCode":
    "“主管部门及代码” (department and code) gives only the name “{{text}}”, without a budget code. Add the budget code assigned by the finance department, e.g. “35005001 {{text}}” (use the code of your own level of government).",
  "duplicate-indicator/otherLevel2":
    "The level-3 indicator “{{name}}” repeats the one on row {{firstRow}} ({{firstLevel2}}); the same content cannot serve as both “{{firstLevel2}}” and “{{level2}}”. Rewrite this row to fit what “{{level2}}” means, with a concrete indicator and figure for that kind of effect.",
  "duplicate-indicator/sameLevel2":
    "The level-3 indicator “{{name}}” appears twice under “{{level2}}” (already on row {{firstRow}}). Delete the duplicate row, or rewrite it to measure something else.",
  "fund-not-number/formulaError":
    "The {{label}} cell shows the formula error “{{text}}”, so the amount cannot be read. Check the formula references, or enter a number in 万元 directly, e.g. “10”.",
  "fund-not-number/keepNumber": "Change to “{{fixed}}”",
  "fund-not-number/negative":
    "{{label}} is {{value}}; an amount cannot be negative. Enter a non-negative number in 万元, or “0” if there is none.",
  "fund-not-number/notNumber":
    "{{label}} “{{text}}” is not a number. The funding cells take only a number in 万元 (10,000 yuan), e.g. “10” or “343.183”.",
  "fund-not-number/notPositive":
    "年度资金总额 (annual total) is {{value}}; it must be greater than 0. Enter this year's total funding in 万元, e.g. “10”.",
  "fund-not-number/withUnit":
    "{{label}} “{{text}}” includes a unit. The column heading already says “(万元)”, so the cell takes only the number; change it to “{{fixed}}”{{note}}.",
  "fund-sum-mismatch/mismatch":
    "年度资金总额 (annual total) {{total}} 万元 does not equal 财政拨款 (fiscal appropriation) {{fiscal}} 万元 + 其他资金 (other funds) {{other}} 万元 = {{sum}} 万元 (a difference of {{diff}} 万元). Check the three amounts so that 年度资金总额 = 财政拨款 + 其他资金, e.g. change the total to “{{sum}}”.",
  "fund-sum-mismatch/sourcesMismatch":
    "年度资金总额 (annual total) {{total}} 万元 does not equal the sum of its sources, {{sum}} 万元 ({{parts}}; a difference of {{diff}} 万元). Check the amounts so that the total equals the sum of the sources.",
  "generation-mixed/mixed":
    "This table mixes two template versions: the “成本指标” on row {{legacyRow}} sits under 产出指标 (old template), while “{{text}}” here belongs to the 2021 template (财预〔2021〕101号, where 成本指标 is a level-1 indicator with 经济成本, 社会成本 and 生态环境成本指标 below it). Use one version throughout: old template “产出指标 | 成本指标 | 指标1: 培训经费总额 | ≤10万元”; 2021 template “成本指标 | 经济成本指标 | 指标1: 培训经费总额 | ≤10万元”.",
  "generation-mixed/nameAsLevel3":
    "The level-3 indicator “{{text}}” uses a level-2 name from the 2021 template, while this table puts 成本指标 under 产出指标 as the old template does (row {{legacyRow}}). Write the concrete cost item as the level-3 indicator, e.g. “指标1: 培训经费总额 | ≤10万元”, or switch the whole table to the 2021 structure “成本指标 | {{level2}} | …”.",
  "goal-amount-mismatch/single":
    "The annual overall goal states {{stated}} 万元 (“{{raw}}”), which differs from the annual total of {{total}} 万元. Change it to {{total}} 万元, or list the items so that they add up to {{total}} 万元, e.g. “……经费{{total}}万元, 用于……”.",
  "goal-amount-mismatch/sum":
    "The amounts listed in the annual overall goal add up to {{stated}} 万元 ({{detail}}), which differs from the annual total of {{total}} 万元. Adjust the item amounts so they add up to {{total}} 万元, or revise the goal to match the actual funding.",
  "goal-indicator-mismatch/different":
    "The annual goal states “{{goal}}” (“{{clause}}”), but the matching level-3 indicator “{{name}}” has the target “{{value}}”. Make them agree: the target should equal the goal's figure, or correct the annual goal.",
  "goal-indicator-mismatch/noIndicator":
    "The annual goal's “{{clause}}” states {{quantities}}, but no indicator of the same unit family states the same figure, so the reviewer cannot assess it. Add a level-3 indicator measuring it (with the goal's figure as target), or drop the figure from the goal.",
  "goal-is-work-list/workList":
    "The annual goal only lists work items ({{openings}}) and does not say what they should achieve. State this year's output quantity, quality or effect, e.g. “组织培训4期、培训200人次，考核合格率≥95%”.",
  "goal-missing/empty":
    "The annual overall goal (年度总体目标) has no content ({{what}}). State the outputs and outcomes planned for this year and tie them to the funding, e.g. “目标1: 举办基层干部培训班4期, 培训200人次, 年度资金总额10万元, 提升基层干部履职能力。”",
  "goal-missing/labelMissing":
    "Project “{{project}}” has no “年度总体目标” (annual overall goal) field. Add a “年度总体目标” row below the funding rows stating the outputs and outcomes planned for this year, e.g. “目标1: 举办培训班4期, 培训200人次。”",
  "goal-vague/vague":
    "The annual goal uses only phrases such as {{phrases}} and states no measurable result (a quantity, rate, deadline or named output), so the reviewer cannot assess it. State the outputs and effects to be achieved this year, e.g. “培训基层干部200人次，考核合格率≥95%，2024年12月31日前完成”.",
  "goal-year-mismatch/mismatch":
    "The annual overall goal names the year {{found}}, not the budget year {{year}}. The annual target table states only this year's targets; e.g. change “{{sample}}” to “{{fixed}}”.",
  "goal-year-mismatch/mismatchInPeriod":
    "The annual overall goal names the year {{found}}, not the budget year {{year}} (that year lies within the project period). The annual target table states only this year's targets; e.g. change “{{sample}}” to “{{fixed}}”.",
  "goal-year-mismatch/replaceYear": "Change {{found}} to {{year}} in the goal",
  "header-field-missing/headerMissing":
    "The project table has no header (项目名称 project name, 主管部门及代码 department and code, 实施单位 implementing unit, 项目属性 project type, 项目期 project period, 项目资金 funding, 年度总体目标 annual overall goal). Complete the header between the title and the “绩效指标” row as in the template.",
  "header-field-missing/labelMissing":
    "The header of project “{{project}}” has no “{{label}}” field. Add it as in the template and fill it in: {{example}}.",
  "header-field-missing/valueMissing": "The header field “{{label}}” is empty. Fill it in: {{example}}.",
  "header-label-variant/header":
    "The header label “{{text}}” is not the template's standard wording; it was read as “{{canonical}}”. Rename it to “{{canonical}}” so the table can be aggregated and imported into the budget system.",
  "header-label-variant/level1":
    "The level-1 indicator “{{text}}” has stray spaces or uses an alias; it was read as “{{canonical}}”. Use the standard name “{{canonical}}”.",
  "header-label-variant/level2":
    "The level-2 indicator “{{text}}” has stray spaces or uses an alias; it was read as “{{canonical}}”. Use the standard form “{{fixed}}”.",
  "header-label-variant/useCanonical": "Change to “{{value}}”",
  "implementing-unit-vague/vague":
    "The implementing unit (实施单位) “{{text}}” is a generic term, so reviewers cannot tell which unit spends the money. Give the unit's actual name, e.g. “{{example}}”; if several units implement the project, list each by its full name.",
  "indicator-header-missing/missing":
    "The indicator rows have no header row above them. Insert a row before row {{row}}: “绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值”, so that the level-1, level-2 and level-3 indicators and the target value each have their own column.",
  "indicator-header-missing/noIndicators":
    "Project “{{project}}” has no performance indicator area. Below the annual overall goal, insert the header row “绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值”, then fill in 产出指标 (output), 效益指标 (benefit) and 满意度指标 (satisfaction) indicators row by row, e.g. “产出指标 | 数量指标 | 指标1: 培训人数 | ≥200人”.",
  "indicator-numbering/duplicate":
    "“指标{{number}}” already exists under “{{level2}}”; this repeats it. This is level-3 indicator no. {{expected}} and should read “{{fixed}}”.",
  "indicator-numbering/noColon": "“{{raw}}” lacks the colon after its number; it should read “{{fixed}}”.",
  "indicator-numbering/noNumber":
    "“{{raw}}” has no number. It is level-3 indicator no. {{expected}} under “{{level2}}” and should read “{{fixed}}”.",
  "indicator-numbering/outOfSequence":
    "The level-3 indicators under “{{level2}}” are not numbered consecutively: this is no. {{expected}} but is numbered “指标{{number}}”; it should read “{{fixed}}”.",
  "indicator-numbering/renumber": "Change to “{{fixed}}”",
  "indicator-relevance-low/unrelated":
    "{{level2}} “{{name}}” shares nothing with the project name or the annual goal; please confirm it belongs to this project. If it does, state the corresponding task or effect in the annual goal; if not, delete it or replace it with an indicator of this project's outputs or effects.",
  "level1-invalid/clearCell": "Clear this cell (“{{parent}}” is already given above)",
  "level1-invalid/costLevel1Legacy":
    "This table is checked against the old template, where 成本指标 (cost) is a level-2 indicator under 产出指标, so “成本指标” cannot appear in the level-1 column. Move the cost content into rows like “产出指标 | 成本指标 | 指标1: 培训经费总额 | ≤10万元”; if the table follows the 2021 template, choose the 2021 template in the settings.",
  "level1-invalid/foreign":
    "“{{text}}” is an indicator category of the performance evaluation (scoring) table, not of the performance target table. Rewrite its content as level-3 indicators under 产出指标 (数量 quantity, 质量 quality, 时效 timeliness, 成本 cost), 效益指标 or 满意度指标.",
  "level1-invalid/level2InLevel1Column":
    "The level-1 column holds the level-2 indicator “{{text}}”; its level-1 indicator “{{parent}}” is missing. Enter “{{parent}}” in this cell and write the level-2 indicator “{{level2}}” only in the level-2 column.",
  "level1-invalid/level2InLevel1ColumnRepeated":
    "The level-1 column repeats the level-2 indicator “{{text}}”. It belongs to the level-1 indicator “{{parent}}” already given above: clear this cell and write the level-2 indicator “{{level2}}” only in the level-2 column.",
  "level1-invalid/level2InLevel1ColumnShifted":
    "The level-1 column holds the level-2 indicator “{{text}}”: the whole row is shifted one column to the left and the level-1 indicator “{{parent}}” is missing. Move the level-2 indicator, level-3 indicator and target value one column to the right and enter “{{parent}}” in the level-1 column, e.g. “{{parent}} | {{level2}} | 指标1: … | 指标值”.",
  "level1-invalid/unknown":
    "“{{text}}” is not a level-1 indicator. A level-1 indicator can only be 产出指标 (output), 效益指标 (benefit) or 满意度指标 (satisfaction){{costNote}}; this row's level-2 indicator “{{level2}}” belongs under “{{parent}}”.",
  "level1-invalid/writeParent": "Enter “{{parent}}” in the level-1 column",
  "level2-wrong-parent/costIsLevel1":
    "Under the 2021 template (财预〔2021〕101号), 成本指标 (cost) is a level-1 indicator and no longer sits under “{{actual}}” (row {{parentRow}}). Rewrite it as rows like “成本指标 | 经济成本指标 | 指标1: 培训经费总额 | ≤10万元”.",
  "level2-wrong-parent/wrongParent":
    "The level-2 indicator “{{level2}}” sits under the level-1 indicator “{{actual}}” (row {{parentRow}}) but belongs under “{{expected}}”. Move this group of rows under “{{expected}}”, e.g. “{{expected}} | {{level2}} | 指标1: … | 指标值”.",
  "money-in-quantity/moneyName":
    "The name of the quantity indicator (数量指标) “{{name}}” contains the amount “{{money}}”. A quantity indicator's name states only the output counted (e.g. “测评次数”, “培训人次”), with a quantity as its target (e.g. “≥1次”); remove the amount and put it in the cost indicators, e.g. “成本指标 | <费用名称> | ≤{{money}}”.",
  "money-in-quantity/moneyValue":
    "The quantity indicator (数量指标) “{{name}}” has an amount of money, “{{value}}”, as its target. Money spent is not a performance target; a quantity indicator states the outputs delivered (e.g. “≥4个”, “≥200人次”). Move the amount to the cost indicators, e.g. “成本指标 | {{name}} | ≤{{value}}”, and state in the quantity indicator what it delivers.",
  "multiple-indicators-in-cell/names":
    "The level-3 cell holds {{count}} indicators (“{{raw}}”){{valueNote}}. Split them into {{count}} rows with one level-3 indicator and one target value each, e.g. “指标1: {{first}} | {{firstValue}}”, then “指标2: …” on the next row.",
  "multiple-indicators-in-cell/values":
    "The value cell holds {{count}} values (“{{shown}}”) for a single level-3 indicator. Split them into {{count}} rows with one level-3 indicator and one target value each, e.g. “指标1: … | {{firstValue}}”.",
  "name-without-value/empty":
    "The level-3 indicator “{{name}}” has no target value. Enter a target, e.g. “{{value}}”; “{{level2}}” is optional, so if it really does not apply, delete the name and write only “不涉及” in the level-3 column.",
  "name-without-value/naOptional":
    "The level-3 indicator “{{name}}” has “{{shown}}” as its target value. An indicator that has a name needs a target, e.g. “{{value}}”; “{{level2}}” is optional, so if it really does not apply, delete the name and write only “不涉及” in the level-3 column.",
  "name-without-value/naRequired":
    "The level-3 indicator “{{name}}” has “{{shown}}” as its target value, but “{{level2}}” is required. Enter a target, e.g. “{{value}}”; “/” and “不涉及” are only for optional indicators.",
  "non-cost-in-cost/notMoney":
    "The target value “{{value}}” of the cost indicator “{{name}}” is not an amount of money. A cost indicator gives a total or unit cost, e.g. “≤8万元” or “1840元/人/月”. {{advice}}",
  "operator-direction/bareReverse":
    "“{{name}}” is a reverse indicator, and its target “{{value}}” has no operator, so it will be assessed as “equal to”. Consider stating an upper bound, “{{example}}”, or writing “{{exact}}” explicitly.",
  "operator-direction/lowerBoundOnCost":
    "The cost indicator “{{name}}” has its target “{{value}}” written as a lower bound ({{op}}); a cost should stay within an upper bound or be a fixed amount. Change it to “{{example}}”.",
  "operator-direction/lowerBoundOnReverse":
    "“{{name}}” is a reverse indicator (errors, failures: less is better), yet its target “{{value}}” is written as a lower bound ({{op}}). Use an upper bound instead, e.g. “{{example}}”.",
  "operator-direction/rewrite": "Change to “{{value}}”",
  "operator-direction/upperBoundOnPositive":
    "{{level2}} “{{name}}” is a positive indicator (more is better), yet its target “{{value}}” is written as an upper bound ({{op}}), so doing more would fall short of the target. Use a lower bound instead, e.g. “{{example}}”.",
  "operator-word/useSymbol": "Change to “{{value}}”",
  "operator-word/word":
    "The target value “{{value}}” spells out its operator as the word “{{word}}”. The budget system reads the indicator's direction from symbols (≥, >, ＝, ≤, <); write “{{fixed}}” instead.",
  "optional-empty-placeholder/bare":
    "The optional “{{level2}}” has no level-3 indicator or target value. If the project does not involve it, write “不涉及” in the level-3 column, as the other tables do; if it does, add the level-3 indicator and target value.",
  "optional-empty-placeholder/placeholder":
    "The optional “{{level2}}” holds only an empty “{{raw}}” placeholder. If the project does not involve it, write “不涉及” in the level-3 column (or delete the row); if it does, complete it, e.g. “指标1: {{example}}”.",
  "optional-empty-placeholder/writeNa": "Write “不涉及” in the level-3 column",
  "output-as-benefit/effectInQuality":
    "The quality indicator (质量指标) “{{name}}” measures an effect on people or the environment (“{{term}}”); it is a benefit and belongs under {{target}}. A quality indicator measures the quality of the output itself, e.g. “培训考核合格率 ≥95%” or “工程验收合格率 100%”.",
  "output-as-benefit/outputInBenefit":
    "{{level2}} “{{name}}” measures how the project's own work is done (“{{term}}”); it is an output and belongs under {{target}}. A benefit indicator states the effect of that work on the service recipients or society, e.g. “{{example}}”.",
  "percent-out-of-range/aboveMax":
    "The target value “{{value}}” exceeds {{limit}}; a rate cannot exceed {{limit}}. Check the figure (an extra digit?), e.g. change it to “≥95%”.",
  "percent-out-of-range/atCeiling":
    "The target value “{{value}}” takes 100% as its lower bound, so it can only be met at exactly 100% and never exceeded. If everything must be completed, write “＝100%”; otherwise give an achievable lower bound such as “≥95%”.",
  "percent-out-of-range/belowZero":
    "The target value “{{value}}” is below 0%; a rate cannot be negative. Check the figure, e.g. change it to “≤5%” or “＝0%”.",
  "percent-out-of-range/impossibleAbove":
    "The target value “{{value}}” requires a rate above {{limit}}, which cannot be achieved. Use an achievable value, e.g. “＝100%” or “≥95%”.",
  "percent-out-of-range/impossibleBelow":
    "The target value “{{value}}” requires a rate below 0%, which cannot be achieved. Use an achievable value, e.g. “＝0%” or “≤5%”.",
  "personal-data/idNumber":
    "“{{text}}” contains an ID card number, “{{masked}}”. Performance target tables are published; remove the number.",
  "personal-data/labelledName":
    "“{{text}}” contains a person's name, “{{person}}”. Performance target tables are published; remove the name and give only the post or unit, e.g. “项目负责人” (project lead).",
  "personal-data/name":
    "“{{text}}” contains a person's name, “{{person}}”. Performance target tables are published, so they must not name individuals; give only the number of people, e.g. “{{fixed}}”.",
  "personal-data/phone":
    "“{{text}}” contains a mobile phone number, “{{masked}}”. Performance target tables are published; remove the number.",
  "personal-data/suggestRemove": "Remove “{{person}}”",
  "placeholder-value/name":
    "The level-3 indicator “{{name}}” is a template placeholder or export residue and names no indicator of this project; the budget system rejects it on saving. Write a specific indicator name, e.g. “{{example}}”.",
  "placeholder-value/nameOptional":
    "The level-3 indicator “{{name}}” is a template placeholder or export residue and names no indicator of this project. Write a specific indicator name (e.g. “{{example}}”); if the project has nothing to report here, write “不涉及”.",
  "placeholder-value/value":
    "The target value “{{value}}” is a template placeholder or export residue: no target has been entered for this project, and the budget system rejects it on saving. Replace it with the actual target, e.g. “{{example}}”.",
  "placeholder-value/valueOptional":
    "The target value “{{value}}” is a template placeholder or export residue: no target has been entered for this project. Replace it with the actual target (e.g. “{{example}}”); if the project has nothing to report here, write “不涉及” in the level-3 column.",
  "process-indicator/benefit":
    "{{level2}} “{{name}}” measures fund disbursement, budget execution or financial management (“{{term}}”): an input or process, not an effect of the project, and reviewers usually answer “建议增加明确效益指标” (add a clear benefit indicator). Rewrite it as a specific effect on the service recipients or society with a target, e.g. “{{example}}”.",
  "process-indicator/output":
    "{{level2}} “{{name}}” measures fund disbursement, budget execution or financial management (“{{term}}”): an input or process, not an output of the project, and reviewers usually answer “建议增加明确产出指标” (add a clear output indicator). Rewrite it as an output the project actually delivers, with a target, e.g. “{{example}}”; requirements on funds and financial management belong in the safeguard measures.",
  "project-attribute-invalid/invalid":
    "The project type (项目属性) “{{text}}” is not an allowed value. Enter “延续性项目” (continuing: approved in an earlier year and funded again this year) or “新增项目” (new: added to the budget this year).",
  "project-attribute-invalid/noneTicked":
    "No option is ticked in the project type (项目属性) “{{text}}”. Tick one of “新增项目” and “延续性项目” (mark it with ■ or √).",
  "project-attribute-invalid/severalTicked":
    "The project type (项目属性) “{{text}}” has {{count}} options ticked. A project is either new or continuing; keep only one tick.",
  "project-attribute-invalid/tickedInvalid":
    "The option ticked in the project type (项目属性) “{{text}}”, “{{option}}”, is not an allowed value. Tick “新增项目” or “延续性项目”.",
  "project-attribute-invalid/use": "Change to “{{value}}”",
  "project-period-invalid/format":
    "The project period (项目期) “{{text}}” is not in a recognised form. Write “1年期”, “3年期” or “长期”, or give start and end dates, e.g. “{{example}}”.",
  "project-period-invalid/outside":
    "The project period (项目期) “{{text}}” ({{from}}–{{to}}) does not include the budget year {{year}}, so this year's target table cannot belong to it. Check the period, e.g. “{{example}}”.",
  "quantified-value-required/notQuantified":
    "“{{level2}}” must be quantified ({{why}}), but the target value “{{shown}}” is not a number. Write a number with its unit, or a ratio, e.g. “{{example}}”.",
  "quantified-value-required/notQuantifiedTime":
    "“{{level2}}” must be quantified ({{why}}), but the target value “{{shown}}” is neither a deadline nor a rate. Give a specific deadline, e.g. “{{example}}”, or an on-time rate, e.g. “≥95%”.",
  "quantified-value-required/optionalQualitative":
    "“{{level2}}” is marked optional-quantified (选填量化): if filled in, its target must be a number, but “{{shown}}” is a qualitative description. Change it to a measurable target, e.g. “{{example}}”; if it cannot be quantified, leave the item out or write “不涉及”.",
  "quantity-cost-consistency/mismatch":
    "The cost indicators subsidise {{sum}} people in total at standard rates ({{items}}), which does not match “{{qvalue}}” in the quantity indicator “{{qname}}”. The number of recipients should be the same in both: check and correct one of them, e.g. change the quantity indicator to “{{example}}”, or change the headcount in the cost indicators.",
  "range-value/rangeCap":
    "The target value “{{value}}” is a range, so attainment cannot be judged. For cost, error and duration indicators give only an upper bound (≤), e.g. “{{example}}”.",
  "range-value/rangeFloor":
    "The target value “{{value}}” is a range, so attainment cannot be judged. For quantity and quality indicators give only a lower bound (≥), e.g. “{{example}}”.",
  "required-column-empty/columnEmpty":
    "The “{{column}}” column is required ({{why}}), but it is empty on every indicator row of this table. Fill in {{what}} row by row.",
  "required-column-empty/empty":
    "The “{{column}}” column is required ({{why}}), but it is empty for the level-3 indicator “{{name}}”. Fill in {{what}}.",
  "required-column-empty/historyInNewProject":
    "The project type is “{{attribute}}”: a new project has no previous-year actual value, so check “{{value}}” in the “{{column}}” column. If the project is in fact a continuing one, correct the project type; otherwise clear this cell.",
  "required-level2-missing/missing":
    "The required level-2 indicator “{{level2}}” (under the level-1 indicator “{{parent}}”) is missing. Add a row under “{{parent}}”, e.g. “{{level2}} | 指标1: {{name}} | {{value}}”.",
  "required-level2-missing/missingInferred":
    "This table marks “{{partner}}” as required, so by the same template “{{level2}}” is required too, but the table has no such row. Add one under “{{parent}}”, e.g. “{{level2}} (必填) | 指标1: {{name}} | {{value}}”.",
  "required-level2-missing/noLevel2":
    "This table has no level-2 indicator rows at all. Fill them in as in the template: 产出指标 (数量, 质量, 时效, 成本), 效益指标 (社会效益, 可持续影响, etc.) and 满意度指标 (服务对象满意度), e.g. “产出指标 | 数量指标 | 指标1: 培训人数 | ≥200人”.",
  "required-level2-missing/optionalAbsent":
    "“{{parent}}” has no rows for the optional level-2 indicators {{names}}. Optional indicators may be left out; to match the template, consider keeping these rows with “不涉及” (not applicable) in the level-3 column, or add indicators where they apply.",
  "required-level3-missing/noName":
    "Under the required “{{level2}}”, the target value “{{shown}}” has no level-3 indicator name. State what is measured in the level-3 column, e.g. “指标1: {{exampleName}}”.",
  "required-level3-missing/noValue":
    "Under the required “{{level2}}”, the level-3 indicator “{{name}}” has no target value. Enter a target in the value column, e.g. “{{value}}”.",
  "required-level3-missing/valueInName":
    "Under the required “{{level2}}”, the level-3 column holds only “{{name}}”, which is a target value rather than an indicator name, and the value column is empty. Write it as “指标1: {{exampleName}} | {{value}}”: the name in the level-3 column, the target in the value column.",
  "required-marked-na/blank":
    "“{{level2}}” is required ({{why}}), but this row has no level-3 indicator or target value. Fill them in, e.g. “指标1: {{name}} | {{value}}”.",
  "required-marked-na/marked":
    "“{{level2}}” is required ({{why}}) and cannot be filled with “{{marker}}”. Give a concrete level-3 indicator and target value, e.g. “指标1: {{name}} | {{value}}”.",
  "row-misaligned/level1":
    "The level-1 indicator “{{text}}” is in column {{col}}: the whole row is shifted {{n}} column(s) to the left. Move the row's cells {{n}} column(s) to the right: level-1 indicator in column {{l1}}, level-2 in {{l2}}, level-3 in {{l3}}, target value in {{v}}.",
  "row-misaligned/level2":
    "The level-2 indicator “{{text}}” is in column {{col}} (the level-1 column): the whole row is shifted {{n}} column(s) to the left. Move the row's cells {{n}} column(s) to the right: level-2 indicator in column {{l2}}, level-3 in {{l3}}, target value in {{v}}.",
  "row-misaligned/level3":
    "The level-3 indicator “{{text}}” is in column {{col}} and the target value has moved left with it: the row is shifted {{n}} column(s) to the left. Move the level-3 indicator to column {{l3}} and the target value to column {{v}}.",
  "row-misaligned/other":
    "“{{text}}” is in column {{col}}: the row is shifted {{n}} column(s) left of the template. Put the level-1 indicator in column {{l1}}, level-2 in {{l2}}, level-3 in {{l3}} and the target value in {{v}}.",
  "satisfaction-as-benefit/satisfaction":
    "{{level2}} “{{name}}” measures satisfaction, not a benefit the project brings. Put satisfaction under “服务对象满意度指标” (service-recipient satisfaction); here, state the project's actual effect, e.g. change “市民对空气质量改善的满意程度” to “空气质量优良天数比例 ≥85%”.",
  "satisfaction-format/notPercent":
    "The target value “{{value}}” of the satisfaction indicator “{{name}}” is not a percentage. A satisfaction target is a percentage with a positive operator, e.g. “{{example}}”.",
  "satisfaction-format/qualitative":
    "The target value “{{value}}” of the satisfaction indicator “{{name}}” is a text description and cannot be assessed. Write a percentage target, e.g. “{{example}}”.",
  "satisfaction-format/reverseOp":
    "The satisfaction indicator “{{name}}” has the target “{{value}}” with the reverse operator “{{op}}”, meaning the lower the satisfaction the better. Satisfaction is a positive indicator; write “{{example}}”.",
  "satisfaction-format/suggestPercent": "Change to “{{value}}”",
  "satisfaction-subject/staff":
    "The satisfaction indicator “{{name}}” is rated by “{{who}}”, who implement the project rather than being served by it. Service-recipient satisfaction should survey the project's beneficiaries; rewrite it, e.g. “受益群众满意度”, “使用单位满意度” or “受助党员满意度”.",
  "satisfaction-subject/trainingPublic":
    "This is a training project whose service recipients are the trainees, yet the satisfaction indicator “{{name}}” is rated by “{{who}}”. Change it to “{{example}}”.",
  "satisfaction-threshold/belowFloor":
    "The satisfaction target “{{value}}” is below the {{floor}}% floor and is usually sent back at review. Write a target no lower than the floor, e.g. “≥{{floor}}%”; if a lower target is really needed, justify it in the submission notes.",
  "satisfaction-threshold/full":
    "The satisfaction target “{{value}}” demands 100% satisfaction, which cannot be exceeded and is rarely achievable. Write an achievable target, e.g. “{{example}}”.",
  "table-title-missing/missing":
    "No table title above project “{{project}}”. Add a title row “项目支出预算绩效目标表” above the project name, with the year on the next row, e.g. “({{year}}年度)”; when a sheet holds several tables, each needs its own title.",
  "table-title-missing/misspelt":
    "“{{text}}” is not a standard table title, so the sheet cannot be split into project tables on it. Change it to “项目支出预算绩效目标表” (“项目支出绩效目标申报表” and “项目支出绩效目标批复表” are also accepted).",
  "table-title-missing/useCanonical": "Change to “项目支出预算绩效目标表”",
  "target-below-history/aboveHistory":
    "“{{name}}” is a reverse indicator (lower is better), yet its target “{{value}}” is above {{column}} “{{history}}”, which allows doing worse than last year. Set it no higher than last year's actual (e.g. “{{suggest}}”); if there is a reason, state it in the basis for the target.",
  "target-below-history/belowHistory":
    "The target “{{value}}” of “{{name}}” is below {{column}} “{{history}}”. A positive indicator's target should normally not fall below the level already reached; reviewers will see it as set too low. Set it no lower than last year's actual (e.g. “{{suggest}}”); if funds fell or the task changed, state the reason in the basis for the target.",
  "target-conservative/costControl":
    "The table's only cost indicator “{{name}}” ({{value}}) merely asks to stay within the budget and says neither how much is spent nor by which standard, so no cost target is set. State a total or unit cost, e.g. “培训经费总额 ≤10万元” or “人均培训成本 ≤500元/人”.",
  "target-conservative/fullRates":
    "{{full}} of the table's {{total}} rate indicators have a 100% target (rows {{rows}}). Targets set at the full mark only say “the job gets done” and show no level of performance; reviewers will see them as untested and set too low. Base the targets on last year's actual or similar projects and express the indicators that show performance as quantities or rates that can be exceeded (e.g. “培训人次 ≥200人次”, “考核合格率 ≥95%”); where 100% is truly required (e.g. an acceptance pass rate), explain it in the basis for the target.",
  "target-conservative/lowCounts":
    "{{count}} quantity indicators of the table have a minimal target such as “≥1” (rows {{rows}}): they only ask for the work to be done once and do not show the planned workload. State the planned quantity, e.g. “培训人次 ≥200人次” or “开展督查 ≥4次”.",
  "time-outside-budget-year/nameOutside":
    "The timeliness indicator “{{name}}” names the year {{found}}, outside the budget year {{year}}. Give a deadline within this year, e.g. “{{example}}”.",
  "time-outside-budget-year/nameOutsideInPeriod":
    "The 时效 indicator “{{name}}” names {{found}}, outside the budget year {{year}} (the project period spans years). State this year's deadline, e.g. “{{example}}”.",
  "time-outside-budget-year/valueOutside":
    "The year {{found}} in the timeliness target “{{value}}” is outside the budget year {{year}}. The annual target table gives only this year's deadlines, e.g. “{{example}}”.",
  "time-outside-budget-year/valueOutsideInPeriod":
    "The year {{found}} in the 时效 value “{{value}}” is outside the budget year {{year}} (the project period spans years). The annual target table states this year's deadlines only, e.g. “{{example}}”.",
  "time-value-format/dateSerial":
    "The timeliness target “{{value}}” is an Excel date serial, not a readable date: it stands for {{date}}. Reviewers and the published table see only a number; write the date as text, e.g. “{{example}}”.",
  "time-value-format/dateSerialOutside":
    "The timeliness target “{{value}}” is an Excel date serial, not a readable date: it stands for {{date}}, outside the budget year {{year}}. Write this year's deadline as text, e.g. “{{example}}”.",
  "time-value-format/frequency":
    "The timeliness target “{{value}}” is a payment frequency, not a deadline or an on-time rate, so timeliness cannot be assessed. Give a deadline, e.g. “{{example}}”, or change it to an on-time rate (e.g. “按月发放及时率 ≥95%”).",
  "time-value-format/useDeadline": "Change to “{{value}}”",
  "time-value-format/wholeYear":
    "The timeliness target “{{value}}” gives only a year, not when the work will be done. Consider giving a deadline, e.g. “{{example}}”.",
  "time-value-format/yearEnd":
    "The timeliness target “{{value}}” is acceptable, but “年年底” is redundant and imprecise. Consider giving a deadline, e.g. “{{example}}”.",
  "typo-duplicated-word/adjacent": "In “{{text}}”, “{{word}}” is written twice in a row; it should read “{{fixed}}”.",
  "typo-duplicated-word/place": "In “{{text}}”, the place name “{{word}}” is repeated; it should read “{{fixed}}”.",
  "typo-duplicated-word/suggestFix": "Change to “{{fixed}}”",
  "unit-missing/abbreviated":
    "The target value “{{value}}” abbreviates “万元” to “万”. Write the full unit: “{{example}}”.",
  "unit-missing/abbreviatedUnclear":
    "In the target value “{{value}}”, “万” (ten thousand) is not followed by a unit (万元, 万人次, etc.). Complete the unit, e.g. “{{example}}”.",
  "unit-missing/fix": "Change to “{{value}}”",
  "unit-missing/noCurrency":
    "The target value “{{value}}” is a monetary standard but lacks the currency “元”. Write it as “{{example}}”.",
  "unit-missing/noUnit":
    "The target value “{{value}}” is a bare number without a unit of measure, so the basis of assessment is unclear. Add the unit, e.g. “{{example}}”.",
  "unit-name-inconsistent/inconsistent":
    "{{field}} “{{text}}” is spelt differently from the same organisation in other tables of this workbook ({{count}} spellings: {{spellings}}). Use “{{canonical}}” throughout.",
  "unit-name-inconsistent/useCanonical": "Change to “{{value}}”",
  "unit-name-mismatch/mismatch":
    "The level-3 indicator “{{name}}” measures: {{expected}}. But the unit “{{unit}}” of the target value “{{value}}” belongs to: {{found}}. Check that the name and the unit agree, and correct one of them.",
  "unit-name-mismatch/mismatchFixable":
    "The level-3 indicator “{{name}}” measures: {{expected}}. But the unit “{{unit}}” of the target value “{{value}}” belongs to: {{found}}. Change it to “{{fixed}}”.",
  "unit-name-mismatch/useUnit": "Change to “{{value}}”",
  "vague-qualitative/vague":
    "The qualitative target “{{value}}” has no grading, so the degree of completion cannot be judged in the self-assessment. Prefer a measurable value (e.g. “≥90%”, “≥3项”), or use the graded wording “{{graded}}”.",
  "value-type-column-mismatch/qualitativeWithNumber":
    "“{{type}}” says 定性 (qualitative), but the target value “{{value}}” is a number. Change “{{type}}” to 定量 and check the unit.",
  "value-type-column-mismatch/qualitativeWithUnit":
    "“{{type}}” says 定性 (qualitative), yet the unit column holds “{{unit}}”. A qualitative indicator has no unit: clear this cell; if the indicator can be quantified, change “{{type}}” to 定量 and enter a number.",
  "value-type-column-mismatch/quantitativeNoNumber":
    "“{{type}}” says 定量 (quantitative), but the target value “{{value}}” is not a number. Write a number or ratio with its unit (e.g. “≥95%”, “≥200人”); if the indicator can only be described qualitatively, change “{{type}}” to 定性 and state how it is judged.",
  "value-type-column-mismatch/unitContradicts":
    "The target value “{{value}}” carries its own unit “{{own}}”, but the unit column says “{{unit}}”: the two contradict each other. Keep the right unit only: the number alone in the value column and the unit in the unit column (e.g. “{{number}}” and “{{own}}”).",
  "value-type-mismatch/countInQuality":
    "The quality indicator (质量指标) “{{name}}” has a count, “{{value}}”, as its target; a quality indicator reflects the standard or level reached. Use a pass rate, completeness rate or the like (e.g. “数据完整率 ＝100%”) and move the count to 数量指标 (quantity).",
  "value-type-mismatch/moneyInQuality":
    "The quality indicator (质量指标) “{{name}}” has an amount of money, “{{value}}”, as its target; a quality indicator reflects the standard or level reached (e.g. “验收合格率 ≥95%”). Put amounts under 成本指标 (cost).",
  "value-type-mismatch/rateInQuantity":
    "The quantity indicator (数量指标) “{{name}}” has a rate, “{{value}}”, as its target; a quantity indicator states how much is delivered. Give a specific quantity (e.g. “≥50人”, “≥3个”) and move the rate to 质量指标 (quality).",
  "value-type-mismatch/rateNameWithDate":
    "The timeliness indicator name “{{name}}” describes a rate or a quality, yet its target “{{value}}” is a date. Rename it as a completion time (e.g. “资金发放完成时间”), or change the target to a rate (e.g. “≥95%”).",
  "value-type-mismatch/timeNotDeadline":
    "The timeliness indicator (时效指标) “{{name}}” has the target “{{value}}”, which is neither a deadline nor an on-time rate. Give a deadline (e.g. “{{deadline}}”), or change it to an on-time rate (a name like “××按时完成率”, a value like “≥95%”).",
  "value-undetermined/undetermined":
    "The target value “{{value}}” sets no target: “{{word}}” is not an expected value and cannot be checked in self-evaluation. Enter the expected target, e.g. “{{example}}”; if it truly cannot be fixed yet, state the basis of the estimate in the value note (指标值说明).",
  "value-undetermined/undeterminedQuantified":
    "“{{level2}}” must be quantified, but the target value “{{value}}” sets no target: “{{word}}” is not an expected value. Enter the expected target, e.g. “{{example}}”; if it truly cannot be fixed yet, state the basis of the estimate in the value note (指标值说明).",
  "value-unparseable/formulaError":
    "The value cell shows the formula error “{{value}}”, so the target cannot be read. Fix the formula or enter the target value directly (e.g. “≥95%”).",
  "value-unparseable/nameHint":
    "The level-3 indicator “{{name}}” still holds the template's placeholder hint “{{leftover}}”. The target belongs in the value column; remove the hint and keep only the name “{{clean}}”.",
  "value-unparseable/nameMark":
    "The “{{leftover}}” at the start of the level-3 indicator “{{name}}” is the template's mark for a core indicator, not part of the name. Remove it: “{{clean}}”.",
  "value-unparseable/nameOnlyPlaceholder":
    "The level-3 indicator “{{name}}” is still the template's placeholder; no indicator of this project is named. Write a specific indicator name, e.g. “{{example}}”.",
  "value-unparseable/placeholder":
    "The target value “{{value}}” is the template's placeholder; no target for this project has been filled in. Replace placeholders such as “**” or “XX” with the actual figure, e.g. “{{example}}”.",
  "value-unparseable/removeLeftover": "Change to “{{value}}”",
  "value-unparseable/unparseable":
    "The target value “{{value}}” contains digits but cannot be read as a number, a date or a range. Write a single target as operator + number + unit, e.g. “≥95%”, “≤60分钟”, “≥200人” or “{{example}}”.",
  "weight-sum/level1Sum":
    "The level-1 indicator “{{parent}}” is set to {{set}} points, but the indicators below it add up to {{sum}}; the two must be equal. Adjust their weights so that they add up to {{set}}.",
  "weight-sum/level2Sum":
    "The level-2 indicator “{{parent}}” is set to {{set}} points, but its level-3 indicators add up to {{sum}}; the two must be equal. Adjust the level-3 weights so that they add up to {{set}}.",
  "weight-sum/notPositive":
    "The level-3 indicator “{{name}}” has the weight “{{weight}}”, which is not above 0. Every assessed level-3 indicator needs a weight above 0; delete indicators that are not assessed.",
  "weight-sum/total":
    "All level-3 weights add up to {{sum}}, but the total must be {{total}} ({{source}}). Adjust the weights so that they add up to {{total}}.",
  "year-token-mismatch/indicatorName":
    "The level-3 indicator “{{text}}” names the year {{found}}, which differs from the budget year {{year}}. The annual target table states only this year's targets; change it to {{year}} or remove the year.",
  "year-token-mismatch/projectName":
    "The project name “{{text}}” contains the year {{found}}, which differs from the budget year {{year}}. Keep it if it names a batch or cohort (e.g. “2022年度“三支一扶”人员”); otherwise change it to this year or remove the year.",
  "year-token-mismatch/value":
    "The target value “{{text}}” names the year {{found}}, which differs from the budget year {{year}}. Change it to a target for this year, e.g. “{{example}}”.",
};
