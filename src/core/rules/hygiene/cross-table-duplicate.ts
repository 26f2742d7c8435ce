// rules.md §6 G55: two projects of one sheet with (nearly) the same 三级 rows may be one request filed twice.
import type { WorkbookRule } from "../types";
import type { Indicator, ProjectTable } from "../../layout/model";
import { projectName } from "../../layout/model";
import { compactKey, textKey } from "../../text";
import { projectCell } from "./util";

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
    const sets = ctx.tables.map((t) => rowsOf(t, ctx.analysisOf(t).isNa));
    // tables with the very same rows form one group (copies are the common case, and a pasted sheet may hold
    // thousands): groups, not tables, are compared, and a table's partners are its group plus the groups paired
    const groups = groupsOf(sets);
    const pairs = new Map<number, Array<{ group: number; shared: Row[] }>>();
    for (const [g, h] of candidatePairs(groups.map((g) => g.rows))) {
      const a = groups[g]?.rows;
      const b = groups[h]?.rows;
      if (!a || !b) continue;
      const shared: Row[] = [];
      for (const [k, row] of a) if (b.has(k)) shared.push(row);
      if (shared.length < MIN_SHARED || shared.length < MIN_SHARE * Math.min(a.size, b.size)) continue;
      push(pairs, g, { group: h, shared });
      push(pairs, h, { group: g, shared });
    }
    groups.forEach((group, g) => {
      const paired = (pairs.get(g) ?? []).sort((x, y) => y.shared.length - x.shared.length);
      const copies = group.members.length > 1 ? [...group.rows.values()] : null;
      for (const i of group.members) {
        const t = ctx.tables[i];
        if (!t) continue;
        const best = copies ?? paired[0]?.shared;
        if (!best) continue;
        // names of the other tables, the copies first; at most MAX_NAMED of them are spelled out
        const others: string[] = [];
        let count = 0;
        const add = (j: number): void => {
          if (j === i) return;
          count++;
          const o = ctx.tables[j];
          if (others.length < MAX_NAMED && o) others.push(projectName(o));
        };
        for (const j of group.members) add(j);
        for (const p of paired) for (const j of groups[p.group]?.members ?? []) add(j);
        const std = best.find((r) => isUnitStandard(r.ind));
        ctx.report(t, {
          at: projectCell(t),
          messageId: "duplicate",
          data: {
            others: count > others.length ? `${others.join("”“")}…（共 ${count} 个项目）` : others.join("”“"),
            shared: best.length,
            standard: std ? `，其中包括相同的单位标准“${std.ind.name} ${std.ind.valueText.trim()}”` : "",
          },
        });
      }
    });
  },
};

/** Most other projects named in one message; the rest are counted. */
const MAX_NAMED = 5;
/** A row key held by more groups than this is boilerplate (`资金到位率 100%`), not a sign of one request filed twice. */
const MAX_HOLDERS = 64;
/** Most shared-key counts one sheet may cost: comparison stays bounded whatever the sheet holds. */
const MAX_PAIR_COUNTS = 2_000_000;

interface Group {
  readonly rows: Map<string, Row>;
  /** Table indexes, ascending. */
  readonly members: number[];
}

/** Tables with at least MIN_SHARED filled rows, grouped by their exact set of row keys. */
function groupsOf(sets: ReadonlyArray<Map<string, Row>>): Group[] {
  const bySignature = new Map<string, Group>();
  sets.forEach((s, i) => {
    if (s.size < MIN_SHARED) return;
    const signature = [...s.keys()].sort().join("\u0001");
    const g = bySignature.get(signature);
    if (g) g.members.push(i);
    else bySignature.set(signature, { rows: s, members: [i] });
  });
  return [...bySignature.values()];
}

/**
 * Pairs (i < j, in order) of sets that share at least MIN_SHARED rows, from an inverted index of row keys:
 * comparing every pair of tables was O(tables²) set intersections, on every re-check. Keys held by more than
 * MAX_HOLDERS sets are skipped and at most MAX_PAIR_COUNTS shared keys are counted, so the cost is bounded.
 */
function candidatePairs(sets: ReadonlyArray<Map<string, Row>>): Array<[number, number]> {
  const holders = new Map<string, number[]>();
  sets.forEach((s, i) => {
    for (const k of s.keys()) push(holders, k, i);
  });
  const n = sets.length;
  const shared = new Map<number, number>();
  let budget = MAX_PAIR_COUNTS;
  for (const list of holders.values()) {
    if (list.length < 2 || list.length > MAX_HOLDERS) continue;
    for (let x = 0; x < list.length && budget > 0; x++) {
      for (let y = x + 1; y < list.length && budget > 0; y++, budget--) {
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
function rowsOf(t: ProjectTable, isNa: (text: string) => boolean): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const ind of t.indicators) {
    const name = compactKey(ind.name);
    const value = textKey(ind.valueText);
    if (name === "" || value === "" || isNa(name) || isNa(value)) continue;
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
