// rules.md §6 B25: within a 二级, 三级 are numbered 指标1..n without gaps or repeats, each followed by a colon.
import type { TableRule } from "../types";
import type { Indicator } from "../../layout/model";
import { level2Label } from "./util";

const SPACE_AFTER_PREFIX = /^\s*指标\s*[0-9０-９]*\s*[:：]?(\s*)/;

export const indicatorNumbering: TableRule = {
  meta: {
    id: "indicator-numbering",
    severity: "info",
    category: "structure",
    opinion: 11,
    scope: "table",
    description: "同一二级指标下的三级指标应按“指标1:”“指标2:”…连续编号，编号后加冒号。",
    hasSuggestions: true,
    messages: {
      noNumber: "“{{raw}}”缺少编号。这是“{{level2}}”下的第{{expected}}个三级指标，应写作“{{fixed}}”。",
      noColon: "“{{raw}}”的编号后缺少冒号，应写作“{{fixed}}”。",
      duplicate: "“{{level2}}”下已有“指标{{number}}”，这里重复了。这是第{{expected}}个三级指标，应写作“{{fixed}}”。",
      outOfSequence:
        "“{{level2}}”下的三级指标编号不连续：这是第{{expected}}个三级指标，却编为“指标{{number}}”，应写作“{{fixed}}”。",
      renumber: "改为“{{fixed}}”",
    },
  },
  check(ctx) {
    for (const b of ctx.table.level2) {
      const seen = new Set<number>();
      b.indicators.forEach((ind, k) => {
        const p = ind.prefix;
        if (!p) return;
        const expected = k + 1;
        const fixed = renumbered(ind, expected);
        let messageId: string | null = null;
        if (p.number === null) messageId = "noNumber";
        else if (seen.has(p.number)) messageId = "duplicate";
        else if (p.number !== expected) messageId = "outOfSequence";
        else if (!p.colon) messageId = "noColon";
        if (p.number !== null) seen.add(p.number);
        if (messageId === null) return;
        const data = {
          raw: shorten(ind.raw.trim()),
          level2: level2Label(b),
          expected,
          number: p.number ?? "",
          fixed: shorten(fixed),
        };
        ctx.report({
          at: ind.nameCell,
          messageId,
          data,
          suggest: [{ messageId: "renumber", data: { fixed: shorten(fixed) }, cell: ind.nameCell, value: fixed }],
        });
      });
    }
  },
};

/** The 三级 cell with the expected number, keeping the clerk's colon (`:`/`：`) and spacing. */
function renumbered(ind: Indicator, n: number): string {
  const p = ind.prefix;
  const colon = p && p.raw.includes("：") ? "：" : ":";
  if (!ind.name) return `指标${n}${colon}`;
  const space = !p || !p.colon || (SPACE_AFTER_PREFIX.exec(ind.raw)?.[1] ?? "") !== "" ? " " : "";
  return `指标${n}${colon}${space}${ind.name}`;
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
