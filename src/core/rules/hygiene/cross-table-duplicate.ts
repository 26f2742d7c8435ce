// rules.md §6 G55: two projects of one sheet with (nearly) the same 三级 rows may be one request filed twice.
import type { WorkbookRule } from "../types";
import type { Indicator, ProjectTable } from "../../layout/model";
import { projectName } from "../../layout/model";
import { compactKey, textKey } from "../../text";
import { isNaText, projectCell } from "./util";

/** At least this many identical rows … */
const MIN_SHARED = 4;
/** … making up at least this share of the smaller table's filled rows. */
const MIN_SHARE = 0.6;

interface Row {
  readonly ind: Indicator;
  readonly key: string;
}

export const crossTableDuplicate: WorkbookRule = {
  meta: {
    id: "cross-table-duplicate",
    severity: "info",
    category: "hygiene",
    opinion: 11,
    scope: "workbook",
    description: "同一工作表中两个项目的三级指标和指标值大部分相同（如相同的补助标准），可能是重复申报。",
    notes:
      "A pair is reported when at least 4 filled rows (same 二级, 三级 name and value) are identical and they make up at least 60% of the smaller table, so that templated rows such as `补贴到位率 100%` shared by unrelated projects stay quiet.",
    messages: {
      duplicate:
        "本项目与“{{others}}”有 {{shared}} 条三级指标及指标值完全相同{{standard}}，可能是同一笔资金重复申报。请核实两个项目的资金用途、对象和期间是否重叠；如不重叠，请在指标中写明各自的对象、人数和标准以示区别，例如数量指标写“本项目补贴的××乡镇人员 50人”。",
    },
  },
  check(ctx) {
    const sets = ctx.tables.map((t) => rowsOf(t));
    const partners = new Map<number, Array<{ other: ProjectTable; shared: Row[] }>>();
    for (const [i, j] of candidatePairs(sets)) {
      const a = sets[i];
      const ta = ctx.tables[i];
      const b = sets[j];
      const tb = ctx.tables[j];
      if (!a || !ta || !b || !tb) continue;
      const shared: Row[] = [];
      for (const [k, row] of a) if (b.has(k)) shared.push(row);
      if (shared.length < MIN_SHARED || shared.length < MIN_SHARE * Math.min(a.size, b.size)) continue;
      push(partners, i, { other: tb, shared });
      push(partners, j, { other: ta, shared });
    }
    for (const [i, list] of partners) {
      const t = ctx.tables[i];
      if (!t) continue;
      list.sort((x, y) => y.shared.length - x.shared.length);
      const best = list[0];
      if (!best) continue;
      const std = best.shared.find((r) => isUnitStandard(r.ind));
      ctx.report(t, {
        at: projectCell(t),
        messageId: "duplicate",
        data: {
          others: list.map((p) => projectName(p.other)).join("”“"),
          shared: best.shared.length,
          standard: std ? `，其中包括相同的单位标准“${std.ind.name} ${std.ind.valueText.trim()}”` : "",
        },
      });
    }
  },
};

/**
 * Pairs (i < j, in order) of tables that share at least MIN_SHARED rows, from an inverted index of row keys:
 * comparing every pair of tables was O(tables²) set intersections, on every re-check.
 */
function candidatePairs(sets: ReadonlyArray<Map<string, Row>>): Array<[number, number]> {
  const holders = new Map<string, number[]>();
  sets.forEach((s, i) => {
    if (s.size >= MIN_SHARED) for (const k of s.keys()) push(holders, k, i);
  });
  const n = sets.length;
  const shared = new Map<number, number>();
  for (const list of holders.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = (list[x] ?? 0) * n + (list[y] ?? 0);
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const pairs: Array<[number, number]> = [];
  for (const [key, count] of shared) if (count >= MIN_SHARED) pairs.push([Math.floor(key / n), key % n]);
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** Filled rows of a table keyed by 二级 + name + value; blank and 不涉及 rows carry no signal. */
function rowsOf(t: ProjectTable): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const ind of t.indicators) {
    const name = compactKey(ind.name);
    const value = textKey(ind.valueText);
    if (isNaText(name) || isNaText(value)) continue;
    const key = `${ind.level2 ?? ""}\u0000${name}\u0000${value}`;
    if (!out.has(key)) out.set(key, { ind, key });
  }
  return out;
}

/** A per-unit money standard (`5242.17元/人/月`). */
function isUnitStandard(ind: Indicator): boolean {
  const v = ind.value;
  return v.kind === "quantity" && v.unit.family === "money" && v.unit.per.length > 0;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
