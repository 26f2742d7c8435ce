// rules.md §6 B19: a 二级 required by the template (§1.3) has no row at all.
import type { TableRule } from "../types";
import type { Level2Name } from "../../layout/labels";
import type { CellPos } from "../../layout/model";
import {
  LEGACY_LEVEL2,
  MOF2021_FULL_LEVEL2,
  anchorForLevel1,
  exampleName,
  exampleValue,
  expectedParent,
  requiredSet,
  tableAnchor,
} from "./util";

/** Pairs the seed's variant B annotates alike: one annotated 必填 makes the other's absence suspicious (§1.3 point 4). */
const VARIANT_PAIR: Partial<Record<Level2Name, Level2Name>> = {
  生态效益指标: "经济效益指标",
  经济效益指标: "生态效益指标",
};

export const requiredLevel2Missing: TableRule = {
  meta: {
    id: "required-level2-missing",
    severity: "error",
    category: "structure",
    opinion: { default: 1, byData: { key: "parent", map: { 产出指标: 9, 效益指标: 8, 满意度指标: 10 } } },
    scope: "table",
    description:
      "模板规定必填的二级指标（数量、质量、时效、成本、社会效益、可持续影响、服务对象满意度等）必须有对应的行。",
    notes:
      "Requiredness of an absent row comes from config.defaultRequired (成本指标 read as 经济成本指标 in 2021 tables). A missing 经济/生态效益 row is a warning when its partner row in the same table is annotated 必填 (variant B, rules.md §1.3 point 4). Absent optional rows are grouped into one info per 一级.",
    subIds: { "optional-level2-absent": "info" },
    messageSeverity: { missingInferred: "warning" },
    messages: {
      missing:
        "缺少必填的二级指标“{{level2}}”（属于一级指标“{{parent}}”）。请在“{{parent}}”下增加一行，例如“{{level2}} | 指标1: {{name}} | {{value}}”。",
      missingInferred:
        "本表的“{{partner}}”标注为必填，按同一模板“{{level2}}”也是必填，但表中没有这一行。请在“{{parent}}”下补一行，例如“{{level2}} (必填) | 指标1: {{name}} | {{value}}”。",
      optionalAbsent:
        "“{{parent}}”下没有选填的二级指标{{names}}。选填指标可以不填；为与模板一致，建议保留这些行并在三级指标栏写“不涉及”，或在适用时补充指标。",
      noLevel2:
        "本表没有任何二级指标行。请按模板填写产出指标（数量、质量、时效、成本）、效益指标（社会效益、可持续影响等）和满意度指标（服务对象满意度），例如“产出指标 | 数量指标 | 指标1: 培训人数 | ≥200人”。",
    },
  },
  check(ctx) {
    const t = ctx.table;
    const gen = ctx.generation;
    const present = new Set<Level2Name>();
    for (const b of t.level2) if (b.name !== null) present.add(b.name);
    if (present.size === 0) {
      // nothing to compare against: one finding instead of one per 二级
      ctx.report({ at: tableAnchor(t), messageId: "noLevel2" });
      return;
    }
    const required = requiredSet(ctx.config, gen);
    const full = gen === "mof-2021" ? MOF2021_FULL_LEVEL2 : LEGACY_LEVEL2;
    const optional = new Map<string, { at: CellPos; names: string[] }>();
    for (const name of full) {
      if (present.has(name)) continue;
      if (gen === "mixed" && name === "成本指标" && present.has("经济成本指标")) continue;
      const parent = expectedParent(name, gen);
      const at = anchorForLevel1(t, parent);
      const data = { level2: name, parent, name: exampleName(name), value: exampleValue(name, ctx.year) };
      if (required.has(name)) {
        ctx.report({ at, messageId: "missing", data });
        continue;
      }
      const partner = VARIANT_PAIR[name];
      const partnerBlock = partner
        ? t.level2.find((b) => b.name === partner && b.annotation?.required === true)
        : undefined;
      if (partner && partnerBlock) {
        ctx.report({ at, messageId: "missingInferred", data: { ...data, partner } });
        continue;
      }
      const group = optional.get(parent) ?? { at, names: [] };
      group.names.push(`“${name}”`);
      optional.set(parent, group);
    }
    for (const [parent, g] of optional) {
      ctx.report({
        at: g.at,
        subId: "optional-level2-absent",
        messageId: "optionalAbsent",
        data: { parent, names: g.names.join("、") },
      });
    }
  },
};
