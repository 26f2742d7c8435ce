// The seed as a corpus: 21 real tables, checked against expectations written from seed-findings.md.
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { check } from "../../src/core/engine";
import { gridFromTsv } from "../../src/core/tsv";

// the seed is vendored so the suite runs without ../shared; a test below keeps the copy identical
const SEED = join(__dirname, "../fixtures/seed-2024.txt");
const SHARED_SEED = join(__dirname, "../../../shared/seed/000_97939f2dd7b43a77.txt");

interface Expectation {
  table: number;
  line: number;
  severity: string;
  ruleIds: string[];
  kind: "must" | "may";
  text: string;
}

function loadExpectations(): Expectation[] {
  const src = readFileSync(join(__dirname, "seed-expectations.txt"), "utf8");
  const out: Expectation[] = [];
  for (const raw of src.split("\n")) {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line) continue;
    const [t, l, severity, ids, kind] = line.split(/\s+/);
    if (!t || !l || !severity || !ids) throw new Error(`bad expectation line: ${raw}`);
    out.push({
      table: parseInt(t.slice(1), 10),
      line: parseInt(l.slice(1), 10),
      severity,
      ruleIds: ids.split("|"),
      kind: kind === "may" ? "may" : "must",
      text: raw.trim(),
    });
  }
  return out;
}

const PROJECTS: Array<[string, number]> = [
  ["基层党建工作经费", 60],
  ["招录（聘）公务员、事业单位工作人员专项资金", 5],
  ["事业单位公开招聘工作人员面试考务费用", 15],
  ["党建网日常维护及等级保护测评经费", 13],
  ["党内关怀帮扶本级配套资金", 50],
  ["村、社区党组织书记培训经费", 20],
  ["两新组织党组织书记工作津贴", 14.7],
  ["任职累计满20年以上优秀村党组织书记、村委会主任奖励补贴资金", 1.14],
  ["建国前老党员补助", 0.6],
  ["离退休干部党支部书记工作补贴", 10],
  ["沙坡头区老年大学活动经费", 10],
  ["沙坡头区关工委工作经费", 2.4],
  ["干部教育培训费", 20],
  ["人才工作专项经费", 50],
  ["沙坡头区2024年度沙坡头区实习大学生就业见习补助", 8],
  ["沙坡头区2022年度“三支一扶”高校毕业生生活补贴经费", 256],
  ["教育卫生乡镇三支一扶补助资金", 343.183],
  ["组织工作专项经费", 10],
  ["数字档案集中管理平台建设", 25],
  ["党员教育电视片拍摄制作经费", 10],
  ["沙坡头区困难离退休干部帮扶资金", 10],
];

const grid = gridFromTsv("seed", readFileSync(SEED, "utf8"));
const report = check(grid);
const expectations = loadExpectations();

describe("seed corpus", () => {
  // ../shared is beside every checkout and CI clone; in a plain clone there is nothing to compare with
  (existsSync(SHARED_SEED) ? test : test.skip)("the vendored seed equals the shared one", () => {
    expect(readFileSync(SEED, "utf8")).toBe(readFileSync(SHARED_SEED, "utf8"));
  });

  test("finds all 21 projects with their names, fund totals and year", () => {
    expect(report.tables.map((t) => [t.header.projectName?.value?.text, t.header.fundTotal?.amount])).toEqual(PROJECTS);
    expect(report.tables.every((t) => t.year === 2024)).toBe(true);
    const sum = report.tables.reduce((s, t) => s + (t.header.fundTotal?.amount ?? 0), 0);
    expect(Math.round(sum * 1000) / 1000).toBe(934.023);
  });

  test("project ranges start at each title and end at the last row of the table", () => {
    expect(report.projects[0]?.range).toBe("A3:E23");
    expect(report.projects[3]?.range).toBe("A73:E91");
    expect(report.projects[20]?.range).toBe("A455:E475");
  });

  describe("every error and warning of seed-findings.md is reported on its row", () => {
    for (const e of expectations.filter((x) => x.kind === "must")) {
      test(e.text, () => {
        const t = report.tables[e.table - 1];
        expect(t).toBeDefined();
        const hits = report.diagnostics.filter(
          (d) => d.tableIndex === e.table - 1 && d.row === e.line && e.ruleIds.includes(d.ruleId) && d.severity === e.severity,
        );
        const onRow = report.diagnostics.filter((d) => d.row === e.line).map((d) => `${d.ruleId} ${d.severity}`);
        expect({ found: hits.length > 0, onRow }).toEqual({ found: true, onRow });
      });
    }
  });

  test("no error-level finding that seed-findings.md does not list", () => {
    const unexpected = report.diagnostics
      .filter((d) => d.severity === "error")
      .filter((d) => !expectations.some((e) => e.severity === "error" && e.line === d.row && e.ruleIds.includes(d.ruleId)))
      .map((d) => `T${d.tableIndex + 1} L${d.row} ${d.ruleId}: ${d.message}`);
    expect(unexpected).toEqual([]);
  });
});
